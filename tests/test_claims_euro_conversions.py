"""A writer's conversion of an ally's sum into euros after 'or' ('$21.3 billion, or EUR 19.7
billion') is judged as the ally's spending in its own money when NATO's table gives that ally's
national money in euros for the year (in the edition current at the date); euros are shared by
many allies, so the vocabulary's map of one-ally currencies did not say so. A conversion into
euros for an ally whose own money is not the euro stays unread.

Official values (NATO 2024 edition, 17 June 2024, milex.observations(["spending_nc_current",
"spending_usd_current"], [...], years=[2024], edition=2024), estimates): Spain EUR 19,723.45 m
and USD 21,269.3 m (N37); Netherlands EUR 19,900.0 m and USD 21,459.7 m (N29); Poland PLN
151,240.7 m and USD 34,974.5 m (N32).
"""

from __future__ import annotations

import milex

_DATE = "2024-06-26"


def _read(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.kind, str(c.claim.subject), c.claim.year)
            for c in milex.check(text, date=_DATE).claims}  # fmt: skip


def test_a_conversion_into_the_allys_euros_is_judged():
    got = _read("Spain's defence budget for 2024: $21.3 billion, or EUR 19.7 billion (NATO).")
    assert got[19.7] == ("supported", "spending_amount", "Spain", 2024)
    other = _read("Poland's defence budget for 2024: $35.0 billion, or EUR 32.3 billion (NATO).")
    assert other[32.3][0] == "unverifiable"


def test_a_wrong_conversion_into_euros_is_contradicted():
    got = _read("NATO puts Dutch defence spending this year at $21.5 billion, or EUR 18.4 billion.")
    assert got[18.4] == ("contradicted", "spending_amount", "Netherlands", 2024)
