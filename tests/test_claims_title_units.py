"""The claim checker on a table whose unit is named only in a title line with no figure at all
('Defence spending, million US dollars, current prices'), over a header row of years and
the rows under it, in our own words: the title's unit is the rows', the header row's years
their years. Official values: NATO's 2026 edition, Table 2, current USD million: Belgium
14,507 (2025), 15,678 (2026); Portugal 6,967 (2025), 7,957 (2026)."""

from __future__ import annotations

import milex


def _claims(text: str, day: str = "2026-07-20") -> dict[tuple[str, int | None], tuple]:
    return {(c.claim.subject, c.claim.year): (c.claim.kind, c.claim.value, c.verdict)
            for c in milex.check(text, date=day).claims}  # fmt: skip


_TABLE = """Defence spending, million US dollars, current prices
Ally\t2025\t2026e
Belgium\t14,507\t15,678
Portugal\t{portugal}\t7,957"""


def test_a_figureless_title_gives_its_unit_to_the_rows_under_its_header_row():
    found = _claims(_TABLE.format(portugal="6,967"))
    assert found[("Belgium", 2025)] == ("spending_amount", 14507.0, "supported")
    assert found[("Belgium", 2026)] == ("spending_amount", 15678.0, "supported")
    assert found[("Portugal", 2025)] == ("spending_amount", 6967.0, "supported")


def test_a_wrong_row_under_a_figureless_title_is_contradicted():
    # Portugal 2025 = 6,967, not 7,467
    found = _claims(_TABLE.format(portugal="7,467"))
    assert found[("Portugal", 2025)] == ("spending_amount", 7467.0, "contradicted")
