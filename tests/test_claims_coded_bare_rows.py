"""A social card's row of cells parted by bars, each an ally given by its ISO code and a bare
number with decimals ('CAN 1.37 | ITA 1.49 | PRT 1.55 | HRV 1.81'), reads as the row with the
allies' names does: each figure its ally's share of GDP, as a guess of measure (supported when
the data agree, else unverifiable, never contradicted). Such a row is a line of its own: the
line after it ('(Montenegro is just over, at 2.02)') is not joined to it.

Official values (NATO 2024 edition, 17 June 2024): `milex.observations("share_of_gdp", <ally>,
years=[2024], edition=2024)` Canada 1.37, Italy 1.49, Portugal 1.55, Croatia 1.81.
"""

from __future__ import annotations

import milex

DAY = "2024-06-26"


def _claims(text: str) -> dict[str, tuple[float, str]]:
    return {str(c.claim.subject): (c.claim.value, c.verdict)
            for c in milex.check(text, date=DAY).claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_a_row_of_codes_reads_each_ally():
    assert _claims("PRT 1.55 | CAN 1.37 | HRV 1.81 | ITA 1.49") == {
        "Portugal": (1.55, "supported"), "Canada": (1.37, "supported"),
        "Croatia": (1.81, "supported"), "Italy": (1.49, "supported"),
    }  # fmt: skip


def test_a_wrong_cell_is_unverifiable_not_contradicted():
    # the row says no measure: 1.94 for Italy (1.49) may be another measure's
    claims = _claims("PRT 1.55 | CAN 1.37 | HRV 1.81 | ITA 1.94")
    assert claims["Italy"] == (1.94, "unverifiable")
    assert claims["Canada"] == (1.37, "supported")


def test_the_line_after_the_row_is_its_own():
    text = "PRT 1.55 | CAN 1.37 | HRV 1.81 | ITA 1.49\n(Slovakia just made it)"
    claims = _claims(text)
    assert claims["Portugal"] == (1.55, "supported") and claims["Italy"] == (1.49, "supported")
