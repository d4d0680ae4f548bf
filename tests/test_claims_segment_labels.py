"""Short segmented lines (a ticker cut by slashes or pipes, a card's line under a row of
spenders) where a label opening a segment owns the figure after it, not the subject of the
segment before: 'avg' is the short form of 'average' ('NATO avg 2.71%': the alliance's own
figure), and 'Together:' or 'Combined:' opening a line says the figure is several spenders'
joint share, never the first one's.

Official values, looked up with milex.observations:
- NATO, Defence Expenditure of NATO Countries, 2024 edition (17 June 2024), share of GDP in
  2024 (estimates): NATO Total 2.71, Europe and Canada 2.02, Canada 1.37.
- SIPRI, April 2025 release, 2024, USD current: United States 997,309 m of a world total of
  2,718,184 m (36.7%); China 313.66 bn; Russia 148.97 bn.
"""

from __future__ import annotations

import milex


def _got(text: str, day: str) -> list[tuple[float, str, str | None, str]]:
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.verdict)
            for c in milex.check(text, date=day).checked]  # fmt: skip


def test_short_form_of_average_names_the_alliance_after_another_segment():
    got = _got("Spending check / Canada 1.37% of GDP / alliance avg 2.71%", "2024-06-21")
    assert (1.37, "share_of_gdp", "Canada", "supported") in got
    assert (2.71, "share_of_gdp", "NATO", "supported") in got


def test_short_form_of_average_after_a_group_is_not_the_group():
    got = _got("Europe and Canada +18% in 2024 | NATO avg 2.71% of GDP", "2024-06-21")
    assert (2.71, "share_of_gdp", "NATO", "supported") in got
    assert not [g for g in got if g[0] == 2.71 and g[2] != "NATO"]


def test_short_form_of_average_with_a_wrong_figure_is_contradicted():
    got = _got("Europe and Canada +18% in 2024 | NATO avg 2.17% of GDP", "2024-06-21")
    assert (2.17, "share_of_gdp", "NATO", "contradicted") in got


CARD = "SIPRI 2024, the biggest three | US $997bn | China $314bn | Russia $149bn\n"


def test_together_line_under_a_row_is_no_single_spenders_share():
    # (997.3 + 313.7 + 149.0) / 2718.2 = 53.7%: the three's, not the United States' 36.7%
    for label in ("Together", "Combined"):
        got = _got(CARD + f"{label}: 54% of world total", "2025-05-02")
        joint = [g for g in got if g[0] == 54.0]
        assert joint and all(g[3] == "unverifiable" for g in joint)
        assert (997.0, "spending_amount", "United States", "supported") in got


def test_line_naming_one_spender_under_the_row_is_still_judged():
    got = _got(CARD + "Together: 54% of world total\nUS alone: 50% of world total", "2025-05-02")
    assert (50.0, "world_share", "United States", "contradicted") in got
    assert not [g for g in got if g[0] == 54.0 and g[3] != "unverifiable"]
    got = _got(CARD + "Together: 54% of world total\nUS alone: 37% of world total", "2025-05-02")
    assert (37.0, "world_share", "United States", "supported") in got
