"""A share of GDP beside an ally is not always its defence spending: a deficit, aid to Ukraine,
research, a bond yield, a share price, a condition that was not met. None of these may be
judged against NATO's table (a figure near the ally's would be 'supported', any other
'contradicted'), while the same ally's defence figure in the same words stays judged.
Values: NATO's 2024 edition (17 June 2024), 2024 estimates: Germany 2.12, United Kingdom 2.33,
Lithuania 2.85, Denmark 2.37, Poland 4.12, Canada 1.37, Netherlands 2.05."""

from __future__ import annotations

import pytest

import milex

NOT_DEFENCE = [
    "Germany's general government deficit narrowed to 2.1% of GDP last year.",
    "Britain spends about 2.3% of GDP on research and development.",
    "Lithuania's current-account surplus reached 2.8% of GDP in 2024.",
    "Greece's debt is still about 150% of GDP.",
    "Poland spends about 5% of GDP on education.",
    "Denmark's military assistance to Ukraine totals 2.4% of GDP.",
    "Denmark has pledged 2.4% of GDP to Kyiv since 2022.",
    "Norway has pledged 1.2% of GDP a year to Ukraine.",
    "German Bunds traded at 2.9% on Friday.",
    "Poland's central bank held its main rate at 5.75%.",
    "Had Canada spent 2% of GDP last year, it would have needed about C$13 billion more.",
    "After the Hague summit, the European defence sector index rose 5%.",
    "Germany, the UK and the US each gave less than 0.2 percent of GDP a year to Ukraine, and "
    "France, Italy and Spain only about 0.1 percent.",
]


@pytest.mark.parametrize("text", NOT_DEFENCE)
def test_a_share_of_something_else_is_never_judged(text):
    report = milex.check(text, date="2025-03-07")
    judged = [(c.claim.text, c.verdict) for c in report.checked if c.verdict != "unverifiable"]
    assert judged == []


def test_the_second_clause_measures_what_the_first_did():
    text = ("Germany's military aid to Ukraine amounts to 0.3% of its GDP this year, Berlin says, "
            "while the Netherlands gives about 0.4%. The Netherlands spends 2.05% of GDP on "
            "defence.")  # fmt: skip
    got = [(c.claim.subject, c.claim.value, c.verdict) for c in milex.check(text, date="2025-03-07").checked
           if c.verdict != "unverifiable"]  # fmt: skip
    assert got == [("Netherlands", 2.05, "supported")]


@pytest.mark.parametrize(
    ("text", "value", "verdict"),
    [
        ("Britain spends about 2.3% of GDP on defence.", 2.3, "supported"),
        ("Poland spends 4.1% of GDP on its armed forces.", 4.1, "supported"),
        ("Denmark spends 2.9% of GDP on the military.", 2.9, "contradicted"),
        ("Canada spent 1.37% of GDP last year.", 1.37, "supported"),
        ("Iceland spends about 0.1% of GDP on defence-related items.", 0.1, "unverifiable"),
    ],
)
def test_defence_in_the_same_words_is_still_judged(text, value, verdict):
    got = [(c.claim.value, c.verdict) for c in milex.check(text, date="2025-03-07").checked]
    assert (value, verdict) in got
