"""Pairs of a level and the level 'after' which it comes, item after item and split by
semicolons, only the first dated ('Croatia is at 2.03% this year after 2.07% in 2025;
Slovakia at 2.02% after 2.03%; Portugal at 2.10% after 2.01%'): each later pair takes the
first pair's two times, its level this year's and its base the year before's, however many
undated pairs stand between.

Official values (NATO 2026 edition, 7 July 2026), share of GDP: Croatia 2025 = 2.07, 2026 =
2.03; Slovakia 2025 = 2.03, 2026 = 2.02; Portugal 2025 = 2.01, 2026 = 2.10.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("base, verdict", [("2.01", "supported"), ("2.21", "contradicted")])
def test_undated_after_pairs_take_the_first_pairs_times(base, verdict):
    text = (f"Croatia is at 2.03% this year after 2.07% in 2025; Slovakia at 2.02% after "
            f"2.03%; Portugal at 2.10% after {base}%.")  # fmt: skip
    found = {(c.claim.subject, c.claim.value): (c.claim.year, c.verdict)
             for c in milex.check(text, date="2026-07-20").claims}  # fmt: skip
    assert found[("Slovakia", 2.03)] == (2025, "supported")
    assert found[("Portugal", 2.10)] == (2026, "supported")
    assert found[("Portugal", float(base))] == (2025, verdict)
