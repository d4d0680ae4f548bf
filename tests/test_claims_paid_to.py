"""A sum paid to a country, named right after the verb of paying and right before the sum
('Sofia paid the US $1.3 billion for its new jets'), is a price or a payment: not the
spending of the country paid, nor the payer's yearly defence budget. No claim is made of it;
the same country spending that sum is still judged.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), United States
2019 defence spending, current USD: 750.89 bn.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-02-20").claims if c.claim.value == value]


@pytest.mark.parametrize(
    "paid",
    [
        "In 2019 Bulgaria's defence ministry paid the US $1.3 billion for eight new fighter jets.",
        "Defence spending jumped in 2019, when Sofia paid Washington some $1.3 billion in one go for eight F-16s.",
    ],
)
def test_a_payment_to_a_country_is_no_spending_figure(paid):
    assert _of(paid, 1.3) == []
    # the country's own spending, said so, is still judged
    own = _of("In 2019 the US spent $1.3 billion on defence.", 1.3)
    assert len(own) == 1 and own[0].claim.subject == "United States"
    assert own[0].verdict == "contradicted"
