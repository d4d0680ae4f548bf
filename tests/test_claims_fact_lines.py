"""A fact box's lines led by their figure and a spaced dash ('3 - allies already past 3.5%',
'2.76% - the NATO-wide share of GDP'):

- each line is a line of its own, even a long one with no final stop: it is not prose wrapped
  at the line's end, so the next line's figure does not take the subject of the line before
  ('... by European allies and Canada this year' over '2.76% - NATO-wide share of GDP');
- a count before the dash counts the allies named after it ('18 - allies at 2% in 2024').

Official values: NATO 2025 edition (28 August 2025), `milex.observations("share_of_gdp",
"NATO Total", years=[2025], edition=2025)`: NATO total 2025 2.76, Europe and Canada 2.27,
Denmark 3.22; allies at or above 3.5% in 2025: Poland 4.48, Lithuania 4.00, Latvia 3.73 (3);
at or above 2% in 2024: 18. NATO 2024 edition: allies at or above 2% in 2024: 23. NATO 2026
edition: 30 of the 31 allies with figures at or above 2% in 2026.
"""

from __future__ import annotations

import milex


def _claims(text: str, day: str = "2025-09-02") -> list:
    return milex.check(text, date=day).claims


def test_a_long_fact_line_does_not_run_into_the_next():
    text = (
        "This year's NATO report, five facts\n"
        "15.9% - growth in real terms of what the European allies and Canada spend this year\n"
        "2.76% - NATO-wide share of GDP\n"
        "3.42% - Denmark, which climbed fastest"
    )
    got = {c.claim.value: c for c in _claims(text)}
    assert got[2.76].claim.subject == "NATO"
    assert got[2.76].verdict == "supported"
    assert got[3.42].claim.subject == "Denmark"
    assert got[3.42].verdict == "contradicted"  # 3.22


def test_a_count_before_the_dash_counts_the_allies_after_it():
    text = "This year's NATO report, five facts\n3 - allies already past 3.5% core spending"
    got = [c for c in _claims(text) if c.claim.kind == "count_meeting"]
    assert got and got[0].claim.value == 3 and got[0].verdict == "supported"
    text = "This year's NATO report, five facts\n5 - allies already past 3.5% core spending"
    got = [c for c in _claims(text) if c.claim.kind == "count_meeting"]
    assert got and got[0].verdict == "contradicted"  # 3


def test_a_count_with_its_year_before_the_dash():
    text = "In figures\n23 - allies at or above 2% of GDP in 2024"
    got = [c for c in _claims(text, "2024-06-20") if c.claim.kind == "count_meeting"]
    assert got and got[0].claim.year == 2024 and got[0].verdict == "supported"
    text = "In figures\n21 - allies at or above 2% of GDP in 2024"
    got = [c for c in _claims(text, "2024-06-20") if c.claim.kind == "count_meeting"]
    assert got and got[0].verdict == "contradicted"  # 23


def test_a_count_of_a_total_before_the_dash():
    # NATO 2026 edition (7 July 2026): 30 of the 31 allies with figures at or above 2% in 2026
    got = [c for c in _claims("Facts\n30 of 31 - at or above 2% in 2026", "2026-07-10")
           if c.claim.kind == "count_meeting"]  # fmt: skip
    assert got and got[0].claim.value == 30 and got[0].verdict == "supported"
    got = [c for c in _claims("Facts\n26 of 31 - at or above 2% in 2026", "2026-07-10")
           if c.claim.kind == "count_meeting"]  # fmt: skip
    assert got and got[0].verdict == "contradicted"
