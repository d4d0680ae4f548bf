"""A figure that opens its sentence after 'at', with 'it' as the subject that follows ("At
3.22% of GDP this year it trails Norway (3.35%)"), is the figure of the ally 'it' stands for
(the one the sentence before spoke of), not of the ally named after the verb. Read as the
trailed ally's, a true figure was contradicted against that ally's value.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp", A,
years=[2025], edition=2025)`): Denmark 3.22, Norway 3.35, Italy 2.01, Canada 2.01 (% of GDP).
"""

from __future__ import annotations

import milex

DAY = "2025-09-01"


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


def test_at_figure_then_it_is_the_carried_allys():
    text = "Denmark has climbed fast. At {v}% of GDP this year it trails only a few, Norway (3.35%) among them."
    (right,) = _at(text.format(v="3.22"), 3.22)
    assert (right.claim.subject, right.claim.year, right.verdict) == ("Denmark", 2025, "supported")
    (wrong,) = _at(text.format(v="3.02"), 3.02)
    assert (wrong.claim.subject, wrong.verdict) == ("Denmark", "contradicted")  # 3.22
    (norway,) = _at(text.format(v="3.22"), 3.35)
    assert (norway.claim.subject, norway.verdict) == ("Norway", "supported")


def test_at_figure_then_it_with_a_comma():
    (claim,) = _at("Italy is no longer last. At 2.01%, it now edges out Canada.", 2.01)
    assert (claim.claim.subject, claim.verdict) == ("Italy", "supported")
