"""A fact box's line led by its figure and a colon, as it may be led by a dash: '23: allies
at or above 2% this year', '► 7: allies expected to meet the 2 per cent target', and a
share whose unit follows the colon, '1.84: per cent of GDP France spends this year'. The
count is read as the dash's is (the allies after the colon), the share with its unit.

Values (milex's tables, as its verdicts report them): NATO 2019 edition (25 June 2019):
7 of 29 allies at or above 2% of GDP in 2019; share_of_gdp 2019: France 1.84, Italy 1.22.
NATO 2024 edition (17 June 2024): 23 of 32 allies at or above 2% in 2024.
"""

from __future__ import annotations

import milex


def _verdicts(text: str, day: str) -> dict[tuple[str, str, float], str]:
    return {(c.claim.kind, c.claim.subject or "", round(c.claim.value, 2)): c.verdict
            for c in milex.check(text, date=day).claims}  # fmt: skip


def test_counts_led_by_their_figure_and_a_colon() -> None:
    got = _verdicts("Key numbers\n► 23: allies at or above 2% this year\n► 32: members",
                    "2024-06-20")  # fmt: skip
    assert got[("count_meeting", "NATO", 23.0)] == "supported"
    got = _verdicts("The alliance in figures:\n9: allies meeting the 2 per cent target this "
                    "year.", "2019-07-01")  # fmt: skip
    assert got[("count_meeting", "NATO", 9.0)] == "contradicted"  # 7


def test_a_share_whose_unit_follows_the_colon() -> None:
    text = ("France and Italy in numbers:\n"
            "1.84: per cent of GDP France spends on defence this year.\n"
            "1.42: per cent of GDP Italy spends.")  # fmt: skip
    got = _verdicts(text, "2019-07-01")
    assert got[("share_of_gdp", "France", 1.84)] == "supported"
    assert got[("share_of_gdp", "Italy", 1.42)] == "contradicted"  # 1.22
