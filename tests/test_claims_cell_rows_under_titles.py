"""The claim checker on a chart's title line that runs long with no final stop, over a row of
items parted by middle dots ('Defence spending in 2024, % of GDP (NATO estimates, June 2024)'
then 'Norway 2.20 · Denmark 2.37 · ...'), in our own words: the row is a line of its own, not
the end of the title, so the title heads it with its measure and year. Official values:
NATO's 2024 edition, Table 3, 2024 estimates: Norway 2.20, Denmark 2.37, Netherlands 2.05,
Portugal 1.55."""

from __future__ import annotations

import milex

_CHART = """Chart header: Defence spending in 2024, % of GDP (NATO estimates, June 2024)
Norway 2.20 · Denmark 2.37 · Netherlands 2.05 · Portugal {portugal}"""


def _claims(portugal: str) -> dict[str, tuple]:
    found = milex.check(_CHART.format(portugal=portugal), date="2025-01-15").claims
    return {c.claim.subject: (c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in found}  # fmt: skip


def test_a_row_of_cells_is_not_joined_to_the_long_title_above_it():
    found = _claims("1.55")
    assert found["Norway"] == ("share_of_gdp", 2.2, 2024, "supported")
    assert found["Netherlands"] == ("share_of_gdp", 2.05, 2024, "supported")
    assert found["Portugal"] == ("share_of_gdp", 1.55, 2024, "supported")


def test_a_wrong_cell_under_the_title_is_contradicted():
    # Portugal 2024 = 1.55, not 1.85
    assert _claims("1.85")["Portugal"] == ("share_of_gdp", 1.85, 2024, "contradicted")
