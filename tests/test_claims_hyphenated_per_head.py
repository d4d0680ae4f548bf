"""'Per-capita' and 'per-head' written with a hyphen name a sum per head as 'per capita' and
'per head' do: 'Germany's per-capita spending was $911 this year, in 2015 prices' is NATO's
defence spending per head at constant prices, not an unread sum.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("spending_per_capita_usd_constant", <ally>,
years=[2014, 2024], edition=2024): Germany 2014 484.97, 2024 910.63; Canada 2014 439.17,
2024 608.54.
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"  # the 2024 edition is current


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_hyphenated_per_capita_sum_is_read():
    got = _verdicts("At 2015 prices, Canada's per-capita defence outlay is US$609 this year.")
    assert (609.0, "Canada", 2024, "supported") in got


def test_hyphenated_per_head_change_is_read():
    got = _verdicts(
        "In 2015 prices, German per-head defence spending climbed from $485 in 2014 to $911 "
        "this year."
    )
    assert (485.0, "Germany", 2014, "supported") in got
    assert (911.0, "Germany", 2024, "supported") in got


def test_wrong_hyphenated_per_capita_sum_is_contradicted():
    # Canada's 2024 figure per head at 2015 prices is 608.54, not 690
    got = _verdicts("At 2015 prices, Canada's per-capita defence outlay is US$690 this year.")
    assert (690.0, "Canada", 2024, "contradicted") in got
