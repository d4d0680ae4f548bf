"""Military personnel with the noun left out, after a sentence (or a figure) that counted
personnel: 'Poland comes next with 234,000, then Germany with 186,000', 'Latvia 9,000', and a
series under a sentence on the armed forces ('Its forces grew fast: 206,500 in 2023, ...').

Values from NATO's 2025 edition, Table 7 (military personnel, thousands), looked up with
milex.observations: Türkiye 494.47 (2025e), Poland 233.78 (2025e) and 206.50 (2023),
Germany 186.41 (2025e), Latvia 9.02 (2025e).
"""

from __future__ import annotations

import pytest

import milex

DATE = "2025-10-20"
LEAD = "Türkiye fields the biggest force in European NATO, with 494,000 personnel this year. "


def _personnel(text: str) -> list:
    return [(c.claim.subject, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=DATE).claims if c.claim.kind == "personnel"]  # fmt: skip


@pytest.mark.parametrize(
    ("poland", "verdict"), [("234,000", "supported"), ("254,000", "contradicted")]
)
def test_an_allys_bare_thousands_after_a_count_of_personnel(poland, verdict):
    found = _personnel(LEAD + f"Poland comes next with {poland}, then Germany with 186,000.")
    assert found[1:] == [
        ("Poland", float(poland[:3]), 2025, verdict),
        ("Germany", 186.0, 2025, "supported"),
    ], found


def test_a_small_force_right_after_its_allys_name():
    found = _personnel(LEAD + "Lithuania has 19,500 troops this year, Latvia 9,000.")
    assert ("Latvia", 9.0, 2025, "supported") in found, found


@pytest.mark.parametrize(
    ("early", "verdict"), [("206,500", "supported"), ("196,500", "contradicted")]
)
def test_a_series_under_a_sentence_on_the_forces(early, verdict):
    found = _personnel(
        LEAD + f"Poland's forces have expanded fast: {early} in 2023 and more since."
    )
    assert ("Poland", float(early.replace(",", "")) / 1000, 2023, verdict) in found, found
