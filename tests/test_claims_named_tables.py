"""'According to the latest NATO tables' names NATO as the figure's source as plainly as 'NATO
figures' does: a share that disagrees with NATO's table is contradicted, not left unverifiable
because it happens to agree with SIPRI's figure (the reason to abstain when the text names no
source).

Official values: NATO 2025 edition (28 August 2025), milex.observations("share_of_gdp",
years=[2024], edition=2025), nato-2025/shareofgdp.csv: Romania 2024 2.17 (R25C12). SIPRI (April 2025 release),
milex.observations("share_of_gdp", years=[2024], source="sipri"): Romania 2024 2.30.
"""

from __future__ import annotations

import milex

_DATE = "2025-09-15"


def _read(text: str) -> dict:
    return {c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
            for c in milex.check(text, date=_DATE).claims}  # fmt: skip


def test_a_share_against_the_named_nato_tables_is_contradicted():
    got = _read("Romania spent 2.3% of GDP on its army last year, according to the latest "
                "NATO tables.")  # fmt: skip
    assert got[2.3] == ("contradicted", "Romania", 2024)
