"""'it' for the ally the sentence before spoke of, after a time that opens the sentence ("This
year it will reach 2.77%", "This year, the alliance estimates, it will reach 2.77%"): the
ally's share of that year, not a value of NATO's guideline. The body of a saying aside ("the
alliance estimates") is the figure's source, not what 'it' stands for. As with the year after
the figure ("Finland will reach 2% this year"), the year dates a level of that year.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp", A,
years=[2025], edition=2025)`): Finland 2025 2.77% of GDP, Latvia 2025 3.73% (estimates).
NATO 2024 edition (17 June 2024), Table 3: Lithuania 2014 0.88, 2024e 2.85.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-05"


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


@pytest.mark.parametrize(
    "second",
    [
        "This year it will reach {v}% of GDP.",
        "This year, it will reach {v}%.",
        "This year, the alliance estimates, it will reach {v}%.",
        "This year, the alliance says, it will reach {v}% of GDP.",
    ],
)
def test_fronted_year_and_it_give_the_allys_share(second):
    text = "Finland has changed course. " + second
    (right,) = _at(text.format(v="2.77"), 2.77)
    assert right.claim.kind == "share_of_gdp"
    assert (right.claim.subject, right.claim.year, right.verdict) == ("Finland", 2025, "supported")
    (wrong,) = _at(text.format(v="3.17"), 3.17)
    assert (wrong.claim.subject, wrong.claim.year) == ("Finland", 2025)
    assert wrong.verdict == "contradicted"  # 2.77, not 3.17


def test_aside_with_an_earlier_figure():
    text = (
        "Latvia has moved fast. Three years ago it was near 2% of GDP. "
        "This year, the alliance estimates, it will reach 3.73%."
    )
    (claim,) = _at(text, 3.73)
    assert (claim.claim.kind, claim.claim.subject, claim.verdict) == (
        "share_of_gdp",
        "Latvia",
        "supported",
    )


def test_aside_after_a_dated_figure_of_the_ally():
    text = "Lithuania spent 0.88% of GDP on defence in 2014. This year, the alliance says, it will "
    for value, verdict in ((2.85, "supported"), (3.85, "contradicted")):
        claims = milex.check(text + f"spend {value}%.", date="2024-07-01").claims
        got = {(c.claim.subject_code, c.claim.value): c.verdict for c in claims
               if c.claim.kind == "share_of_gdp"}  # fmt: skip
        assert got == {("LTU", 0.88): "supported", ("LTU", value): verdict}
