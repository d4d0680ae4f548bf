"""Figures in explainers, lists and tables: SIPRI's world and regional totals as subjects
('- World: $2.72 trillion', 'the world spent ...', 'Spending in the Middle East rose 15%'),
the figures of a list's item that state their own measure under a header of another ('up
9.4%', '37% of the world total'), per-capita figures, and tables whose header names no measure.

Values from SIPRI's April 2025 release, 2024, current USD: world 2,718,184 m (real change
+9.36%), Middle East 243,330 m (+15.28%), East Asia 433,160 m, United States 997,309 m (36.7%
of the world), Russia 148,967 m (5.5%), China 313,660 m (11.5%)."""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, day: str) -> list[tuple[float, str, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.kind) for c in report.claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list's label names the world: SIPRI's total (2,718 bn, +9.36% real)
        (
            "What SIPRI's 2024 military spending figures show:\n"
            "- World: $2.72 trillion, up 9.4% in real terms\n"
            "- United States: $997bn, or 37% of the world total",
            [
                (2.72, "supported", "spending_amount"),
                (9.4, "supported", "real_change"),
                (997.0, "supported", "spending_amount"),
                (37.0, "supported", "world_share"),
            ],
        ),
        (
            "Our summary of SIPRI's military spending data for 2024:\n"
            "- World – $2.9 trillion, a rise of 9.4%",
            [(2.9, "contradicted", "spending_amount"), (9.4, "supported", "real_change")],
        ),
        # the world as the one who spends (2,718 bn, not 2.44)
        (
            "According to SIPRI, the world spent $2.44 trillion on its armed forces in 2024.",
            [(2.44, "contradicted", "spending_amount")],
        ),
        (
            "The world spends $2.72 trillion a year on the military, SIPRI said of 2024.",
            [(2.72, "supported", "spending_amount")],
        ),
        # SIPRI's regions (Middle East 243.3 bn, +15.28%; East Asia 433.2 bn)
        (
            "SIPRI said military spending in the Middle East climbed 15% to $243bn in 2024.",
            [(15.0, "supported", "real_change"), (243.0, "supported", "spending_amount")],
        ),
        (
            "East Asia's military spending reached $400bn in 2024, SIPRI estimates.",
            [(400.0, "contradicted", "spending_amount")],
        ),
    ],
)
def test_world_and_regions_as_subjects(text, expected):
    assert verdicts(text, "2025-05-02") == expected


def test_the_world_as_a_place_is_no_subject():
    # "the world" spends (SIPRI's total, 2,718 bn); "in the world", "the world's largest" are
    # places, the ally's figure stays the ally's (997.3 bn)
    text = ("SIPRI says the world spent $2.72 trillion on the military in 2024. The United "
            "States spent $997bn, the most in the world; the world's second-largest spender, "
            "China, $314bn.")  # fmt: skip
    got = milex.check(text, date="2025-05-02").claims
    money = [(c.claim.value, c.verdict, c.claim.subject) for c in got
             if c.claim.kind == "spending_amount"]  # fmt: skip
    assert money == [(2.72, "supported", "World (SIPRI)"), (997.0, "supported", "United States"),
                     (314.0, "supported", "China")]  # fmt: skip


def test_a_list_item_change_is_not_the_header_share():
    # under a header of shares, Poland's "up 31%" (SIPRI: +31.05% real) is no share of GDP
    text = ("Military spending in 2024, SIPRI (% of GDP):\n"
            "- Poland: $38bn, up 31%\n"
            "- Germany: 1.9%")  # fmt: skip
    got = verdicts(text, "2025-05-02")
    assert (31.0, "supported", "real_change") in got
    assert not any(v == 31.0 and k == "share_of_gdp" for v, _verdict, k in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the whole after a part is the group the text totals (NATO 2024, 2024 edition:
        # 1,474.4 bn; the United States 967.7 bn)
        (
            "The US pays for two-thirds of the alliance's total defence spending this year: "
            "$968bn of $1.47 trillion.",
            [(968.0, "supported", "United States"), (1.47, "supported", "NATO")],
        ),
        (
            "Of NATO's combined spending this year, Washington provides $968bn out of $1.3 "
            "trillion.",
            [(968.0, "supported", "United States"), (1.3, "contradicted", "NATO")],
        ),
        # the part named as a group is not the whole: no one's total
        (
            "Europe and Canada spend $507bn of $1.47 trillion this year.",
            [(507.0, "supported", "Europe and Canada"), (1.47, "unverifiable", None)],
        ),
    ],
)
def test_the_whole_after_a_part(text, expected):
    got = milex.check(text, date="2024-06-20").claims
    money = [(c.claim.value, c.verdict, c.claim.subject) for c in got
             if c.claim.kind == "spending_amount"]  # fmt: skip
    assert money == expected


