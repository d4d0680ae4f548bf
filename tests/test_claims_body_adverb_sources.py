"""'The alliance now estimates 2.13%', 'NATO also records 1.43%': a body, an adverb and its
verb of estimating or reporting attribute the clause (context._with_adverb_before_verb); the
figure is the ally's the text speaks of, not the alliance's.

Official values (milex.observations("share_of_gdp", ..., years=[2024], edition=2025)):
Hungary 2024: 2.13; Spain 2024: 1.43; NATO (the alliance as a whole) 2024: 2.61. The text
before says whose figure it is; with none, 'the alliance now estimates 2.61%' stays NATO's.
"""

from __future__ import annotations

import pytest

import milex


def claims(text: str) -> list[tuple[float, str, str | None]]:
    return [(c.claim.value, c.verdict, c.claim.subject)
            for c in milex.check(text, date="2025-09-10").claims]  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("2.13", "supported"), ("2.31", "contradicted")])
def test_the_alliance_now_estimates_an_allys_figure(share, verdict):
    got = claims(f"Hungary was marked up. The alliance now estimates it spent {share}% of GDP "
                 "last year.")  # fmt: skip
    assert got == [(float(share), verdict, "Hungary")]


@pytest.mark.parametrize(("share", "verdict"), [("1.43", "supported"), ("1.53", "contradicted")])
def test_the_alliance_now_records_the_figure_of_the_ally_named_before(share, verdict):
    got = claims(f"Spain looks a little better: the alliance now records {share}% of GDP for "
                 "2024.")  # fmt: skip
    assert got == [(float(share), verdict, "Spain")]
    # (the alliance's own figure stays the alliance's)
    got = claims("NATO now puts 2024 at 2.61% of GDP for the alliance as a whole.")
    assert got == [(2.61, "supported", "NATO")]
