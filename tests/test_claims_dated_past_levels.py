"""A level set beside another by 'below' or 'above', written as a definite figure with a
relative clause that dates it ('above the 1.82% it spent in 2014', 'below the 3.1% that the
country managed last year'): the figure is that year's level as stated, the word before it
compares the other figure with it; it is no bound on the figure itself.

Official values (milex.observations("share_of_gdp", "France", years=[2014, 2024],
edition=2024)): NATO 2024 edition, France 2014 1.82 (1.819), 2024 2.06 (2.060, estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, int | None, str | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.year, c.claim.hedge) for c in report.claims]


@pytest.mark.parametrize("then, verdict", [("1.82", "supported"), ("1.62", "contradicted")])
def test_a_level_dated_by_its_relative_clause_is_stated(then, verdict):
    text = (
        "On NATO's new estimates, France devotes 2.06% of its GDP to defence this year, "
        f"well above the {then}% it spent in 2014."
    )
    got = judged(text, "2024-06-20")
    assert got[0] == (2.06, "supported", 2024, None)
    assert got[1] == (float(then), verdict, 2014, None)


@pytest.mark.parametrize("then, verdict", [("1.82", "supported"), ("2.02", "contradicted")])
def test_the_owner_and_a_spending_verb_may_stand_between(then, verdict):
    text = (
        "France is putting 2.06% of GDP into its armed forces in 2024, NATO says, above the "
        f"{then}% that the country spent on defence in 2014."
    )
    assert judged(text, "2024-06-20")[1] == (float(then), verdict, 2014, None)
