"""'The Europeans and Canada' is NATO's Europe-and-Canada aggregate, not Canada (which had
made 'spending by the Europeans and Canada rises 11%' a contradicted figure of Canada's).

Official value (NATO 2026 edition, 7 July 2026, core defence): Europe and Canada real change
2026 = 10.98%.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("value, verdict", [(11, "supported"), (21, "contradicted")])
def test_the_europeans_and_canada_are_the_aggregate(value, verdict):
    text = f"Spending by the Europeans and Canada rises {value}% in real terms this year."
    (change,) = milex.check(text, date="2026-07-12").claims
    assert (change.claim.subject, change.verdict) == ("Europe and Canada", verdict)
