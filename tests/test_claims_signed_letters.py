"""The claim checker on a text signed at its end with an ally's name in brackets, as a reader's
letter is ('... Our country spends 1.41% of GDP on defence. ... (Portugal)'): 'we' and 'our
country' in the writer's own words are that ally. A closing bracket holding anything else (a
source, two names) signs nothing, and 'we' stays untied.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2019 edition, read
with `milex.observations("share_of_gdp", "Portugal", years=[2019], edition=2019)`.
"""

from __future__ import annotations

import milex

DAY = "2019-07-15"  # the 2019 edition (25 June 2019) is current


def shares(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_our_country_is_the_signed_ally():
    # Portugal 2019: 1.41
    got = shares("Sir, we put 1.41% of GDP into defence and are told it is not enough. "
                 "The target was set without asking us.\n(Portugal)")  # fmt: skip
    assert ("supported", "Portugal", 1.41) in got


def test_a_wrong_share_of_the_signed_ally_is_contradicted():
    # Portugal 2019: 1.41, not 1.9
    got = shares("Sir, our country spends 1.9% of GDP on defence this year. Enough is enough. "
                 "(Portugal)")  # fmt: skip
    assert ("contradicted", "Portugal", 1.9) in got


def test_a_bracket_that_is_no_ally_signs_nothing():
    got = shares("Sir, our country spends 1.9% of GDP on defence this year. Enough is enough. "
                 "(Name withheld)")  # fmt: skip
    assert not [c for c in got if c[0] != "unverifiable"]
