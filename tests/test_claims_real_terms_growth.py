"""'Real terms' that qualifies a change named beside an amount ('the tenth year of real-terms
growth', 'a twelfth straight rise in real terms') says nothing of the amount's prices, and a
run of years set after the amount's own year by a comma is that change's, not a span the
amount is summed over: the amount is judged at current prices for its year.

Official values (milex.observations("spending_usd_current", "NATO Europe and Canada", ...),
Table 2, current prices): 2024 edition, 2024 = USD 506.69 bn (cell N42); 2026 edition,
2026 = USD 777.07 bn. At 2024 edition constant prices, 2024 = USD 430.11 bn.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _amounts(text: str, day: str) -> list[tuple[float, str | None, int | None, str]]:
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict)
            for c in claims_of("spending_amount", text, day)]  # fmt: skip


@pytest.mark.parametrize("value, verdict", [(507, "supported"), (450, "contradicted")])
def test_an_amount_beside_a_run_of_real_growth(value, verdict):
    text = (f"Canada and the European allies spent ${value} billion in 2024, a tenth year in a "
            "row of real-terms growth.")  # fmt: skip
    assert _amounts(text, "2024-06-20") == [(value, "Europe and Canada", 2024, verdict)]
    # but "in real terms" on the amount itself is constant prices of a base the text leaves
    # unsaid: 507 does not match the constant 430.11, and is not called wrong for it
    found = claims_of("spending_amount", f"Canada and the European allies spent ${value} "
                      "billion in real terms in 2024, a tenth year in a row of growth.",
                      "2024-06-20")  # fmt: skip
    assert [c.verdict for c in found] == ["unverifiable"]
    assert "constant prices" in found[0].explanation


@pytest.mark.parametrize("value, verdict", [(777, "supported"), (700, "contradicted")])
def test_an_amount_beside_a_rise_in_real_terms(value, verdict):
    text = (f"Europe and Canada are set to spend ${value} billion in 2026, a twelfth annual "
            "increase in real terms.")  # fmt: skip
    assert _amounts(text, "2026-07-10") == [(value, "Europe and Canada", 2026, verdict)]
