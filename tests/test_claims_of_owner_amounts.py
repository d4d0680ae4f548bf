"""The claim checker on a sum made a noun by 'the' and owned by the name after 'of' ('twice the
$507 billion of European allies and Canada combined', 'ahead of the $64 billion of France'):
the sum is that ally's or group's, not the sentence's subject's, when the name ends the phrase
(not 'the $60 billion of US aid to Ukraine').

Official values are NATO's 2024 edition (17 June 2024), Table 2, current USD, 2024 estimates,
read with `milex.observations("spending_usd_current", name, years=[2024], edition=2024)`:
United States 967.7 bn, NATO Europe and Canada 506.7 bn, France 64.3 bn.
"""

from __future__ import annotations

import milex

DAY = "2024-06-18"


def amounts(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


def test_the_sum_after_of_is_the_groups():
    # Europe and Canada 2024: USD 506.7 bn; the United States: 967.7 bn
    got = amounts("Washington will lay out $968 billion on defence this year, close to double "
                  "the $507 billion of the European allies and Canada together.")  # fmt: skip
    assert ("supported", "United States", 968.0) in got
    assert ("supported", "Europe and Canada", 507.0) in got


def test_a_wrong_sum_after_of_is_contradicted_as_the_allys():
    # France 2024: USD 64.3 bn, not 80; not judged as the United States' 967.7
    got = amounts("Washington will lay out $968 billion on defence this year, compared with the "
                  "$80 billion of France.")  # fmt: skip
    assert ("contradicted", "France", 80.0) in got
    assert not any(s == "United States" and x == 80.0 for _v, s, x in got)
