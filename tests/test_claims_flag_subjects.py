"""A country's flag emoji names that country wherever it stands ('🇨🇳 $314bn', a line '🇪🇪
5.10%'): an ally's flag names the ally, the flag of a country outside the alliance names that
country (for SIPRI's figures), and a flag beside its country's name in words is the same name
twice. A line of a flag and a figure is read like a line of a name and a figure. A poll's
answers, each with its share ('Yes 58% No 31%'), are no figure of spending.

Official values, looked up with milex.observations:
("spending_usd_current", "United States", years=[2024], source="SIPRI") 997,309 (USD m,
  'Current US$' BZ79); "China" 313,658 (BZ106); "Russia" 148,967 (BZ158); "Saudi Arabia"
  80,331 (BZ194); "Japan" 55,274 (BZ107).
("share_of_gdp", "Lithuania", years=[2026], edition=2026) 5.33 (R1873C6); "Estonia" 5.10
  (R1769C6).
("share_of_gdp", "Belgium", years=[2024], edition=2024) 1.30 (TABLE3 N12); "Spain" 1.28 (N37).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple[str | None, float, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize("china, verdict", [("314", "supported"), ("214", "contradicted")])
def test_flags_name_the_countries_after_a_world_total(china, verdict):
    text = (
        "SIPRI's new numbers: the world spent $2.72tn on its militaries in 2024. "
        f"Top three: 🇺🇸 $997bn, 🇨🇳 ${china}bn, 🇷🇺 $149bn."
    )
    found = _found(text, "2025-04-30")
    assert ("United States", 997.0, "supported") in found
    assert ("China", float(china), verdict) in found
    assert ("Russia", 149.0, "supported") in found
    assert not any(s == "World (SIPRI)" and v != 2.72 for s, v, _ in found)


@pytest.mark.parametrize("saudi, verdict", [("80.3", "supported"), ("60.3", "contradicted")])
def test_flag_beside_a_name_is_one_country(saudi, verdict):
    text = f"SIPRI, 2024 totals: 🇯🇵 Japan $55.3bn and 🇸🇦 Saudi ${saudi}bn."
    assert _found(text, "2025-04-30") == [
        ("Japan", 55.3, "supported"),
        ("Saudi Arabia", float(saudi), verdict),
    ]


@pytest.mark.parametrize("estonia, verdict", [("5.10", "supported"), ("4.10", "contradicted")])
def test_lines_of_a_flag_and_a_figure(estonia, verdict):
    text = (
        "NATO has published its first core-spending table 🧵\n🇱🇹 5.33%\n🇪🇪 "
        f"{estonia}%\nBoth far above the Hague bar this year."
    )
    found = _found(text, "2026-07-10")
    assert ("Lithuania", 5.33, "supported") in found
    assert ("Estonia", float(estonia), verdict) in found


@pytest.mark.parametrize("spain, verdict", [("1.28", "supported"), ("1.88", "contradicted")])
def test_bulleted_flags(spain, verdict):
    text = f"The laggards, again 🐢\n• 🇧🇪 1.30%\n• 🇪🇸 {spain}%"
    assert _found(text, "2024-06-21") == [
        ("Belgium", 1.3, "supported"),
        ("Spain", float(spain), verdict),
    ]


def test_a_polls_answers_are_no_spending():
    text = (
        "Survey: should Belgium spend more on its army? Yes 61% No 27% Unsure 12%. "
        "Belgium is at 1.30% (NATO 2024e)."
    )
    assert _found(text, "2024-06-21") == [("Belgium", 1.3, "supported")]
