"""A question addressed to someone by name or title ('ANCHOR: Paul, is France at three
percent yet?') asks rather than states: its figure is no measured claim. The name or title
and its comma before the question word do not hide the question; a statement addressed the
same way ('Paul, France is at three percent.') is still judged.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"France", years=[2024], edition=2024)`): France 2024 2.06% of GDP (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-11-05"


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


@pytest.mark.parametrize(
    "question",
    [
        "ANCHOR: Paul, is France already at three percent?",
        "Q: Prime Minister, does France spend three percent now?",
        "HOST: So, Mr Secretary General, is France at three percent?",
    ],
)
def test_addressed_question_carries_no_claim(question):
    assert _at(question + "\nGUEST: Not yet.", 3.0) == []


def test_addressed_statement_is_still_judged():
    (claim,) = _at("ANCHOR: Paul, France is at three percent this year.", 3.0)
    assert claim.verdict == "contradicted"  # 2.06, not within 10% of 3
    assert claim.claim.subject == "France"
