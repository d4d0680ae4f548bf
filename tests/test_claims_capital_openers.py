"""A capital that opens a sentence without figures as its subject ('Ottawa has changed its
mind.') stands for its government, and 'it' in the sentence after is that ally, as it would
be after the country's name.

Official values, looked up with milex.observations(measure, country, years=[...], edition=...):
NATO 2024 edition (17 June 2024), share_of_gdp: Canada 2024 1.37 (cell N14); NATO 2025 edition
(28 August 2025): Spain 2025 share_of_gdp 2.00 and real_change 43.11 (R28C13).
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, date: str) -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("1.37", "supported"), ("1.6", "contradicted")])
def test_it_after_a_capital_opening_a_short_sentence(share, verdict):
    got = verdicts(f"Ottawa has changed. It will spend {share}% of GDP this year, the "
                   "alliance estimates.", "2024-06-20")  # fmt: skip
    assert got[("share_of_gdp", "Canada", float(share))] == verdict


@pytest.mark.parametrize(("change", "verdict"), [("43", "supported"), ("30", "contradicted")])
def test_it_after_a_capital_takes_both_figures(change, verdict):
    got = verdicts("Madrid has done it. The new NATO tables show it at 2.00% of GDP this year "
                   f"after a {change}% real rise.", "2025-08-29")  # fmt: skip
    assert got[("share_of_gdp", "Spain", 2.0)] == "supported"
    assert got[("real_change", "Spain", float(change))] == verdict
