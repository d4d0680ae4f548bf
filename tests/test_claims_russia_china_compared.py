"""Russia, China and the allies compared in one text: sums in roubles and yuan judged on SIPRI's
series in the country's own money (never against dollars), the subject of each figure when a
clause names several countries, the scope of a source or a year named for one figure, a list's
header or its footer, and percentages that are changes or shares of the economy.

Official values: SIPRI Military Expenditure Database (release of 28 April 2025), read with
milex.observations(..., source="SIPRI"): Russia, local currency, current prices, 2021
4,855.2 bn roubles, 2023 9,300 bn, 2024 13,827.5 bn; China 2024 2,254.8 bn yuan; share of GDP
2024: Russia 7.05, Belarus 2.07, China 1.71, Ukraine 34.48; Russia 2021 3.58; current USD
2024: Russia 148,967 m, India 86,126 m, China 313,658 m; constant USD: Russia 2016 80,726 m,
2017 65,414 m (a fall of 19.0%), 2023 109,204 m, 2024 150,534 m (+37.8%); Ukraine 2024 real
change +2.9%; Western Europe 2024 real change +11.9%, Eastern Europe +24.1%. NATO: 2025
edition, Table 3, Estonia 2025 3.38% and Europe and Canada 2025 2.27%; 2024 edition, Table 2,
United Kingdom 2024 USD 82,107 m; 2026 edition, NATO total 2026 USD 1,809.9 bn.
"""

from __future__ import annotations

import milex


def _claims(text: str, day: str) -> list[tuple[float, str, int | None, str, str]]:
    report = milex.check(text, date=day)
    return [(abs(c.claim.value), c.claim.subject or "", c.claim.year, c.verdict, c.claim.kind)
            for c in report.checked]  # fmt: skip


def _of(text: str, day: str, value: float) -> list[tuple[float, str, int | None, str, str]]:
    return [c for c in _claims(text, day) if abs(c[0] - value) < 1e-6]


# -- sums in the country's own money ---------------------------------------------------------


def test_roubles_said_before_the_sum_are_judged_in_roubles_not_dollars():
    text = ("Russia's military spending jumped to an estimated $149 billion last year, SIPRI "
            "said on Monday. Measured in roubles, the outlay came to roughly 13.8 trillion.")  # fmt: skip
    assert _of(text, "2025-04-29", 13.8) == [(13.8, "Russia", 2024, "supported",
                                              "spending_amount")]  # fmt: skip


def test_a_series_in_roubles_is_judged_year_by_year():
    text = ("In nominal roubles, SIPRI puts Russian military spending at 4.9 trillion in 2021 "
            "and 10.3 trillion in 2023.")  # fmt: skip
    got = _claims(text, "2025-05-01")
    assert (4.9, "Russia", 2021, "supported", "spending_amount") in got
    assert (10.3, "Russia", 2023, "contradicted", "spending_amount") in got


def test_yuan_and_an_official_budget_beside_them():
    text = ("SIPRI estimates China's military spending at 2.25 trillion yuan in 2024, well "
            "above the 1.67 trillion in Beijing's official defence budget.")  # fmt: skip
    got = _claims(text, "2025-05-14")
    assert (2.25, "China", 2024, "supported", "spending_amount") in got
    assert all(c[3] == "unverifiable" for c in got if c[0] == 1.67)  # a national budget's


def test_roubles_with_no_source_only_support():
    got = _of("Russia spent 10.8 trillion roubles on defence in 2024.", "2025-09-07", 10.8)
    assert [c[3] for c in got] == ["unverifiable"]  # (perhaps the federal budget's line)
    got = _of("Russia spent roughly 13.8 trillion roubles on its forces in 2024.", "2025-09-07",
              13.8)  # fmt: skip
    assert [c[3] for c in got] == ["supported"]


# -- whose figure ----------------------------------------------------------------------------


def test_share_given_for_a_country_after_it():
    text = ("China's military burden stayed modest at 1.7% of GDP in 2024, SIPRI estimates, "
            "against 3.7% for the United States and 7.1% for Russia.")  # fmt: skip
    assert _of(text, "2025-04-28", 7.1) == [(7.1, "Russia", 2024, "supported", "share_of_gdp")]


