"""A level in words of a commitment is not the alliance's guideline stated wrong unless the
words make it one.

- A level put forward with no owner the sentence ties to the alliance ('the government
  says ... and nearly 4% by 2030'), at no guideline's value, is someone's plan: unjudged,
  never "the 2% guideline, not 4%".
- "The new spending goal" is The Hague's (the newest guideline): before it was agreed, no
  such commitment existed, so a figure for it cannot be judged.
- A level dated to a year ('core spending reaches 2.9% of GDP in 2025'), at none of the
  values of the commitment its words name, is a measured level, not the commitment's value.

Official values: The Hague (25 June 2025) 3.5% of GDP on core defence and 5% in all, by
2035; the 2% guideline (Wales 2014, Vilnius 2023): milex.reference.commitments.
"""

from __future__ import annotations

import milex


def _at(text: str, day: str, value: float) -> list:
    return [c for c in milex.check(text, date=day).claims if abs(c.claim.value - value) < 1e-9]


def _judged(claims: list) -> list[str]:
    return [c.verdict for c in claims if c.verdict in ("supported", "contradicted")]


def test_a_plan_no_one_ties_to_the_alliance_is_not_the_guideline() -> None:
    text = (
        "The government says defence will take 3.1% of GDP this year — NATO's estimate "
        "is 3.0% — and nearly 4% by 2030."
    )
    claims = _at(text, "2025-10-01", 4.0)
    assert claims and _judged(claims) == []
    assert all(c.claim.kind != "guideline_value" for c in claims)


def test_a_wrong_level_the_alliance_set_is_still_contradicted() -> None:
    # The Hague's goal is 3.5% core + 1.5% = 5% by 2035: no goal of the alliance is 4%
    claims = _at("The alliance's new spending goal is 4% of GDP by 2035.", "2025-09-01", 4.0)
    assert [c.verdict for c in claims] == ["contradicted"]
    assert claims[0].claim.kind == "guideline_value"


def test_the_new_goal_before_the_hague_is_not_the_2_percent_guideline() -> None:
    text = (
        "Markets rallied after the alliance's chief said the new spending goal would be "
        "well above 3%."
    )
    claims = _at(text, "2025-03-10", 3.0)
    assert claims and _judged(claims) == []
    assert "came later" in claims[0].explanation


def test_a_dated_level_in_commitment_words_is_a_level_not_the_commitment() -> None:
    # no figure of The Hague's commitment is 2.9%; the text says what spending reaches in 2025
    claims = _at("Total core spending reaches 2.9% of GDP in 2025, NATO estimates.",
                 "2025-09-01", 2.9)  # fmt: skip
    assert claims and all(c.claim.kind != "guideline_value" for c in claims)
    assert _judged(claims) == []  # whose total it is, the words do not say


def test_a_wrong_value_of_a_named_commitment_is_still_contradicted() -> None:
    claims = _at("The Hague's core target is 2.9% of GDP.", "2025-09-01", 2.9)
    assert [c.verdict for c in claims] == ["contradicted"]
