"""Social cards set allies and bare numbers in one row of cells ('Ally 1.23 | Ally 4.56'),
with no '%' sign, sometimes after a short header naming the measure and no year.

Official values (NATO, Defence Expenditure of NATO Countries, 2025 edition, 28 August 2025,
estimates for 2025), looked up with milex.observations("share_of_gdp", ally, years=[2025],
edition=2025): Denmark 3.22, Finland 2.77, Greece 2.85, Norway 3.35.
"""

from __future__ import annotations

import milex

DAY = "2025-09-03"


def _verdicts(text: str) -> list[tuple[float, str, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
            for c in report.checked]  # fmt: skip


def test_header_naming_gdp_without_year_reads_its_bare_cells():
    got = _verdicts("Selected allies, % of GDP: Denmark 3.22 | Finland 2.77 | Greece 2.85")
    assert (3.22, "share_of_gdp", "Denmark", 2025, "supported") in got
    assert (2.77, "share_of_gdp", "Finland", 2025, "supported") in got
    assert (2.85, "share_of_gdp", "Greece", 2025, "supported") in got


def test_header_naming_gdp_without_year_contradicts_a_wrong_cell():
    got = _verdicts("Selected allies, % of GDP: Denmark 3.22 | Finland 2.77 | Greece 2.58")
    assert (2.58, "share_of_gdp", "Greece", 2025, "contradicted") in got
    assert (3.22, "share_of_gdp", "Denmark", 2025, "supported") in got


def test_row_with_no_header_supports_matching_shares():
    got = _verdicts("Norway 3.35 | Denmark 3.22 | Greece 2.85 | Finland 2.77")
    assert (3.35, "share_of_gdp", "Norway", 2025, "supported") in got
    assert (2.77, "share_of_gdp", "Finland", 2025, "supported") in got


def test_row_with_no_header_never_contradicts():
    # the row does not say what its numbers measure: a share of GDP that disagrees is only
    # unverifiable (Greece's 2025 share is 2.85, not 2.58)
    got = _verdicts("Norway 3.35 | Denmark 3.22 | Greece 2.58 | Finland 2.77")
    assert (2.58, "share_of_gdp", "Greece", 2025, "unverifiable") in got
    assert (3.35, "share_of_gdp", "Norway", 2025, "supported") in got
    assert not [v for v in got if v[4] == "contradicted"]
