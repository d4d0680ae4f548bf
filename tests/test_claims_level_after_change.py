"""A figure right after a verb of spending in its own clause ('and Germany now spends 2.12%')
is a level, not another change like the one before it in the sentence ('raised spending by
18%, and ...'); 'spent 29% more' stays a change.

Official values (NATO 2024 edition, 17 June 2024): Germany share of GDP 2024 = 2.12, real
change 2024 = 29.45; Europe and Canada real change 2024 = 17.95.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str) -> dict[float, tuple[str, str]]:
    return {c.claim.value: (c.claim.kind, c.verdict)
            for c in milex.check(text, date="2024-06-20").claims}  # fmt: skip


@pytest.mark.parametrize("verb", ["now spends", "spends about", "currently devotes"])
@pytest.mark.parametrize("level, verdict", [("2.12", "supported"), ("2.62", "contradicted")])
def test_a_spending_verb_after_a_change_sets_a_level(verb, level, verdict):
    text = (f"European allies and Canada lifted their outlays by 18% this year, and Germany "
            f"{verb} {level}%.")  # fmt: skip
    found = _found(text)
    assert found[18.0] == ("real_change", "supported")
    assert found[float(level)] == ("share_of_gdp", verdict)


def test_spending_more_stays_a_change():
    found = _found("European allies and Canada lifted their outlays by 18% this year, and "
                   "Germany spent 29% more.")  # fmt: skip
    assert found[29.0] == ("real_change", "supported")
