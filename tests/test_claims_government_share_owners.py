"""A share of government spending whose owner is an adjective of nationality inside the whole
('8.5% of Polish government expenditure') is that ally's share; the elliptic one after it
('and 7.9% of Lithuania's') is a share of government spending too, never judged as a share
of GDP, which the text does not speak of.

Official values (SIPRI, April 2025 release, `milex.observations(
"share_of_government_spending", "Poland", years=[2024], source="SIPRI")`): military
spending as a share of government spending in 2024: Poland 8.47%, Lithuania 7.92%
(Lithuania's share of GDP, SIPRI: 3.12%).
"""

from __future__ import annotations

import milex

DAY = "2025-06-16"


def _by_subject(text: str) -> dict:
    return {c.claim.subject: c for c in milex.check(text, date=DAY).claims}


def test_a_share_of_an_allys_government_spending_named_by_its_adjective():
    got = _by_subject("Defence took 8.5% of Polish government expenditure in 2024, SIPRI says.")
    assert got["Poland"].claim.kind == "share_of_government_spending"
    assert got["Poland"].verdict == "supported"


def test_the_elliptic_share_after_it_is_of_government_spending_too():
    got = _by_subject(
        "Defence took 8.5% of Polish government expenditure in 2024 and 7.9% of Lithuania's, "
        "SIPRI says."
    )
    assert got["Lithuania"].claim.kind == "share_of_government_spending"
    assert got["Lithuania"].verdict == "supported"  # 7.92, not a share of GDP (3.12)


def test_a_wrong_elliptic_share_is_contradicted_on_the_same_measure():
    got = _by_subject(
        "Defence took 8.5% of Polish government expenditure in 2024 and 6.1% of Lithuania's, "
        "SIPRI says."
    )
    assert got["Lithuania"].claim.kind == "share_of_government_spending"
    assert got["Lithuania"].verdict == "contradicted"  # 7.92


def test_items_under_a_header_of_government_shares_are_not_judged_as_shares_of_gdp():
    # Lithuania's 7.9 is its share of government spending (7.92), not of GDP (NATO 2024
    # edition: 2.85): it must not be called wrong against GDP
    got = _by_subject(
        "Military spending as a share of government spending, 2024:\n- Lithuania: 7.9%\n"
        "- Poland: 8.5%"
    )
    assert got["Lithuania"].verdict != "contradicted"
    assert got["Poland"].verdict != "contradicted"


def test_a_bare_share_in_a_sentence_of_government_spending_is_not_judged_on_gdp():
    # 6.9 beside 'government expenditure': perhaps of the budget, not of GDP (NATO's 2024
    # edition gives Lithuania 2.85% of GDP in 2024), so not contradicted on GDP
    (claim,) = milex.check(
        "Lithuania, at 6.9%, led on government expenditure in 2024.", date=DAY
    ).claims
    assert claim.verdict != "contradicted"