def test_an_apposition_owning_a_noun_does_not_own_the_figure():
    text = "Neighbouring Belarus, Russia's ally, spent 2.1% of GDP last year, SIPRI says."
    assert _of(text, "2025-05-10", 2.1) == [(2.1, "Belarus", 2024, "supported", "share_of_gdp")]


def test_a_place_in_a_clause_of_its_own_is_not_the_figure_s():
    text = ("Moscow's military outlays climbed to $149 billion last year, according to SIPRI, "
            "swallowing 7.1% of the economy as the war in Ukraine entered its third year.")  # fmt: skip
    assert _of(text, "2025-05-02", 7.1) == [(7.1, "Russia", 2024, "supported", "share_of_gdp")]


def test_the_spender_named_after_the_figure():
    day = "2025-09-07"
    text = ("Russia spends about 7% of GDP. That is more than three times the 2.27% NATO's "
            "European members and Canada plan this year.")  # fmt: skip
    assert _of(text, day, 2.27) == [(2.27, "Europe and Canada", 2025, "supported",
                                     "share_of_gdp")]  # fmt: skip
    text = ("NATO's European members and Canada spent about $507 billion last year, more than "
            "three times the $149 billion SIPRI says Russia spent.")  # fmt: skip
    assert [c[1] for c in _of(text, "2025-05-05", 149)] == ["Russia"]
    text = ("Latvia will spend 3.73% of GDP this year, NATO says, still below the 7.4% SIPRI "
            "estimates Russia devoted to its military in 2024.")  # fmt: skip
    # the comparison is Latvia's; the figure is Russia's own, stated wrong
    assert _of(text, "2025-09-01", 7.4) == [(7.4, "Russia", 2024, "contradicted",
                                             "share_of_gdp")]  # fmt: skip


def test_a_part_of_europe_an_ally_leads_is_not_the_figure_s():
    text = ("Military spending in Europe rose to $693 billion in 2024, SIPRI said. Germany led "
            "central and western Europe with $88.5 billion, up 28%.")  # fmt: skip
    got = _claims(text, "2025-04-29")
    assert (88.5, "Germany", 2024, "supported", "spending_amount") in got
    assert (28.0, "Germany", 2024, "supported", "real_change") in got


def test_a_bracket_after_a_country_is_its_figure():
    text = ("In 2024 Britain widened its lead over Russia ($149bn) and overtook India "
            "($86.1bn), according to SIPRI.")  # fmt: skip
    got = _claims(text, "2025-05-20")
    assert (86.1, "India", 2024, "supported", "spending_amount") in got
    assert (149.0, "Russia", 2024, "supported", "spending_amount") in got


def test_a_quotation_said_of_a_country():
    text = '"They spend over seven percent of GDP on the military," the minister said of Russia.'
    assert [c[1] for c in _of(text, "2025-05-22", 7)] == ["Russia"]


def test_a_share_of_a_country_s_gdp_named_by_its_adjective():
    text = ("The share of Russian GDP going to the military has roughly doubled, from 2.6% in "
            "2021 to 7.1% in 2024 on SIPRI's figures.")  # fmt: skip
    got = _claims(text, "2025-11-20")
    assert (2.6, "Russia", 2021, "contradicted", "share_of_gdp") in got
    assert (7.1, "Russia", 2024, "supported", "share_of_gdp") in got


def test_subregions_of_europe_named_bare():
    text = ("Military spending in Western Europe rose 12% in 2024, SIPRI says; Eastern Europe, "
            "which includes Russia and Ukraine, saw a 24% increase.")  # fmt: skip
    got = _claims(text, "2025-05-12")
    assert (12.0, "Western Europe (SIPRI)", 2024, "supported", "real_change") in got
    assert (24.0, "Eastern Europe (SIPRI)", 2024, "supported", "real_change") in got


# -- whose source, which year ----------------------------------------------------------------


def test_a_source_named_for_the_figure_compared_is_not_the_first_figure_s():
    text = ("NATO's total defence spending will reach about $1.81 trillion in 2026, more than "
            "twelve times Russia's 2024 spending as estimated by SIPRI ($149bn).")  # fmt: skip
    got = _claims(text, "2026-07-10")
    assert (1.81, "NATO", 2026, "supported", "spending_amount") in got
    assert (149.0, "Russia", 2024, "supported", "spending_amount") in got


