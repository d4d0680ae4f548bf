"""The year an ally joined NATO is no year of its spending. 'Romania and Albania, which
joined in 2004 and 2009, spend 2.25% and 2.03% this year': the figures are this year's, not
the joining years' (the pair of years is no pair of figures' years). 'Among the 2004
entrants, Latvia is at 3.15%': a cohort named by its year of joining dates no figure.

Which ally joined when, with two allies and two years and no 'respectively', the text does not
say: no accession claim is made for either (neither pairing is contradicted).

Values (looked up with milex.observations, NATO 2024 edition, 17 June 2024, share of GDP,
2024 estimates): Romania 2.25, Albania 2.03, Latvia 3.15, Bulgaria 2.18, Slovenia 1.29.
Joining dates (milex membership table): Romania 2004, Albania 2009.
"""

from __future__ import annotations

import pytest

import milex


def _claims(text: str) -> list:
    return milex.check(text, date="2024-07-08").claims


def _of(claims: list, kind: str, value: float) -> list:
    return [c for c in claims if c.claim.kind == kind and c.claim.value == value]


@pytest.mark.parametrize(("albania", "verdict"), [("2.03", "supported"), ("2.43", "contradicted")])
def test_joining_years_do_not_date_the_figures(albania, verdict):
    claims = _claims(f"Romania and Albania, which joined in 2004 and 2009, spend 2.25% and "
                     f"{albania}% respectively this year.")  # fmt: skip
    ro = _of(claims, "share_of_gdp", 2.25)
    assert [(c.claim.subject, c.claim.year, c.verdict) for c in ro] == [
        ("Romania", 2024, "supported")
    ]
    al = _of(claims, "share_of_gdp", float(albania))
    assert [(c.claim.subject, c.claim.year, c.verdict) for c in al] == [("Albania", 2024, verdict)]


def test_two_allies_two_joining_years_make_no_crossed_claim():
    claims = _claims("Romania and Albania, which joined in 2004 and 2009, spend 2.25% and 2.03% "
                     "respectively this year.")  # fmt: skip
    assert all(c.verdict != "contradicted" for c in claims if c.claim.kind == "accession")
    # with 'respectively' right after the years, each ally has its own year
    said = _claims("Romania and Albania joined in 2004 and 2009 respectively.")
    assert sorted((c.claim.subject, c.verdict) for c in said if c.claim.kind == "accession") == [
        ("Albania", "supported"),
        ("Romania", "supported"),
    ]


@pytest.mark.parametrize(("slovenia", "verdict"), [("1.29", "supported"), ("1.79", "contradicted")])
def test_cohort_named_by_its_joining_year_dates_no_figure(slovenia, verdict):
    claims = _claims(f"Among the 2004 entrants, Latvia is at 3.15%, Bulgaria at 2.18% and "
                     f"Slovenia at {slovenia}% this year.")  # fmt: skip
    got = [(c.claim.subject, c.claim.year, c.verdict) for c in claims
           if c.claim.kind == "share_of_gdp"]  # fmt: skip
    assert got == [
        ("Latvia", 2024, "supported"),
        ("Bulgaria", 2024, "supported"),
        ("Slovenia", 2024, verdict),
    ]
