"""A list's header that speaks of 'spenders' ('How Europe's biggest spenders stack up this
year, in US dollars:') is about defence spending, as one that says 'spender' is: its items
('France — $64.3bn') are read and judged (they had given no claim at all).

NATO's 2024 edition, looked up with milex.observations("spending_usd_current", ally,
years=[2024], edition=2024): France 2024 = USD 64,271 m, Italy 2024 = USD 34,462 m.
"""

import milex

DATE = "2024-07-15"
HEADER = "How Europe's biggest spenders stack up this year, in US dollars:"


def _claims(text):
    return {c.claim.subject: c for c in milex.check(text, date=DATE).claims}


def test_items_under_a_spenders_header_are_judged():
    claims = _claims(f"{HEADER}\nFrance — $64.3bn\nItaly — $34.5bn\n")
    assert (claims["France"].claim.year, claims["France"].verdict) == (2024, "supported")
    assert claims["Italy"].verdict == "supported"


def test_a_wrong_item_under_a_spenders_header_is_contradicted():
    claims = _claims(f"{HEADER}\nFrance — $64.3bn\nItaly — $43.5bn\n")
    assert claims["Italy"].verdict == "contradicted"  # 34.46
