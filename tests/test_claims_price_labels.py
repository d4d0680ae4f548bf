"""A sum's own price label beats a note's: after 'constant-price figures use 2015 prices',
'$64.3bn in current dollars' is at current prices, judged against NATO's current-USD column,
while '$55.2bn at 2015 prices' beside it stays at constant prices.

Official values (milex.observations, NATO 2024 edition, 17 June 2024, Table 2, 2024e):
France USD 64,271 m current, 55,195 m at constant 2015 prices.
"""

from __future__ import annotations

from tests.conftest import claims_of

DATE = "2024-06-20"
NOTE = "Notes: the constant-price figures use 2015 prices and exchange rates. "


def _verdict(text: str, value: float) -> str:
    found = [c for c in claims_of("spending_amount", text, DATE) if c.claim.value == value]
    assert len(found) == 1, [(c.claim.text, c.verdict) for c in found]
    return found[0].verdict


def test_a_sum_labelled_current_is_judged_at_current_prices() -> None:
    text = (
        NOTE + "France in 2024: 2.06% of GDP, $55.2bn at 2015 prices, $64.3bn in current dollars."
    )
    assert _verdict(text, 64.3) == "supported"
    assert _verdict(text, 55.2) == "supported"  # the constant one keeps its basis


def test_a_wrong_sum_labelled_current_is_contradicted() -> None:
    # the figures swapped: the constant-price sum labelled current is wrong at current prices
    text = (
        NOTE + "France in 2024: 2.06% of GDP, $64.3bn at 2015 prices, $55.2bn in current dollars."
    )
    assert _verdict(text, 55.2) == "contradicted"  # 64.27 at current prices
    assert _verdict(text, 64.3) == "contradicted"  # 55.19 at constant 2015 prices
