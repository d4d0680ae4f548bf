"""The claim checker on two figures set side by side after a colon or in brackets ('2.85%
versus 2.06%'), when the sentence named two allies and its last clause, right before the
pair, compares them again: the pair follows that clause's order (its subject first, the ally
it is set against second), not the order the allies were first named in.

Official values: NATO's 2024 edition (17 June 2024), Table 3, read with
`milex.observations("share_of_gdp", ally, years=[2024], edition=2024)`: France 2.06,
Lithuania 2.85, Germany 2.12, Estonia 3.43.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def shares(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_the_pair_follows_the_last_clause_after_a_colon():
    # Lithuania 2.85, France 2.06
    got = shares("France spends far more than Lithuania in euros, though Lithuania spends a "
                 "larger share of its economy: 2.85% versus 2.06%.")  # fmt: skip
    assert ("supported", "Lithuania", 2.85) in got
    assert ("supported", "France", 2.06) in got


def test_the_pair_follows_the_last_clause_in_brackets():
    # Estonia 3.43, Germany 2.12
    got = shares("Germany's budget dwarfs Estonia's, but Estonia puts in a bigger share of "
                 "GDP (3.43% against 2.12%).")  # fmt: skip
    assert ("supported", "Estonia", 3.43) in got
    assert ("supported", "Germany", 2.12) in got


def test_a_wrong_figure_in_the_pair_is_contradicted_for_its_ally():
    # Lithuania 2.85, France 2.06: 1.7 is wrong for France
    got = shares("France spends far more than Lithuania in euros, though Lithuania spends a "
                 "larger share of its economy: 2.85% versus 1.7%.")  # fmt: skip
    assert ("contradicted", "France", 1.7) in got
    assert ("supported", "Lithuania", 2.85) in got
