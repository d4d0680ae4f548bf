"""An ally's change followed by a verb whose agent is another ally ('Belgium's real rise of
57.4% is beaten only by Luxembourg'): 'by' after the change's own predicate names the agent
of that verb, not whose spending changed.

Values (milex.observations("real_change", ally, years=[2025], edition=2025), NATO's 2025
edition of 28 August 2025): real change 2025 Belgium 57.41, Luxembourg 69.01, Spain 43.11.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("figure", "verdict"), [("57.4", "supported"), ("52.4", "contradicted")])
@pytest.mark.parametrize("verb", ["is bettered only by", "was topped only by"])
def test_the_ally_after_another_verbs_by_is_not_the_changer(verb, figure, verdict):
    text = f"Belgium's real increase of {figure}% {verb} Luxembourg's 69%."
    found = _of(text, "2025-09-01", float(figure))
    assert [(c.claim.subject, c.verdict) for c in found] == [("Belgium", verdict)]
