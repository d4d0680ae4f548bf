"""The claim checker on the structures of the continental press (often with decimal commas):
a count's target said of the allies it names with their own figures, the economy's growth
beside defence figures, a span counted from the Wales summit, a category's share named before
its figure.

Official values in the comments were read with `milex.observations(measure, ally,
years=[...], edition=...)`: NATO's Table 3 (share of GDP), Table 4 (real change since 2014)
and Table 8 (shares of spending by category) of the edition current at each date.
"""

from __future__ import annotations

import milex


def claims(text: str, day: str) -> list[tuple[str, str, str, float | None, int | None]]:
    """(verdict, kind, subject, value, year) of every claim the checker finds."""
    report = milex.check(text, date=day)
    return [
        (c.verdict, c.claim.kind, str(c.claim.subject), c.claim.value, c.claim.year)
        for c in report.claims
    ]


def test_members_of_a_count_with_their_own_figures_are_not_given_the_target():
    # 2024 edition: Portugal 2024 = 1.55, Belgium 2024 = 1.30
    day = "2024-06-20"
    text = "Nine allies remain short of the goal: among them Portugal, at {} %, and Belgium, at 1,30 %."
    found = claims(text.format("1,55"), day)
    # the figures are the allies' own; no claim puts Portugal or Belgium at the target's 2%
    assert ("supported", "share_of_gdp", "Portugal", 1.55, 2024) in found
    assert ("supported", "share_of_gdp", "Belgium", 1.3, 2024) in found
    assert not [c for c in found if c[3] == 2.0 and c[2] != "NATO"]
    # a wrong figure in the same list is still contradicted
    assert ("contradicted", "share_of_gdp", "Portugal", 1.75, 2024) in claims(
        text.format("1,75"), day
    )
    # named without a figure of their own, they still stand for the count's side of it
    bare = claims("Nine allies remain below the 2% guideline, among them Portugal.", day)
    assert [c for c in bare if c[2] == "Portugal" and c[3] == 2.0]


def test_the_economy_shrinking_or_a_country_s_growth_is_no_defence_figure():
    # 2024 edition: Germany's real change in 2023 = 8.84 (no defence figure is -0.3 or 0.7)
    day = "2024-06-25"
    found = claims("Germany spends more; the economy itself contracted 0,3 % last year.", day)
    assert not [c for c in found if c[3] in (-0.3, 0.3) and c[0] != "unverifiable"]
    found = claims(
        "NATO puts Portugal at 1,55 % of GDP this year; Portuguese growth is expected at 1,7 %.",
        day,
    )
    # 2024 edition: Portugal 2024 = 1.55; the 1.7% is the economy's growth
    assert ("supported", "share_of_gdp", "Portugal", 1.55, 2024) in found
    assert not [c for c in found if c[3] == 1.7 and c[0] != "unverifiable"]


def test_a_growth_word_after_a_semicolon_does_not_make_the_figure_before_a_change():
    # 2026 edition: France 2025 = 2.04, 2026 = 2.22 (share of GDP)
    day = "2026-07-10"
    text = "France stands at 2,04 % of GDP in 2025 and {} % in 2026; growth will be weak."
    assert ("supported", "share_of_gdp", "France", 2.22, 2026) in claims(text.format("2,22"), day)
    assert ("contradicted", "share_of_gdp", "France", 2.42, 2026) in claims(
        text.format("2,42"), day
    )


def test_years_after_the_wales_summit_count_a_change_since_2014():
    # 2024 edition, Table 4: France's real change 2014-2024 = 25.63
    day = "2024-06-25"
    text = "A decade after the Wales summit, France has raised its defence spending by {} % in real terms."
    assert ("supported", "real_change", "France", 25.6, 2024) in claims(text.format("25,6"), day)
    assert ("contradicted", "real_change", "France", 40.6, 2024) in claims(text.format("40,6"), day)
    # in the present tense the time dates the figure and no change since 2014 is read
    # (2024 edition: Italy 2024 = 1.49% of GDP)
    found = claims("A decade after the Wales summit, Italy spends 1,49 % of GDP on defence.", day)
    assert found == [("supported", "share_of_gdp", "Italy", 1.49, 2024)]


def test_a_category_share_named_before_its_figure():
    # 2025 edition, Table 8: personnel share 2025 Spain = 27.76, Italy = 42.85
    day = "2025-09-01"
    text = "The Spanish personnel share dropped to {} % this year, and Italy's to 42,8 %, as equipment orders grew."
    found = claims(text.format("27,8"), day)
    assert ("supported", "personnel_share", "Spain", 27.8, 2025) in found
    assert ("supported", "personnel_share", "Italy", 42.8, 2025) in found
    assert ("contradicted", "personnel_share", "Spain", 31.8, 2025) in claims(
        text.format("31,8"), day
    )


