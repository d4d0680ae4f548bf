"""A quotation that follows another one in the same paragraph, with nothing between them but
the first one's attribution ('"...," said the Croatian minister. "..."'), is the same speaker
going on: 'we' in it is that speaker's ally. Another sentence between them, or a new
paragraph, breaks the run.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Croatia share of
GDP 2024: 1.81 (estimate).
"""

from __future__ import annotations

import pytest

import milex

_DAY = "2025-03-01"  # the 2024 edition is current; 'last year' is 2024


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=_DAY).claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("1.8", "supported"), ("1.3", "contradicted")])
def test_second_quote_after_attribution_is_the_same_speaker(level, verdict):
    found = _of('"We kept every promise," said Croatian defence minister Ivan Anusic. '
                f'"We were at {level} percent last year."', float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Croatia"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict


@pytest.mark.parametrize(
    "between",
    [" Opposition deputies walked out. ", "\n\n"],  # another sentence; a new paragraph
)
def test_the_run_breaks_at_another_sentence_or_paragraph(between):
    said = '"We kept every promise," said Croatian defence minister Ivan Anusic.'
    assert _of(f'{said} "We were at 1.3 percent last year."', 1.3)[0].claim.subject == "Croatia"
    found = _of(f'{said}{between}"We were at 1.3 percent last year."', 1.3)
    assert all(c.claim.subject != "Croatia" and c.verdict != "contradicted" for c in found)