def test_a_list_header_gives_its_year_and_source_to_the_rows():
    text = "Europe vs Russia, 2023 (SIPRI):\nRussia: $109bn\nPoland: $18bn"
    got = _claims(text, "2025-05-06")
    assert (109.0, "Russia", 2023, "supported", "spending_amount") in got
    assert (18.0, "Poland", 2023, "contradicted", "spending_amount") in got


def test_a_footer_gives_its_source_and_year_to_dash_rows():
    text = ("Russia – $149bn (7.1% of GDP)\nChina – $314bn (1.2% of GDP)\n"
            "Source: SIPRI, 2024")  # fmt: skip
    got = _claims(text, "2025-05-03")
    assert (1.2, "China", 2024, "contradicted", "share_of_gdp") in got
    assert (7.1, "Russia", 2024, "supported", "share_of_gdp") in got


def test_a_line_labelled_with_its_own_year_and_source():
    text = ("NATO: allies' spending this year (share of GDP)\nPoland 4.48\nEstonia 3.83\n"
            "For comparison: Russia, 2024 (SIPRI) 7.05")  # fmt: skip
    got = _claims(text, "2025-09-05")
    assert (3.83, "Estonia", 2025, "contradicted", "share_of_gdp") in got  # NATO's, not SIPRI's
    assert (7.05, "Russia", 2024, "supported", "share_of_gdp") in got


def test_another_body_s_figure_is_of_the_latest_year_at_the_date():
    text = "Germany spent $86 billion last year and Russia $145.9bn, the IISS said."
    got = _claims(text, "2025-02-13")
    assert (86.0, "Germany", 2024, "unverifiable", "spending_amount") in got
    assert (145.9, "Russia", 2024, "unverifiable", "spending_amount") in got


def test_the_year_the_paragraph_named():
    text = ("In 2024 Russia spent $149bn, SIPRI says. Germany alone spent $98bn on NATO's "
            "measure, Britain $92bn.")  # fmt: skip
    assert _of(text, "2025-06-14", 92) == [(92.0, "United Kingdom", 2024, "contradicted",
                                            "spending_amount")]  # fmt: skip


# -- changes and shares ----------------------------------------------------------------------


def test_higher_than_an_earlier_year_is_a_change():
    text = ("Russia's military spending in 2024, at $149bn, was 38% higher than the $109bn "
            "of 2023, SIPRI says.")  # fmt: skip
    assert _of(text, "2025-05-20", 38) == [(38.0, "Russia", 2024, "supported", "real_change")]


def test_more_than_in_the_year_before_said_of_the_sentence_before():
    text = ("Ukraine spent $64.7bn on its military in 2024, SIPRI says. That was 9.2% more than "
            "in 2023.")  # fmt: skip
    assert _of(text, "2025-05-08", 9.2) == [(9.2, "Ukraine", 2024, "contradicted",
                                             "real_change")]  # fmt: skip


def test_the_first_fall_since_a_year_is_one_year_s_fall():
    text = ("In 2017 Russia's military spending fell 19%, SIPRI's data show, the first drop "
            "since 1998.")  # fmt: skip
    assert _of(text, "2025-05-08", 19) == [(19.0, "Russia", 2017, "supported", "real_change")]


def test_shares_of_the_economy_and_of_government_spending():
    text = ("Russia's military spending reached $149 billion in 2024, SIPRI said. That was "
            "equal to 7.1% of Russian GDP and 19% of all government spending.")  # fmt: skip
    got = _claims(text, "2025-04-29")
    assert (7.1, "Russia", 2024, "supported", "share_of_gdp") in got
    text = ("Ukraine spent more of its economy on defence in 2024 (34%) than any other "
            "country, SIPRI says.")  # fmt: skip
    assert _of(text, "2025-05-26", 34) == [(34.0, "Ukraine", 2024, "supported", "share_of_gdp")]


def test_a_table_of_countries_with_units_in_its_header_row():
    text = ("SIPRI ranking, 2024:\n| Country | $bn | % GDP |\n| China | 314 | 1.7 |\n"
            "| India | 86.1 | 2.8 |")  # fmt: skip
    got = _claims(text, "2025-05-02")
    assert (314.0, "China", 2024, "supported", "spending_amount") in got
    assert (86.1, "India", 2024, "supported", "spending_amount") in got
    assert (2.8, "India", 2024, "contradicted", "share_of_gdp") in got
