"""A sum said 'combined' after a run of countries that mixes allies with countries outside NATO
('the US, China and Germany together spent a combined $1,300 billion') is their sum, which no
table holds: never the last ally's spending (it had been contradicted as Germany's). A run of
allies only keeps its joint sum, judged.

SIPRI's April 2025 release and NATO's 2024 edition hold no sum of such a run; NATO's 2024
edition, looked up with milex.observations("spending_usd_current", ally, years=[2024],
edition=2024): Germany 97,686 m, France 64,271 m, Italy 34,462 m (together 196.4 bn).
"""

import milex


def _claims(text, date):
    return milex.check(text, date=date).claims


def test_a_combined_sum_with_outsiders_is_no_allys():
    (c,) = _claims(
        "SIPRI says the US, China and Germany together spent a combined $1,300 billion on "
        "defence last year.",
        "2025-04-28",
    )
    assert c.claim.subject is None
    assert c.verdict == "unverifiable"


def test_a_combined_sum_of_allies_only_is_still_judged():
    (c,) = _claims(
        "SIPRI says the US, China and Germany together spent a combined $1,300 billion on "
        "defence last year.",
        "2025-04-28",
    )
    assert c.verdict != "contradicted"
    (c,) = _claims(
        "Germany, France and Italy together spent a combined $250 billion on defence this year, "
        "NATO says.",
        "2024-07-15",
    )
    assert c.verdict == "contradicted"  # 196.4 bn
