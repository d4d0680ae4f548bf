"""A figure in brackets right after an ally's name is that ally's, even when the ally is the
object of the verb ('Norway ($13.4 billion) outspends Sweden ($10.6 billion)'): the figure
agreeing with the other ally's value is not another reading of it, and a wrong one is
contradicted."""

from __future__ import annotations

import milex

# NATO 2024 edition (17 June 2024), Table 2, current USD, 2024 estimates: Norway USD 10,606 m
# (N31), Sweden USD 13,428 m (N38).


def _verdicts(text: str, date: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=date).claims}


def test_a_bracketed_figure_after_the_object_is_the_objects():
    text = "Norway ($13.4 billion) outspends Sweden ($10.6 billion) this year, NATO's tables show."
    assert _verdicts(text, "2024-06-21") == {13.4: "contradicted", 10.6: "contradicted"}
    text = "Sweden ($13.4 billion) outspends Norway ($10.6 billion) this year, NATO's tables show."
    assert _verdicts(text, "2024-06-21") == {13.4: "supported", 10.6: "supported"}
