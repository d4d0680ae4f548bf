"""A level a national government promises ('next year the government promises more than 5%')
is that government's plan, not NATO's 5% commitment stated, even at the same value.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), Estonia share
of GDP 2025: 3.38 (3.378827, estimate).
"""

from __future__ import annotations

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-10-05").claims if c.claim.value == value]


def test_a_government_promise_is_not_the_alliance_commitment():
    text = ("Estonia is asking Brussels for help. Its spending is 3.4% of GDP this year, NATO "
            "says; for next year the government promises more than 5%.")  # fmt: skip
    assert all(c.verdict != "supported" for c in _of(text, 5))
    own = _of(text, 3.4)
    assert len(own) == 1 and own[0].verdict == "supported"
    wrong = _of(text.replace("3.4%", "2.4%"), 2.4)
    assert len(wrong) == 1 and wrong[0].verdict == "contradicted"
