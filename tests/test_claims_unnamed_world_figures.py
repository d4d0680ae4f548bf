"""A figure of a country outside NATO whose source the text does not name, in the days after
SIPRI's yearly release: the news then reports SIPRI's figures without saying so, and NATO's
tables hold nothing of that country. The figure is judged on SIPRI: supported when SIPRI
agrees; unverifiable when it disagrees (the text may quote a government's budget or another
institute). Outside those days it is judged so too, SIPRI being the only source held with
figures for that country (test_claims_sole_holder.py).

Official values (SIPRI Military Expenditure Database, release of 28 April 2025, looked up with
`milex.observations(measure, country, years=[2024], source="sipri")`):
- Russia 2024 share of GDP 7.05 (sheet "Share of GDP", BZ158), share of government spending
  18.90 ("Share of Govt. spending", AN160);
- India 2024 USD 86,126 million current ("Current US$", BZ101), share of GDP 2.27 (BZ101);
- Israel 2024 USD 4,988.8 a head ("Per capita", AM188);
- Saudi Arabia 2024 share of GDP 7.30 ("Share of GDP", BZ194).
"""

from __future__ import annotations

import pytest

import milex

_IN_RELEASE_WEEK = "2025-04-30"  # two days after SIPRI's release of 28 April 2025
_LONG_AFTER = "2025-07-15"


def _by_value(text: str, date: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=date).claims}


@pytest.mark.parametrize(
    "text, value, subject",
    [
        ("Moscow's armed forces absorbed 7.1% of Russia's GDP last year.", 7.1, "Russia"),
        ("Russia's military outlay rose to 7.1% of GDP last year.", 7.1, "Russia"),
        ("Russia's military took 19% of all government spending last year.", 19.0, "Russia"),
        ("India spent $86.1 billion on its forces last year.", 86.1, "India"),
        ("India devoted 2.3% of its GDP to its armed forces last year.", 2.3, "India"),
        ("Israel's outlay came to nearly $5,000 per inhabitant last year.", 5000.0, "Israel"),
    ],
)
def test_unnamed_figure_that_sipri_gives_is_supported(text, value, subject):
    found = _by_value(text, _IN_RELEASE_WEEK)
    assert found[value].verdict == "supported"
    assert found[value].claim.subject == subject
    assert found[value].evidence.source == "SIPRI"
    # long after the release too: SIPRI is the only source held with figures for that
    # country (test_claims_sole_holder.py); before, no claim
    later = _by_value(text, _LONG_AFTER)[value]
    assert (later.verdict, later.evidence.source) == ("supported", "SIPRI")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Saudi Arabia's military burden was 6.3% of GDP last year.", 6.3),  # SIPRI: 7.30
        ("India devoted 2.9% of its GDP to its armed forces last year.", 2.9),  # SIPRI: 2.27
    ],
)
def test_unnamed_figure_sipri_disagrees_with_is_unverifiable(text, value):
    found = _by_value(text, _IN_RELEASE_WEEK)
    assert found[value].verdict == "unverifiable"
    assert found[value].evidence.source == "SIPRI"
    assert "may be another body's" in found[value].explanation
    assert found[value].claim.year == 2024  # (the year SIPRI's figure was read in)


def test_named_sipri_still_contradicts_a_wrong_figure():
    # the structure with the source named is judged as before: SIPRI's 7.30 against 6.3
    found = _by_value("Saudi Arabia's burden was 6.3% of GDP last year, SIPRI said.",
                      _IN_RELEASE_WEEK)  # fmt: skip
    assert found[6.3].verdict == "contradicted"
    # and unnamed in the release week, a wrong ally's figure is still NATO's to contradict
    found = _by_value("Germany devoted 2.6% of its GDP to defence last year.", _IN_RELEASE_WEEK)
    assert found[2.6].verdict == "contradicted"
    # while an unnamed foreign figure beside it is judged on SIPRI (before: no claim)
    found = _by_value("Germany devoted 2.1% of its GDP to defence last year, India 2.3%.",
                      _IN_RELEASE_WEEK)  # fmt: skip
    assert found[2.3].verdict == "supported"
