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
