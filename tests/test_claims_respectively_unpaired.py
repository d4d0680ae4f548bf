"""Figures said 'respectively' whose allies are named after the word, or stood for by a
counted phrase ('all three') after a list giving each of them one figure: paired in order;
when nothing pairs them in a sentence naming no ally, no one's (never the one ally a reading
would otherwise carry over).

Values (milex.observations("share_of_gdp", ally, years=[2023, 2024], edition=2024), NATO's
2024 edition of 17 June 2024): 2024 Finland 2.41, Sweden 2.14, Norway 2.20, Denmark 2.37;
2024 Estonia 3.43, Latvia 3.15, Lithuania 2.85; 2023 Estonia 3.04, Latvia 2.87, Lithuania 2.78.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("figure", "verdict"), [("2.4", "supported"), ("2.7", "contradicted")])
def test_the_allies_named_after_respectively_pair_in_order(figure, verdict):
    text = (f"The two newest members and Denmark put {figure}%, 2.1% and 2.37% of GDP into "
            "defence respectively this year: Finland, Sweden and Denmark.")  # fmt: skip
    first = _of(text, "2024-06-21", float(figure))
    assert [c.claim.subject for c in first] == ["Finland"]
    assert first[0].verdict == verdict
    sweden = _of(text, "2024-06-21", 2.1)
    assert [(c.claim.subject, c.verdict) for c in sweden] == [("Sweden", "supported")]


def test_figures_respectively_after_a_list_are_no_ones_when_unpaired():
    text = ("Share of GDP in 2023, by state:\n- Estonia: 3.04%\n- Latvia: 2.87%\n"
            "- Lithuania: 2.78%\nFor this year, the trio should come to 3.43%, 3.15% and "
            "2.85% respectively.")  # fmt: skip
    for value in (3.43, 3.15):
        found = _of(text, "2024-06-18", value)
        assert found, value
        assert all(c.verdict == "unverifiable" and c.claim.subject != "Lithuania" for c in found)
    # the list's own figures keep their allies
    assert [(c.claim.subject, c.verdict) for c in _of(text, "2024-06-18", 2.87)] == [
        ("Latvia", "supported")
    ]


@pytest.mark.parametrize(("figure", "verdict"), [("3.15", "supported"), ("3.35", "contradicted")])
def test_the_counted_allies_of_a_list_just_before_pair_in_order(figure, verdict):
    text = ("Share of GDP in 2023, by state:\n- Estonia: 3.04%\n- Latvia: 2.87%\n"
            f"- Lithuania: 2.78%\nFor this year, all three should come to 3.43%, {figure}% "
            "and 2.85% respectively.")  # fmt: skip
    latvia = _of(text, "2024-06-18", float(figure))
    assert [(c.claim.subject, c.claim.year, c.verdict) for c in latvia] == [
        ("Latvia", 2024, verdict)
    ]
    assert [(c.claim.subject, c.verdict) for c in _of(text, "2024-06-18", 2.85)] == [
        ("Lithuania", "supported")
    ]
