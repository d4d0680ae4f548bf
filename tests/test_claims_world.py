"""The world's military spending in articles, judged on SIPRI's April 2025 release: runs of
yearly rises in constant prices (the world total, 'Regional totals' in constant 2023 USD, fell
in 2014, 1,929,377 m after 1,942,804 m, and rose in every year from 2015 to 2024, 2,676,514 m:
ten rises in a row) and shares of the world total (2024, current USD: world 2,718,184 m,
United States 997,309 m = 36.7%)."""

from __future__ import annotations

import pytest

import milex


def streaks(text: str, day: str):
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict) for c in report.claims if c.claim.kind == "streak"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SIPRI reported that world military spending hit $2.7 trillion in 2024, a tenth "
         "consecutive year of increases.", [(10, "supported")]),
        ("Military spending worldwide reached $2.72 trillion last year, the researchers said, "
         "up for the 12th straight year.", [(12, "contradicted")]),
        ("World military spending rose to $2.7 trillion in 2024: ten years in a row of growth.",
         [(10, "supported")]),
        # a run of falls is not a run of rises; a run with no spending figure has no subject
        ("World military spending came to $2.7 trillion in 2024, ending a tenth straight year "
         "of decline.", []),
        ("The budget grew for the fifth consecutive year.", []),
    ],
)  # fmt: skip
def test_runs_of_rises_in_the_world_total(text, expected):
    assert streaks(text, "2025-05-02") == expected


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("America alone spent $997 billion, about 37% of world military spending, in 2024.",
         "2025-05-02", [(37, "supported")]),
        ("The US accounted for 40% of the global total last year, according to SIPRI.",
         "2025-05-02", [(40, "contradicted")]),
        # before SIPRI's April 2025 release no release is held
        ("The US accounted for 37% of the global total last year, according to SIPRI.",
         "2024-05-02", [(37, "unverifiable")]),
    ],
)  # fmt: skip
def test_shares_of_the_world_total(text, day, expected):
    report = milex.check(text, date=day)
    assert [(c.claim.value, c.verdict) for c in report.claims
            if c.claim.kind == "world_share"] == expected  # fmt: skip


def test_a_rank_in_the_world_after_the_noun_is_among_sipris_countries():
    """SIPRI 2025, current USD 2024: United States 997,309, China 313,658, Russia 148,967,
    Germany 88,458 m: Germany is fourth in the world; among the allies (NATO 2024 edition)
    it is second. Each rank is judged in its own scope."""
    text = ("Germany became the fourth-largest military spender in the world, SIPRI said. "
            "It is the alliance's second-biggest spender and ranks fourth in the world.")  # fmt: skip
    ranks = [(c.claim.value, c.verdict, "countries" in c.explanation)
             for c in milex.check(text, date="2025-04-29").claims if c.claim.kind == "ranking"]  # fmt: skip
    assert ranks == [(4, "supported", True), (2, "supported", False), (4, "supported", True)]


def test_real_terms_after_a_change_belong_to_the_change_not_the_amount():
    """SIPRI 2025: world 2024 real change 9.36%, current-price total USD 2,718,184 m."""
    text = "World military spending rose 9.4% in real terms last year to $2,718bn, SIPRI said."
    got = {c.claim.kind: (c.claim.value, c.verdict, c.claim.price_base)
           for c in milex.check(text, date="2025-04-29").claims}  # fmt: skip
    assert got == {"real_change": (9.4, "supported", None),
                   "spending_amount": (2718.0, "supported", None)}  # fmt: skip


def test_sipri_release_day_phrasings():
    """SIPRI 2025, 2024 figures: UK real change 2.77%, USD 81,763 m; the top five's share of
    the world total is not a count of allies at 60% of GDP."""
    text = ("The UK upped the spending by 2.8% to $81.8 billion. Together, these five nations "
            "accounted for about 60% of global defense expenditure.")  # fmt: skip
    got = [(c.claim.kind, c.claim.value, c.verdict)
           for c in milex.check(text, date="2025-04-28").claims if c.claim.kind != "unread"]  # fmt: skip
    assert got == [("real_change", 2.8, "supported"), ("spending_amount", 81.8, "supported")]
