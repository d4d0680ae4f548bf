"""Aggregate rows and sentences that name several measures, as reference text writes them:
SIPRI's world and regional totals as a list's labels ('World total: $2.72 trillion',
'Western Europe: $397 billion', 'Europe (incl. Russia and Ukraine): $693 billion'), NATO's
groups as a table's rows ('European allies and Canada: $507 billion', 'All allies: $1.47
trillion') with no word of defence in the text, a total said with no owner after a sentence
on the allies ('Total defence spending reached some $1.47 trillion'), a fact box titled by
the alliance ('Alliance facts (2024)'), a figure in brackets right after the measure it is
('share of GDP (the alliance average was 2.71%) and real growth (European allies and Canada:
+17.9%)'), and money rows under a dated header ('Canada – $29.3bn – 1.3%' under '..., 2024
(SIPRI)'). Before, none of these sums was read as the group's or region's, 'Western Europe'
was read as Europe, 'incl.' ended a sentence, the fact box's rows had no owner, and the
bracketed share was read as a real change (and the change as one of the share).

Official values: SIPRI April 2025 release, 2024, US$ m: World 2,718,184; Europe 693,442;
Western Europe 397,382; Central Europe 74,975; Canada 29,347 (1.31% of GDP). NATO 2024
edition, 2024: NATO Total US$ 1,474,399 m, 2.71% of GDP, real change 10.88%; Europe and Canada
US$ 506,692 m, real change 17.95%; United States US$ 967,707 m; personnel 3,418.61 thousand.
"""

from __future__ import annotations

import milex

NATO_DAY = "2024-09-05"
SIPRI_DAY = "2025-05-20"


def _read(text: str, day: str) -> dict[float, tuple[str, str, str, int | None]]:
    return {
        c.claim.value: (c.verdict, c.claim.kind, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=day).claims
    }


def test_sipri_world_and_regions_as_a_lists_labels():
    got = _read("Military spending by region, 2024\nWorld total: $2.72 trillion\n"
                "Europe (incl. Russia and Ukraine): $693 billion\nWestern Europe: $397 billion\n"
                "Central Europe: $85 billion", SIPRI_DAY)  # fmt: skip
    assert got[2.72] == ("supported", "spending_amount", "World (SIPRI)", 2024)
    assert got[693] == ("supported", "spending_amount", "Europe (SIPRI)", 2024)
    assert got[397] == ("supported", "spending_amount", "Western Europe (SIPRI)", 2024)
    assert got[85][2] == "Central Europe (SIPRI)"
    assert got[85][0] != "supported"  # 75.0


def test_a_region_named_in_prose_is_not_a_rows_label():
    got = _read("In western Europe, Germany spent $88.5 billion in 2024, SIPRI says.", SIPRI_DAY)
    assert got[88.5][2] == "Germany"


def test_a_tenth_consecutive_rise_is_an_ordinal_not_a_fraction():
    got = _read("Military spending, 2024\nWorld total: $2.72 trillion (+9.4% in real terms), "
                "a tenth consecutive annual rise.", SIPRI_DAY)  # fmt: skip
    assert got[9.4] == ("supported", "real_change", "World (SIPRI)", 2024)
    assert all(kind != "real_change" for _v, (_verdict, kind, _s, _y) in got.items() if _v == 10)


def test_nato_groups_as_rows_of_sums_with_no_word_of_defence():
    got = _read("Regional totals, 2024 (current US$)\nEuropean allies and Canada: $507 billion\n"
                "United States: $986 billion\nAll allies: $1.47 trillion", NATO_DAY)  # fmt: skip
    assert got[507] == ("supported", "spending_amount", "Europe and Canada", 2024)
    assert got[986] == ("contradicted", "spending_amount", "United States", 2024)  # 967.7
    assert got[1.47] == ("supported", "spending_amount", "NATO", 2024)


def test_a_groups_sum_in_a_sentence_of_no_defence_is_not_read():
    got = _read("In 2024, European allies and Canada invested 507 billion US dollars.", NATO_DAY)
    assert 507 not in got


def test_a_total_with_no_owner_after_a_sentence_on_the_allies():
    got = _read("The report counted 23 allies at or above 2% in 2024. Total defence spending "
                "reached some $1.47 trillion.", NATO_DAY)  # fmt: skip
    assert got[1.47] == ("supported", "spending_amount", "NATO", 2024)


def test_a_fact_box_titled_by_the_alliance():
    got = _read("Alliance facts (2024)\nMembers: 32\nMilitary personnel: about 3.42 million\n"
                "Combined defence spending: 2.71% of GDP\nReal growth: 12.9%", NATO_DAY)  # fmt: skip
    assert got[2.71] == ("supported", "share_of_gdp", "NATO", 2024)
    assert got[12.9] == ("contradicted", "real_change", "NATO", 2024)  # 10.88
    assert got[3420.0][2] == "NATO"
    assert 32 not in got or got[32][1] != "share_of_gdp"


def test_each_bracketed_figure_is_of_the_measure_named_before_its_bracket():
    got = _read("NATO compares allies by three yardsticks: money (the US spent about $968 "
                "billion in 2024), share of GDP (the alliance average was 2.71%) and real growth "
                "(European allies and Canada: +19.7%).", NATO_DAY)  # fmt: skip
    assert got[2.71] == ("supported", "share_of_gdp", "NATO", 2024)
    assert got[19.7] == ("contradicted", "real_change", "Europe and Canada", 2024)  # 17.95


def test_money_rows_under_a_dated_header_are_of_its_year_and_source():
    got = _read("NATO members by military expenditure, 2024 (SIPRI)\nFrance – $64.7bn – 2.1%\n"
                "Canada – $32.3bn – 1.3%", "2025-06-01")  # fmt: skip
    assert got[64.7] == ("supported", "spending_amount", "France", 2024)
    assert got[32.3] == ("contradicted", "spending_amount", "Canada", 2024)  # 29.3
    assert got[1.3] == ("supported", "share_of_gdp", "Canada", 2024)


def test_a_time_after_a_bracketed_restatement_dates_the_figure_before_it():
    # SIPRI April 2025 release, Netherlands: US$ 16,625 m (1.44% of GDP) in 2023, 23,179 m in
    # 2024; before, '$16.6 billion' took 2024, the year of the figure the change reached
    got = _read("Netherlands: SIPRI data\nMilitary spending rose from $16.6 billion (1.4% of "
                "GDP) in 2023 to $23.2 billion in 2024.", "2025-05-02")  # fmt: skip
    assert got[16.6] == ("supported", "spending_amount", "Netherlands", 2023)
    assert got[1.4] == ("supported", "share_of_gdp", "Netherlands", 2023)
    assert got[23.2] == ("supported", "spending_amount", "Netherlands", 2024)
