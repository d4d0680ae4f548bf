"""Percentages that look like one year's share of GDP but are something else: a bound over
the whole series ('has never spent less than 1.4%'), the growth of the economy ('the economy
should expand 1.2%') and a real change of core spending ('core outlays grow 5.6% in real
terms', not The Hague's core guideline).

Values from NATO's tables, looked up with milex.observations:
- 2025 edition, Table 3: Norway's share of GDP 1.54 (2014) ... 1.46 (2022, the least) ...
  3.35 (2025e); Norway's real change in 2025e: 49.88%.
- 2026 edition, Table 3: NATO total real change 5.63% (2025) and 5.64% (2026e).
"""

from __future__ import annotations

import pytest

import milex

LEAD = "NATO's August figures put Norway's military spending at 3.35% of GDP this year. "


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("level", "verdict"),
    [("1.3%", "supported"), ("1.4%", "supported"), ("1.5%", "contradicted")],
)
def test_never_less_than_bounds_every_year_of_the_series(level, verdict):
    # the least year is 1.46 (2022): 1.3 and 1.4 hold; 1.5 does not, though 2025 (3.35) does
    found = _of(
        LEAD + f"The kingdom has never spent less than {level} on its forces in NATO's series.",
        "2025-10-15",
        float(level[:-1]),
    )
    assert [(c.claim.kind, c.verdict) for c in found] == [("share_of_gdp", verdict)]
    if verdict == "contradicted":
        assert "2022 (1.46)" in found[0].explanation


def test_never_more_than_bounds_the_greatest_year():
    # every year from 2014 (1.54) to 2025 (3.35) is below 4%, but 2025 is above 3%
    assert [c.verdict for c in _of(LEAD + "Norway has never spent more than 4% of GDP on "
                                   "defence.", "2025-10-15", 4.0)] == ["supported"]  # fmt: skip
    assert [c.verdict for c in _of(LEAD + "Norway has never spent more than 3% of GDP on "
                                   "defence.", "2025-10-15", 3.0)] == ["contradicted"]  # fmt: skip


def test_never_over_another_bodys_series_abstains():
    # SIPRI's series reaches back long before NATO's 2014: not checked on NATO's years
    found = _of("According to SIPRI, Norway has never spent less than 1.4% of GDP on its "
                "military.", "2025-10-15", 1.4)  # fmt: skip
    assert [c.verdict for c in found] == ["unverifiable"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway's oil fund topped $2 trillion this year, and the economy should expand 1.2%.",
        "Oslo expects the Norwegian economy to grow 1.2% this year.",
        "Norwegian GDP is projected to grow by 1.2% in 2025.",
    ],
)
def test_the_growth_of_the_economy_is_no_defence_figure(text):
    assert _of(text, "2025-10-15", 1.2) == []


@pytest.mark.parametrize(("rise", "verdict"), [("50%", "supported"), ("12%", "contradicted")])
def test_defence_growth_beside_economic_growth_is_still_judged(rise, verdict):
    # 2025 ed.: Norway's real change in 2025e 49.88%
    text = (f"Norway's defence spending grows by about {rise} in real terms this year, while "
            "the economy should expand 1.2%.")  # fmt: skip
    found = _of(text, "2025-10-15", float(rise[:-1]))
    assert [(c.claim.kind, c.verdict) for c in found] == [("real_change", verdict)]
    assert _of(text, "2025-10-15", 1.2) == []


@pytest.mark.parametrize(("rise", "verdict"), [("5.6%", "supported"), ("7.6%", "contradicted")])
def test_core_spending_growing_in_real_terms_is_a_real_change(rise, verdict):
    # 2026 ed.: NATO total real change 5.64% in 2026e, 5.63% in 2025
    text = (f"NATO's overall core spending grows {rise} in real terms this year, "
            f"after {rise} in 2025 as well.")  # fmt: skip
    found = _of(text, "2026-07-10", float(rise[:-1]))
    got = sorted((c.claim.kind, c.claim.year, c.verdict) for c in found)
    assert [k for k, _y, _v in got] == ["real_change", "real_change"], got
    assert got[1][1:] == (2026, verdict), got  # (the one of 2025, elided, may abstain)
    assert got[0][1] == 2025 and got[0][2] in (verdict, "unverifiable"), got
