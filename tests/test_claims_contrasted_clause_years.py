"""A clause opened by 'while' or 'whereas' that repeats the verb of the clause before it for
another ally ('Oslo devoted 27% of its budget to equipment in 2024, while Warsaw devoted 43%')
says what the first clause said, of the same year: the year named in the first clause, not the
latest year a bare past tense is read as.

Official values (NATO 2025 edition, 28 August 2025, Table 8b, milex.observations(
"equipment_share", ["Poland", "Norway"], years=[2024, 2025], edition=2025),
nato-2025 table 8b): Poland 2024 42.90 (R23C12), Norway 2024 27.33 (R22C12); Poland 2025
54.44 (R23C13), Norway 2025 31.44 (R22C13), the latest year a bare past tense is read as.
"""

from __future__ import annotations

import milex

_DATE = "2025-09-20"


def _read(text: str) -> dict:
    return {c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
            for c in milex.check(text, date=_DATE).claims}  # fmt: skip


def test_the_contrasted_clause_has_the_year_of_the_first():
    got = _read("Oslo devoted 27% of its defence budget to major equipment in 2024, NATO "
                "reports, while Warsaw devoted 43%.")  # fmt: skip
    assert got[27.0] == ("supported", "Norway", 2024)
    assert got[43.0] == ("supported", "Poland", 2024)


def test_a_wrong_figure_in_the_contrasted_clause_is_contradicted():
    got = _read("Oslo devoted 27% of its defence budget to major equipment in 2024, whereas "
                "Warsaw devoted 38%.")  # fmt: skip
    assert got[38.0] == ("contradicted", "Poland", 2024)
