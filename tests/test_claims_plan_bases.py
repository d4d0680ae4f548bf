"""The level a government's plan starts from, in the ally's own money ('would take the budget
to EUR 40 billion by 2028 from the current EUR 31.2 billion'): that government's own budget,
on its national definition, not NATO's figure, however precise; the same words saying the
level is NATO's are judged.

Official value (milex.observations("spending_nc_current", "Italy", years=[2024],
edition=2024)): NATO 2024 edition, Italy 2024 EUR 31,957.1 million (estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str]]:
    return [(c.claim.value, c.verdict) for c in milex.check(text, date=day).claims]


@pytest.mark.parametrize("now, verdict", [("32.0", "supported"), ("29.0", "contradicted")])
def test_a_plans_starting_level_is_the_governments_budget(now, verdict):
    text = (
        "Under the government's plan, Rome would lift defence spending to €40 billion by "
        "2028 from the current €31.214 billion."
    )
    assert judged(text, "2024-07-15")[1] == (31.214, "unverifiable")
    # the same words saying the level is NATO's: judged
    text = (
        "Rome would take defence spending to €40 billion by 2028 from the current "
        f"€{now} billion, according to NATO figures."
    )
    assert judged(text, "2024-07-15")[1] == (float(now), verdict)
