"""Words of constant prices that belong to another figure do not turn a sum into constant
dollars: 'after inflation' closing a change stated after the sum ('$968 billion in 2024, 7.2%
more than in 2023 after inflation') is the change's; 'in 2019 dollars' in a sentence whose own
sums take it (a budget office's projection, not read as claims) is those sums', not every sum
of the article. The sum is then judged at current prices, and a wrong one contradicted.

Values (milex.observations("spending_usd_current", "United States", years=[2024],
edition=2024), NATO's 2024 edition of 17 June 2024): United States 2024 USD 967,707 m; 2024
real change 7.21. (years=[2019], edition=2019, NATO's 2019 edition of 25 June 2019): United
States 2019 USD 730,149 m.
"""

from __future__ import annotations

import pytest

import milex


def _sums(text: str, date: str) -> list[tuple[str | None, str]]:
    return [(c.claim.measure, c.verdict) for c in milex.check(text, date=date).claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


@pytest.mark.parametrize(("amount", "verdict"), [("$968", "supported"), ("$880", "contradicted")])
def test_after_inflation_closing_a_change_is_not_the_sums(amount, verdict):
    text = (f"By NATO's count American defence spending reached {amount} billion in 2024, "
            "7.2% more than in 2023 after inflation.")  # fmt: skip
    assert _sums(text, "2024-12-01") == [("spending_usd_current", verdict)]


@pytest.mark.parametrize(("amount", "verdict"), [("$730", "supported"), ("$650", "contradicted")])
def test_prices_of_a_projection_in_another_sentence_stay_there(amount, verdict):
    text = ("The budget office expects costs, in 2019 dollars, to go from the $617 billion "
            "requested this year to $735 billion by 2033. NATO's June estimates put American "
            f"defence spending this year at {amount} billion.")  # fmt: skip
    assert _sums(text, "2019-07-05") == [("spending_usd_current", verdict)]
