"""A verb of putting whose object is a rise noun ('put Britain's real-terms increase in
defence spending at 1.7%') gives the size of that rise, not a level: the figure is a change
(figure_kinds._rise_put_at), as 'the rise is put at 1.7%' already was. A level put at a
figure ('put the UK's defence spending at 2.33% of GDP') stays a level.

Values from NATO's 2024 edition (17 June 2024), looked up with
milex.observations("real_change", "United Kingdom", years=[2024], edition=2024) = 1.73 and
milex.observations("share_of_gdp", "United Kingdom", years=[2024], edition=2024) = 2.33.
"""

from __future__ import annotations

import milex

DAY = "2024-10-15"


def found(text: str) -> list:
    return [(c.claim.kind, c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims]


def test_a_rise_put_at_a_figure_is_that_rise():
    text = "The alliance's summer figures put Britain's real-terms increase in defence spending at {} this year."
    assert found(text.format("1.7%")) == [("real_change", 1.7, "supported")]
    assert found(text.format("2.9%")) == [("real_change", 2.9, "contradicted")]


def test_a_level_put_at_a_figure_is_still_a_level():
    text = "The alliance's summer figures put Britain's defence spending at 2.33% of GDP this year."
    assert found(text) == [("share_of_gdp", 2.33, "supported")]
