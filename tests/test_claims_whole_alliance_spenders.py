"""The whole alliance's figures named through its spenders: "spending by all members is put
at $1.3 trillion" (all of them are the spenders named) and "allies" after a label and a colon
("Worth remembering: allies spent 2.53% of GDP combined in 2023"), the label no word that
picks some allies.

Values from NATO's 2024 edition (17 June 2024), looked up with
milex.observations(["share_of_gdp", "spending_usd_current"], "NATO Total", years=[2023],
edition=2024): NATO Total 2023 USD 1,294,808 million (Table 2, current prices) and 2.53% of
GDP (Table 3, 2.5253).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, kind: str) -> list:
    return [(c.claim.subject_code, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date="2024-08-01").claims if c.claim.kind == kind]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("1.29", 1.29, "supported"),
                                                        ("1.6", 1.6, "contradicted")])  # fmt: skip
def test_spending_by_all_members_put_at_a_sum(said, value, verdict):
    text = f"Total outlays by all members were put at ${said} trillion in 2023."
    assert _of(text, "spending_amount") == [("NATO", value, 2023, verdict)]


@pytest.mark.parametrize(("said", "value", "verdict"), [("2.53", 2.53, "supported"),
                                                        ("2.9", 2.9, "contradicted")])  # fmt: skip
def test_allies_combined_after_a_label_and_colon(said, value, verdict):
    text = f"Worth remembering: allies spent {said}% of GDP combined in 2023."
    assert _of(text, "share_of_gdp") == [("NATO", value, 2023, verdict)]
