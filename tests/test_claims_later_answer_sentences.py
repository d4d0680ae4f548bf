"""An answer's figure need not open its turn. After 'HOST: Denmark?' the guest may say a few
words first ('Good question. Two point three seven this year.'): a bare number with decimals
opening a later sentence of the answering turn, when nothing in the turn before it gave a
figure, is the asked ally's share of GDP, as it is when it opens the turn. The measure stays
a guess (right or unverifiable) unless the conversation said its shares were of GDP; then a
wrong one is contradicted.

Official values (NATO 2024 edition, 17 June 2024): `milex.observations("share_of_gdp",
"Denmark", years=[2024], edition=2024)` 2.37%; Poland 4.12%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-11-20"


def _asked(text: str) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.subject == "Denmark"]


@pytest.mark.parametrize(("said", "verdict"), [
    ("Two point three seven", "supported"),
    ("Two point seven three", "unverifiable"),  # (the measure unsaid: a guess)
])  # fmt: skip
def test_figure_opening_a_later_sentence_of_the_answer(said, verdict):
    (claim,) = _asked(f"HOST: Denmark?\nGUEST: Good question. {said} this year.")
    assert (claim.verdict, claim.claim.year, claim.claim.measure) == (
        verdict, 2024, "share_of_gdp")  # fmt: skip


def test_a_wrong_figure_is_contradicted_once_shares_of_gdp_were_said():
    text = ("HOST: Poland is at 4.12% of GDP this year.\n"
            "GUEST: It is, the highest in the alliance.\n"
            "HOST: Denmark?\n"
            "GUEST: Good question. Two point seven three this year.")  # fmt: skip
    (claim,) = _asked(text)
    assert (claim.verdict, claim.claim.value, claim.claim.year) == ("contradicted", 2.73, 2024)

    # but not after a figure the turn already gave: that one answers, a later bare number is
    # not the asked ally's again
    text = "HOST: Denmark?\nGUEST: Good question. Two point three seven now. One point three next."
    assert [c.claim.value for c in _asked(text)] == [2.37]
