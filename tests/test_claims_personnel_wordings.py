"""Counts of military personnel in wordings the reader had passed over:
- the forces' size named before the count in two words ('France's military strength climbs to
  201,700 in 2025 and 202,000 in 2026'), the second count joined by 'and';
- 'the armed forces number N in YEAR and it spends ...': the clause after 'and it' is another
  one, so its money and percentage do not make the count a sum of money;
- a second count set 'against' the first ('263,600 ... against 80,300 for Romania').

Official values (NATO 2026 edition, 7 July 2026, Table 7, milex.observations("personnel",
[...], years=[2024, 2025, 2026], edition=2026), thousands): France 2025 201.7 (R5599C6),
2026 202.0 (R5600C6); Poland 2026 263.6 (R5769C6); Romania 2026 80.3 (R5795C6).
NATO 2024 edition (17 June 2024), Table 7: Romania 2024 66.618 (O46); Portugal 2024 28.430
(O45).
"""

from __future__ import annotations

import milex


def _read(text: str, date: str) -> dict:
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
        if c.claim.kind == "personnel"
    }


def test_military_strength_rising_to_a_count():
    got = _read("France's military strength climbs to 201,700 in 2025 and 202,000 in 2026, "
                "according to NATO.", "2026-07-20")  # fmt: skip
    assert got[201.7] == ("supported", "France", 2025)
    assert got[202.0] == ("supported", "France", 2026)
    wrong = _read("France's military strength climbs to 209,700 in 2025, according to NATO.",
                  "2026-07-20")  # fmt: skip
    assert wrong[209.7] == ("contradicted", "France", 2025)


def test_forces_numbering_before_a_clause_of_spending():
    got = _read("Romania's armed forces number 66,618 in 2024 and it puts 30% of its budget "
                "into equipment, NATO says.", "2024-06-25")  # fmt: skip
    assert got[66.618] == ("supported", "Romania", 2024)
    wrong = _read("Portugal's armed forces number 31,430 in 2024 and it puts 20% of its budget "
                  "into equipment, NATO says.", "2024-06-25")  # fmt: skip
    assert wrong[31.43] == ("contradicted", "Portugal", 2024)


def test_a_count_set_against_another():
    got = _read("Poland fields 263,600 military personnel in 2026, against 80,300 for Romania, "
                "NATO estimates.", "2026-07-20")  # fmt: skip
    assert got[80.3] == ("supported", "Romania", 2026)
    wrong = _read("Poland fields 263,600 military personnel in 2026, against 88,300 for "
                  "Romania, NATO estimates.", "2026-07-20")  # fmt: skip
    assert wrong[88.3] == ("contradicted", "Romania", 2026)
