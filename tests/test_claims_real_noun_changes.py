"""A change whose own noun says real terms right before it ('real growth of 22pc') is a real
change even when words of current prices stand further back in its clause for another
figure ('second only to the US in cash terms, with real growth of 22pc'); words of current
prices with no real noun at the figure still make it a change at current prices.

Official value, looked up with milex.observations("real_change", "Germany", years=[2026],
edition=2026): NATO 2026 edition (7 July 2026, core basis), Germany 2026 = 22.29 (estimate).
"""

from __future__ import annotations

import milex

DAY = "2026-07-12"


def _got(text: str) -> list[tuple[float, str, str | None, str]]:
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.verdict)
            for c in milex.check(text, date=DAY).checked]  # fmt: skip


def test_real_noun_wins_over_cash_terms_said_of_a_rank():
    got = _got(
        "Germany is now Europe's top spender in cash terms, with real growth of 22pc this year"
    )
    assert (22.0, "real_change", "Germany", "supported") in got
    # (words of current prices with no real noun at the figure: still a change at current
    # prices, which the tables do not give)
    got = _got(
        "Germany is now Europe's top spender in cash terms, with growth of 31pc this "
        "year, and real growth of 22pc"
    )
    assert (31.0, "real_change", "Germany", "unverifiable") in got


def test_real_noun_with_a_wrong_figure_is_contradicted():
    got = _got(
        "Germany is now Europe's top spender in cash terms, with real growth of 31pc this year"
    )
    assert (31.0, "real_change", "Germany", "contradicted") in got
