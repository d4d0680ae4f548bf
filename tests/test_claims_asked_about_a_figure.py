"""'Asked about the 1.37% figure' puts a question to someone on a figure: 'about' is the
preposition of the verb of asking, not a hedge ('about 1.4%'), and 'asked' is no demand. The
figure is read as stated, at its own precision.

Official value (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("share_of_gdp", "Canada", years=[2024], edition=2024):
Canada 2024 1.37.
"""

from __future__ import annotations

import milex

DAY = "2024-06-25"  # the 2024 edition is current


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_figure_a_minister_is_quizzed_about_is_not_hedged():
    # 1.39 is within 'about' of 1.37 (one step of the last digit, or 5%), but 'about the' after
    # a verb of asking is no hedge: at two decimals it does not agree
    got = _verdicts(
        "Canada's finance minister, quizzed about the 1.39% figure by reporters, promised a plan."
    )
    assert (1.39, "Canada", 2024, "contradicted") in got


def test_asked_about_is_no_demand():
    got = _verdicts(
        "Canada's defence minister, asked about the 1.37% figure, spoke of a plan instead."
    )
    assert (1.37, "Canada", 2024, "supported") in got


def test_wrong_figure_asked_about_is_contradicted_not_hedged():
    # 1.40 is within 'about' of 1.37 but not at two decimals: 'about' here is no hedge
    got = _verdicts(
        "Canada's defence minister, asked about the 1.40% figure, spoke of a plan instead."
    )
    assert (1.4, "Canada", 2024, "contradicted") in got
    # a true hedge still widens the tolerance
    assert (1.4, "Canada", 2024, "supported") in _verdicts("Canada spends about 1.4% of GDP.")
