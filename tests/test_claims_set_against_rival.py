"""Two figures set against each other after a colon ('2.06% versus 1.49%') in a sentence that
names one ally only: the second is not that ally's but the one other ally the sentence before
named ('France outspends Italy.'), else nobody the text names here
(subjects._set_against_rival).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", None,
years=[2024], edition=2024): France 2024 = 2.06, Italy 2024 = 1.49.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-09-12"


def owners(text: str) -> dict:
    return {c.claim.value: (c.claim.subject, c.verdict) for c in milex.check(text, date=DAY).claims}


@pytest.mark.parametrize(("italy", "verdict"), [("1.49", "supported"), ("1.89", "contradicted")])
def test_the_second_figure_is_the_rival_named_the_sentence_before(italy, verdict):
    got = owners(f"France outspends Italy on defence. France devotes a bigger share of GDP too: "
                 f"2.06% versus {italy}%.")  # fmt: skip
    assert got[2.06] == ("France", "supported")
    assert got[float(italy)] == ("Italy", verdict)


def test_with_no_rival_named_the_second_figure_is_nobodys():
    got = owners("France leads here. France devotes a bigger share of GDP: 2.06% versus 1.49%.")
    assert got[2.06] == ("France", "supported")
    # (read as nobody's figure: no claim, or one with no verdict)
    assert got.get(1.49, (None, "unverifiable"))[1] == "unverifiable"
