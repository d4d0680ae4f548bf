"""Countries outside NATO named by their capital ('Riyadh spent', "Canberra's outlay"), judged
on SIPRI's tables; and an ally named only as the yardstick of a comparison ('roughly the same
as France') is not the 'it' of the clause after it.

Values from SIPRI's Military Expenditure Database (April 2025 release), looked up with
milex.observations(..., source="SIPRI"): Saudi Arabia 2024 USD 80,330.7 million
("spending_usd_current"); Australia 2024 share of GDP 1.88 ("share_of_gdp").
"""

from __future__ import annotations

import pytest

import milex


def found(text: str, date: str = "2025-05-20") -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


@pytest.mark.parametrize(("amount", "verdict"), [(80, "supported"), (90, "contradicted")])
def test_a_capital_names_its_country(amount, verdict):
    got = found(f"Riyadh poured ${amount} billion into its armed forces in 2024, SIPRI says.")
    assert got[("spending_amount", "Saudi Arabia", float(amount))] == verdict


@pytest.mark.parametrize(("share", "verdict"), [("1.9", "supported"), ("2.4", "contradicted")])
def test_a_capital_after_another_capital_is_not_carried_over(share, verdict):
    got = found("Washington presses its partners for more. "
                f"SIPRI puts Canberra's military burden at {share}% of GDP in 2024.")  # fmt: skip
    assert got[("share_of_gdp", "Australia", float(share))] == verdict
    assert not any(subject == "United States" for _k, subject, _v in got)


def test_the_yardstick_of_a_comparison_is_not_the_pronoun_after_it():
    got = found("In 2024 Ukraine spent roughly the same as France, "
                "but it bore a burden of 34% of GDP.")  # fmt: skip
    assert not any(subject == "France" for _k, subject, _v in got)  # (France: 2.06% in 2024)