def test_a_figure_under_another_body_s_classification_is_not_judged_on_nato_s():
    # 2024 edition: Portugal 2023 = 1.48% of GDP; the COFOG figure is on another definition
    day = "2025-03-01"
    found = claims(
        "Under the COFOG classification Portugal spent 1,1 % of GDP on defence in 2023.", day
    )
    assert [c for c in found if c[3] == 1.1] == [
        ("unverifiable", "share_of_gdp", "Portugal", 1.1, 2023)
    ]
    # NATO's method named in the next sentence is judged again: 2023 = 1.48
    text = "On COFOG it was 1,1 % in 2023. By NATO's broader method, Portugal spent {} % that year."
    assert ("supported", "share_of_gdp", "Portugal", 1.48, 2023) in claims(text.format("1,48"), day)
    assert ("contradicted", "share_of_gdp", "Portugal", 1.98, 2023) in claims(
        text.format("1,98"), day
    )


def test_a_counterfactual_quota_is_no_value_of_the_guideline():
    # 2024 edition: France 2024 = 2.06% of GDP
    day = "2024-12-01"
    text = (
        "France met the target in 2024. A defence ministry official said the funds on offer "
        "would have corresponded to a NATO quota of 2,3 % of GDP."
    )
    found = claims(text, day)
    assert ("supported", "share_of_gdp", "France", 2.0, 2024) in found  # 'met the target'
    assert not [
        c for c in found if c[3] == 2.3 and (c[0] != "unverifiable" or c[1] != "share_of_gdp")
    ]


def test_a_tenth_said_of_a_share_is_a_tenth_of_a_point():
    # 2019 edition: Belgium 2019 = 0.93, 2018 = 0.91 (share of GDP)
    day = "2019-06-26"
    text = "Belgium will spend {} % of its economy this year. The Belgian figure edged up a tenth from 2018."
    found = claims(text.format("0,93"), day)
    assert found == [("supported", "share_of_gdp", "Belgium", 0.93, 2019)]  # no rise of 10%
    assert claims(text.format("0,73"), day) == [
        ("contradicted", "share_of_gdp", "Belgium", 0.73, 2019)
    ]


def test_ahead_only_of_an_ally_is_a_place_not_a_count():
    # 2019 edition: Belgium 2019 = 0.93, Luxembourg 2019 = 0.55
    day = "2019-06-26"
    text = "Belgium is near the bottom at {} %, ahead only of Luxembourg (0,55 %)."
    found = claims(text.format("0,93"), day)
    assert not [c for c in found if c[1] == "count_meeting"]
    assert ("supported", "share_of_gdp", "Luxembourg", 0.55, 2019) in found
    assert ("contradicted", "share_of_gdp", "Belgium", 1.23, 2019) in claims(
        text.format("1,23"), day
    )


def test_the_largest_share_on_a_category_is_not_a_rank_of_the_alliance():
    # 2024 edition, Table 8: Portugal's personnel share 2024 = 58.63 (no rank by troops or GDP)
    day = "2024-06-20"
    found = claims("Portugal is the ally that puts the largest share on personnel.", day)
    assert not [c for c in found if c[1] == "ranking"]


def test_a_lead_among_shares_too_large_for_gdp_is_not_ranked_on_gdp():
    # 2024 edition, Table 8 equipment shares 2024: Netherlands 36.2, Belgium 15.16 (Poland
    # leads the alliance at 51.13, so no rank of first across NATO is said here)
    day = "2024-06-20"
    text = "The Netherlands leads with {} %, followed by Belgium (15,2 %)."
    found = claims(text.format("36,2"), day)
    assert not [c for c in found if c[1] == "ranking" and c[0] != "unverifiable"]


# Amounts: NATO's Table 1 (national currency, EUR million) and Table 2 (USD million), 2024
# edition: Netherlands 2024 EUR 19,900 m and USD 21,460 m; Belgium 2024 EUR 7,900 m;
# Poland 2024 USD 34,975 m


def test_a_scale_abbreviation_then_the_currency():
    day = "2024-06-20"
    text = "NATO's estimate of Dutch defence spending this year: {} Mrd. Euro."
    assert claims(text.format("19,9"), day) == [
        ("supported", "spending_amount", "Netherlands", 19.9, 2024)
    ]
    assert claims(text.format("24,9"), day) == [
        ("contradicted", "spending_amount", "Netherlands", 24.9, 2024)
    ]


def test_a_scale_word_then_the_currency_after_a_preposition():
    day = "2024-06-20"
    text = "The Netherlands will spend {} milliards de dollars on defence this year, NATO says."
    found = claims(text.format("21,5"), day)
    assert found == [("supported", "spending_amount", "Netherlands", 21.5, 2024)]
    found = claims(
        "Belgium will spend {} miliardi di euro on defence this year, NATO says.".format("9,9"), day
    )
    assert found == [("contradicted", "spending_amount", "Belgium", 9.9, 2024)]


