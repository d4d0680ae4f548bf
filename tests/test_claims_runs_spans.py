"""The claim checker on runs of years and spans named after an event: 'in each of the past ten
years', 'for the fifth year in a row', 'two straight years', 'in the decade since Wales', and
a span said in the next clause, which is that clause's own.

Official values in the comments are NATO's Table 3 (share of GDP, %) and Table 2 (real change)
as the 2024 edition publishes them, read with
`milex.observations("share_of_gdp", ally, years=..., edition=2024)`.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str, date: str = DAY) -> list[tuple[str, str, float | None, str]]:
    """(verdict, subject, value, explanation) of every claim the checker finds."""
    report = milex.check(text, date=date)
    return [(c.verdict, str(c.claim.subject), c.claim.value, c.explanation) for c in report.claims]


def test_each_of_the_past_ten_years_checks_every_year():
    # Latvia: 1.03 (2015), 1.44 (2016), 1.59 (2017), then above 2%; 3.15 in 2024
    [(verdict, subject, value, why)] = claims(
        "Latvia has spent at least 2% of GDP on defence in each of the past ten years."
    )
    assert (verdict, subject, value) == ("contradicted", "Latvia", 2.0)
    assert "2015 (1.03)" in why and "2017 (1.59)" in why


def test_nth_year_in_a_row_checks_the_run():
    # France: 2.00 (2020), 1.91 (2021), 1.88 (2022), 1.96 (2023), 2.06 (2024): not above 2%
    # five years in a row
    [(verdict, subject, _, why)] = claims(
        "For the fifth year in a row, France spent more than 2% of its GDP on defence."
    )
    assert (verdict, subject) == ("contradicted", "France")
    assert "2021 (1.91)" in why


def test_two_straight_years_and_tenth_consecutive_year():
    # Greece: 2.80 (2023), 3.08 (2024); Poland: 1.89 (2017), 1.99 (2019)
    [(verdict, _, _, why)] = claims("Greece has spent more than 3% of GDP for two straight years.")
    assert verdict == "contradicted" and "2023 (2.80)" in why
    [(verdict, _, _, why)] = claims(
        "Poland spent more than 2% of GDP on defence for the tenth consecutive year."
    )
    assert verdict == "contradicted" and "2017 (1.89)" in why


def test_a_run_that_holds_is_supported():
    # Poland: 3.26 (2023), 4.12 (2024): above 3% two years running
    assert claims("Poland has been above 3% of GDP for two years running.")[0][:3] == (
        "supported",
        "Poland",
        3.0,
    )


def test_a_span_in_the_next_clause_is_not_the_figures():
    # Poland: 3.26 (2023), 4.12 (2024); 'since 2014' dates Lithuania's rise, not Poland's 3%
    found = claims(
        "Poland has been above 3% for two years running, and Lithuania's spending has risen "
        "fourfold since 2014."
    )
    assert [c[:3] for c in found if c[2] == 3.0] == [("supported", "Poland", 3.0)]


def test_the_decade_since_wales_is_since_2014():
    # Germany: real change 2014-2024 = 95.91%
    [(verdict, subject, value, _)] = claims(
        "In the decade since Wales, Germany's defence spending has risen 96% in real terms."
    )
    assert (verdict, subject, value) == ("supported", "Germany", 96.0)


def test_a_run_after_and_leaves_the_years_figure_alone():
    # SIPRI 2025 edition: Poland 2024 real change +30.9%, USD 38.0 bn
    found = claims(
        "According to SIPRI, Poland's military spending grew 31% in 2024 to $38 billion, and "
        "has now risen for eight years running.",
        "2025-04-28",
    )
    assert [c[:3] for c in found if c[2] in (31.0, 38.0)] == [
        ("supported", "Poland", 31.0),
        ("supported", "Poland", 38.0),
    ]


def test_a_run_of_rises_leaves_the_years_rise_one_years():
    # SIPRI 2025 edition: China 2024 real change +6.99% (the 30th rise in a row): the 7% is
    # 2024's, not a change since 1996; 9% in real terms would be wrong
    text = ("China raised its military spending for the 30th year in a row, by an estimated {}% "
            "in real terms to $314 billion, half of all military spending in Asia and "
            "Oceania.")  # fmt: skip
    found = {c[2]: c[:2] for c in claims(text.format(7), "2025-04-28")}
    assert found[7.0] == ("supported", "China")
    found = {c[2]: c[:2] for c in claims(text.format(9), "2025-04-28")}
    assert found[9.0] == ("contradicted", "China")
