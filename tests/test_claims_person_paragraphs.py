"""A paragraph that opens on 'He', 'She', 'His' or 'Her' goes on about the person the
paragraph before spoke of, and so about that person's ally: "She is correct, according to NATO,
which puts the figure at 2.20%" after a paragraph on Norway's minister is Norway's figure, and
so is "the country" in the sentence after it. When the paragraph before spoke of two countries'
people, whose it is stays open (a capital someone went to is a place, not a second country).

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), Norway share of
GDP 2023: 1.81 (estimate), 2024: 2.20 (estimate).
"""

from __future__ import annotations

import pytest

import milex

_LEAD = "Norway's defence minister says the country will spend more than 2% of GDP this year.\n\n"


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-07-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("2.20", "supported"), ("2.60", "contradicted")])
def test_a_paragraph_opening_on_she_keeps_the_ally(level, verdict):
    found = _of(f"{_LEAD}She is correct, according to NATO, which puts the figure at {level}%.",
                float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Norway"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict


@pytest.mark.parametrize(("level", "verdict"), [("1.81", "supported"), ("1.51", "contradicted")])
def test_the_country_later_in_that_paragraph_is_the_same_ally(level, verdict):
    found = _of(f"{_LEAD}She is correct, NATO says. Last year the country was at {level}%.",
                float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Norway"
    assert found[0].claim.year == 2023 and found[0].verdict == verdict


@pytest.mark.parametrize(("level", "verdict"), [("2.20", "supported"), ("2.60", "contradicted")])
def test_his_government_is_the_one_country_of_the_paragraph_before(level, verdict):
    went = "Norway's prime minister Jonas Gahr Store arrived in Brussels for the summit.\n\n"
    said = f"His government spends {level}% of GDP this year, NATO says."
    found = _of(went + said, float(level))
    assert len(found) == 1 and found[0].claim.subject == "Norway"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
    # two countries' people before it: whose government is unclear
    met = "Norway's prime minister met the Polish president in Oslo.\n\n"
    assert all(c.verdict != "contradicted" for c in _of(met + said, float(level)))
