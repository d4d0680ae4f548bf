"""'A decade later', 'two years later' count on from the year the text spoke of last, as 'a
decade earlier' counts back from it: 'In 2014 only three allies met 2%. Ten years later the
number was 23' dates the 23 to 2024, not 2014, and a 'from ... to ...' in the next sentence
runs from the first year to the second.

Official values (NATO 2024 edition, 17 June 2024; `milex.counts` / `milex.observations`):
allies at or above 2% of GDP: 3 in 2014, 23 in 2024 (estimate). Italy share of GDP 2014 =
1.14, 2024 = 1.49 (estimate); Canada 2014 = 1.01, 2024 = 1.37 (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-07-20"


def _claims(text: str):
    return milex.check(text, date=DAY).claims


@pytest.mark.parametrize("later", ["A decade later", "Ten years later", "Ten years later,"])
@pytest.mark.parametrize(("count", "verdict"), [("23", "supported"), ("19", "contradicted")])
def test_a_count_some_years_later_is_of_that_year(later, count, verdict):
    text = f"In 2014 just three allies met the 2% guideline. {later} the tally is {count}."
    found = {c.claim.value: c for c in _claims(text) if c.claim.kind == "count_meeting"}
    assert (found[3.0].claim.year, found[3.0].verdict) == (2014, "supported")
    assert found[float(count)].claim.year == 2024
    assert found[float(count)].verdict == verdict


@pytest.mark.parametrize(("start", "verdict"), [("1.14", "supported"), ("1.64", "contradicted")])
def test_a_change_from_to_after_a_later_runs_between_the_two_years(start, verdict):
    text = (f"In 2014 only three allies met the 2% guideline. A decade later the number is 23. "
            f"Italy has moved from {start}% to 1.49%; Canada from 1.01% to 1.37%.")  # fmt: skip
    found = {c.claim.value: c for c in _claims(text)}
    assert (found[float(start)].claim.year, found[float(start)].verdict) == (2014, verdict)
    assert (found[1.49].claim.year, found[1.49].verdict) == (2024, "supported")
    assert (found[1.01].claim.year, found[1.01].verdict) == (2014, "supported")
