"""The claim checker on 'the median ally' in a sentence that names no ally, after one that did
('The United States topped the table in 2014. ... the median ally devotes 2.11% of GDP, up
from 1.19%'), in our own words: both figures are the group's statistic (the middle of the
allies' shares), computed from the edition's Table 3, never the ally carried from before.
Official values: NATO's 2024 edition, Table 3: the median of 31 allies' shares in 2024 is
2.11, of 27 allies' in 2014 1.19 (the US: 3.38 and 3.71)."""

from __future__ import annotations

import milex

_TEXT = ("The United States topped the table in 2014. Ten years on, the median ally devotes "
         "2.11% of GDP to defence, up from {start}% a decade earlier.")  # fmt: skip


def _claims(start: str):
    return milex.check(_TEXT.format(start=start), date="2024-06-20").claims


def test_the_median_ally_is_the_groups_not_the_ally_before():
    found = [(c.claim.subject, c.claim.value, c.claim.year, c.verdict) for c in _claims("1.19")]
    assert ("NATO", 1.19, 2014, "supported") in found
    assert ("NATO", 2.11, 2024, "supported") in found
    assert all(subject != "United States" for subject, *_ in found)


def test_a_wrong_median_is_contradicted_by_the_computed_one():
    # the median of 2014 is 1.19, not 1.49
    found = [(c.claim.subject, c.claim.year, c.verdict) for c in _claims("1.49")
             if c.claim.value == 1.49]  # fmt: skip
    assert found == [("NATO", 2014, "contradicted")]
