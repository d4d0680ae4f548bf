"""The claim checker on whole articles: what a figure takes from the sentences and
paragraphs around it (the source the lead names, the names a 'respectively' pairs with,
the year a subhead gives, the subject a sentence before named).

Official values are quoted in a comment next to each verdict: SIPRI's from its April 2025
release, NATO's from the edition current at the article's date.
"""

from __future__ import annotations

import milex


def verdicts(text: str, day: str) -> dict[tuple[float, str], str]:
    """(value, subject) -> verdict, for every claim of the text."""
    report = milex.check(text, date=day)
    return {(float(c.claim.value), str(c.claim.subject)): c.verdict for c in report.claims
            if c.claim.value is not None}  # fmt: skip


# --- SIPRI named in the lead: the source of the article's figures of other countries -----------

SIPRI_LEAD = (
    "Military budgets worldwide hit a new high of $2.7 trillion in 2024, the Stockholm "
    "International Peace Research Institute reported on Monday.\n\n"
    "Saudi Arabia came seventh, with about $80 billion.\n\n"
    "Among the rivals of the West, China's outlay reached an estimated $314 billion, while "
    "Israel spent $56.5 billion.\n\n"
    "Japan ranked tenth, behind India, whose spending came to $86.1 billion."
)


def test_a_lead_naming_sipri_is_the_source_of_later_paragraphs_figures_of_other_countries():
    got = verdicts(SIPRI_LEAD, "2025-04-28")
    assert got[(80.0, "Saudi Arabia")] == "supported"  # SIPRI 2024: 80.33 bn
    assert got[(314.0, "China")] == "supported"  # SIPRI 2024: 313.66 bn
    assert got[(56.5, "Israel")] == "contradicted"  # SIPRI 2024: 46.51 bn
    assert got[(86.1, "India")] == "supported"  # SIPRI 2024: 86.13 bn (relative clause)


def test_a_wrong_figure_in_a_relative_clause_after_the_object_is_that_countrys():
    text = SIPRI_LEAD.replace("$86.1 billion", "$96 billion")
    assert verdicts(text, "2025-04-28")[(96.0, "India")] == "contradicted"  # SIPRI: 86.13 bn


def test_sipri_is_carried_until_another_source_is_named():
    text = (
        "World military spending reached $2.7 trillion last year, SIPRI said on Monday.\n\n"
        "Russia spent $149 billion.\n\n"
        "The IISS, using its own method, puts the total lower.\n\n"
        "Russia's budget was $146 billion.\n\n"
        "China spent $235 billion."
    )
    got = verdicts(text, "2025-04-28")
    assert got[(149.0, "Russia")] == "supported"  # SIPRI 2024: 148.97 bn
    # after the IISS is named, the figures may be its own: not SIPRI's to judge (SIPRI 2024:
    # Russia 148.97 bn, China 313.66 bn)
    assert got.get((146.0, "Russia")) in (None, "unverifiable")
    assert got.get((235.0, "China")) in (None, "unverifiable")


# --- 'respectively' pairing figures with the allies a sentence or paragraph before listed ------

EQUIPMENT = (
    "All allies but one now put at least a fifth of their defence budgets into major "
    "equipment, according to the tables NATO released on Thursday.\n\n"
    "The one that does not is Belgium, at 14.54%.\n\n"
    "Luxembourg comes top. Finland and Czechia come next.\n\n"
    "Their shares stand at 45.97% and 38.68% respectively."
)


def test_respectively_in_the_next_paragraph_pairs_with_the_run_of_allies_before():
    got = verdicts(EQUIPMENT, "2025-08-29")
    assert got[(14.54, "Belgium")] == "supported"  # 2025 ed. Belgium equipment 2025: 14.54
    assert got[(45.97, "Finland")] == "supported"  # 2025 ed. Finland equipment 2025: 45.97
    assert got[(38.68, "Czechia")] == "contradicted"  # 2025 ed. Czechia equipment 2025: 30.68


def test_respectively_pairs_with_the_run_not_with_the_ally_it_is_set_against():
    text = (
        "Greece, the United States and Estonia trail Poland.\n\n"
        "They spend 3.08%, 3.38% and 3.34% of GDP respectively, NATO estimates for this year "
        "show."
    )
    got = verdicts(text, "2024-06-20")
    assert got[(3.08, "Greece")] == "supported"  # 2024 ed. Greece 2024: 3.08
    assert got[(3.38, "United States")] == "supported"  # 2024 ed. US 2024: 3.38
    assert got[(3.34, "Estonia")] == "contradicted"  # 2024 ed. Estonia 2024: 3.43


def test_shares_stated_as_levels_are_shares_of_spending_not_stock():
    text = (
        "Latvia and Lithuania follow Estonia. Their shares were 3.15% and 2.75% respectively "
        "this year, NATO says."
    )
    got = verdicts(text, "2024-06-20")
    assert got[(3.15, "Latvia")] == "supported"  # 2024 ed. Latvia 2024: 3.15
    assert got[(2.75, "Lithuania")] == "contradicted"  # 2024 ed. Lithuania 2024: 2.85


# --- a level crossed ('slips below 1.5%') is a level, not a change of points -------------------


