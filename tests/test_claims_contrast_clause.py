"""A clause opened by ', though' (', but', ', yet') that has no subject or verb of its own
before its figure ('..., though below the 2.17% of 2024') goes on with the sentence's one
ally: the figure is that ally's, of the year it names (it had been left unread, no claim).
So is defence named as the subject of a while-clause with no owner of its own ("Romania's
deficit ..., while defence takes 2.43%").

NATO's 2026 edition: milex.observations("share_of_gdp", "Romania", years=[2024, 2025,
2026], edition=2026) = 2.17, 2.19, 2.43.
"""

import milex

DATE = "2026-10-02"


def _judged(text, value):
    return [(c.claim.subject, c.claim.year, c.verdict)
            for c in milex.check(text, date=DATE).claims if c.claim.value == value]  # fmt: skip


def test_a_subjectless_contrast_clause_keeps_the_ally():
    text = "Romania's 2.43% this year is up from 2.19% in 2025, though far above the {}% of 2024."
    assert _judged(text.format("2.17"), 2.17) == [("Romania", 2024, "supported")]
    assert _judged(text.format("1.95"), 1.95) == [("Romania", 2024, "contradicted")]  # 2.17


def test_defence_as_the_subject_of_a_while_clause_is_the_allys():
    # Romania 2026 = 2.43 (as above)
    text = "Romania's budget deficit stays near 7% of GDP, while defence takes {}%."
    assert _judged(text.format("2.43"), 2.43) == [("Romania", 2026, "supported")]
    assert _judged(text.format("2.90"), 2.9) == [("Romania", 2026, "contradicted")]
    assert _judged("Romania's deficit stays near 7% of GDP, while health takes 5.1%.", 5.1) == []
