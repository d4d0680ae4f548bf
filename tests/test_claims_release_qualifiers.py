"""NATO's tables named with a word of what they measure between the name and the noun ('NATO's
dollar tables show', 'the alliance's spending figures') are NATO's release, as 'NATO's tables'
are: the sums they give beside allies' names are defence spending, checked on them."""

from __future__ import annotations

import milex

# NATO 2024 edition (17 June 2024), Table 2, current USD, 2024 estimates: Norway USD 10,606 m
# (N31), Denmark USD 9,940 m (N17).


def _verdicts(text: str, date: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=date).claims}


def test_sums_beside_allies_under_natos_dollar_tables_are_checked():
    text = "Norway ($10.6 billion) outspends Denmark ($9.9 billion) this year, NATO's dollar tables show."
    assert _verdicts(text, "2024-06-21") == {10.6: "supported", 9.9: "supported"}
    text = text.replace("$9.9", "$8.4")
    assert _verdicts(text, "2024-06-21")[8.4] == "contradicted"
