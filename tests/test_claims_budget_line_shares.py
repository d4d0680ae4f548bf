"""A share of GDP the clause gives for a line of a national budget ('the regular budget alone
was closer to 1.3%') is of the country's own budget, which milex does not hold: unverifiable,
never set against NATO's whole figure (measures._national_measure, cues.budget_line); the
sentence's figure on NATO's count is still judged.

Official values: NATO's 2024 edition (17 June 2024, the edition of the day in July 2024),
Germany 2024 = 2.12% of GDP.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("2.12", "supported"), ("2.42", "contradicted")])
def test_a_budget_lines_share_is_not_natos(share, verdict):
    got = {c.claim.value: c.verdict for c in milex.check(
        f"Thanks to the special fund, Germany's NATO-reported spending reached {share}% of GDP "
        "in 2024, though the regular Bundeswehr budget alone was closer to 1.3%.",
        date="2024-07-15").claims}  # fmt: skip
    assert got[float(share)] == verdict
    assert got[1.3] == "unverifiable"
