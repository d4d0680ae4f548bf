"""An unattributed amount in an ally's own currency may alone be the country's own budget,
which milex does not hold; but right after amounts in national currency that agree with
NATO's table to a decimal, in its sentence or the one before ('estimated at 112.2 billion
kroner this year, against 98.0 billion in 2023'), it is quoted from the same table, and a wrong
one is contradicted. Not when its sentence speaks of a budget."""

from __future__ import annotations

import milex

# NATO 2024 edition (17 June 2024), Table 1, current prices: Norway NOK 92,951 m in 2023
# (M31), NOK 112,211 m in 2024 (estimate, N31). NATO 2026 edition (7 July 2026; core defence
# expenditure), Table 1: Sweden SEK 217,902 m (row 742) and Norway NOK 186,211 m (row 690) in
# 2026 (estimates).


def _verdicts(text: str, date: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=date).claims}


def test_an_amount_beside_one_agreeing_with_the_table_is_the_tables():
    text = ("Norwegian military spending is put at 112.2 billion kroner this year, up from "
            "93.0 billion in 2023.")  # fmt: skip
    assert _verdicts(text, "2024-06-25")[93.0] == "supported"
    wrong = _verdicts(text.replace("93.0", "97.5"), "2024-06-25")
    assert wrong[112.2] == "supported" and wrong[97.5] == "contradicted"


def test_an_amount_in_the_next_sentence_after_the_tables_is_the_tables():
    text = ("NATO says Sweden will spend 217.9 billion kronor on core defence in 2026. "
            "Norway's comes to 171.4 billion kroner.")  # fmt: skip
    assert _verdicts(text, "2026-07-10")[171.4] == "contradicted"
    text = text.replace("171.4", "186.2")
    assert _verdicts(text, "2026-07-10")[186.2] == "supported"
    # but a budget after the table's amounts may still be the country's own
    text = ("NATO says Sweden will spend 217.9 billion kronor on core defence in 2026. "
            "Norway's defence budget comes to 171.4 billion kroner.")  # fmt: skip
    assert _verdicts(text, "2026-07-10")[171.4] == "unverifiable"
    # and nothing agreeing before it: a lone amount in kroner may be the national budget
    assert _verdicts("Norway will spend 171.4 billion kroner on defence in 2026.",
                     "2026-07-10")[171.4] == "unverifiable"  # fmt: skip
