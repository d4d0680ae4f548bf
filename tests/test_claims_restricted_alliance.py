"""'Excluding the United States, the alliance spends X%': the alliance named after the
exclusion is restricted by it (Europe and Canada), one subject; it is not NATO as a whole as
well, which would be contradicted by the whole alliance's figure.

Official values (NATO 2024 edition, 17 June 2024, share of GDP 2024, estimates): European
allies and Canada 2.02 (2.015), NATO total 2.71.
"""

from __future__ import annotations

import pytest

import milex


def _readings(text: str) -> list[tuple[str, str]]:
    return [(c.claim.subject, c.verdict) for c in milex.check(text, date="2024-07-01").claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


@pytest.mark.parametrize("after", [", the alliance", " the alliance", ", the allies"])
def test_the_alliance_after_leaving_out_the_us_is_europe_and_canada(after: str):
    text = f"Excluding the United States{after} spends 2.02% of GDP on defence this year."
    assert _readings(text) == [("Europe and Canada", "supported")]
    text = f"Excluding the United States{after} spends 2.42% of GDP on defence this year."
    assert _readings(text) == [("Europe and Canada", "contradicted")]


def test_the_alliance_alone_is_still_the_whole():
    assert _readings("The alliance spends 2.71% of GDP this year.") == [("NATO", "supported")]
