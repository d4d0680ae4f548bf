"""Figures of companies and markets in a sentence about defence are no claim at all, not an
'unread' figure of defence nor a spending amount: an index's or a share's move, a price
target, order intake, an order's or a contract's worth, fund flows. A share of GDP or a
budget in the same text is still judged.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"Poland", years=[2024], edition=2024)`): Poland 2024 4.12% of GDP (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-10"


@pytest.mark.parametrize(
    "text, value",
    [
        ("Saab's order intake rose 22% in the second quarter as Sweden lifted its defence "
         "spending.", 22.0),
        ("The Bloomberg defence index rose about 4% as leaders met to discuss military "
         "spending.", 4.0),
        ("Analysts keep a price target of €410 on Thales as defence budgets rise.", 410.0),
        ("Defence budgets are rising. Leonardo — target €45.", 45.0),
        ("Poland signed a contract worth $2.5 billion for more tanks as its defence spending "
         "climbs.", 2.5),
        ("Finland's order for new air-defence radars, worth €240 million, shows how military "
         "spending is changing.", 240.0),
        ("Fund flows into defence ETFs reached $6 billion this year.", 6.0),
    ],
)  # fmt: skip
def test_a_market_or_company_figure_is_no_claim(text: str, value: float) -> None:
    claims = milex.check(text, date=DAY).claims
    assert not [c for c in claims if abs(c.claim.value - value) < 1e-9]


def test_a_wrong_share_beside_a_contract_is_still_contradicted() -> None:
    text = ("Poland signed a contract worth $2.5 billion for more tanks; Poland spent 3.1% of "
            "GDP on defence in 2024.")  # fmt: skip
    claims = milex.check(text, date=DAY).claims
    assert not [c for c in claims if c.claim.value == 2.5]
    assert [c.verdict for c in claims if c.claim.value == 3.1] == ["contradicted"]  # 4.12


def test_what_spending_is_worth_is_still_listed() -> None:
    # 'worth' after a share of GDP is the spending's sum, not a deal's: still reported
    claims = milex.check("Poland spends 4.1% of GDP on defence, worth $35 billion.",
                         date="2024-07-01").claims  # fmt: skip
    assert [c.claim.value for c in claims if c.claim.value == 35.0] == [35.0]
