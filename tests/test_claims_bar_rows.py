"""The claim checker on a table whose rows part their cells with a bar and leave a cell empty
with a dash ('Greece 3.08 | -'), under a long title with no final stop: each row is a line of
its own, not the end of the title, and the extra column (a gap, a note) is no share of GDP.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`.
"""

from __future__ import annotations

import milex

DAY = "2025-02-01"  # the 2024 edition (17 June 2024) is current

TITLE = "Table 2 - Military spending in 2024 as a share of GDP (NATO) and the distance to 3.5%"


def claims(text: str) -> list[tuple[str, str, float | None]]:
    """(verdict, subject, value) of every claim with a subject."""
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.value) for c in report.claims
            if c.claim.subject]  # fmt: skip


def test_rows_with_a_bar_and_an_empty_cell_are_rows():
    # Poland 4.12, Greece 3.08, Latvia 3.15 (2024)
    found = claims(f"{TITLE}\nPoland 4.12 | -\nGreece 3.08 | 0.42\nLatvia 3.15 | 0.35")
    assert ("supported", "Greece", 3.08) in found
    assert ("supported", "Latvia", 3.15) in found
    assert ("supported", "Poland", 4.12) in found
    assert not [c for c in found if c[2] in (0.42, 0.35)]  # the distance column: no claims
    # a wrong share in such a row is contradicted
    found = claims(f"{TITLE}\nPoland 4.12 | -\nGreece 3.08 | 0.42\nLatvia 2.95 | 0.55")
    assert ("contradicted", "Latvia", 2.95) in found
