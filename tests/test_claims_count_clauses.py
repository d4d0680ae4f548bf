"""Counts of allies in two shapes the checker missed:
- a bare number opening a clause joined to a count made earlier in its sentence ('30 of the
  32 allies exceed 2%, and five are above 3.5%') counts the same allies at its own level (the
  3.5 had been judged as NATO's own share of GDP, and contradicted);
- 'the norm' as the guideline a count meets ('23 of the 32 member states meet the norm'),
  as 'the target' is.

Counted with milex.observations("share_of_gdp", <the 32 allies>, years=[2026], edition=2026):
5 of the 31 with figures above 3.5; the same for 2024 with edition=2024: 23 at or above 2.
"""

import milex


def _claims(text, date):
    return milex.check(text, date=date).claims


def test_a_count_coordinated_with_a_count_has_its_own_level():
    claims = _claims(
        "In 2026, 30 of the 32 allies clear 2% of GDP, and five are above 3.5%.", "2026-07-10"
    )
    five = [c for c in claims if c.claim.value == 5]
    assert [(c.claim.kind, c.verdict) for c in five] == [("count_meeting", "supported")]
    assert not any(c.claim.value == 3.5 and c.verdict == "contradicted" for c in claims)
    claims = _claims(
        "In 2026, 30 of the 32 allies clear 2% of GDP, but nine are above 3.5%.", "2026-07-10"
    )
    nine = [c for c in claims if c.claim.value == 9]
    assert [(c.claim.kind, c.verdict) for c in nine] == [("count_meeting", "contradicted")]


def test_a_count_meeting_the_norm():
    claims = _claims(
        "The Dutch now meet the NATO norm. Altogether 23 of the 32 member states meet the norm.",
        "2024-06-20",
    )
    (count,) = [c for c in claims if c.claim.kind == "count_meeting"]
    assert (count.claim.value, count.verdict) == (23, "supported")
    claims = _claims(
        "The Dutch now meet the NATO norm. Altogether 27 of the 32 member states meet the norm.",
        "2024-06-20",
    )
    (count,) = [c for c in claims if c.claim.kind == "count_meeting"]
    assert (count.claim.value, count.verdict) == (27, "contradicted")
