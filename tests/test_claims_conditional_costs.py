"""An amount that is the object of a conditional of cost right before it ('each extra point of
GDP would cost Latvia some 400 million euros', 'reaching 3% would cost Madrid another 20
billion euros'): what a step would cost, no figure of spending at all, while an amount spent
in the same sentence is still judged.

Values looked up with milex.observations:
- NATO 2024 edition, Table 1: Spain 2023 = EUR 17,451.45 million (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize(("spent", "verdict"), [("17.5", "supported"), ("14.5", "contradicted")])
@pytest.mark.parametrize("verb", ["cost", "require"])
def test_an_amount_a_step_would_cost_is_no_claim(spent, verdict, verb):
    text = (f"Each further point of GDP would {verb} Spain roughly 15 billion euros a year, the "
            f"ministry said; according to NATO, Spain spent {spent} billion euros in 2023.")  # fmt: skip
    found = _found(text, "2024-08-05")
    assert not [f for f in found if f[1] == 15.0], found
    assert ("spending_amount", float(spent), 2023, verdict) in found, found
