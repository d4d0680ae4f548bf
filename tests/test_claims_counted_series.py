"""Words around a count or a level that make it no measured figure, or no threshold.

- 'Cannot reach 5%' says what cannot be done, reported or not: no level spent (nor missed).
- 'Just two allies - Poland and Estonia - were already there, at 4.12% and 3.43%
  respectively': the figures said 'respectively' are the counted allies' own, not the level
  they are counted against ('at exactly 4.12%').
- 'Two allies spent more than 3.3% ... besides the US: Poland and Estonia. Latvia ... is the
  third': a bare ordinal one more than a count goes on with the counted allies; it is not a
  place in the alliance's table.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp", ally,
years=[2024], edition=2024)`): Poland 4.12, Estonia 3.43, United States 3.38, Latvia 3.15,
Greece 3.08, Belgium 1.30 (2024 estimates); five allies above 3% of GDP in 2024.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def _claims(text: str) -> list:
    return milex.check(text, date=DAY).claims


def test_what_cannot_be_reached_is_no_level() -> None:
    claims = _claims("A Brussels analyst says Belgium cannot reach 2% without deep cuts elsewhere.")
    assert not [c for c in claims if c.verdict in ("supported", "contradicted")]


def test_a_level_not_reached_is_still_judged() -> None:
    claims = _claims("Poland did not reach 2% in 2024.")  # Poland 4.12
    assert [c.verdict for c in claims if c.claim.value == 2.0] == ["contradicted"]


def test_figures_said_respectively_are_no_threshold_of_the_count() -> None:
    claims = _claims("Analysts now look to 3%. Just two allies — Poland and Estonia — were "
                     "already there, at 4.12% and 3.43% respectively.")  # fmt: skip
    assert not [c for c in claims if c.verdict == "contradicted"]
    assert not [c for c in claims if c.claim.kind == "count_meeting" and c.claim.threshold == 4.12]


def test_a_wrong_count_against_a_level_is_still_contradicted() -> None:
    claims = _claims("Just two allies — Poland and Estonia — were above 3% in 2024.")
    counts = [c for c in claims if c.claim.kind == "count_meeting"]
    assert [c.verdict for c in counts] == ["contradicted"]  # five were


def test_the_next_of_a_count_is_no_place_in_the_table() -> None:
    claims = _claims("Two allies spent more than 3.3% of GDP in 2024 besides the US: Poland and "
                     "Estonia. Latvia, at 3.15%, is the third.")  # fmt: skip
    assert not [c for c in claims if c.claim.kind == "ranking"]


def test_a_wrong_place_in_the_table_is_still_contradicted() -> None:
    claims = _claims(
        "Latvia, at 3.15%, ranks third in the alliance."
    )  # fourth: Poland, Estonia, US
    assert [c.verdict for c in claims if c.claim.kind == "ranking"] == ["contradicted"]


def test_what_cannot_be_spent_is_no_level() -> None:
    claims = _claims("Analysts say Spain cannot spend 1.3% of GDP on defence.")  # Spain 1.28
    assert not [c for c in claims if c.verdict in ("supported", "contradicted")]


def test_a_wrong_level_said_to_be_spent_is_still_contradicted() -> None:
    claims = _claims("Analysts say Spain spends 2.3% of GDP on defence.")  # Spain 1.28
    assert [c.verdict for c in claims if c.claim.value == 2.3] == ["contradicted"]
