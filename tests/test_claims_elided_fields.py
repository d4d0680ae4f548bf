"""A sentence that follows a figure of another field (budget deficits) and names an ally by
a possessive with its noun left out ("France's topped 5%") measures that field too: no
claim. "That year" after such a sentence is the year it named, even when its only figure (a
count of countries) has no year of its own.

Official values (NATO's 2024 edition, 17 June 2024, Table 3, looked up with
`milex.observations("share_of_gdp", ally, years=[2023, 2024], edition=2024)`): Italy 2023 =
1.50, France 2024 = 2.06.
"""

from __future__ import annotations

import pytest

import milex

_DEFICITS = "Nine EU members ran budget deficits above 3% of GDP in 2023. "


def claims(text: str, day: str = "2024-06-25") -> dict[float, tuple[str, int | None]]:
    return {c.claim.value: (c.verdict, c.claim.year)
            for c in milex.check(text, date=day).claims}  # fmt: skip


def test_a_possessive_without_its_noun_takes_the_field_before():
    assert 5.0 not in claims(_DEFICITS + "France's topped 5%.")


def test_after_a_sentence_on_defence_it_is_still_judged():
    # the noun left out is defence spending here: 5% is wrong for France in 2024 (2.06)
    found = claims(
        "NATO says France spent 2.06% of GDP on defence in 2024. France's topped 5% too."
    )
    assert found[5.0][0] == "contradicted"


@pytest.mark.parametrize("value, verdict", [(1.5, "supported"), (1.9, "contradicted")])
def test_that_year_is_the_year_of_the_sentence_before(value, verdict):
    found = claims(_DEFICITS + f"Italy spent {value}% of GDP on defence that year.")
    assert found[value] == (verdict, 2023)
