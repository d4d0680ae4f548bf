"""A figure followed straight by 'but' and the words of an outcome ('had counted on 3.1% but
came in at 2.80%', '... but ended up at ...'): the first is what was expected, not what was
spent, so it is unverifiable whatever the tables say; the outcome after it is judged.

Official value (milex.observations("share_of_gdp", "Greece", years=[2023], edition=2024)):
NATO 2024 edition, Greece 2023 2.80 (2.804, estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str]]:
    return [(c.claim.value, c.verdict) for c in milex.check(text, date=day).claims]


@pytest.mark.parametrize("outcome, verdict", [("2.80", "supported"), ("2.60", "contradicted")])
def test_the_figure_before_an_outcome_is_an_expectation(outcome, verdict):
    text = (f"In 2023 Athens had counted on 3.1% of GDP for defence but came in at {outcome}%, "
            "NATO estimates.")  # fmt: skip
    assert judged(text, "2024-06-20") == [(3.1, "unverifiable"), (float(outcome), verdict)]
