"""Two readings that took a figure of the wrong kind as the one to judge a number against.

A change 'from X to Y' after a 'since' whose time the text gives only in words no table dates
('since the accord', 'since the pledge') starts at that unread time, not the year before the
end point's: its starting figure is left unverifiable, never contradicted against last year's.

A count of allies 'below it' is measured against the guideline 'it' points back to, not against
the figure of a relative clause on one of the allies it includes ('..., including Spain, which
is at 1.28%').

Values (looked up with milex.observations, NATO 2024 edition, 17 June 2024):
- Netherlands, defence spending in constant 2015 USD million: 2014 8,650.1; 2023 14,892.3;
  2024 18,503.0 (estimate).
- Spain share of GDP 2024: 1.28; Italy 2024: 1.49; Belgium 2024: 1.30 (estimates).
- Allies below 2% of GDP in 2024: 8 of the 31 with figures (23 at or above; Iceland none).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float, date: str = "2024-09-04") -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


def test_start_after_an_unread_since_is_not_last_years():
    text = ("In constant 2015 dollars, Dutch military spending has more than doubled since "
            "the accord, from $8.7 billion to $18.5 billion this year.")  # fmt: skip
    start = _of(text, 8.7)
    assert start and all(c.verdict == "unverifiable" for c in start)
    assert all(c.claim.year != 2023 for c in start)
    end = _of(text, 18.5)
    assert [c.verdict for c in end] == ["supported"] and end[0].claim.year == 2024
    # a wrong end point in the same structure is still contradicted
    wrong = text.replace("$18.5 billion", "$21.5 billion")
    assert [c.verdict for c in _of(wrong, 21.5)] == ["contradicted"]
    assert all(c.verdict != "contradicted" for c in _of(wrong, 8.7))


@pytest.mark.parametrize(
    ("member", "level"), [("Spain", "1.28"), ("Italy", "1.49"), ("Belgium", "1.30")]
)
def test_count_below_it_ignores_an_included_allys_relative_clause(member, level):
    text = (f"Leaders called 2% a floor at the summit. Eight allies are still below it, "
            f"including {member}, which is at {level}%.")  # fmt: skip
    counts = [c for c in _of(text, 8.0) if c.claim.kind == "count_meeting"]
    assert counts and counts[0].verdict == "supported"
    assert counts[0].claim.threshold == 2.0
    own = _of(text, float(level))
    assert own and own[0].claim.subject == member and own[0].verdict == "supported"


def test_wrong_count_below_it_is_still_contradicted():
    text = ("Leaders called 2% a floor at the summit. Fourteen allies are still below it, "
            "including Spain, which is at 1.28%.")  # fmt: skip
    counts = [c for c in _of(text, 14.0) if c.claim.kind == "count_meeting"]
    assert counts and counts[0].verdict == "contradicted"
    assert counts[0].claim.threshold == 2.0
