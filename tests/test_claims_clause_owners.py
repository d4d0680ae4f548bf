"""Whose figure, and of when, a clause says: a figure after 'including <ally> at' is that
ally's, not the alliance's; a past dated only by someone's own life ('when I served') is no
year the tables hold.

Official values (milex.observations("share_of_gdp", ..., years=[2024], edition=2024), Table 3):
United States 2024 = 3.38 (3.379), NATO total 2024 = 2.71 (2.713), Estonia 3.43, Italy 1.49.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _shares(text: str, day: str = "2024-07-10") -> list[tuple[float, str | None, str]]:
    return [(c.claim.value, c.claim.subject, c.verdict)
            for c in claims_of("share_of_gdp", text, day)]  # fmt: skip


# --- 'including <ally> at N%': an example with its own figure ------------------------------


@pytest.mark.parametrize(
    "value, verdict",
    # US 2024 = 3.38; 2.71 is the NATO total's, which must not support it as the US's
    [(3.38, "supported"), (2.71, "contradicted")],
)
def test_an_ally_given_as_an_example_with_its_figure(value, verdict):
    text = f"Estonia now outspends nearly every ally, including the United States at {value}%."
    assert _shares(text) == [(value, "United States", verdict)]


@pytest.mark.parametrize("value, verdict", [(3.38, "supported"), (2.71, "contradicted")])
def test_an_example_with_its_figure_in_brackets(value, verdict):
    text = f"Estonia outspends every other ally, including the US ({value}%)."
    assert _shares(text) == [(value, "United States", verdict)]
    # but "including the US," as an aside of the total is still the alliance: NATO 2024 = 2.71
    text = "Allied spending as a whole, including the US, came to 2.71% of GDP in 2024."
    assert _shares(text) == [(2.71, "NATO", "supported")]


# --- 'when I served': a past the text does not date ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "When I chaired the defence committee, Italy spent barely 1% of GDP on its forces.",
        "Back when we ran the ministry, Italy put under 1% of GDP into defence.",
        "I sat on NATO's budget committee while Italy spent barely 1% of GDP on defence.",
    ],
)
def test_a_past_dated_by_the_writers_life_is_unverifiable(text):
    found = claims_of("share_of_gdp", text, "2024-07-10")
    assert [(c.claim.subject, c.claim.year, c.verdict) for c in found] == [
        ("Italy", None, "unverifiable")
    ]
    # the same past with its year said is judged: Italy 2024 = 1.49, not 'barely 1%'
    dated = text.replace(".", " in 2024.")
    found = claims_of("share_of_gdp", dated, "2024-07-10")
    assert [(c.claim.year, c.verdict) for c in found] == [(2024, "contradicted")], dated