def test_a_share_of_the_world_is_sipris_without_naming_it():
    # only SIPRI totals the world: Russia 148,967 m of 2,718,184 m = 5.5%, not 7.5%
    text = "Russia's $149bn amounts to 7.5% of global military spending."
    got = verdicts(text, "2025-05-02")
    assert (149.0, "supported", "spending_amount") in got
    assert (7.5, "contradicted", "world_share") in got


def test_a_list_under_a_header_naming_sipri_is_military_spending():
    # SIPRI publishes nothing but military spending: "top spenders ... per SIPRI" lists it
    # (2024: United States 997.3 bn, Germany 88.5 bn, not 95)
    text = ("Biggest spenders of 2024, per SIPRI:\n"
            "1. United States – $997bn\n"
            "2. Germany – $95bn")  # fmt: skip
    got = verdicts(text, "2025-05-02")
    assert (997.0, "supported", "spending_amount") in got
    assert (95.0, "contradicted", "spending_amount") in got


def test_a_source_line_under_a_list_names_its_source():
    # "Source: SIPRI" under the items: SIPRI's 2024 figures (Japan 55.3 bn, +21.19% real;
    # France 64.7 bn, not 46.7), a country outside NATO too
    text = ("- France: $46.7bn\n"
            "- Japan: $55.3bn, up 21%\n"
            "Source: SIPRI")  # fmt: skip
    got = milex.check(text, date="2025-05-02").claims
    assert [(c.claim.value, c.verdict, c.claim.source) for c in got] == [
        (46.7, "contradicted", "SIPRI"),
        (55.3, "supported", "SIPRI"),
        (21.0, "supported", "SIPRI"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # SIPRI's spending per head is in current dollars (2024: Israel 4,988.8, Poland 981.6)
        (
            "SIPRI puts Israel's military spending per capita at $4,990 in 2024.",
            [(4990.0, "supported")],
        ),
        (
            "Military spending per person in 2024 (SIPRI):\n- Israel: $4,989\n- Poland: $1,250",
            [(4989.0, "supported"), (1250.0, "contradicted")],
        ),
        # a header of NATO's spending per head, at its constant prices (2024 edition, 2015
        # prices: United States 2,239.5, Germany 910.6)
        (
            "Defence spending per head, 2024 (US$, constant 2015 prices):\n"
            "- United States: $2,240\n"
            "- Germany: $1,190",
            [(2240.0, "supported"), (1190.0, "contradicted")],
        ),
        # "per head of population" is a sum per head, not a population figure
        (
            "Per head of population, the United States spends about $2,240 on defence at "
            "constant 2015 prices.",
            [(2240.0, "supported")],
        ),
    ],
)
def test_spending_per_head(text, expected):
    got = milex.check(text, date="2025-05-02" if "SIPRI" in text else "2024-07-01").claims
    assert [
        (c.claim.value, c.verdict) for c in got if c.claim.kind == "spending_amount"
    ] == expected


def test_a_header_row_of_sources_under_a_title_with_the_year():
    # "| Ally | SIPRI | NATO |" under "... 2024 (% of GDP)": each column its source's 2024
    # share (Poland: SIPRI 4.15, NATO's 2025 edition 3.79; Germany: SIPRI 1.89, NATO 2.00)
    text = ("How two sources measure 2024 (% of GDP)\n"
            "| Ally | SIPRI | NATO |\n"
            "|---|---|---|\n"
            "| Poland | 4.2 | 3.8 |\n"
            "| Germany | 1.9 | 2.4 |")  # fmt: skip
    got = milex.check(text, date="2025-09-15").claims
    assert [(c.claim.value, c.verdict, c.claim.source) for c in got] == [
        (4.2, "supported", "SIPRI"),
        (3.8, "supported", "NATO"),
        (1.9, "supported", "SIPRI"),
        (2.4, "contradicted", "NATO"),
    ]


