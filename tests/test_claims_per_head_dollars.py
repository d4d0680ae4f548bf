"""A list under a header of sums a head in 'constant 2015 dollars' (no 'US'), each item the
ally then its sum with a dollar sign ('- Poland: $711'). NATO publishes spending a head only
in US dollars (Table 6), so a header naming no ally whose dollars are at a constant price
year heads US dollars a head, and each item's '$' sum is the ally's (before, 'dollars'
alone was left unread, and an item's money figure was never taken as a bare sum a head:
a header with no word of spending, 'Top three per head', left its items unread).

NATO's 2024 edition, milex.observations("spending_per_capita_usd_constant", ALLY,
years=[2024], edition=2024): Poland 710.8, Greece 648.5, Italy 505.3.
"""

import milex

DATE = "2024-06-24"


def _read(text):
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=DATE).claims
    }


def test_dollar_sums_a_head_under_a_constant_price_header():
    got = _read("Top three per head (constant 2015 dollars, 2024):\n- Poland: $711\n"
                "- Greece: $648\n- Italy: $505")  # fmt: skip
    assert got[711] == ("supported", "Poland", 2024)
    assert got[648] == ("supported", "Greece", 2024)
    assert got[505] == ("supported", "Italy", 2024)


def test_a_wrong_sum_a_head_is_contradicted():
    got = _read("Top three per head (constant 2015 dollars, 2024):\n- Poland: $711\n"
                "- Italy: $605")  # fmt: skip
    assert got[711] == ("supported", "Poland", 2024)
    assert got[605] == ("contradicted", "Italy", 2024)  # 505.3
