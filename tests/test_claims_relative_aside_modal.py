"""A figure in a relative aside told in the past and closed before the main clause's modal
('Britain, which spent about 2.3% of GDP in 2024, would need to ...') is a measured level:
the modal frames what follows the aside, not the aside. It was read as a projection and left
unverifiable.

NATO's 2024 edition, milex.observations("share_of_gdp", "United Kingdom", years=[2024],
edition=2024): 2.33 (estimate).
"""

import milex

UK = "United Kingdom"


def _read(text, date="2025-02-11"):
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_a_past_level_in_an_aside_before_would():
    got = _read("Britain, which spent about 2.3 per cent of GDP on defence in 2024, would need "
                "more than twice that to reach a 5 per cent goal.")  # fmt: skip
    assert got[2.3] == ("supported", UK, 2024)


def test_a_wrong_level_in_the_aside_is_contradicted():
    got = _read("Britain, which spent about 2.9 per cent of GDP on defence in 2024, would need "
                "more than twice that to reach a 5 per cent goal.")  # fmt: skip
    assert got[2.9] == ("contradicted", UK, 2024)
