"""Shares of people polled or of votes cast are no figures of spending: 'a survey found
backing for more defence money at 62% in Lithuania', 'a third of those polled agreed, 29%
did not', '51% of Belgians say ...', '38% back a bigger army', a runoff poll putting a
candidate at 47.2%. None of them is a claim; the sentence after, with NATO's figures, is
judged as usual, and the body that ran the poll is not the source of those figures.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Portugal 1.55, Netherlands 2.05, Belgium 1.30, Lithuania 2.85, Sweden 2.14.
"""

from __future__ import annotations

import pytest

import milex


def _check(text: str) -> list:
    return milex.check(text, date="2024-10-15").claims


POLLS = [
    ("A Eurobarometer survey put backing for more defence money at 62% in Lithuania and "
     "only 31% in Portugal.", (62.0, 31.0)),
    ("A third of Dutch voters polled wanted a bigger army, 29% did not.", (29.0,)),
    ("Ipsos: 51% of Belgians say their country does too little for its own defence.", (51.0,)),
    ("In Sweden 38% back a bigger army, in Portugal 27%.", (38.0, 27.0)),
    ("The Lithuanian runoff is tight: one pollster has the incumbent at 47.2% and the "
     "challenger at 46.1%.", (47.2, 46.1)),
]  # fmt: skip


@pytest.mark.parametrize(("poll", "polled"), POLLS)
@pytest.mark.parametrize(("level", "verdict"), [("1.55", "supported"), ("2.4", "contradicted")])
def test_poll_shares_are_no_claims(poll, polled, level, verdict):
    claims = _check(f"{poll} Portugal spent {level}% of GDP on defence this year, NATO says.")
    assert not [c for c in claims if c.claim.value in polled]
    found = [c for c in claims if c.claim.value == float(level)]
    assert len(found) == 1 and found[0].claim.subject == "Portugal"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict


@pytest.mark.parametrize(("level", "verdict"), [("2.05", "supported"), ("1.6", "contradicted")])
def test_pollster_is_not_the_source_of_the_next_figures(level, verdict):
    # the body that ran the poll gave no spending figures: the next sentence is NATO's
    text = (
        "A new ECFR poll found support for higher defence budgets at 58% in the Netherlands. "
        f"The Netherlands spent {level}% of GDP on defence this year."
    )
    found = [c for c in _check(text) if c.claim.value == float(level)]
    assert len(found) == 1 and found[0].claim.subject == "Netherlands"
    assert found[0].claim.source == "NATO" and found[0].verdict == verdict
