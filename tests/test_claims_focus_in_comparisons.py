"""A focus adverb inside a comparison ('ahead only of Belgium, Luxembourg and Spain', 'behind
just France'): the allies after it are still what the subject is set against, so they are
not the sentence's subject, nor what 'it' stands for in the next sentence.

Values (milex.observations(measure, ally, years=[2024], edition=2024), NATO's 2024 edition of
17 June 2024): share_of_gdp 2024 Canada 1.37, Belgium 1.30; spending_usd_current 2024 Canada
30,502 (USD m), Belgium 8,520.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("figure", "verdict"), [("30.5", "supported"), ("36.5", "contradicted")])
@pytest.mark.parametrize("adverb", ["only", "just"])
def test_it_after_a_comparison_with_a_focus_adverb_is_the_subject(adverb, figure, verdict):
    text = (f"Canada sits near the bottom. Its 1.37% of GDP in 2024 left it ahead {adverb} of "
            f"Belgium, Luxembourg and Spain. Measured in dollars it spent about USD {figure} "
            "billion.")  # fmt: skip
    found = _of(text, "2025-02-21", float(figure))
    assert [(c.claim.subject, c.verdict) for c in found] == [("Canada", verdict)]
