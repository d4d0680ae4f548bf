"""A fact box of lines each opening with a figure and a dash ('2.76% - NATO-wide share of
GDP'): each line is a row of its own, even after a long line with no full stop, so a line's
figure is not read with the words of the line before (the group that line named).

Values (milex.observations(measure, entity, years=[2025], edition=2025), NATO's 2025 edition
of 28 August 2025): share_of_gdp 2025 NATO 2.76, NATO_EC (Europe and Canada) 2.27, Denmark
3.22; real_change 2025 NATO_EC 15.94.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("figure", "verdict"), [("2.76", "supported"), ("2.96", "contradicted")])
def test_a_figure_and_a_dash_open_a_row_of_their_own(figure, verdict):
    text = ("The new figures at a glance\n"
            "15.9% - the real increase in defence spending by European allies and Canada in 2025\n"
            f"{figure}% - NATO-wide share of GDP\n"
            "3.22% - Denmark")  # fmt: skip
    found = _of(text, "2025-08-30", float(figure))
    assert [(c.claim.subject, c.verdict) for c in found] == [("NATO", verdict)]
