"""Headcounts whose noun is left out or is 'military': 'Canada's military numbers about
77,000' (the word 'military' is a noun before a verb of numbering, not the adjective of
'military spending'), and 'Canada reports about 77,000 this year' right after a sentence
that counted personnel (an ally holding a count of the kind counted before, with its year
after it). Neither was read before.

NATO's 2024 edition, milex.observations("personnel", ["Canada", "United Kingdom"],
years=[2024], edition=2024): Canada 77.06, United Kingdom 138.1 (thousands, estimates).
"""

import milex

CA = "Canada"


def _read(text, date="2024-07-10"):
    return {
        c.claim.value: (c.verdict, c.claim.kind, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_the_military_numbers():
    got = _read("Canada's military today numbers about 77,000, NATO's tables show.")
    assert got[77.0] == ("supported", "personnel", CA, 2024)


def test_a_wrong_number_of_the_military_is_contradicted():
    got = _read("Canada's military today numbers about 97,000, NATO's tables show.")
    assert got[97.0] == ("contradicted", "personnel", CA, 2024)


def test_an_ally_reports_a_count_after_one():
    got = _read("Britain has some 138,000 military personnel on NATO's count. Canada reports "
                "about 77,000 this year.")  # fmt: skip
    assert got[77.0] == ("supported", "personnel", CA, 2024)
    got = _read("Britain has some 138,000 military personnel on NATO's count. Canada reports "
                "about 87,000 this year.")  # fmt: skip
    assert got[87.0] == ("contradicted", "personnel", CA, 2024)
