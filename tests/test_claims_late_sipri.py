"""The claim checker on an article that names SIPRI first in a later paragraph, as the source
of that paragraph's own figures ('..., according to the Stockholm International Peace Research
Institute'): the figures of the paragraphs before it are not SIPRI's, and are judged against
NATO's edition current at the date.

Official values in the comments: `milex.observations("share_of_gdp", ally, years=[2024],
edition=2024)`: Canada 2024 = 1.37, Slovenia 2024 = 1.29 (2024 edition, current on 10 June
2025; the 2025 edition came out on 28 August 2025). SIPRI's Canada 2024 is 1.31
(`source="SIPRI"`).
"""

from __future__ import annotations

import milex

DATE = "2025-06-10"


def text(canada: str) -> str:
    return (
        "Ottawa under pressure before the summit\n\n"
        f"Canada put {canada} percent of its GDP into its armed forces last year, and Slovenia "
        "only 1.29 percent.\n\n"
        "Elsewhere, Russia spent $149 billion on its military last year, according to the "
        "Stockholm International Peace Research Institute."
    )


def share(article: str, subject: str):
    report = milex.check(article, date=DATE)
    return [(c.verdict, c.claim.value, c.claim.year, c.claim.source) for c in report.claims
            if c.claim.kind == "share_of_gdp" and c.claim.subject == subject]  # fmt: skip


def test_figures_before_the_paragraph_naming_sipri_are_natos():
    assert share(text("1.37"), "Canada") == [("supported", 1.37, 2024, "NATO")]
    assert share(text("1.37"), "Slovenia") == [("supported", 1.29, 2024, "NATO")]
    # a wrong figure in the same place is contradicted by NATO's 1.37 (1.57 would be within
    # the largest revision between editions, and NATO's April 2025 annual report is not held)
    assert share(text("1.97"), "Canada") == [("contradicted", 1.97, 2024, "NATO")]
