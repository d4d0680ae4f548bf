"""A figure alone in brackets right after a year is that year's: in 'Norway stayed below 2% in
2019 (1.84%) and 2020 (1.97%)' the 1.84% is 2019's, not the year written after its bracket.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", ally, years=[2019, 2020, 2021], edition=2024)`: Norway 1.84
(2019) and 1.97 (2020); Portugal 1.37 (2019), 1.43 (2020) and 1.52 (2021).
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> dict[float, tuple[str, int | None]]:
    """{value: (verdict, year)} of the checker's share-of-GDP claims."""
    report = milex.check(text, date=DAY)
    return {
        float(c.claim.value): (c.verdict, c.claim.year)
        for c in report.claims
        if c.claim.kind == "share_of_gdp"
    }


def test_each_bracketed_figure_takes_the_year_before_its_bracket():
    got = claims("Oslo's spending stayed under the guideline in 2019 (1.84%) and 2020 (1.97%).")
    assert got[1.84] == ("supported", 2019)  # Norway 2019: 1.84
    assert got[1.97] == ("supported", 2020)  # Norway 2020: 1.97


def test_a_wrong_figure_in_a_bracket_is_judged_on_its_own_year():
    # the two figures swapped: 1.97 is not Norway's 2019 (1.84), 1.84 not its 2020 (1.97)
    got = claims("Norway stayed under the guideline in 2019 (1.97%) and 2020 (1.84%).")
    assert got[1.97] == ("contradicted", 2019)
    assert got[1.84] == ("contradicted", 2020)


def test_a_middle_bracket_of_three_is_not_dated_by_the_last_year():
    text = "Lisbon was short of 2% in 2019 (1.37%), 2020 ({}%) and 2021 (1.52%)."
    # Portugal 2020: 1.43 (2021 is 1.52: the year after the bracket)
    assert claims(text.format("1.43"))[1.43] == ("supported", 2020)
    assert claims(text.format("1.61"))[1.61] == ("contradicted", 2020)


def test_a_bracketed_figures_year_does_not_date_a_later_figure():
    # NATO's 2025 edition, read with milex.observations("share_of_gdp", ally, years=[2024,
    # 2025], edition=2025): Poland 4.48 (2025), France 2.03 (2024), Latvia 3.36 (2024) and
    # 3.73 (2025); 2024 belongs to France's bracketed figure, Latvia's takes 'this year'
    text = (
        "At 4.48% of GDP this year, Poland spends over twice what France did in 2024 (2.03%), "
        "and sits well above Latvia, at {}%."
    )
    day = "2025-09-15"  # the 2025 edition (28 August 2025) is current

    def latvia(figure: str) -> tuple[str, int | None]:
        report = milex.check(text.format(figure), date=day)
        found = [c for c in report.claims if c.claim.subject == "Latvia"]
        assert len(found) == 1
        return found[0].verdict, found[0].claim.year

    assert latvia("3.73") == ("supported", 2025)
    assert latvia("3.50") == ("contradicted", 2025)
