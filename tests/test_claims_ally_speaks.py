"""An ally named as the speaker of its own figure ('France says it spent 2.6% of GDP last
year') speaks as its government does ('the French government says ...'): the figure is the
government's, on its own definition, whose data milex does not hold, so it may be supported
by NATO's table but never contradicted by it (clause._national_voice); the same figure given
as NATO's is judged in full.

Values from NATO's 2025 edition, looked up with milex.observations("share_of_gdp", "France",
years=[2024], edition=2025): France 2024 = 2.03.
"""

from __future__ import annotations

import milex

DAY = "2025-09-20"


def verdicts(text: str) -> list:
    return [(c.claim.subject, c.verdict) for c in milex.check(text, date=DAY).claims]


def test_an_allys_own_word_for_its_share_is_judged_as_its_governments():
    assert verdicts("France says it spent 2.6% of GDP last year.") == [("France", "unverifiable")]
    assert verdicts("The French government says it spent 2.6% of GDP last year.") == [
        ("France", "unverifiable")
    ]
    # NATO's word for the same wrong figure: contradicted
    assert verdicts("France spent 2.6% of GDP last year, NATO says.") == [
        ("France", "contradicted")
    ]
    # and an ally's own word that agrees with NATO's table is supported
    assert verdicts("France says it spent 2.0% of GDP last year.") == [("France", "supported")]
