"""Sums per head with the unit given once: 'USD 1,103' for the first ally of a sentence
naming spending per head, then bare numbers in an ally's slot ('Greece at 648', 'Italy's
505', 'up from 505') are sums per head in that money too (readings._per_head_series); and a
list under a header right after a sentence that names spending per head and gives no figure
('Per person, the order changes.' then 'NATO's figures for 2024, in 2015 dollars:') holds sums
per head (tables._counted_unit with ctx.per_head_before).

Values from NATO's 2024 edition, Table 6, looked up with
milex.observations("spending_per_capita_usd_constant", None, years=[2024], edition=2024):
constant 2015 USD a head in 2024: Finland 1,103.18, Netherlands 1,030.16, France 801.38,
Greece 648.49, Canada 608.54, Italy 505.33, Spain 366.39.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-02-10"


def found(text: str) -> dict:
    return {(c.claim.subject, c.claim.value): (c.claim.measure, c.verdict)
            for c in milex.check(text, date=DAY).claims}  # fmt: skip


PER_HEAD = "spending_per_capita_usd_constant"


@pytest.mark.parametrize(("greece", "verdict"), [("648", "supported"), ("748", "contradicted")])
def test_a_bare_sum_after_an_ally_and_at_takes_the_unit_of_the_first(greece, verdict):
    got = found(f"In NATO's table of spending per head for 2024 (2015 prices), Finland leads "
                f"the Nordics with USD 1,103, and Greece sits at {greece}.")  # fmt: skip
    assert got[("Greece", float(greece))] == (PER_HEAD, verdict)


@pytest.mark.parametrize(("italy", "verdict"), [("505", "supported"), ("555", "contradicted")])
def test_a_bare_sum_after_an_allys_possessive_is_per_head_too(italy, verdict):
    got = found(
        "Per head, Canada spent USD 609 in 2024 in 2015 dollars, NATO says, more "
        f"than Italy's {italy} but far short of France's 801."
    )
    assert got[("Italy", float(italy))] == (PER_HEAD, verdict)
    assert got[("France", 801.0)] == (PER_HEAD, "supported")


def test_a_fraction_of_the_next_figure_is_not_added_to_the_one_before():
    # "801 and a quarter of ..." is 801, then a quarter of the next sum, not 801.25
    got = found(
        "Per head, Spain spent USD 366 in 2024 in 2015 dollars, below France's 801 "
        "and a quarter of Finland's 1,103."
    )
    assert got[("France", 801.0)] == (PER_HEAD, "supported")


@pytest.mark.parametrize(("dutch", "verdict"), [("1,030", "supported"), ("1,300", "contradicted")])
def test_a_list_under_a_header_after_a_sentence_naming_sums_per_head(dutch, verdict):
    text = (
        "Per person, the order changes. NATO's figures for 2024, in 2015 dollars:\n"
        f"1. Finland - 1,103\n2. Netherlands - {dutch}\n3. Italy - 505"
    )
    got = found(text)
    value = float(dutch.replace(",", ""))
    assert got[("Netherlands", value)] == (PER_HEAD, verdict)
    assert got[("Finland", 1103.0)] == (PER_HEAD, "supported")
