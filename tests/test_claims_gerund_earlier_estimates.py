"""'after putting it at X last year', 'having estimated it at X': an estimate made before the
sentence's own (as a past perfect), dated by the time after it. The figure is the earlier
edition's estimate of the year the sentence speaks of, not a figure of 'last year'.

Values (milex.observations("share_of_gdp", "Canada", years=[2024], edition=...)): Canada 2024
in NATO's 2025 edition (28 August 2025) 1.47; in the 2026 edition (7 July 2026, core) 1.41.
Canada 2025 in the 2026 edition 2.03.
"""

from __future__ import annotations

import milex

_DATE = "2026-07-15"


def _shares(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.claim.text, c.claim.year, c.verdict) for c in milex.check(text, date=_DATE).claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_after_putting_it_at_is_the_earlier_editions_figure():
    text = ("NATO now has Canada's 2024 defence share at 1.41%, after putting it at 1.47% "
            "last year.")  # fmt: skip
    assert _shares(text) == [("1.41%", 2024, "supported"), ("1.47%", 2024, "supported")]


def test_a_wrong_earlier_estimate_is_contradicted_on_that_edition():
    text = ("NATO now has Canada's 2024 defence share at 1.41%, after putting it at 1.58% "
            "last year.")  # fmt: skip
    assert _shares(text) == [("1.41%", 2024, "supported"), ("1.58%", 2024, "contradicted")]
