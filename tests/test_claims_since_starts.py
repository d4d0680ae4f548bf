"""The start of a change whose base year the text gives as 'since <year>': in the same clause,
with the end point first ('has shrunk since 2014, to 171,422 this year from about 183,500'),
or in a sentence just before that gave no figure ('The fastest risers since 2014 are in the
Baltics. Latvia has gone from 0.94% to 3.15%'). The starting figure is that year's.

Values (looked up with milex.observations, NATO 2024 edition, 17 June 2024):
- Italy military personnel (thousands): 2014 183.465; 2023 170.738; 2024 171.422 (estimate).
- Share of GDP: Latvia 2014 0.94, 2023 2.87, 2024 3.15; Estonia 2014 1.93, 2023 3.04,
  2024 3.43 (2024 estimates).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float, date: str = "2024-07-10") -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("start", "verdict"), [("183,500", "supported"), ("150,000", "contradicted")]
)
def test_start_after_end_point_takes_the_since_year(start, verdict):
    text = (f"Italy's armed forces have shrunk since 2014, to 171,422 personnel this year from "
            f"about {start}, NATO data show.")  # fmt: skip
    got = _of(text, float(start.replace(",", "")) / 1000)
    assert [(c.claim.year, c.verdict) for c in got] == [(2014, verdict)]


@pytest.mark.parametrize(("estonia", "verdict"), [("1.93", "supported"), ("1.23", "contradicted")])
def test_start_takes_the_since_year_of_a_figureless_sentence_before(estonia, verdict):
    text = ("The fastest risers since 2014 are in the Baltics. Latvia has gone from 0.94% to "
            f"3.15% and Estonia from {estonia}% to 3.43%.")  # fmt: skip
    latvia = _of(text, 0.94)
    assert [(c.claim.subject, c.claim.year, c.verdict) for c in latvia] == [
        ("Latvia", 2014, "supported")
    ]
    got = _of(text, float(estonia))
    assert [(c.claim.subject, c.claim.year, c.verdict) for c in got] == [("Estonia", 2014, verdict)]
    # with no 'since' year before, the start stays undated: never contradicted
    bare = text.replace(" since 2014", "")
    assert all(c.verdict != "contradicted" for c in _of(bare, float(estonia)))
