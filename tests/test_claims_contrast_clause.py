"""A clause opened by ', though' (', but', ', yet') that has no subject or verb of its own
before its figure ('..., though below the 2.17% of 2024') goes on with the sentence's one
ally: the figure is that ally's, of the year it names (it had been left unread, no claim).

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
