"""A line that repeats the pair of figures of the line before it for another ally: 'Italy:
1.49% of GDP, 22.1% on equipment.' then 'France: 2.06%, 28.4%.' The second line names no
measure of its own; it gives them in the order the first one set, so its first figure is
the share of GDP (no longer in doubt for following a share of the budget) and its second,
above any share of GDP, the share on equipment. A table's rows under a header naming both
columns read the same way, row after row.

Values (milex.observations, NATO 2024 edition, 17 June 2024, year 2024):
share_of_gdp Italy 1.491, France 2.060, Norway 2.198, Denmark 2.375;
equipment_share Italy 22.08, France 28.36, Norway 29.99, Denmark 29.80.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def _verdicts(text: str) -> dict[tuple[str, str, float], str]:
    return {(c.claim.kind, c.claim.subject or "", round(c.claim.value, 2)): c.verdict
            for c in milex.check(text, date=DAY).claims}  # fmt: skip


def test_a_repeated_pair_reads_a_share_of_gdp_then_an_equipment_share() -> None:
    got = _verdicts("Budgets at a glance, 2024. Italy: 1.49% of GDP, 22.1% on equipment. "
                    "France: 2.06%, 28.4%. Norway: 2.20%, 30.0%.")  # fmt: skip
    assert got[("share_of_gdp", "France", 2.06)] == "supported"
    assert got[("equipment_share", "France", 28.4)] == "supported"
    assert got[("share_of_gdp", "Norway", 2.2)] == "supported"
    assert got[("equipment_share", "Norway", 30.0)] == "supported"
    # a sentence naming its own measure for its one figure is no repeat: read as said
    got = _verdicts("Italy: 1.49% of GDP, 22.1% on equipment. France spends 28.4% of its "
                    "defence budget on equipment.")  # fmt: skip
    assert ("share_of_gdp", "France", 28.4) not in got


def test_a_wrong_figure_in_a_repeated_pair_is_contradicted() -> None:
    # France's share of GDP is 2.06, not 2.46; Norway's equipment share is 29.99, not 35.5
    got = _verdicts("Budgets at a glance, 2024. Italy: 1.49% of GDP, 22.1% on equipment. "
                    "France: 2.46%, 28.4%. Norway: 2.20%, 35.5%.")  # fmt: skip
    assert got[("share_of_gdp", "France", 2.46)] == "contradicted"
    assert got[("equipment_share", "Norway", 35.5)] == "contradicted"


def test_rows_under_a_header_of_two_columns() -> None:
    text = ("Spending in 2024 (estimates)\n"
            "Ally | share of GDP | equipment share\n"
            "Italy — 1.49% — 22.1%\n"
            "Denmark — 2.37% — 29.8%\n"
            "France — 2.16% — 28.4%")  # fmt: skip
    got = _verdicts(text.replace(" | ", " — "))
    assert got[("share_of_gdp", "Denmark", 2.37)] == "supported"
    assert got[("equipment_share", "Denmark", 29.8)] == "supported"
    assert got[("share_of_gdp", "France", 2.16)] == "contradicted"  # 2.06
