"""What a figure is, read from its own clause rather than from its neighbours:

- a level an infinitive of reaching takes after a change ('lifted spending by 40% only to
  reach 2%') is a share of GDP, not a second change;
- a share of the budget whose own clause names equipment, after ', and', is equipment's,
  whatever a clause before it says of personnel (a headcount there is no pay word of it);
- a deadline any plan may share ('within a decade') does not make a party's own level the
  Wales guideline's value, wrongly stated;
- a share that restates a sum of a year to come ('$58 billion by 2029-30, which is 1.58% of
  GDP') is of that year, not of the article's.

Official values (looked up with milex.observations(measure, country, years=[year],
edition=edition)):
- NATO 2025 edition, share_of_gdp Spain 2025: 2.00 (shareofgdp.csv R28C13).
- NATO 2024 edition, Table 8a equipment_share Netherlands 2024: 36.20 (N29); personnel_share
  Netherlands 2024: 38.04 (N62).
- NATO 2024 edition, Table 3 share_of_gdp Canada 2024: 1.37 (N14); Canada 2023: 1.31 (M14).
"""

from __future__ import annotations

import pytest

import milex


def claims(text: str, date: str) -> list:
    return milex.check(text, date=date).claims


def verdicts(text: str, date: str) -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.value): c.verdict for c in claims(text, date)}


@pytest.mark.parametrize(("share", "verdict"), [("2", "supported"), ("3", "contradicted")])
def test_a_level_reached_after_a_rise_is_a_share_of_gdp(share, verdict):
    # Spain 2025: 2.00% of GDP (2025 ed.)
    got = verdicts(f"Madrid lifted its defence spending by 40% this year only to reach {share}%, "
                   "according to NATO.", "2025-11-20")  # fmt: skip
    assert ("real_change", "Spain", float(share)) not in got
    assert got[("share_of_gdp", "Spain", float(share))] == verdict


def test_scraping_a_level_is_no_change_either():
    got = verdicts("The Spanish government raised spending by half this year just to scrape 2%.",
                   "2025-11-20")  # fmt: skip
    assert ("real_change", "Spain", 2.0) not in got
    assert got[("share_of_gdp", "Spain", 2.0)] == "supported"


@pytest.mark.parametrize(("share", "verdict"), [("36", "supported"), ("30", "contradicted")])
def test_equipment_named_in_the_figures_own_clause(share, verdict):
    # Netherlands 2024: equipment 36.20%, personnel 38.04% of defence spending (2024 ed.)
    got = verdicts(f"The Dutch military counts 41,860 personnel this year, NATO reports, and "
                   f"{share}% of the defence budget now goes on equipment.", "2024-07-01")  # fmt: skip
    assert not any(k == "personnel_share" for k, _s, _v in got)
    assert got[("equipment_share", "Netherlands", float(share))] == verdict
    # (pay named in the figure's own clause is still pay's: personnel 38.04%)
    paid = verdicts("Personnel costs eat up 38% of the Dutch defence budget, procurement the "
                    "rest.", "2024-07-01")  # fmt: skip
    assert paid[("personnel_share", "Netherlands", 38.0)] == "supported"


def test_a_partys_level_within_a_decade_is_not_the_guideline():
    got = claims("The opposition promises to take defence spending to 2.4 per cent of GDP, "
                 "and to 3 per cent within a decade.", "2025-04-22")  # fmt: skip
    assert not any(c.claim.kind == "guideline_value" for c in got)
    assert all(c.verdict == "unverifiable" for c in got)
    # (the pledge named by its summit is still the guideline, its value wrongly stated)
    wales = verdicts("In Wales the allies agreed to move towards 3 per cent within a decade.",
                     "2025-04-22")  # fmt: skip
    assert wales[("guideline_value", "NATO", 3.0)] == "contradicted"


def claims_at(found: list, value: float) -> list:
    return [c for c in found if c.claim.value == value]


def test_a_share_restating_a_sum_to_come_is_of_that_year():
    found = claims("Ottawa's plan has defence spending climbing to $58 billion by 2029-30, "
                   "which is 1.58% of GDP.", "2024-11-07")  # fmt: skip
    share = [c for c in claims_at(found, 1.58) if c.claim.kind == "share_of_gdp"]
    assert share and all(c.verdict == "unverifiable" and c.claim.year == 2029 for c in share)
    # (a share restating a past sum is still judged, of the sum's year: Canada 2023 1.31)
    for said, verdict in (("1.31", "supported"), ("1.58", "contradicted")):
        past = claims(f"Canada spent C$41 billion on defence last year, or {said}% of GDP.",
                      "2024-11-07")  # fmt: skip
        got = [(c.claim.year, c.verdict) for c in claims_at(past, float(said))
               if c.claim.kind == "share_of_gdp"]  # fmt: skip
        assert got == [(2023, verdict)]
