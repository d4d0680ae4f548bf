"""A figure set against a planned level ('spent 2.4% against a budget of 2.5%'): the planned
level is the yardstick of the figure before it, a plan, never a measured claim of its own;
the figure measured in the same sentence is still judged.

Values looked up with milex.observations:
- NATO 2024 edition, Table 3: Romania 2024 = 2.25% of GDP (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize("noun", ["budget", "plan", "allocation"])
def test_a_planned_level_set_against_a_spent_figure_is_no_claim(noun):
    text = (f"Bucharest spent about 2.25% of GDP on defence in 2024 against a {noun} of "
            "2.4%, the ministry said.")  # fmt: skip
    found = _found(text, "2025-01-10")
    assert ("share_of_gdp", 2.25, 2024, "supported") in found, found
    assert not [f for f in found if f[1] == 2.4 and f[3] != "unverifiable"], found


def test_the_spent_figure_beside_a_budget_is_still_contradicted():
    text = "Romania spent 1.9% of GDP on defence in 2024 against a budget of 2.4%."
    found = _found(text, "2025-01-10")
    assert ("share_of_gdp", 1.9, 2024, "contradicted") in found, found
    assert not [f for f in found if f[1] == 2.4 and f[3] != "unverifiable"], found
