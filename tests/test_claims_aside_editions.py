"""An edition named inside an aside that says something of its own (a rank, another figure, a
relative clause) is that aside's, not the rest of the sentence's: in 'Lithuania, second in
last year's edition, leads this year at 5.33%' (read in July 2026) the 5.33% is judged on the
2026 edition, not on the 2025 edition the aside names. An aside that only attributes
('Estonia, according to last year's edition, spent ...') still names the figure's edition.

Official values in the comments are NATO's Table 3 (share of GDP, %), read with
`milex.observations("share_of_gdp", ally, years=[2025, 2026], edition=2026)` and edition=2025:
2026 edition: Lithuania 5.33 (2026), Latvia 4.92 (2026); 2025 edition: Latvia 3.73 (2025),
Estonia 3.38 (2025); the 2025 edition has no 2026 column.
"""

from __future__ import annotations

import milex

DAY = "2026-07-20"  # the 2026 edition (7 July 2026) is current


def verdicts(text: str) -> dict[float, tuple[str, int | None]]:
    """{value: (verdict, year)} of the checker's share-of-GDP claims."""
    report = milex.check(text, date=DAY)
    return {
        float(c.claim.value): (c.verdict, c.claim.year)
        for c in report.claims
        if c.claim.kind == "share_of_gdp"
    }


def test_a_rank_aside_keeps_its_edition_to_itself():
    text = "Lithuania, second in last year's edition, leads this year at {}%."
    assert verdicts(text.format("5.33"))[5.33] == ("supported", 2026)  # 2026 ed.: 5.33
    assert verdicts(text.format("5.60"))[5.6] == ("contradicted", 2026)


def test_a_relative_clause_keeps_its_edition_to_itself():
    text = "Latvia, which ranked third in last year's edition, is at {}% this year."
    assert verdicts(text.format("4.92"))[4.92] == ("supported", 2026)  # 2026 ed.: 4.92
    assert verdicts(text.format("4.50"))[4.5] == ("contradicted", 2026)


def test_an_aside_with_its_own_figure_keeps_its_edition_to_itself():
    got = verdicts(
        "Latvia, whose 2025 figure topped 3.7% in last year's edition, is at 4.92% this year."
    )
    assert got[3.7] == ("supported", 2025)  # 2025 ed.: 3.73 (2025)
    assert got[4.92] == ("supported", 2026)
    # an aside that only attributes still names the figure's edition: 2025 ed., 3.38 (2025)
    assert verdicts("Estonia, according to last year's edition, spent 3.38% in 2025.")[3.38] == (
        "supported",
        2025,
    )
