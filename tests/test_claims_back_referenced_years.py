"""Years a figure's words point back to: 'for that year' after several figures is the year
the text named, not the default of the figure before it read from its tense alone
(years._resolve); 'now' after the year of a figure's noun ('Lithuania's spending for 2023 is
now put at 2.78%', 'The 2023 numbers, now final, show ...') dates the estimate, not the
figure (years._now_of_figure).

Official values (milex.observations("share_of_gdp", ally, years=[...], edition=...)):
2024 edition (17 June 2024): Lithuania 2023 = 2.78, Latvia 2023 = 2.87, Estonia 2023 = 3.04,
Hungary 2023 = 2.05; 2025 edition (28 August 2025): Italy 2024 = 1.50, Spain 2024 = 1.43.
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, date: str) -> dict[float, tuple[str, str | None, int | None]]:
    return {
        c.claim.value: (c.verdict, c.claim.subject, c.claim.year)
        for c in milex.check(text, date=date).claims
    }


@pytest.mark.parametrize(("share", "verdict"), [("1.43", "supported"), ("1.34", "contradicted")])
def test_that_year_after_a_pair_of_figures_is_the_year_named_before(share, verdict):
    got = verdicts("Allied outlays hit a record in 2024, the think tank said. NATO's tables put "
                   f"Italy at 1.50% and Spain at {share}% for that year.", "2025-12-01")  # fmt: skip
    assert got[float(share)] == (verdict, "Spain", 2024)
    # (the first of the pair is not yet read as sharing the time after the second: it stays
    # unjudged rather than set against Italy's 2025 figure, 2.01)
    assert got[1.5][0] != "contradicted"


@pytest.mark.parametrize(("share", "verdict"), [("2.78", "supported"), ("2.87", "contradicted")])
def test_now_after_a_figures_year_for_its_noun_dates_the_estimate(share, verdict):
    got = verdicts(f"Lithuania's spending for 2023 is now put at {share}% of GDP.", "2024-06-20")
    assert got[float(share)] == (verdict, "Lithuania", 2023)


@pytest.mark.parametrize(("share", "verdict"), [("2.05", "supported"), ("2.50", "contradicted")])
def test_now_in_an_aside_after_the_year_of_the_numbers(share, verdict):
    got = verdicts("The 2023 numbers, now final, show Estonia at 3.04% of GDP and Hungary at "
                   f"{share}%.", "2024-06-20")  # fmt: skip
    assert got[3.04] == ("supported", "Estonia", 2023)
    assert got[float(share)] == (verdict, "Hungary", 2023)


@pytest.mark.parametrize(("share", "verdict"), [("1.43", "supported"), ("1.34", "contradicted")])
def test_now_after_the_first_figure_of_last_years_figure(share, verdict):
    # "Last year's figure for Spain ...: 1.43% now": the year of the figure's noun (2024),
    # 'now' the release that gives it; a later figure of its own clause keeps its own 'now'
    # (Spain 2025 = 2.00 in the 2025 edition)
    got = verdicts(f"Last year's figure for Spain has hardly changed: {share}% now, against "
                   "1.28% in the earlier estimate.", "2025-10-01")  # fmt: skip
    assert got[float(share)] == (verdict, "Spain", 2024)
    got = verdicts("Spain's 2024 figure was 1.43%; it spends 2.00% now.", "2025-10-01")
    assert got[2.0] == ("supported", "Spain", 2025)


@pytest.mark.parametrize(("share", "verdict"), [("1.43", "supported"), ("1.34", "contradicted")])
def test_a_figure_apposed_to_a_dated_noun_is_of_its_time(share, verdict):
    # "the figure for last year, 1.43%, as this year's": the apposition restates the noun
    # (Spain 2024 = 1.43 in the 2025 edition; 2025 = 2.00), whatever time follows it
    got = verdicts(f"Spain is forecast at 2.00% this year. An earlier version gave the figure "
                   f"for last year, {share}%, as this year's.", "2025-09-10")  # fmt: skip
    assert got[2.0] == ("supported", "Spain", 2025)
    assert got[float(share)] == (verdict, "Spain", 2024)
