"""A government's own figure ('the minister said the country spends "about 2.5%"') is judged on
NATO's tables only to support it; when the text itself denies it with NATO's figure for the
same ally and year, in that sentence or the next ('Not so: NATO's estimate for 2024 is 2.00%'),
it is judged on NATO's tables as any figure is (corrections.answered_by_nato). NATO's figure for
another ally, or set beside it with no denial, answers nothing.

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", ally,
years=[2024], edition=2024): Slovakia 2024: 2.00; Czechia 2024: 2.10.
"""

from __future__ import annotations

import milex


def found(text: str) -> list[tuple]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date="2024-07-20").claims]  # fmt: skip


def test_a_ministers_figure_answered_by_natos_is_judged_on_it():
    got = found('Slovakia\'s defence minister said the country spends "about 2.5%". Not so: '
                "NATO's estimate for 2024 is 2.00%.")  # fmt: skip
    assert got == [("Slovakia", 2.5, "contradicted"), ("Slovakia", 2.0, "supported")]


def test_a_ministers_figure_answered_rightly_is_supported():
    got = found('Slovakia\'s defence minister said the country spends "2%". Right: '
                "NATO's estimate for 2024 is 2.00%.")  # fmt: skip
    assert got[0] == ("Slovakia", 2.0, "supported")


def test_natos_figure_for_another_ally_answers_nothing():
    got = found('Slovakia\'s defence minister said the country spends "about 2.5%". '
                "NATO's estimate for Czechia is 2.10%.")  # fmt: skip
    assert got[0] == ("Slovakia", 2.5, "unverifiable")


def test_natos_figure_set_beside_it_with_no_denial_leaves_it_the_governments():
    # Latvia 2024, 2024 edition: 3.15
    got = found("The government says Latvia spends 3.5% of GDP this year; NATO puts it at 3.15%.")
    assert got[0] == ("Latvia", 3.5, "unverifiable")
