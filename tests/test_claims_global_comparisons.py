"""Countries outside NATO beside the allies, and world rankings: whose figure, and on which list.

- A description set off by commas after a country's name ('South Korea, a key US ally in the
  Pacific, spends ...', 'Brazil, Latin America's biggest spender, devoted ...') names no
  subject: the figure is the country's, not the ally named inside the description.
- A possessive of a country milex does not know ('and Vietnam's 2.3%') owns its figure: it is
  never handed to the ally named before it; the Philippines are now known (SIPRI holds them).
- A figure right after several countries and 'combined' ('India, Japan and South Korea
  combined ($189 billion)') is their sum, which no table holds: not the sentence's subject's.
- A rank said after the text spoke for SIPRI ('According to SIPRI, ... Turkey ranked 17th')
  is a place on SIPRI's list of countries, never judged on NATO's order of the allies.
- 'double its 2015 level': 2015 is the level set against, not the year of the rise.
- 'more than the next nine countries combined': a stretch of a ranking, no count of allies.

Official values (milex.observations(measure, None, years=[2024], source="SIPRI"), SIPRI's
edition of April 2025, year 2024): share of GDP South Korea 2.56, Brazil 0.97, Philippines 1.32,
Australia 1.88, Japan 1.37, United States 3.42; spending (current USD) Poland 38.0 bn, 13th of the
world's countries; Türkiye 25.0 bn, 17th; Russia real change 2024 +37.8% (constant USD).
NATO 2024 edition: United States 3.38% of GDP in 2024 (estimate).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-06-12"  # SIPRI's edition of April 2025 current


def judged(text: str, day: str = DAY) -> list[tuple[float, str, str | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject) for c in report.claims]


def verdicts_of(text: str, value: float, day: str = DAY) -> list[tuple[str, str | None]]:
    return [(v, s) for x, v, s in judged(text, day) if x == value]


@pytest.mark.parametrize("share, verdict", [("2.6", "supported"), ("1.5", "contradicted")])
def test_a_description_after_the_name_names_no_subject(share, verdict):
    text = f"South Korea, a key US ally in the Pacific, spends about {share}% of GDP, SIPRI says."
    assert verdicts_of(text, float(share)) == [(verdict, "South Korea")]  # SIPRI 2.56


@pytest.mark.parametrize("share, verdict", [("0.97", "supported"), ("1.60", "contradicted")])
def test_a_region_named_in_the_description_is_not_the_us(share, verdict):
    text = (
        "Brazil, Latin America's biggest military spender, devoted "
        f"{share}% of GDP to its forces last year, SIPRI says."
    )
    assert verdicts_of(text, float(share)) == [(verdict, "Brazil")]  # SIPRI 0.97


def test_a_clause_after_a_semicolon_goes_on_with_the_country_outside_nato():
    text = (
        "Brazil, Latin America's biggest spender, spent just under 1% of GDP in 2024, "
        "according to SIPRI; precisely, 0.97%."
    )
    assert verdicts_of(text, 0.97) == [("supported", "Brazil")]  # SIPRI 0.97


@pytest.mark.parametrize("share, verdict", [("1.3", "supported"), ("1.9", "contradicted")])
def test_the_philippines_own_their_figure(share, verdict):
    text = (
        "By SIPRI's measure, Japan spent 1.4% of GDP in 2024, Australia's share was 1.9% "
        f"and the Philippines' {share}%."
    )
    assert verdicts_of(text, float(share))[-1] == (verdict, "Philippines")  # SIPRI 1.32


def test_an_unknown_country_s_possessive_figure_is_not_the_ally_s_before():
    text = "By SIPRI's measure, Japan spent 1.4% of GDP in 2024, Australia 1.9% and Vietnam's 2.3%."
    assert all(v not in ("supported", "contradicted") for v, _s in verdicts_of(text, 2.3))


@pytest.mark.parametrize("total", ["189", "250"])
def test_a_sum_of_several_countries_combined_is_no_one_s(total):
    text = (
        "China's $314 billion in 2024 was more than India, Japan and South Korea "
        f"combined (${total} billion), SIPRI says."
    )
    assert all(v not in ("supported", "contradicted") for v, _s in verdicts_of(text, float(total)))
    assert verdicts_of(text, 314.0) == [("supported", "China")]


@pytest.mark.parametrize("rank, verdict", [("13th", "supported"), ("1st", "contradicted")])
def test_a_place_among_the_biggest_spenders_after_sipri_is_sipri_s(rank, verdict):
    text = (
        "Poland lifted its outlays to $38 billion in 2024, according to SIPRI. "
        f"Among the 20 biggest spenders it now stands {rank}."
    )
    ranks = [(v, s) for x, v, s in judged(text, "2025-05-04") if x == float(rank[:-2])]
    assert ranks == [(verdict, "Poland")]  # SIPRI 2024: Poland 13th by current USD (first of
    # the allies by share of GDP in NATO's tables, which is not the list spoken of)


def test_a_rank_after_a_sentence_of_sipri_s_figures_is_not_nato_s_order():
    text = (
        "According to SIPRI, NATO's 32 members together spent $1,506 billion in 2024, 55% of "
        "the world total. Turkey ranked 17th."
    )
    # SIPRI 2024: Türkiye 17th in the world; 8th of the allies in NATO's 2024 edition
    assert ("contradicted", "Türkiye") not in verdicts_of(text, 17.0, "2025-04-30")


def test_the_year_of_a_level_doubled_is_not_the_year_of_the_rise():
    text = (
        "Russia's military outlays hit an estimated $149 billion in 2024, SIPRI says, a 38% jump "
        "and twice its 2015 level."
    )
    report = milex.check(text, date="2025-05-02")
    rises = [c for c in report.claims if c.claim.value == 38.0]
    assert rises and all(c.claim.year != 2015 for c in rises)
    assert all(c.verdict != "contradicted" for c in rises)  # SIPRI +37.8% in 2024


@pytest.mark.parametrize("next_ones", ["nine", "ten"])
def test_the_next_countries_of_a_ranking_are_no_count_of_allies(next_ones):
    text = (
        "The US, with 3.38% of GDP this year, will spend roughly $968 billion on defence "
        f"according to NATO, more than the next {next_ones} countries in the world combined."
    )
    report = milex.check(text, date="2024-06-18")  # NATO 2024 edition: USD 967.7 bn
    assert [c.claim.kind for c in report.claims if c.claim.kind.startswith("count")] == []
    assert [(c.claim.value, c.verdict) for c in report.claims if c.claim.value == 968.0] == [
        (968.0, "supported")
    ]
