"""'France spent 2.06%, comfortably more than Italy, at 1.49%.': a figure set off by ', at'
after the ally a comparison names is that ally's, at the end of the sentence as before a
comma (it had been given to France and left unverifiable).

Official values (NATO 2024 edition, 17 June 2024, 2024 estimates, `milex.observations`):
France 2.06, Italy 1.49, Poland 4.12, Germany 2.12.
"""

from __future__ import annotations

import pytest

import milex


def by_subject(text: str) -> dict[str, tuple[float, str]]:
    return {c.claim.subject: (c.claim.value, c.verdict)
            for c in milex.check(text, date="2024-07-10").claims}  # fmt: skip


@pytest.mark.parametrize(
    "text, subject, value, verdict",
    [
        ("France spent 2.06% of GDP, comfortably more than Italy, at 1.49%.", "Italy", 1.49,
         "supported"),
        ("France spent 2.06% of GDP, comfortably more than Italy, at 1.94%.", "Italy", 1.94,
         "contradicted"),
        ("Germany spent 2.12% of GDP, far less than Poland, at 4.12%.", "Poland", 4.12,
         "supported"),
        ("Germany spent 2.12% of GDP, far less than Poland, at 3.12%.", "Poland", 3.12,
         "contradicted"),
    ],
)  # fmt: skip
def test_a_figure_after_the_ally_compared_with_is_that_allys(text, subject, value, verdict):
    found = by_subject(text)
    assert found[subject] == (value, verdict)
    assert found[text.split()[0]][1] == "supported"  # the subject's own figure
