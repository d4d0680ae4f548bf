"""The European allies named as 'NATO's European countries' or 'the European NATO countries'
(as 'NATO's European members' already were): the group EUROPE, whose sum SIPRI's figures give
when added up; the amount had no subject.

SIPRI's April 2025 release, milex.observations("spending_usd_current", years=[2024],
source="SIPRI") summed over the European allies: USD 454.45 bn (the checker says so itself;
a sum that does not agree is left unverifiable, as for "NATO's European members").
"""

import milex

DATE = "2025-05-01"


def _one(text):
    (c,) = milex.check(text, date=DATE).claims
    return c


def test_nato_s_european_countries_are_the_european_allies():
    c = _one("According to SIPRI, NATO's European countries spent USD 454bn in 2024.")
    assert (c.claim.subject_code, c.verdict) == ("EUROPE", "supported")
    c = _one("According to SIPRI, the European NATO countries spent USD 454bn in 2024.")
    assert (c.claim.subject_code, c.verdict) == ("EUROPE", "supported")


def test_a_wrong_sum_for_them_is_not_supported():
    c = _one("According to SIPRI, NATO's European countries spent USD 380bn in 2024.")
    assert c.claim.subject_code == "EUROPE"
    assert c.verdict != "supported"
