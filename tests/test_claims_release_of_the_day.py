"""Figures a speaker announces as a release of the article's own day ('Today I can share our
latest figures.') come from a release milex does not hold when the edition held came out long
before: judged as against such a release (supported when they agree, contradicted only beyond
the revisions seen between editions), not contradicted by the old edition's estimate.

Values from NATO's 2024 edition: milex.observations("spending_usd_current", "NATO_EC",
years=[2024], edition=2024) = 506,692 (USD mn), Europe and Canada in 2024.
"""

from __future__ import annotations

import milex


def first(text: str, day: str = "2025-02-13"):
    return milex.check(text, date=day).claims[0]


SPEECH = ('"Today I can share our latest figures. Last year, European allies and Canada '
          'invested {sum} billion US dollars in defence."')  # fmt: skip


def test_an_announced_sum_off_the_old_estimate_is_unverifiable():
    got = first(SPEECH.format(sum="485"))
    assert (got.claim.subject, got.verdict) == ("Europe and Canada", "unverifiable")
    assert "not held" in got.explanation
    # without the announcement, or on the day of an edition held, that edition judges
    plain = first('"Last year, European allies and Canada invested 485 billion US dollars in '
                  'defence."')  # fmt: skip
    assert plain.verdict == "contradicted"
    held = first('"Today we publish our new figures. This year, European allies and Canada '
                 'invest 485 billion US dollars in defence."', day="2024-06-17")  # fmt: skip
    assert held.verdict == "contradicted"

    # a sum far off every edition is still contradicted; one agreeing with the held
    # estimate still supported
    assert first(SPEECH.format(sum="385")).verdict == "contradicted"
    assert first(SPEECH.format(sum="507")).verdict == "supported"
