"""Sums per head and the prices of sums: 'a head' after a sum says per head, as 'per head'
does; 'Per Canadian, ...' before it names whose people; a small sum right after a sentence of
sums per head is one too; a '$' of Canada's after the article wrote 'US$' is a US dollar;
'in current dollars' before a sum (and the other end of its move) labels it, whatever prices
the article names elsewhere; 'at constant prices and exchange rates' is a price basis, not
another field's rates; and a sentence naming no prices after sums at constant prices is read
at those prices and at current ones.

Official values (milex.observations(measure, ally, years=[year], edition=2024)), NATO's 2024
edition (2024 figures are estimates):
spending per head, constant 2015 USD: Netherlands 2024 1,030; Belgium 2024 585; Portugal 2024
360; Canada 2024 609.
spending, current USD mn: Canada 2023 27,991, 2024 30,495; Netherlands 2023 16,764, 2024 21,460.
spending, constant 2015 USD mn: Netherlands 2024 18,503; Belgium 2023 6,332, 2024 6,895;
Portugal 2023 3,479, 2024 3,706.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-06-28"


def judged(text: str, day: str = DAY) -> list[tuple[float, str, str | None, str | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject, c.claim.measure) for c in report.claims]


HEAD = "spending_per_capita_usd_constant"


@pytest.mark.parametrize("belgium, verdict", [("585", "supported"), ("685", "contradicted")])
def test_a_head_and_a_small_sum_after_sums_per_head(belgium, verdict):
    text = (
        "Per person, the Netherlands spends $1,030 a head this year in constant 2015 dollars. "
        f"Belgium spends ${belgium}."
    )
    assert judged(text) == [
        (1030.0, "supported", "Netherlands", HEAD),
        (float(belgium), verdict, "Belgium", HEAD),
    ]


@pytest.mark.parametrize("head, verdict", [("609", "supported"), ("709", "contradicted")])
def test_per_canadian_before_the_sum_after_us_dollars(head, verdict):
    text = (
        "Ottawa will spend about US$30.5 billion this year, up from $28.0 billion in 2023. "
        f"Per Canadian, that comes to ${head} in 2015 dollars."
    )
    assert judged(text, "2024-06-19") == [
        (30.5, "supported", "Canada", "spending_usd_current"),
        (28.0, "supported", "Canada", "spending_usd_current"),
        (float(head), verdict, "Canada", HEAD),
    ]


@pytest.mark.parametrize("earlier, verdict", [("16.8", "supported"), ("18.8", "contradicted")])
def test_current_dollars_before_a_move_label_both_ends(earlier, verdict):
    text = (
        f"Dutch spending in current dollars climbed to $21.5bn in 2024 from ${earlier}bn, NATO "
        "estimates; at constant 2015 prices the 2024 sum is $18.5bn."
    )
    got = judged(text, "2025-01-20")
    assert got[:2] == [
        (21.5, "supported", "Netherlands", "spending_usd_current"),
        (float(earlier), verdict, "Netherlands", "spending_usd_current"),
    ]


@pytest.mark.parametrize("portugal, verdict", [("3.7", "supported"), ("4.7", "contradicted")])
def test_constant_prices_carried_to_the_next_sentence(portugal, verdict):
    # 4.7 is wrong at constant prices (3.71) and at current prices (4.63)
    text = (
        "At constant 2015 prices and exchange rates, Belgian defence spending was $6.3bn in "
        f"2023 and an estimated $6.9bn in 2024. Portugal's rose from $3.5bn to ${portugal}bn "
        "over the same period."
    )
    assert [(v, verdict_, s) for v, verdict_, s, _m in judged(text)] == [
        (6.3, "supported", "Belgium"),
        (6.9, "supported", "Belgium"),
        (3.5, "supported", "Portugal"),
        (float(portugal), verdict, "Portugal"),
    ]
