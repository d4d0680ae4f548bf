"""The US share of what the allies spend together, in the words of domestic press: 'two-thirds
of the alliance's $1.47tn', 'pays 90 percent of NATO"' (a quotation closing on the whole), a
second share elided after a semicolon ('...; now, roughly two-thirds'), and a percentage right
after an ally's amount and the allied total ('$1.03tn out of an allied total of $1.81tn: about
57%'). None of them is a share of GDP.

Values (looked up with milex.observations, Table 2 in current USD): NATO 2024 edition (17 June
2024): United States 967.7 bn of 1,474 bn in 2024 = 65.6%; 2014: 69.3%. NATO 2026 edition (7
July 2026, core defence): United States 1,032.8 bn of 1,809.9 bn in 2026 = 57.1%.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if abs(c.claim.value - value) < 0.05]


@pytest.mark.parametrize(("share", "value", "verdict"),
                         [("two-thirds", 66.7, "supported"), ("half", 50.0, "contradicted")])  # fmt: skip
def test_a_share_of_the_alliances_amount(share, value, verdict):
    found = _of(f"Washington's $968bn makes up roughly {share} of NATO's $1.47tn this year.",
                "2024-06-20", value)  # fmt: skip
    assert len(found) == 1 and found[0].claim.kind == "alliance_share"
    assert found[0].claim.subject == "United States" and found[0].verdict == verdict


@pytest.mark.parametrize(("share", "verdict"), [("66", "supported"), ("90", "contradicted")])
def test_a_quoted_share_of_nato_closing_the_quotation(share, verdict):
    found = _of(f'At the rally he said America "funds {share} percent of NATO".', "2024-07-01",
                float(share))  # fmt: skip
    assert len(found) == 1 and found[0].claim.kind == "alliance_share"
    assert found[0].claim.subject == "United States" and found[0].verdict == verdict


@pytest.mark.parametrize(("share", "value", "verdict"),
                         [("two-thirds", 66.7, "supported"), ("half", 50.0, "contradicted")])  # fmt: skip
def test_a_share_elided_after_a_semicolon_is_the_same_owners(share, value, verdict):
    found = _of("Ten years ago the US paid for about 70% of the allies' defence outlays; now, "
                f"roughly {share}.", "2024-06-20", value)  # fmt: skip
    assert len(found) == 1 and found[0].claim.kind == "alliance_share"
    assert found[0].claim.subject == "United States" and found[0].claim.year == 2024
    assert found[0].verdict == verdict


@pytest.mark.parametrize(("share", "verdict"), [("57", "supported"), ("67", "contradicted")])
def test_a_percentage_after_an_allys_amount_and_the_allied_total(share, verdict):
    found = _of("America is to spend $1.03tn on core defence this year, out of an allied total "
                f"of $1.81tn: about {share}%.", "2026-07-10", float(share))  # fmt: skip
    assert len(found) == 1 and found[0].claim.kind == "alliance_share"
    assert found[0].claim.subject == "United States" and found[0].verdict == verdict
