"""Two readings around a figure said of an ally named before it:

- a region after a compound superlative ('the third-largest economy in Europe') is where the
  rank holds, not what a later 'it' stands for: 'it spends 1.49%' is the ally's, as it already
  was after a plain superlative ('the largest in Europe');
- an aside set off by dashes, commas or brackets that says the economy shrank or grew, closed
  before the sentence goes on with 'and', does not make the figure after it a change in GDP.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("share_of_gdp", <ally>, years=[...], edition=2024):
Italy 2020 1.59, 2022 1.52, 2024 1.49; France 2020 2.00, 2024 2.06.
"""

from __future__ import annotations

import milex

DAY = "2024-07-10"  # the 2024 edition is current


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_it_after_a_compound_superlative_scope_is_the_ally():
    got = _verdicts(
        "Italy is an odd case. Its army is the third-biggest in Europe, but it spends only "
        "1.49% of GDP on defence."
    )
    assert (1.49, "Italy", 2024, "supported") in got


def test_later_figures_of_that_it_stay_the_allys():
    got = _verdicts(
        "Italy is an odd case. Its army is the third-biggest in Europe, but it spends only "
        "1.49% of GDP on defence. In 2022 it was at 1.52%."
    )
    assert (1.52, "Italy", 2022, "supported") in got


def test_wrong_figure_of_that_it_is_contradicted():
    # Italy's 2020 share is 1.59, not 1.69
    got = _verdicts(
        "Italy is an odd case. Its army is the third-biggest in Europe, but it spends only "
        "1.49% of GDP on defence. In 2020 it was at 1.69%."
    )
    assert (1.69, "Italy", 2020, "contradicted") in got
    assert not [v for v in got if v[1] == "Europe"]


def test_figure_after_an_aside_on_a_shrinking_economy_is_read():
    got = _verdicts(
        "Paris hit 2.00% in 2020 \u2013 a quirk of the slump, when GDP shrank \u2013 and plans "
        "2.06% for this year."
    )
    assert (2.06, "France", 2024, "supported") in got


def test_figure_after_a_comma_aside_on_the_economy_is_read():
    got = _verdicts(
        "Paris hit 2.00% in 2020, a quirk of the slump as GDP shrank, and plans 2.06% this year."
    )
    assert (2.06, "France", 2024, "supported") in got
    # the economy's own change, said as the figure's verb, is still no claim
    assert not [v for v in _verdicts("France's GDP shrank 7.5% in 2020.") if v[0] == 7.5]


def test_wrong_figure_after_such_an_aside_is_contradicted():
    # France's 2024 share is 2.06, not 2.26
    got = _verdicts(
        "Paris hit 2.00% in 2020 (a quirk of the slump, when GDP shrank) and plans 2.26% this year."
    )
    assert (2.26, "France", 2024, "contradicted") in got
