"""A figure the text sets against a newer one as what an earlier release said is judged on
that release (clause._superseded, years.revised_from): a past perfect of estimating near it
('the 1.28% it had estimated', 'which NATO had on 2.20%'), a closing 'before' ('2.05%
before'), a month after 'last' before the release of the day ('the 1.55% NATO estimated last
June', in September 2025), or revised ('revised up to 1.43% from 1.28%'). A wrong earlier figure is still
contradicted, on the earlier release. One year's figure that moved without a verb of revising
('Spain's 2024 share was lifted to 1.43% from 1.28%', 'Hungary's 2024 estimate edged up from
2.11% to 2.13%') starts from that year's figure as an undated earlier release had it: of that
year, left unverifiable (as in test_claims_one_year_ratio_revisions), never the year before's.

Official values (milex.observations("share_of_gdp", ally, years=[2024], edition=...)):
Spain 2024: 1.28 (2024 edition), 1.43 (2025 edition); Norway 2024: 2.20, 2.27; Netherlands
2024: 2.05, 2.00; Portugal 2024: 1.55, 1.58; Hungary 2024: 2.11, 2.13. The 2025 edition was
published on 28 August 2025, so it is the edition of the day in September 2025.
"""

from __future__ import annotations

import pytest

import milex


def verdicts(
    text: str, date: str = "2025-09-10"
) -> dict[float, tuple[str, str | None, int | None]]:
    return {
        c.claim.value: (c.verdict, c.claim.subject, c.claim.year)
        for c in milex.check(text, date=date).claims
    }


@pytest.mark.parametrize(("old", "verdict"), [("1.28", "supported"), ("1.38", "contradicted")])
def test_a_past_perfect_estimate_beside_a_newer_figure(old, verdict):
    got = verdicts(f"NATO now puts Spain's 2024 spending at 1.43% of GDP, well up on the {old}% "
                   "it had estimated.")  # fmt: skip
    assert got[1.43] == ("supported", "Spain", 2024)
    assert got[float(old)] == (verdict, "Spain", 2024)


@pytest.mark.parametrize(("old", "verdict"), [("2.20", "supported"), ("2.40", "contradicted")])
def test_what_a_body_had_a_figure_on_before_the_new_one(old, verdict):
    got = verdicts(f"Norway, which the alliance had on {old}% for 2024, now stands at 2.27% for "
                   "that year.")  # fmt: skip
    assert got[2.27][0] == "supported"
    assert got[float(old)] == (verdict, "Norway", 2024)
    # In May 2025 the 2024 edition is NATO's latest held: 'had estimated' beside SIPRI's
    # figure, no newer NATO figure set against it, is the narrative's past, not an earlier
    # release
    got = verdicts(f"Norway spent 2.09% of GDP last year on SIPRI's reckoning, against the {old}% "
                   "NATO had estimated.", date="2025-05-02")  # fmt: skip
    assert (got[float(old)][0] == "supported") == (verdict == "supported")


@pytest.mark.parametrize(("old", "verdict"), [("2.05", "supported"), ("2.15", "contradicted")])
def test_a_figure_closed_by_before_is_the_earlier_release(old, verdict):
    got = verdicts(f"The estimate of Dutch 2024 spending barely moved: 2.00% in the latest "
                   f"tables against {old}% before.")  # fmt: skip
    assert got[2.0][0] == "supported"
    assert got[float(old)] == (verdict, "Netherlands", 2024)


def test_the_year_before_is_no_earlier_release():
    # 'the year before' dates the figure a year back (2023: Netherlands 1.60 in the 2025
    # edition), it is no 'before' of a release: never judged as the 2024 edition's 2024 figure
    got = verdicts("The estimate of Dutch 2024 spending barely moved: 2.00% in the latest "
                   "tables against 2.05% before, up from 1.64% the year before.")  # fmt: skip
    assert got[2.05] == ("supported", "Netherlands", 2024)
    assert got[1.64][2] != 2024


@pytest.mark.parametrize(("old", "verdict"), [("1.55", "supported"), ("1.45", "contradicted")])
def test_a_figure_estimated_last_month_before_the_days_release(old, verdict):
    got = verdicts(f"Portugal's 2024 share now stands at 1.58%, against the {old}% NATO "
                   "estimated last June.")  # fmt: skip
    assert got[1.58][0] == "supported"
    assert got[float(old)] == (verdict, "Portugal", 2024)


@pytest.mark.parametrize("old", ["1.28", "1.18"])
def test_one_years_share_moved_to_a_figure_from_another(old):
    # the start is the year's figure as an earlier release the text does not date had it
    # (the Secretary General's annual report of March 2025, which milex does not hold, came
    # between the two editions): that year's, left unjudged, never the year before's
    got = verdicts(f"Spain's 2024 share was lifted to 1.43% from {old}%.")
    assert got[1.43] == ("supported", "Spain", 2024)
    assert got[float(old)] == ("unverifiable", "Spain", 2024)
    got = verdicts(f"Spain's 2024 share was lifted to 1.53% from {old}%.")
    assert got[1.53] == ("contradicted", "Spain", 2024)


@pytest.mark.parametrize(("new", "verdict"), [("2.13", "supported"), ("2.31", "contradicted")])
def test_one_years_estimate_moved_from_a_figure_to_another(new, verdict):
    got = verdicts(f"Hungary's 2024 estimate edged up from 2.11% to {new}%, and its 2025 "
                   "estimate is higher still.")  # fmt: skip
    assert got[2.11] == ("unverifiable", "Hungary", 2024)
    assert got[float(new)] == (verdict, "Hungary", 2024)


@pytest.mark.parametrize(("old", "verdict"), [("1.28", "supported"), ("1.18", "contradicted")])
def test_revised_up_to_is_a_revision_not_a_ceiling(old, verdict):
    # a verb of revising names the edition before the day's (the existing reading of
    # 'revised to X from Y'); 'up to' is the way of the revision, not a ceiling
    got = verdicts(f"Spain's 2024 share has been revised up to 1.43% from {old}%.")
    assert got[float(old)] == (verdict, "Spain", 2024)
    assert got[1.43] == ("supported", "Spain", 2024)
    got = verdicts(f"Spain's 2024 share has been revised up to 1.50% from {old}%.")
    assert got[1.5] == ("contradicted", "Spain", 2024)
