"""A figure set 'at' a place or by a verb after a change in the same sentence ('rose by 15.9%,
with Poland again at the top at 4.48%', 'grew by 9.3% and still came last at 1.28%') is a
level, not one more change: it is read as a share of GDP, not as the change's kind. A figure
set 'at' right after an ally ('..., with Poland at 22%') keeps the change's kind."""

from __future__ import annotations

import milex

# NATO 2025 edition (28 August 2025), Table 3, row 23 column 13: Poland 2025 (estimates),
# 4.48% of GDP, real change 22.23%. NATO 2024 edition (17 June 2024), Table 3: Spain 2024
# (estimates), 1.28% of GDP (N37), real change 9.32% (N71).


def _claim(text: str, date: str, value: float):
    found = [c for c in milex.check(text, date=date).claims
             if c.claim.value is not None and abs(c.claim.value - value) < 1e-9]  # fmt: skip
    assert len(found) == 1, found
    return found[0]


def test_a_level_at_the_top_after_a_change_is_a_share_of_gdp():
    text = ("Europe and Canada lift real spending by 15.9% this year, NATO says, with Poland "
            "once more at the top at 4.48%.")  # fmt: skip
    c = _claim(text, "2025-08-29", 4.48)
    assert (c.claim.kind, c.claim.subject, c.claim.year, c.verdict) == (
        "share_of_gdp", "Poland", 2025, "supported"
    )  # fmt: skip
    c = _claim(text.replace("4.48%", "4.1%"), "2025-08-29", 4.1)
    assert (c.claim.kind, c.verdict) == ("share_of_gdp", "contradicted")
    # but a figure set 'at' right after an ally keeps the change's kind: Poland's rise
    text = "Europe and Canada lift real spending by 15.9% this year, with Poland at 22%."
    c = _claim(text, "2025-08-29", 22.0)
    assert (c.claim.kind, c.verdict) == ("real_change", "supported")


def test_a_level_a_verb_sets_at_after_a_change_is_a_share_of_gdp():
    text = "Spain's budget grew by 9.3% in real terms this year and again finished last at 1.5%."
    c = _claim(text, "2024-06-21", 1.5)
    assert (c.claim.kind, c.verdict) == ("share_of_gdp", "contradicted")