def test_a_dollar_sign_with_a_german_scale_abbreviation():
    day = "2024-06-20"
    assert claims(
        "NATO puts Poland's defence spending at ${} Mrd. this year.".format("35,0"), day
    ) == [("supported", "spending_amount", "Poland", 35.0, 2024)]
    assert claims(
        "NATO puts Poland's defence spending at ${} Mrd. this year.".format("45,0"), day
    ) == [("contradicted", "spending_amount", "Poland", 45.0, 2024)]


def test_percent_written_as_a_word():
    # 2024 edition: Greece 2024 = 3.08% of GDP
    day = "2024-06-20"
    for word in ("Prozent", "per cento", "por ciento", "pour cent"):
        text = f"Greece spends {{}} {word} of its GDP on defence this year, NATO estimates."
        assert claims(text.format("3,08"), day) == [
            ("supported", "share_of_gdp", "Greece", 3.08, 2024)
        ]
        assert claims(text.format("2,08"), day) == [
            ("contradicted", "share_of_gdp", "Greece", 2.08, 2024)
        ]


def test_sums_not_spent_gaps_requirements_and_proposals():
    day = "2024-06-20"
    # the gap to a level and the sum a level would require are no spending figures
    text = (
        "NATO estimates Belgium spends 7,9 Mrd. Euro on defence this year, some 3 Mrd. short of "
        "the 11 Mrd. Euro the guideline would require."
    )
    found = claims(text, day)
    assert found == [("supported", "spending_amount", "Belgium", 7.9, 2024)]
    # money that went unspent, and a proposal to raise a fund, neither
    found = claims(
        "Belgium had 9 Mrd. Euro for defence this year, but 1,1 Mrd. Euro went unspent.", day
    )
    assert not [c for c in found if c[3] == 1.1]
    found = claims("The minister rejected calls to raise the defence fund to 50 Mrd. Euro.", day)
    assert [c[0] for c in found] in ([], ["unverifiable"])


def test_thousands_set_off_by_a_narrow_or_no_break_space():
    # 2024 edition, Table 7: Belgium's military personnel 2024 = 21.349 thousand
    day = "2024-06-20"
    for space in ("\u202f", "\u00a0"):
        text = f"Belgium fields 21{space}349 troops this year, NATO estimates."
        assert claims(text, day) == [("supported", "personnel", "Belgium", 21.349, 2024)]
        text = f"Belgium fields 26{space}349 troops this year, NATO estimates."
        assert claims(text, day) == [("contradicted", "personnel", "Belgium", 26.349, 2024)]
    # a narrow space before the percent sign is the sign's, as in French typography
    # (2024 edition: Denmark 2024 = 2.37% of GDP)
    assert claims(
        "Denmark spends 2,37\u202f% of its GDP on defence this year, NATO says.", day
    ) == [("supported", "share_of_gdp", "Denmark", 2.37, 2024)]


def test_last_year_and_gdp_in_the_words_of_the_continental_press():
    # 2024 edition: Denmark 2023 = 2.01, 2024 = 2.37 (share of GDP)
    day = "2024-06-20"
    text = "Denmark spends 2,37 % of its GDP on defence this year, NATO says. L'an dernier, the ratio was {} %."
    assert claims(text.format("2,01"), day)[1] == (
        "supported",
        "share_of_gdp",
        "Denmark",
        2.01,
        2023,
    )
    assert claims(text.format("1,61"), day)[1] == (
        "contradicted",
        "share_of_gdp",
        "Denmark",
        1.61,
        2023,
    )
    found = claims("NATO estimates that Denmark will spend 2,37 % du PIB this year.", day)
    assert found == [("supported", "share_of_gdp", "Denmark", 2.37, 2024)]


def test_the_euro_sign_after_the_scale():
    # 2024 edition, Table 1: Netherlands 2024 EUR 19,900 m
    day = "2024-06-20"
    for scale in ("Mrd. €", "Md€"):
        text = f"Dutch defence budgets this year, NATO estimates: {{}} {scale}."
        assert claims(text.format("19,9"), day) == [
            ("supported", "spending_amount", "Netherlands", 19.9, 2024)
        ]
        assert claims(text.format("14,9"), day) == [
            ("contradicted", "spending_amount", "Netherlands", 14.9, 2024)
        ]


def test_the_year_before_this_year_s_change():
    # 2024 edition, Table 3 real change: Netherlands 2024 = 24.25, 2023 = 15.74
    day = "2024-06-20"
    text = "Dutch defence spending rose by 24,2 % in real terms this year and {} % the year before."
    assert claims(text.format("15,7"), day)[1] == (
        "supported",
        "real_change",
        "Netherlands",
        15.7,
        2023,
    )
    assert claims(text.format("19,7"), day)[1] == (
        "contradicted",
        "real_change",
        "Netherlands",
        19.7,
        2023,
    )
