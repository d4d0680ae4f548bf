"""A writer's conversion of a sum into another currency, in brackets or after a comma and a
hedge ('EUR 59.6bn ($64.3bn)', 'EUR 59.6bn, or about $75bn'), is the same money: when the sum
is an ally's spending named in its own words, the conversion is judged as that ally's spending
in US dollars in the same year (it had been left unread); when the sum is no spending (a loan
request: 'a SAFE request of EUR 20bn, about $21.7bn'), its conversion is no figure either (it
had been judged as the ally's spending).

NATO's 2024 edition, looked up with milex.observations(measure, ally, years=[2024],
edition=2024): spending_usd_current France 2024 = 64,271 m, Spain 2024 = 21,269 m;
spending_nc_current France 2024 = EUR 59,600 m, Spain 2024 = EUR 19,723 m.
"""

import milex

DATE = "2024-07-15"


def _claims(text):
    return milex.check(text, date=DATE).claims


def _at(claims, value):
    (c,) = [c for c in claims if c.claim.value == value]
    return c


def test_a_bracketed_conversion_is_the_allys_spending_in_dollars():
    c = _at(_claims("France spends EUR 59.6bn ($64.3bn) on defence this year, NATO says."), 64.3)
    assert (c.claim.subject, c.claim.year, c.verdict) == ("France", 2024, "supported")


def test_a_wrong_conversion_after_or_about_is_contradicted():
    c = _at(
        _claims("France will spend EUR 59.6bn, or about $75bn, on defence in 2024, NATO says."),
        75,
    )
    assert (c.claim.subject, c.claim.year, c.verdict) == ("France", 2024, "contradicted")


def test_a_conversion_after_the_years_words_is_still_the_sums():
    c = _at(_claims("Spain will spend EUR 19.7bn on defence this year ($25.0bn), NATO says."), 25)
    assert (c.claim.subject, c.claim.year, c.verdict) == ("Spain", 2024, "contradicted")


def test_the_conversion_of_a_loan_request_is_no_figure():
    claims = _claims(
        "Spain's SAFE loan request of EUR 20bn, about $21.7bn, is larger than its defence "
        "budget, NATO figures show. Spain spends EUR 25bn on defence this year, NATO says."
    )
    assert [c for c in claims if c.claim.value == 21.7] == []
    assert _at(claims, 25).verdict == "contradicted"  # EUR 19.7 bn
