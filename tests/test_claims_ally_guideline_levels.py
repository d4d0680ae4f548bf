"""An ally and The Hague's 3.5% in one clause: 'X has cleared the 3.5% core threshold' says
X's level (a share of GDP at least 3.5%), even when the verb is read as the figure's hedge;
'X, which promised to reach 3.5% by 2029' is X's own plan, not a statement of the guideline
to judge (nor its deadline).

Values (milex.observations("share_of_gdp", ally, years=[2025, 2026], edition=2026), NATO's
2026 edition of 7 July 2026, core defence expenditure): 2026 Latvia 4.92, Denmark 3.49,
Germany 2.69; 2025 Germany 2.22.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("ally", "verdict"), [("Latvia", "supported"), ("Denmark", "contradicted")]
)
def test_an_ally_clearing_the_core_threshold_is_its_level(ally, verdict):
    found = _of(f"{ally} has cleared the 3.5% core threshold this year.", "2026-07-09", 3.5)
    assert [(c.claim.subject, c.claim.kind, c.verdict) for c in found] == [
        (ally, "share_of_gdp", verdict)
    ]


@pytest.mark.parametrize(
    ("verb", "level", "verdict"),
    [("promised", 2.69, "supported"), ("has pledged", 2.69, "supported"),
     ("promised", 2.9, "contradicted")],
)  # fmt: skip
def test_an_allys_promise_of_the_core_level_by_its_own_date_is_its_plan(verb, level, verdict):
    text = (f"Germany, which {verb} to get to 3.5% by 2029, is at {level}% of GDP on NATO's "
            "new core measure this year.")  # fmt: skip
    claims = milex.check(text, date="2026-07-09").claims
    assert not [c for c in claims if c.claim.value == 3.5 and c.verdict == "supported"]
    assert not [c for c in claims if c.claim.value == 2029 and c.verdict == "contradicted"]
    # the ally's own level beside its plan is judged as before
    assert [(c.claim.subject, c.verdict) for c in claims if c.claim.value == level] == [
        ("Germany", verdict)
    ]
