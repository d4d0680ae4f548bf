"""A count of personnel written after its noun and 'of' ('military personnel of about
66,600') is a count of the armed forces, as 'personnel number 66,600' is; and money named
before a comma ahead of the noun ('spends 40.1 billion lei this year, with personnel of ...')
is another item's, which does not make the count one of money."""

from __future__ import annotations

import milex

# NATO 2024 edition (17 June 2024), Table 7, cell O46: Romania 2024, 66.6 thousand military personnel
# (estimate).


def _personnel(text: str, date: str):
    return [(c.claim.value, c.claim.year, c.verdict) for c in milex.check(text, date=date).claims
            if c.claim.kind == "personnel"]  # fmt: skip


def test_personnel_of_a_number_is_a_count():
    assert _personnel(
        "Romania has military personnel of about 66,600 this year.", "2024-06-21"
    ) == [(66.6, 2024, "supported")]
    assert _personnel(
        "Romania has military personnel of about 76,600 this year.", "2024-06-21"
    ) == [(76.6, 2024, "contradicted")]


def test_money_before_the_comma_is_another_items():
    text = "Romania spends 40.1 billion lei on defence this year, and military personnel number 71,000."
    assert _personnel(text, "2024-06-21") == [(71.0, 2024, "contradicted")]
    text = text.replace("71,000", "66,600")
    assert _personnel(text, "2024-06-21") == [(66.6, 2024, "supported")]
