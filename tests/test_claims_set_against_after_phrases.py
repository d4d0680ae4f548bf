"""A base figure set against the one before after a comma ('..., for the first time in
years, against 1.66 percent in 2023'): the phrase before the comma ('in years', 'in
decades') says nothing of the base figure, which is read with the measure and ally of the
figure before and its own year.

Values looked up with milex.observations:
- NATO 2024 edition, Table 3: Netherlands 2024 = 2.05% (estimate), 2023 = 1.66% of GDP.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize(("base", "verdict"), [("1.66", "supported"), ("1.86", "contradicted")])
@pytest.mark.parametrize("span", ["in decades", "in years"])
def test_a_base_figure_after_a_phrase_of_years(base, verdict, span):
    text = (
        f"Dutch defence spending reaches 2.05 percent of GDP this year, above the NATO "
        f"norm for the first time {span}, against {base} percent in 2023, NATO says."
    )
    found = _found(text, "2024-06-20")
    assert ("share_of_gdp", 2.05, 2024, "supported") in found, found
    assert ("share_of_gdp", float(base), 2023, verdict) in found, found
    # years right before a figure, no word setting it against another, still give no claim
    found = _found("The Netherlands stayed for years, below 1.5% of GDP.", "2024-06-20")
    assert not [f for f in found if f[1] == 1.5 and f[3] != "unverifiable"], found