def test_a_level_crossed_downwards_is_a_below_level():
    # 2024 ed., 2024: Italy 1.49, Portugal 1.55, Slovenia 1.29
    day = "2024-06-20"
    assert (
        verdicts("Italy slips below 1.5% of GDP this year, NATO says.", day)[(1.5, "Italy")]
        == "supported"
    )
    assert (
        verdicts("Portugal dips under 1.5% of GDP this year, NATO estimates show.", day)[
            (1.5, "Portugal")
        ]
        == "contradicted"
    )
    assert (
        verdicts("Slovenia sinks just beneath 1.3% of GDP this year, NATO says.", day)[
            (1.3, "Slovenia")
        ]
        == "supported"
    )


def test_a_level_crossed_upwards_is_an_above_level():
    # 2024 ed., 2024: Germany 2.12, Canada 1.37
    day = "2024-06-20"
    assert (
        verdicts("Germany climbs above 2% of GDP this year, NATO says.", day)[(2.0, "Germany")]
        == "supported"
    )
    assert (
        verdicts("Canada rises above 1.5% of GDP this year, NATO says.", day)[(1.5, "Canada")]
        == "contradicted"
    )


# --- whose figure: the ally a relative clause describes, not the body that reports it ---------


def test_a_relative_clause_split_by_but_leaves_the_figure_to_the_ally_it_describes():
    text = (
        "Luxembourg is near the bottom, at 1.29%. Canada, which missed every target this year "
        "but faces the most pressure from its allies, is at {}%."
    )
    # 2024 ed., 2024: Luxembourg 1.29, Canada 1.37
    assert verdicts(text.format("1.37"), "2024-06-20")[(1.37, "Canada")] == "supported"
    got = verdicts(text.format("1.47"), "2024-06-20")
    assert got[(1.47, "Canada")] == "contradicted"
    assert (1.47, "Luxembourg") not in got


def test_the_body_an_attribution_names_is_not_the_subject_of_the_figure_after_it():
    text = (
        "Athens plans to spend 3.08% of GDP this year, the alliance estimates, down from {}% "
        "in 2023."
    )
    # 2024 ed.: Greece 2024 3.08, 2023 2.80; NATO total 2023 2.53
    assert verdicts(text.format("2.80"), "2024-06-20")[(2.8, "Greece")] == "supported"
    got = verdicts(text.format("2.53"), "2024-06-20")
    assert got[(2.53, "Greece")] == "contradicted"
    assert (2.53, "NATO") not in got


# --- the year of a section heading, and of the count a figure is one of ------------------------

DECADE = (
    "Ten years of rearmament\n\n"
    "2014\n"
    "Just three of the allies met the guideline. Estonia was spending {}% of GDP.\n\n"
    "2024\n"
    "Estonia is expected to spend 3.43%."
)


def test_a_year_heading_dates_the_past_tense_figures_and_counts_below_it():
    # 2024 ed.: 3 allies at or above 2% in 2014; Estonia 2014 1.93, 2024 3.43
    got = verdicts(DECADE.format("1.93"), "2024-06-20")
    assert got[(3.0, "NATO")] == "supported"
    assert got[(1.93, "Estonia")] == "supported"
    assert got[(3.43, "Estonia")] == "supported"
    assert verdicts(DECADE.format("2.93"), "2024-06-20")[(2.93, "Estonia")] == "contradicted"


def test_a_figure_of_one_among_the_counted_is_of_the_counts_year():
    text = (
        "Only ten allies hit the 2% goal in 2023, according to NATO.\n\n"
        "Hungary was one of them, at {}%. So was Greece, at {}%."
    )
    # 2024 ed.: Hungary 2023 2.05, 2024 2.11; Greece 2023 2.80, 2024 3.08
    got = verdicts(text.format("2.05", "2.80"), "2024-06-20")
    assert got[(2.05, "Hungary")] == "supported"
    assert got[(2.8, "Greece")] == "supported"
    got = verdicts(text.format("2.11", "3.08"), "2024-06-20")  # (their 2024 figures)
    assert got[(2.11, "Hungary")] == "contradicted"
    assert got[(3.08, "Greece")] == "contradicted"


# --- a country outside NATO named by its capital's possessive ----------------------------------


def test_a_capitals_possessive_names_a_country_outside_nato():
    day = "2025-09-10"
    # SIPRI 2024: China 313.66 bn, Russia 148.97 bn, Japan 55.27 bn
    got = verdicts("SIPRI puts Beijing's military spending at $314 billion for 2024.", day)
    assert got[(314.0, "China")] == "supported"
    got = verdicts("Moscow's military budget came to $169 billion in 2024, SIPRI says.", day)
    assert got[(169.0, "Russia")] == "contradicted"
    got = verdicts("Tokyo's defence outlay reached $55.3 billion in 2024, SIPRI estimates.", day)
    assert got[(55.3, "Japan")] == "supported"


# --- a level passed ('already past 3%') by a group named in other words ------------------------


def test_a_group_already_past_a_level_is_judged_ally_by_ally():
    # 2024 ed., 2024: Estonia 3.43, Latvia 3.15, Lithuania 2.85
    got = verdicts("The Baltic trio are already past 3% of GDP this year, NATO says.", "2024-06-20")
    assert got[(3.0, "Estonia")] == "supported"
    assert got[(3.0, "Latvia")] == "supported"
    assert got[(3.0, "Lithuania")] == "contradicted"
