"""Rankings as real text words them: places in words and in lists, allies ranked together,
ranks of armed forces by size, ranks among the European allies, and the table a rank is of.

Expected places come from NATO's published tables (2024 edition, 17 June 2024; 2025 edition,
28 August 2025), quoted below; the verdicts are what a reader of those tables would say.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of, one_claim


def ranks(text: str, date: str) -> list:
    return claims_of("ranking", text, date)


def one_rank(text: str, date: str):
    return one_claim("ranking", text, date)


# NATO Table 3, share of GDP, 2024e (2024 edition): the top six
GDP_2024 = {"Poland": 4.12, "Estonia": 3.43, "United States": 3.38, "Latvia": 3.15,
            "Greece": 3.08, "Lithuania": 2.85}  # fmt: skip
# NATO Table 3, 2025e (2025 edition): Poland 4.48, Lithuania 4.00, Latvia 3.73, Estonia 3.38
# NATO Table 7, military personnel (thousands), 2024e (2024 edition): the top five
TROOPS_2024 = {"United States": 1300.2, "Türkiye": 481.0, "Poland": 216.1, "France": 204.7,
               "Germany": 185.6}  # fmt: skip
# NATO Table 2, current USD bn, 2024e (2024 edition): US 967.7, Germany 97.7, UK 82.1,
# France 64.3, Poland 35.0, Italy 34.5, Canada 30.5 (so Poland is fourth of the European allies)
# NATO Table 3, real change 2024e (2024 edition): Czechia 54.65, Romania 45.63, Türkiye 44.09


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Leading the way are Poland and Estonia, on 4.1% and 3.4% of GDP.", "supported"),
        ("Poland and Latvia lead the way on defence spending relative to GDP.", "contradicted"),
    ],
)
def test_allies_named_as_the_leaders_are_the_top_places_together(text, verdict):
    c = one_rank(text, "2024-07-01")
    assert c.claim.value == 2 and c.claim.measure == "share_of_gdp"
    assert c.verdict == verdict, c.explanation  # Latvia was fourth (3.15), Estonia second


def test_three_allies_leading_the_alliance_after_the_2025_edition():
    c = one_rank(
        "Poland (4.48%), Lithuania (4%) and Estonia (3.38%) also lead the alliance on the share "
        "of GDP that goes to defence.",
        "2025-09-10",
    )
    assert c.claim.value == 3 and c.verdict == "contradicted"  # Latvia is third, Estonia fourth


@pytest.mark.parametrize(
    ("ally", "verdict"), [("Latvia", "supported"), ("Estonia", "contradicted")]
)
def test_among_the_three_biggest_is_a_place_no_lower_than_third(ally, verdict):
    c = one_rank(f"{ally} now ranks among NATO's three biggest spenders relative to GDP.",
                 "2025-09-10")  # fmt: skip
    assert (c.claim.value, c.claim.comparator, c.verdict) == (3, "<=", verdict)


@pytest.mark.parametrize(("place", "verdict"), [("fifth", "supported"), ("fourth", "contradicted")])
def test_the_place_before_the_ally(place, verdict):
    c = one_rank(f"In {place} place is Greece, which put 3.1% of GDP into defence.", "2024-07-01")
    assert c.claim.subject == "Greece" and c.verdict == verdict


def test_a_list_of_places_with_the_ally_after_each():
    found = ranks(
        "Second comes Germany ($97.7 billion), third the United Kingdom ($82.1 billion) and "
        "fourth Italy ($34.5 billion).",
        "2024-07-01",
    )
    got = {c.claim.subject: (c.claim.value, c.verdict) for c in found}
    assert got["Germany"] == (2, "supported") and got["United Kingdom"] == (3, "supported")
    assert got["Italy"] == (4, "contradicted")  # France (64.3) and Poland (35.0) come first


def test_each_clause_names_its_own_table():
    found = ranks(
        "In dollar terms the United States is by far the biggest spender, but relative to GDP "
        "it ranks only third.",
        "2024-07-01",
    )
    got = {c.claim.value: (c.claim.measure, c.verdict) for c in found}
    assert got == {1: ("spending_usd_current", "supported"), 3: ("share_of_gdp", "supported")}


@pytest.mark.parametrize(("ally", "place", "verdict"),
                         [("France", "fourth", "supported"), ("Germany", "third", "contradicted")])  # fmt: skip
def test_armed_forces_are_ranked_by_military_personnel(ally, place, verdict):
    c = one_rank(f"{ally} fields the alliance's {place}-largest armed forces.", "2024-07-01")
    assert c.claim.measure == "personnel" and c.verdict == verdict


def test_a_rank_of_size_in_the_next_sentence_keeps_the_table_of_the_one_before():
    c = one_rank(
        "Poland had about 116,000 military personnel in 2020. That made it NATO's eighth "
        "largest in 2020.",
        "2024-07-16",
    )
    assert c.claim.measure == "personnel" and c.verdict == "supported"


def test_fourth_in_europe_ranks_the_european_allies():
    c = one_rank("Measured in dollars, Poland comes fourth in Europe.", "2024-07-01")
    assert c.claim.rank_scope == "europe" and c.verdict == "supported"
    # a wrong place among the European allies could still be right for the continent
    other = one_rank("Measured in dollars, Italy comes fourth in Europe.", "2024-07-01")
    assert other.verdict == "unverifiable" and "outside the alliance" in other.explanation


def test_a_rank_for_growth_is_read_from_the_real_change():
    c = one_rank("Romania ranked second for defence spending growth in 2024.", "2024-07-01")
    assert c.claim.measure == "real_change" and c.verdict == "supported"


def test_the_biggest_spending_member_is_ranked_in_dollars():
    c = one_rank("The United States, NATO's biggest-spending member, wants more from Europe.",
                 "2024-07-01")  # fmt: skip
    assert c.claim.measure == "spending_usd_current" and c.verdict == "supported"


def test_one_of_the_biggest_is_never_contradicted():
    c = one_rank("Greece is one of the allies putting the largest share of GDP into defence.",
                 "2024-07-01")  # fmt: skip
    assert c.verdict == "unverifiable"  # fifth: "one of the largest" sets no cut-off
    c = one_rank("Estonia is one of the allies putting the largest share of GDP into defence.",
                 "2024-07-01")  # fmt: skip
    assert c.verdict == "supported"  # second


def test_the_largest_economy_is_not_a_spending_rank():
    assert ranks("Germany, the alliance's second-largest economy, spent 2.1% of GDP.",
                 "2024-07-01") == []  # fmt: skip


def test_a_table_guessed_from_a_bare_spender_is_not_a_contradiction():
    # the UK is third in dollars (82.1bn) but far down by share of GDP (2.33)
    c = one_rank("Britain spent 2.3% of GDP on defence. It is the third-biggest spender.",
                 "2024-07-01")  # fmt: skip
    assert c.verdict != "contradicted"


def test_a_bigger_share_than_any_other_member_despite_an_apposition():
    c = one_rank("Poland, a close neighbour of Ukraine, devotes a bigger share of its GDP to "
                 "defence than any other NATO member.", "2025-11-26")  # fmt: skip
    assert c.claim.subject == "Poland" and c.verdict == "supported"


def test_an_ally_without_a_figure_that_was_ahead_leaves_the_place_uncertain():
    # the 2025 edition has no 2025 personnel figure for the United States (1,300.2 thousand in
    # 2024e of the 2024 edition, far ahead of Türkiye): "largest" is not supported by its absence
    text = "Türkiye fields NATO's largest armed forces."
    assert one_rank(text, "2025-09-10").verdict == "unverifiable"
    assert one_rank(text, "2024-09-10").verdict == "contradicted"  # the US was there, and first


def test_missing_allies_ahead_do_not_save_a_wrong_lowest():
    # 2025 edition, 2025e: Luxembourg, Czechia, North Macedonia and Spain at 2.00, Italy above
    # them (Germany, with no 2025 figure, was far above Italy in 2024): Italy is not the lowest
    c = one_rank("Italy devotes the smallest share of GDP to defence of any ally this year.",
                 "2025-09-10")  # fmt: skip
    assert c.verdict == "contradicted"


@pytest.mark.parametrize(
    ("ally", "verdict"), [("Lithuania", "supported"), ("Latvia", "contradicted")]
)
def test_more_than_any_ally_except_one_is_second(ally, verdict):
    # 2025 edition, 2025e: Poland 4.48, Lithuania 4.00, Latvia 3.73
    c = one_rank(f"{ally} puts more of its GDP into defence than any other ally except Poland.",
                 "2025-09-10")  # fmt: skip
    assert c.claim.value == 2 and c.verdict == verdict


def test_a_place_reached_by_moving():
    # 2024 edition, Table 2, 2024e: US 967.7, Germany 97.7, UK 82.1, France 64.3 (USD bn)
    c = one_rank("France has slipped to fourth in dollar terms.", "2024-07-10")
    assert c.claim.measure == "spending_usd_current" and c.verdict == "supported"


@pytest.mark.parametrize(
    ("ally", "verdict"), [("Germany", "supported"), ("France", "contradicted")]
)
def test_a_place_in_the_world_is_sipris_ranking_of_every_country(ally, verdict):
    # SIPRI, April 2025 release, current USD 2024: US 997.3, China 313.7, Russia 149.0,
    # Germany 88.5 bn (fourth); France 64.7 bn is ninth
    c = one_rank(f"{ally} is now the fourth-largest military spender worldwide, SIPRI said.",
                 "2025-05-01")  # fmt: skip
    assert c.claim.rank_scope == "world" and c.evidence.source == "SIPRI"
    assert c.verdict == verdict


def test_no_world_ranking_before_the_first_sipri_release_held():
    c = one_rank("The United States remains the world's biggest military spender.", "2024-07-01")
    assert c.verdict == "unverifiable"


@pytest.mark.parametrize(
    ("ally", "verdict"), [("United States", "supported"), ("Norway", "contradicted")]
)
def test_a_place_per_head_is_read_from_spending_per_capita(ally, verdict):
    # 2024 edition, Table 6, 2024e (constant 2015 USD per head): US 2,239, Norway 1,754
    c = one_rank(f"{ally} spends more per head on defence than any other ally.", "2024-10-10")
    assert c.claim.measure == "spending_per_capita_usd_constant" and c.verdict == verdict


def test_a_place_per_head_after_an_edition_without_the_table_is_unverifiable():
    # the 2025 edition as held has no Table 6: 2024 is only the older edition's latest year
    c = one_rank("Norway spends more per head on defence than any other ally.", "2025-10-10")
    assert c.verdict == "unverifiable"


@pytest.mark.parametrize(
    ("date", "verdict"), [("2025-09-10", "supported"), ("2024-07-01", "contradicted")]
)
def test_a_group_next_after_the_leader(date, verdict):
    # 2025e (2025 ed.): Poland, Lithuania, Latvia, Estonia; 2024e (2024 ed.): Poland, Estonia,
    # the United States (3.38), Latvia, Greece, Lithuania: the US sits among the Baltic states
    found = ranks("Relative to GDP, Poland is the alliance's biggest spender, with the Baltic "
                  "states next.", date)  # fmt: skip
    group = [c for c in found if c.claim.ranked_with]
    assert len(group) == 1 and set(group[0].claim.ranked_with) == {"EST", "LVA", "LTU"}
    assert group[0].claim.value == 4 and group[0].verdict == verdict


def test_a_rank_within_a_subregion_is_not_a_rank_among_the_allies():
    # Germany is second among the allies by money (2024 ed.: US 967.7, Germany 97.7), but first
    # in western Europe: a subregion milex holds no country list for, so no verdict either way
    text = "Germany has become the biggest military spender in western Europe."
    assert ranks(text, "2025-04-28") == []


def test_a_rank_beside_a_change_is_a_rank_of_the_change():
    # 2024 ed., real change 2024e: Czechia 54.65, Romania 45.63, Türkiye 44.09 (share of GDP:
    # Türkiye is 18th, which the rank does not speak of)
    c = one_rank("Türkiye raised defence spending by 44% in real terms this year, more than any "
                 "other ally bar Czechia and Romania.", "2024-07-01")  # fmt: skip
    assert c.claim.measure == "real_change" and c.claim.value == 3 and c.verdict == "supported"


# NATO 2025 edition, Table 3, 2025 estimates: Greece 2.85, Finland 2.77, Sweden 2.51,
# Netherlands 2.49, United Kingdom 2.40 (12th of the 30 allies with figures), Italy 2.01
@pytest.mark.parametrize(
    "listed, verdict",
    [("Greece, Finland and Sweden", "supported"), ("Greece, Finland and Italy", "contradicted")],
)
def test_allies_listed_ahead_of_a_placed_ally(listed, verdict):
    text = (f"The UK sits 12th in spending relative to GDP, with {listed} among the nations "
            "ahead of it.")  # fmt: skip
    ahead = [c for c in claims_of("ranking", text, "2025-09-10") if c.claim.ahead_of]
    assert [(c.claim.ahead_of, c.verdict) for c in ahead] == [("GBR", verdict)]


# NATO 2024 edition, Table 3, 2024 estimates: Poland 4.12 is first of the 31 allies with figures
def test_it_is_the_ally_the_sentence_before_spoke_of():
    text = ("Poland has lifted its defence budget again.\n\nSince 2019 our country has stayed "
            "above the 2% line, and this year, relative to GDP, it will spend the most of all "
            "the allies.")  # fmt: skip
    found = claims_of("ranking", text, "2024-09-01")
    assert [(c.claim.subject, c.claim.value, c.verdict) for c in found] == [
        ("Poland", 1, "supported")
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Spain, Slovenia and Luxembourg are the three lowest spenders relative to GDP.",
            "supported",
        ),  # 2024e: Spain 1.28, Slovenia 1.29, Luxembourg 1.29 (Belgium 1.30)
        (
            "Spain, Belgium and Luxembourg are the three lowest spenders relative to GDP.",
            "contradicted",
        ),  # Belgium is fourth from the bottom
    ],
)
def test_allies_named_as_the_n_lowest_are_checked_as_a_group(text, verdict):
    c = one_rank(text, "2024-07-01")
    assert c.claim.value == 3 and len(c.claim.ranked_with) == 3 and c.verdict == verdict


def test_a_place_followed_by_this_year():
    # NATO 2025 edition, Table 3, 2025 estimates: United Kingdom 2.40, 12th of 30 with figures
    found = claims_of("ranking", "Relative to GDP, Britain sits 12th this year.", "2025-09-12")
    assert [(c.claim.value, c.verdict) for c in found] == [(12, "supported")]
    assert claims_of("ranking", "Poland is the first this year to announce a bigger budget.",
                     "2025-09-12") == []  # fmt: skip
