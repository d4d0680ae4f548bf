"""Billions named in other languages or in two words: Dutch 'miljard', Portuguese 'mil
milhões' (a thousand millions, often glossed '(thousand million)' in translation) and the
English 'thousand million'. The amounts had been read as bare numbers, or not at all.

Looked up with milex.observations(): SIPRI's April 2025 release, "spending_usd_current", 2024:
the Netherlands USD 23,179 m, Portugal USD 4,642 m; NATO's 2026 edition,
"spending_nc_current", Portugal 2026: EUR 6,748 m.
"""

import milex


def _one(text, date):
    (c,) = milex.check(text, date=date).claims
    return c


def test_miljard_is_a_billion():
    c = _one(
        "SIPRI: the Netherlands spent 23,2 miljard dollars on its forces in 2024.", "2025-05-01"
    )
    assert (c.claim.kind, c.verdict) == ("spending_amount", "supported")
    c = _one(
        "SIPRI: the Netherlands spent 27,5 miljard dollars on its forces in 2024.", "2025-05-01"
    )
    assert (c.claim.kind, c.verdict) == ("spending_amount", "contradicted")  # 23.18 bn


def test_thousand_million_is_a_billion():
    c = _one("SIPRI finds Portugal spent 4.6 thousand million dollars in 2024.", "2025-05-01")
    assert (c.claim.kind, c.verdict) == ("spending_amount", "supported")
    c = _one("SIPRI finds Portugal spent 6.1 thousand million dollars in 2024.", "2025-05-01")
    assert (c.claim.kind, c.verdict) == ("spending_amount", "contradicted")  # 4.64 bn


def test_mil_milhoes_with_its_gloss_is_a_billion():
    c = _one(
        "NATO expects Portugal to spend 6,75 mil milhões (thousand million) euros in 2026.",
        "2026-07-10",
    )
    assert (c.claim.kind, c.verdict) == ("spending_amount", "supported")
    c = _one("NATO expects Portugal to spend 7,9 mil milhões euros in 2026.", "2026-07-10")
    assert (c.claim.kind, c.verdict) == ("spending_amount", "contradicted")  # EUR 6.75 bn
