"""Figures that are no measured spending because of what they are set against or costed by.

- A change set against a budget ('the rise is 12% on this year's budget') is that budget's
  change, nominal and often planned: not NATO's real change, so never judged against it.
  A real change said of spending in the same words is still judged.
- An amount that is the object of a conditional of cost right after it ('the 29 billion
  that the 2% goal would require') is what a level would cost: no claim at all, while the
  amount measured in the same sentence is still judged.

Values looked up with milex.observations:
- NATO 2025 edition, Table 3: Norway real change 49.88% (2025e).
- NATO 2024 edition, Table 1: Spain EUR 17,451.45 million (2023e).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize("rise", ["12", "49.9"])
def test_a_change_on_a_budget_is_not_natos_real_change(rise):
    text = ("Oslo will add 9 billion crowns to next year's defence budget, the finance minister "
            f"said. The rise is {rise}% on this year's budget.")  # fmt: skip
    found = [f for f in _found(text, "2025-09-20") if f[1] == float(rise)]
    assert found and all(f[3] == "unverifiable" for f in found), found
    # the same figure said of real spending is judged
    real = _found(f"NATO's figures show Norway's spending rising {rise}% in real terms this year.",
                  "2025-09-20")  # fmt: skip
    verdict = "supported" if rise == "49.9" else "contradicted"
    assert ("real_change", float(rise), 2025, verdict) in real, real


@pytest.mark.parametrize(("spent", "verdict"), [("17.5", "supported"), ("14", "contradicted")])
def test_an_amount_a_goal_would_require_is_no_claim(spent, verdict):
    text = (f"According to NATO's estimates, Madrid spent {spent} billion euros on defence in "
            "2023, well below the 29 billion that the 2% goal would require.")  # fmt: skip
    found = _found(text, "2024-08-05")
    assert ("spending_amount", float(spent), 2023, verdict) in found, found
    assert not [f for f in found if f[1] == 29.0], found