def test_a_table_whose_header_names_no_measure():
    # "| Ally | 2014 | 2024* |" with no title, and "| Ally (2024) | SIPRI | NATO |": the
    # figures read as shares of GDP only to support (2024 edition: Germany 2014 1.19, 2024
    # 2.12; Canada 2024 1.37, not 1.73)
    text = ("| Ally | 2014 | 2024* |\n"
            "|---|---|---|\n"
            "| Germany | 1.19 | 2.12 |\n"
            "| Canada | 1.01 | 1.73 |")  # fmt: skip
    got = milex.check(text, date="2024-07-15").claims
    assert [(c.claim.value, c.claim.year, c.verdict) for c in got] == [
        (1.19, 2014, "supported"),
        (2.12, 2024, "supported"),
        (1.01, 2014, "supported"),
        (1.73, 2024, "unverifiable"),
    ]
    text = "| Ally (2024) | SIPRI | NATO |\n|---|---|---|\n| Poland | 4.2 | 4.5 |"
    got = milex.check(text, date="2025-09-15").claims
    assert [(c.claim.value, c.claim.source, c.verdict) for c in got] == [
        (4.2, "SIPRI", "supported"),
        (4.5, "NATO", "unverifiable"),
    ]


def test_a_footnote_gives_the_year_of_the_marked_figures():
    # "*2024 estimates" under a title with no year (2024 edition: Greece 3.08, Italy 1.49)
    text = ("Allies' defence spending as a share of GDP\n"
            "Greece 3.08*\n"
            "Italy 1.94*\n"
            "* 2024 estimates")  # fmt: skip
    got = milex.check(text, date="2024-07-01").claims
    assert [(c.claim.value, c.claim.year, c.verdict) for c in got] == [
        (3.08, 2024, "supported"),
        (1.94, 2024, "contradicted"),
    ]


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # a place among a count: Canada 27th of 31 allies with figures (2024 edition, 1.37%)
        (
            "Canada, at 1.37% of GDP, ranks 27th of the 31 allies with armed forces.",
            "2024-07-01",
            [(27.0, "supported")],
        ),
        (
            "At 1.37% of GDP, Canada ranks 20th out of 31 allies.",
            "2024-07-01",
            [(20.0, "contradicted")],
        ),
        # the place after an ally's figure in brackets (2025 edition, 2025: Poland 4.48,
        # Lithuania 4.00, Latvia 3.73, Estonia 3.38: Estonia is fourth)
        (
            "Poland leads at 4.48% of GDP this year, with Lithuania (4.00%) second and Estonia "
            "(3.38%) third.",
            "2025-09-02",
            [(2.0, "supported"), (3.0, "contradicted")],
        ),
    ],
)
def test_places_in_lists_of_figures(text, day, expected):
    got = milex.check(text, date=day).claims
    assert [(c.claim.value, c.verdict) for c in got if c.claim.kind == "ranking"] == expected


def test_a_figure_on_its_own_line_over_its_caption():
    # a bulletin's layout (2024 edition: United Kingdom 2.33% in 2024; 23 allies at 2% or
    # more; SIPRI 2025: world 2,718 bn in 2024)
    text = ("2.33%\n"
            "Britain's defence spending as a share of GDP in 2024.\n\n"
            "20\n"
            "Allies spending at least 2% of GDP on defence in 2024, by NATO's estimates.")  # fmt: skip
    got = milex.check(text, date="2024-07-01").claims
    assert [(c.claim.value, c.claim.kind, c.verdict) for c in got] == [
        (2.33, "share_of_gdp", "supported"),
        (20.0, "count_meeting", "contradicted"),
    ]
    text = "$2,718bn\nWorldwide military expenditure in 2024, as SIPRI estimates it."
    got = milex.check(text, date="2025-05-02").claims
    assert [(c.claim.value, c.claim.subject, c.verdict) for c in got] == [
        (2718.0, "World (SIPRI)", "supported")
    ]
    # a lone figure over a line that is a sentence, not its caption, stays nobody's
    for text in ("2%\nThe alliance meets in The Hague next week, where Poland will push for more.",
                 "3.5%\nLeaders gather in The Hague next week."):  # fmt: skip
        assert milex.check(text, date="2024-07-01").claims == []
