"""The smallest ally's forces are under a thousand persons (Luxembourg's: NATO's Table 7 gives
0.88 thousand in 2024): a count below a thousand is read as personnel when its words name the forces,
a noun of personnel right after it ('880 military personnel', '880 troops') or the forces
numbered before it ('its army numbers about 880'), even in a clause after one about money.
Before, any number under a thousand was too small to be an army. Not a count of something
else the forces have ('600 trucks for its army').

Official values, NATO 2024 edition (17 June 2024), Table 7:
`milex.observations("personnel", "Luxembourg", years=[2024], edition=2024)`: 0.880 (thousand
persons, estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"


def _personnel(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "personnel"
    }


def test_a_small_army_named_as_such():
    assert _personnel("Luxembourg has 880 military personnel.") == {
        0.88: ("Luxembourg", 2024, "supported")
    }
    assert _personnel("Luxembourg's defence budget is EUR 728 million this year; its army "
                      "numbers about 880.") == {0.88: ("Luxembourg", 2024, "supported")}  # fmt: skip
    assert _personnel("Luxembourg's army numbers about 600.") == {
        0.6: ("Luxembourg", 2024, "contradicted")
    }
    assert _personnel("Luxembourg bought 600 trucks for its army.") == {}
