"""A list of bare figures whose measure the text does not name ('Last year's estimates:
Norway 3.35; Sweden 2.51; ...') is read as shares of GDP only to support. When three or
more of one list agree with their allies' shares of GDP to the hundredth and outnumber the
others, the list itself says what it measures: its figure that does not agree is then
contradicted, not left unverifiable. A header naming a year's estimates and nothing else
('The bottom of the table, 2024 estimates:') heads such a list.

Values (milex.observations, share_of_gdp):
NATO 2025 edition (28 August 2025), year 2025: Finland 2.77, Sweden 2.51, Denmark 3.22,
Norway 3.35. NATO 2024 edition (17 June 2024), year 2024: Italy 1.49, Canada 1.37,
Belgium 1.30, Luxembourg 1.29, Portugal 1.55.
"""

from __future__ import annotations

import milex


def _verdicts(text: str, day: str) -> dict[tuple[str, float], str]:
    return {(c.claim.subject or "", round(c.claim.value, 2)): c.verdict
            for c in milex.check(text, date=day).claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_agreeing_siblings_let_a_wrong_item_be_contradicted() -> None:
    got = _verdicts("Nordic table, last year's estimates (NATO, August 2025): Denmark 3.22; "
                    "Norway 3.35; Sweden 2.51; Finland 2.67.", "2026-02-01")  # fmt: skip
    assert got[("Denmark", 3.22)] == "supported"
    assert got[("Finland", 2.67)] == "contradicted"  # 2.77
    # two agree, one does not: the list does not settle its measure
    got = _verdicts("Nordic table, last year's estimates (NATO, August 2025): Denmark 3.22; "
                    "Sweden 2.51; Finland 2.67.", "2026-02-01")  # fmt: skip
    assert got[("Finland", 2.67)] == "unverifiable"
    # as many disagree as agree: nor does it
    got = _verdicts("Nordic table, last year's estimates (NATO, August 2025): Denmark 3.22; "
                    "Norway 3.35; Sweden 2.51; Finland 2.67; Iceland 0.10; Estonia 1.10; "
                    "Latvia 1.20.", "2026-02-01")  # fmt: skip
    assert got[("Finland", 2.67)] == "unverifiable"


def test_a_header_of_a_years_estimates_heads_bare_figures() -> None:
    text = ("Near the foot of the league, 2024 estimates:\n"
            "Italy 1.49\n"
            "Portugal 1.55\n"
            "Belgium 1.30\n"
            "Luxembourg 1.29\n"
            "Canada 1.57")  # fmt: skip
    got = _verdicts(text, "2024-06-20")
    assert got[("Italy", 1.49)] == "supported"
    assert got[("Portugal", 1.55)] == "supported"
    assert got[("Canada", 1.57)] == "contradicted"  # 1.37
