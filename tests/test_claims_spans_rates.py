"""The claim checker on figures said over a span of years, and on measures that are not the
one a bare reading suggests: a change 'in 2014-2024' or under a table's 'Change 2014-24'
column (real change since 2014, not one year's), levels 'from X% to Y%' over 'the decade to
2024' (the start is the span's first year), a level 'now' after an older one (the current
year), 'has not dropped below' (every year at or above the line), a yearly average rate or a
change over 'the two years' (derived from the yearly real changes, not one year's change), a
change in the share of GDP (not real spending), and the median ally (the middle of the allies'
figures, not the alliance's combined share).

Official values in the comments are NATO's 2024 edition (17 June 2024), read with
`milex.observations(measure, ally, years=..., edition=2024)`: Table 3 (share_of_gdp, and
real_change a year) and Table 4 (real_change_since_2014).
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str, date: str = DAY) -> dict[float, tuple[str, str, str]]:
    """value -> (verdict, subject, explanation) of every claim the checker finds."""
    report = milex.check(text, date=date)
    return {
        float(c.claim.value): (c.verdict, str(c.claim.subject), c.explanation)
        for c in report.claims
        if c.claim.value is not None
    }


def test_a_tables_change_column_over_a_span_is_real_change_since_its_first_year():
    # real_change_since_2014, 2024: France 25.63, Estonia 118.70, Norway 64.59
    found = claims(
        "Growth of real defence spending, 2014-2024 (NATO):\n"
        "Country | Change 2014-24\n"
        "France | +26%\n"
        "Estonia | +119%\n"
        "Norway | +95%"
    )
    assert found[26.0][:2] == ("supported", "France")
    assert found[119.0][:2] == ("supported", "Estonia")
    assert found[95.0][:2] == ("contradicted", "Norway")
    assert "since 2014" in found[26.0][2]


def test_a_change_in_a_dashed_span_of_years_is_the_change_over_it():
    # real_change_since_2014, 2024: France 25.63, Estonia 118.70 (not one year's change)
    [(verdict, subject, why)] = claims(
        "France's real defence spending grew 26% in 2014-2024."
    ).values()
    assert (verdict, subject) == ("supported", "France")
    assert "since 2014" in why
    [(verdict, subject, _)] = claims(
        "Estonia's real defence spending grew 60% in 2014-2024."
    ).values()
    assert (verdict, subject) == ("contradicted", "Estonia")


def test_from_and_to_over_the_decade_to_a_year_are_its_first_and_last_years():
    # share_of_gdp: Netherlands 1.15 (2014), 2.05 (2024); Portugal 1.31 (2014), 1.55 (2024)
    found = claims(
        "In the decade to 2024, the Netherlands lifted its defence spending from 1.15% to "
        "2.05% of GDP."
    )
    assert found[1.15][:2] == ("supported", "Netherlands")
    assert found[2.05][:2] == ("supported", "Netherlands")
    assert "in 2014" in found[1.15][2]
    found = claims(
        "In the decade to 2024, Portugal lifted its defence spending from 0.9% to 1.55% of GDP."
    )
    assert found[0.9][:2] == ("contradicted", "Portugal")
    assert found[1.55][:2] == ("supported", "Portugal")


def test_now_right_after_a_figure_is_the_current_year():
    # share_of_gdp: Belgium 0.97 (2014), 1.30 (2024); Czechia 0.94 (2014), 2.10 (2024)
    found = claims("Belgium's defence effort: 0.97% of GDP in 2014, 1.3% now.")
    assert found[1.3][:2] == ("supported", "Belgium")
    assert "in 2024" in found[1.3][2]
    found = claims("Czechia spent 0.94% of GDP in 2014, and 1.6% now.")
    assert found[0.94][:2] == ("supported", "Czechia")
    assert found[1.6][:2] == ("contradicted", "Czechia")


def test_not_dropping_below_a_line_over_a_span_is_every_year_at_or_above_it():
    # Romania's share of GDP 2014-2024: lowest 1.35 (2014), 1.60 (2023), 2.25 (2024)
    [(verdict, subject, _)] = claims(
        "Romania has not dropped below 1.3% of GDP in the decade since Wales."
    ).values()
    assert (verdict, subject) == ("supported", "Romania")
    [(verdict, subject, why)] = claims(
        "Romania has never fallen below 2% of GDP since 2014."
    ).values()
    assert (verdict, subject) == ("contradicted", "Romania")
    assert "2014 (1.35)" in why


def test_yet_to_rise_above_a_line_is_at_or_below_it():
    # share_of_gdp 2024: Spain 1.28, Poland 4.12
    [(verdict, subject, why)] = claims("Spain has yet to rise above 1.5% of GDP.").values()
    assert (verdict, subject) == ("supported", "Spain")
    assert "yet to rise above 1.5%" in why
    [(verdict, subject, _)] = claims("Poland has yet to rise above 3% of GDP.").values()
    assert (verdict, subject) == ("contradicted", "Poland")


def test_a_negated_spending_verb_turns_the_comparison_round():
    # share_of_gdp 2024: Norway 2.20, Italy 1.49: 'has not spent less than 1.4%' is at least
    # 1.4% (true), 'did not spend more than 2%' at most 2% (false for Norway)
    [(verdict, subject, _)] = claims(
        "Norway has not spent less than 1.4% of GDP on defence this year."
    ).values()
    assert (verdict, subject) == ("supported", "Norway")
    [(verdict, _, _)] = claims("Norway did not spend more than 2% of GDP in 2024.").values()
    assert verdict == "contradicted"
    [(verdict, _, _)] = claims("Italy did not spend more than 1.6% of its GDP in 2024.").values()
    assert verdict == "supported"


def test_a_yearly_average_rate_is_the_compound_rate_over_the_span():
    # real change since 2014 (Table 4), 2024: Estonia 118.70 -> 2.1870 ** (1/10) = 8.14% a
    # year; Norway 64.59 -> 5.11% a year (not a share of GDP, nor the change over the span)
    [(verdict, subject, why)] = claims(
        "Estonia's real defence spending has risen by an average of 8% a year since 2014."
    ).values()
    assert (verdict, subject) == ("supported", "Estonia")
    assert "8.14" in why
    [(verdict, subject, why)] = claims(
        "Since 2014 Norway's real defence spending has grown at an average annual pace of 9%."
    ).values()
    assert (verdict, subject) == ("contradicted", "Norway")
    assert "5.11" in why


def test_a_yearly_rate_with_no_start_is_unverifiable():
    [(verdict, _, why)] = claims(
        "Latvia's real defence spending has grown by an average of 9% a year."
    ).values()
    assert verdict == "unverifiable" and "yearly rate" in why


def test_a_change_over_the_two_years_is_compounded_from_the_yearly_changes():
    # Norway real change: 24.40 (2023), 22.24 (2024): 1.2440 * 1.2224 = 1.5207, +52.07% over
    # 2023-2024 (not 2024's 22.24)
    found = claims(
        "Norway's real spending rose 24.4% in 2023 and 22.2% in 2024, a combined 52% over "
        "the two years."
    )
    assert found[24.4][:2] == ("supported", "Norway")
    assert found[22.2][:2] == ("supported", "Norway")
    assert found[52.0][:2] == ("supported", "Norway")
    assert "52.07" in found[52.0][2]
    found = claims(
        "Norway's real spending rose 24.4% in 2023 and 22.2% in 2024, a combined real rise of "
        "70% over the two years."
    )
    assert found[70.0][:2] == ("contradicted", "Norway")


def test_a_change_of_europe_and_canada_since_2014_is_compounded():
    # Table 4 has no row for Europe and Canada; their yearly real changes 2015-2024
    # compounded give +71.81% (the same as Table 2's constant prices: 250.34 -> 430.11 bn)
    [(verdict, subject, why)] = claims(
        "European allies and Canada together raised real defence spending by about 70% between "
        "2014 and 2024."
    ).values()
    assert (verdict, subject) == ("supported", "Europe and Canada")
    assert "71.81" in why
    [(verdict, _, _)] = claims(
        "European allies and Canada together raised real defence spending by 40% between 2014 "
        "and 2024."
    ).values()
    assert verdict == "contradicted"


def test_a_change_in_the_share_of_gdp_is_not_real_change():
    # Netherlands share of GDP 1.15 (2014) -> 2.05 (2024); real change since 2014 is another
    # measure, so a multiple of the share is not judged against it
    [(verdict, subject, why)] = claims(
        "The Netherlands' defence spending as a share of GDP has almost doubled since 2014."
    ).values()
    assert (verdict, subject) == ("unverifiable", "Netherlands")
    assert "share of GDP" in why


def test_the_median_ally_is_the_middle_of_the_allies_figures():
    # share_of_gdp, 2024 edition: the median of the 31 allies' 2024 figures is 2.11 (NATO's
    # combined share, 2.71, is another measure); of the 27 allies' 2014 figures, 1.19
    found = claims(
        "Across the alliance the median member spends 2% of GDP on defence, up from 1.2% in 2014."
    )
    assert found[2.0][0] == "supported" and "2.11" in found[2.0][2]
    assert found[1.2][0] == "supported" and "1.19" in found[1.2][2]
    [(verdict, _, why)] = claims(
        "Across the alliance the median member spends 3% of GDP on defence."
    ).values()
    assert verdict == "contradicted" and "median" in why


def test_a_change_since_a_year_other_than_2014_is_only_supported_from_that_years_level():
    # Lithuania real change 2023 13.35, 2024 4.25: from 2022's level +18.17%; counting 2022's
    # own +28.03 as well (from 2021's level), +51.29%. Which one 'since 2022' means the words
    # do not say: agreeing with the first supports, and disagreeing is never called wrong
    [(verdict, _, why)] = claims(
        "Since 2022, Lithuania's real defence spending has risen by about 18%."
    ).values()
    assert verdict == "supported" and "18.17" in why
    [(verdict, _, why)] = claims(
        "Since 2022, Lithuania's real defence spending has risen by about 51%."
    ).values()
    assert verdict == "unverifiable" and "51.29" in why


def test_a_rate_a_year_between_two_years_is_a_yearly_rate():
    # Germany: real change since 2014 = 95.91 in 2024, 6.96% a year over 2014-2024
    [(verdict, _, why)] = claims(
        "Between 2014 and 2024, Germany's real defence spending grew by roughly 7% a year."
    ).values()
    assert verdict == "supported" and "6.96" in why
    [(verdict, _, _)] = claims(
        "Between 2014 and 2024, Germany's real defence spending grew by roughly 12% a year."
    ).values()
    assert verdict == "contradicted"


def test_ten_years_on_from_wales_is_a_time_not_the_span_of_the_change():
    # Poland real change 2024 = 30.07 (since 2014 it is 213.66: not what the words compare)
    [(verdict, subject, _)] = claims(
        "Ten years on from Wales, Poland's real defence spending rose 30%."
    ).values()
    assert (verdict, subject) == ("supported", "Poland")
