"""'That mark' with no guideline named before it, the level spoken of in the sentence before
(a demand, "everyone should be at 5%"): which level is unsure, so no count is judged against
2% (it had been contradicted as a count above 2%), nor against the figures of the allies
listed after a colon. With a guideline named before, 'that mark' is that guideline.

NATO's 2026 edition (milex.observations("share_of_gdp", ALLY, years=[2026], edition=2026)):
above 3.5% in 2026: Lithuania, Estonia, Latvia 4.92, Poland 4.68 and Greece, five allies.
"""

import milex

DATE = "2026-07-20"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_mark_named_only_in_a_demand_before_is_not_guessed():
    claims = _claims(
        '"Everyone should be at 5%," he said. Only two allies are above that mark this year: '
        "Latvia at 4.92% and Poland at 4.68%."
    )
    counts = [c for c in claims if c.claim.kind == "count_meeting"]
    assert all(c.verdict == "unverifiable" for c in counts)
    assert {(c.claim.subject, c.verdict) for c in claims if c.claim.kind == "share_of_gdp"} == {
        ("Latvia", "supported"),
        ("Poland", "supported"),
    }
    # named before, the guideline is the mark: a wrong count against it stays wrong
    claims = _claims(
        "Allies agreed to spend 3.5% on core defence. Nine allies are above that mark this year."
    )
    (count,) = [c for c in claims if c.claim.kind == "count_meeting"]
    assert (count.claim.threshold, count.verdict) == (3.5, "contradicted")  # five
