"""The claim checker on small hand-written articles: what a reader of a verdict relies on.

Published figures quoted here are NATO's, from the tables of its 2024 (17 June 2024) and
2025 (28 August 2025) editions; `test_quoted_figures_are_the_official_ones` re-reads them
from the raw files when ../shared/sources is present.
"""

from __future__ import annotations

import csv
import json

import pytest

import milex
from milex.claims import input as article_input
from milex.claims.input import UnreadableArticle
from tests.conftest import SOURCES, needs_sources

# NATO Table 3, share of GDP (%), 2024 as published in each edition
POLAND_2024 = {2024: 4.12, 2025: 3.79}
GERMANY_2024 = {2024: 2.12, 2025: 2.00}
# allies at or above 2% of GDP in 2024, per edition
AT_2PCT_2024 = {2024: 23, 2025: 18}


def only(report, kind=None):
    claims = [c for c in report.claims if kind is None or c.claim.kind == kind]
    assert len(claims) == 1, [(c.claim.kind, c.claim.text) for c in report.claims]
    return claims[0]


# --- the must-have cases ---------------------------------------------------------------------

COUNT = (
    "NATO's figures, released the year before, showed 23 of the 32 allies meeting the 2% of "
    "GDP guideline in 2024."
)


def test_count_supported_by_the_edition_of_the_day():
    c = only(milex.check(COUNT, date="2025-03-13"), "count_meeting")
    assert c.verdict == "supported"
    assert c.evidence.edition == 2024 and c.evidence.value == AT_2PCT_2024[2024]
    assert c.claim.year == 2024 and c.claim.total == 32


def test_same_count_after_the_revision_is_contradicted_and_says_revised():
    # (not COUNT: its figures "released the year before" are the 2024 edition's, which did
    # count 23; see tests/test_claims_national_budgets.py)
    text = "NATO's figures show 23 of the 32 allies meeting the 2% of GDP guideline in 2024."
    c = only(milex.check(text, date="2025-09-15"), "count_meeting")
    assert c.verdict == "contradicted"
    assert c.evidence.edition == 2025 and c.evidence.value == AT_2PCT_2024[2025]
    assert "revised" in c.explanation and str(AT_2PCT_2024[2025]) in c.explanation


def test_poland_more_than_4pct_supported_in_2024_contradicted_after_revision():
    c = only(milex.check("Poland spends more than 4% of GDP on defence.", date="2024-07-01"))
    assert (c.verdict, c.claim.year, c.claim.hedge) == ("supported", 2024, "more_than")
    assert round(c.evidence.value, 2) == POLAND_2024[2024] and c.evidence.edition == 2024
    assert "3.79 in the 2025 edition" in c.revised
    later = only(
        milex.check("Poland spent more than 4% of GDP on defence in 2024.", date="2025-09-01")
    )
    assert later.verdict == "contradicted"
    assert round(later.evidence.value, 2) == POLAND_2024[2025] and later.evidence.edition == 2025


@pytest.mark.parametrize("day, edition", [("2025-01-20", 2024), ("2025-10-02", 2025)])
def test_germany_1_5pct_contradicted_with_both_editions_shown(day, edition):
    c = only(milex.check("Germany spent 1.5% of GDP on defence in 2024.", date=day))
    assert c.verdict == "contradicted" and c.evidence.edition == edition
    shown = {o["edition"]: round(o["value"], 2) for o in c.other_editions}
    assert shown == GERMANY_2024 | {2026: 2.00}  # 2026: core defence expenditure, Table 3
    assert {o["edition"]: o["basis"] for o in c.other_editions}[2026] == "core defence expenditure"
    for value in GERMANY_2024.values():
        assert f"{value:.2f}" in c.explanation


# --- editions of 2019 and 2026, and releases milex does not hold ------------------------------


def test_lithuania_2026_core_figure_is_supported_by_the_2026_edition():
    """NATO 2026 edition (7 July 2026), Table 3: Lithuania 2026 = 5.33 (core)."""
    text = "NATO says Lithuania will spend 5.33% of GDP on core defence in 2026."
    c = only(milex.check(text, date="2026-09-01"), "share_of_gdp")
    assert c.verdict == "supported"
    assert (c.evidence.edition, c.evidence.value, c.evidence.basis) == (
        2026, 5.33, "core defence expenditure"
    )  # fmt: skip
    assert "core defence expenditure" in c.explanation and "2026 edition" in c.explanation


def test_poland_2025_is_judged_on_the_2025_edition_and_the_core_figure_is_reported():
    """NATO 2025 edition: Poland 2025 = 4.48; 2026 edition (core): 4.25."""
    c = only(milex.check("Poland spends 4.48% of GDP in 2025.", date="2025-10-01"), "share_of_gdp")
    assert c.verdict == "supported" and c.evidence.edition == 2025
    assert c.evidence.basis == "defence expenditure"
    assert "4.25 in the 2026 edition" in c.revised and "core defence expenditure" in c.revised
    assert "change of definition" in c.explanation


def test_a_figure_of_the_older_measure_is_not_contradicted_by_the_core_edition():
    """After 7 July 2026 the 4.48 of the 2025 edition is not wrong: it measures something else."""
    c = only(milex.check("Poland spends 4.48% of GDP in 2025.", date="2026-09-01"), "share_of_gdp")
    assert c.verdict == "unverifiable" and c.evidence.edition == 2026
    assert "core defence expenditure" in c.explanation and "2025 edition" in c.explanation
    wrong = only(milex.check("Poland spends 3.9% of GDP in 2025.", date="2026-09-01"))
    assert wrong.verdict == "contradicted"  # neither measure gives 3.9


def test_a_count_the_older_measure_leaves_open_is_not_contradicted_by_the_core_edition():
    """'All 32 met 2% in 2025': the 2026 edition (core) counts 28 of 31 with figures, the
    2025 edition (defence expenditure) all 30 with figures, two without: neither is wrong."""
    text = "All 32 allies met the 2% guideline last year, NATO says."
    c = only(milex.check(text, date="2026-08-01"), "count_meeting")
    assert c.verdict == "unverifiable" and c.evidence.edition == 2026 and c.evidence.value == 28
    assert "2025 edition" in c.explanation and "core defence expenditure" in c.explanation


def test_an_article_of_december_2019_is_judged_on_the_june_2019_edition_and_says_so():
    """NATO 2019 edition (25 June 2019): US 2019 = 3.42%; newer figures came on 29 Nov 2019."""
    c = only(milex.check("The United States spent 3.42% of GDP on defence in 2019.",
                         date="2019-12-15"), "share_of_gdp")  # fmt: skip
    assert c.verdict == "supported" and c.evidence.edition == 2019
    assert "latest edition milex holds" in c.explanation and "29 November 2019" in c.explanation
    early = only(milex.check("The US spent 3.42% of GDP on defence in 2019.", date="2019-07-01"))
    assert early.verdict == "supported" and "does not hold" not in early.explanation


def test_a_year_only_a_newer_release_milex_lacks_covers_is_unverifiable_with_that_reason():
    c = only(milex.check("Poland will spend 2.2% of GDP on defence in 2021.", date="2021-07-01"))
    assert c.verdict == "unverifiable"
    assert "does not hold" in c.explanation and "11 June 2021" in c.explanation


# --- tolerance and hedges -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Germany spends 2% of GDP on defence.", "supported"),  # 2.12 at 0 decimals
        ("Germany spends 2.1% of GDP on defence.", "supported"),  # 2.12 at 1 decimal
        ("Germany spends 2.2% of GDP on defence.", "contradicted"),
        ("Germany spends more than 2% of GDP on defence.", "supported"),
        ("Germany spends less than 2% of GDP on defence.", "contradicted"),
        ("Germany spends nearly 2.2% of GDP on defence.", "supported"),  # 2.12 just below 2.2
        ("Germany spends about 2.2% of GDP on defence.", "supported"),  # within 5%
        ("Germany spends about 2.5% of GDP on defence.", "contradicted"),
        # a decimal hedged with 'about' allows a whole step of its last digit (2024 ed. Spain 1.28, 1.19 in 2023)
        ("Spain spends about 1.2% of GDP on defence.", "supported"),
        ("Spain spends about 1.0% of GDP on defence.", "contradicted"),
        ("Germany spends between 2.0 and 2.3 percent of GDP on defence.", "supported"),
    ],
)
def test_precision_and_hedges_set_the_comparison(text, verdict):
    c = only(milex.check(text, date="2024-07-01"))
    assert c.verdict == verdict, c.explanation
    assert c.tolerance


def test_the_data_are_compared_unrounded_at_the_edge():
    # Lithuania 2025: 3.9993 in NATO's 2025 Table 3, printed 4.00: "4%" agrees, "more than 4%" not
    assert (
        only(milex.check("Lithuania spends 4% of GDP.", date="2025-09-03")).verdict == "supported"
    )
    said = "Lithuania now spends more than 4% of GDP on defence."
    assert only(milex.check(said, date="2025-09-03")).verdict == "contradicted"


# --- never supported for lack of evidence ---------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("Germany will spend 2.4% of GDP on defence this year.", "2025-09-20"),  # no DEU 2025
        ("Poland spends 4% of GDP on defence.", "2024-03-01"),  # only the 2019 edition held then
        ("Iceland spends 0.1% of GDP on defence.", "2025-01-05"),  # no armed forces
        ("EU countries spend on average 1.9% of GDP on defence.", "2025-06-12"),
        ("According to the IISS, Germany spent 2.1% of GDP on defence in 2024.", "2025-03-01"),
        # which dollars? neither CAD 41.0 bn nor USD 30.5 bn (2024 ed.): open, not wrong
        ("Canada spent $35 billion on defence in 2024.", "2024-09-01"),
    ],
)
def test_unverifiable_with_a_reason(text, day):
    c = only(milex.check(text, date=day))
    assert c.verdict == "unverifiable"
    assert len(c.explanation) > 20


def test_money_after_the_2025_edition_falls_back_to_the_2024_tables_and_says_so():
    c = only(milex.check("Poland spent USD 35 billion on defence last year.", date="2025-09-20"))
    assert c.verdict == "supported" and c.evidence.edition == 2024
    assert "2024 edition, the latest that has it" in c.explanation


def test_euros_of_a_non_euro_ally_converted_at_natos_implied_rate():
    c = only(
        milex.check("The UK spent about EUR 76 billion on defence in 2024.", date="2024-09-01")
    )
    assert "implied rate" in c.evidence.note


# --- reading the text -----------------------------------------------------------------------


def test_quotation_speaker_and_we():
    text = (
        '"We spent 3.4% of GDP on defence last year and we will go higher," Norwegian state '
        "secretary Ingrid Solvberg said."
    )
    c = only(milex.check(text, date="2026-06-15"))
    assert c.claim.speaker == "Ingrid Solvberg" and c.claim.subject == "Norway"
    assert c.claim.year == 2025 and c.verdict == "supported"


def test_single_curly_quotes_and_apostrophes():
    text = (
        "‘Poland spends more than 4% of GDP on defence,’ said Polish minister Jan Nowak, adding "
        "that NATO’s figures and the allies’ own agree."
    )
    c = only(milex.check(text, date="2024-07-01"))
    assert (c.claim.speaker, c.claim.subject, c.verdict) == ("Jan Nowak", "Poland", "supported")


def test_numbers_that_are_not_claims_are_left_alone():
    text = (
        "Defence ministers met for a three-day summit on 9 July, voted 513 to 207, and agreed a "
        "30-day ceasefire proposal; 62% of respondents in a poll backed them."
    )
    assert milex.check(text, date="2024-07-01").claims == []


def test_relative_time_resolved_from_the_article_date():
    c = only(milex.check("Britain spent 2.3% of GDP on defence last year.", date="2024-08-05"))
    assert c.claim.year == 2023 and c.verdict == "supported"


def test_date_from_html_metadata_and_main_text_only():
    page = (
        '<html><head><meta property="article:published_time" content="2024-07-02T09:00:00Z">'
        "</head><body><nav>Poland spends 9% of GDP</nav><article><p>Poland spends more than "
        "4% of its GDP on defence.</p></article><footer>Germany spends 7% of GDP</footer>"
        "</body></html>"
    )
    report = milex.check(page)
    assert report.date.isoformat() == "2024-07-02"
    assert [c.claim.value for c in report.claims] == [4.0]


@pytest.mark.parametrize("cell", ["th", "td"])
def test_an_html_table_keeps_its_column_years_with_its_figures(cell):
    """2024 edition, Table 3: Poland 1.88 (2014) and 4.12 (2024), Spain 0.92 and 1.28. Each
    cell is judged for its column's year, with or without header cells."""
    page = (
        '<html><head><meta name="date" content="2024-07-12"></head><body><article>'
        "<p>Defence spending as a share of GDP:</p><table>"
        f"<tr><{cell}>Ally</{cell}><{cell}>2014</{cell}><{cell}>2024</{cell}></tr>"
        "<tr><td>Poland</td><td>1.88%</td><td>4.12%</td></tr>"
        "<tr><td>Spain</td><td>0.92%</td><td>1.28%</td></tr></table></article></body></html>"
    )
    got = [
        (c.claim.subject, c.claim.year, c.claim.value, c.verdict) for c in milex.check(page).claims
    ]
    assert got == [("Poland", 2014, 1.88, "supported"), ("Poland", 2024, 4.12, "supported"),
                   ("Spain", 2014, 0.92, "supported"), ("Spain", 2024, 1.28, "supported")]  # fmt: skip


def test_html_line_breaks_keep_a_list_under_its_header():
    """2024 edition, Table 3: Germany 2.12 in 2024, 1.19 in 2014. Lines broken with <br> stay
    lines, so each figure is read under its own header; run together, the 2.12 would take the
    next header's year and be contradicted."""
    page = ('<html><head><meta name="date" content="2024-07-12"></head><body><article><p>'
            "Share of GDP in 2024:<br>Germany 2.12%<br>Share of GDP in 2014:<br>Germany 1.19%"
            "</p></article></body></html>")  # fmt: skip
    got = [(c.claim.year, c.claim.value, c.verdict) for c in milex.check(page).claims]
    assert got == [(2024, 2.12, "supported"), (2014, 1.19, "supported")]


def test_date_from_json_ld_and_from_a_date_line():
    page = (
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2025-09-15"}]}</script></head><body><p>x</p></body></html>'
    )
    assert milex.check(page).date.isoformat() == "2025-09-15"
    assert milex.check("Date: 2024-06-20\n\nText.").date.isoformat() == "2024-06-20"


def test_without_a_date_the_latest_edition_is_assumed_and_said():
    report = milex.check("Poland spends 4.48% of GDP on defence this year.")
    assert report.notes and "latest" in report.notes[0]
    assert json.loads(report.to_json())["article"]["date_source"] == "assumed"


# --- input that is not an article -----------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, bytes(range(256)) * 40, b"%PDF-1.7\n..."],
)
def test_binary_input_gets_a_clear_message(data):
    with pytest.raises(UnreadableArticle, match="not an article|PNG|PDF"):
        milex.check(data)


def test_input_above_the_limit_is_refused_before_reading():
    with pytest.raises(UnreadableArticle, match="MB limit"):
        milex.check(b"a" * (article_input.MAX_BYTES + 1))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "7" * 200_000,
        '"' * 10_000 + "Poland spends 4% of GDP." + '"' * 10_000,
        "<div>" * 30_000 + "<p>Poland spends 4% of GDP this year.</p>",
        "<p>unclosed <b>tags <i>everywhere " * 2_000,
        "Poland spends 4% of GDP and " * 20_000,  # about 0.5 MB with no full stop
        "1.2.3.4.5.6.7.8.9." * 10_000 + " 2024/25/26 $$$ %%% EUR EUR 1,2,3,4,5",
    ],
)
def test_pathological_input_does_not_crash(text):
    report = milex.check(text, date="2024-07-01")
    assert isinstance(report.claims, list)
    for c in report.claims:
        assert c.verdict in ("supported", "contradicted", "unverifiable")


# --- outputs --------------------------------------------------------------------------------


def test_outputs_json_html_claimreview_frame():
    text = 'Date: 2024-07-01\n\n"Poland spends more than 4% of GDP <on> defence," said Jan Nowak.'
    report = milex.check(text)
    data = json.loads(report.to_json())
    assert (
        data["claims"][0]["verdict"] == "supported" and data["claims"][0]["speaker"] == "Jan Nowak"
    )
    page = report.to_html()
    assert "&lt;on&gt;" in page and "<on>" not in page
    assert "http" not in page.replace("https://schema.org", "")  # nothing loaded from outside
    review = report.to_claimreview()[0]
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "supported"
    assert review["itemReviewed"]["datePublished"] == "2024-07-01"
    assert review["itemReviewed"]["author"]["name"] == "Jan Nowak"
    frame = report.to_frame()
    assert list(frame["verdict"]) == ["supported"]
    assert "SUPPORTED" in report.to_text()


@needs_sources
def test_quoted_figures_are_the_official_ones():
    def table3(path, edition):
        with open(path, newline="", encoding="utf-8") as f:
            return [
                r
                for r in csv.DictReader(f)
                if r["measure"] == "def_exp_pct_gdp"
                and r["year"] == "2024"
                and r["edition"] == str(edition)
            ]

    raw = {
        2024: table3(SOURCES / "nato-2024" / "nato_2024_tables_long.csv", 2024),
        2025: table3(SOURCES / "nato-2025" / "nato_2025_tables_long.csv", 2025),
    }
    for edition, rows in raw.items():
        by_ally = {r["ally"]: float(r["value"]) for r in rows}
        assert round(by_ally["Poland"], 2) == POLAND_2024[edition]
        assert round(by_ally["Germany"], 2) == GERMANY_2024[edition]
        allies = [a for a in by_ally if not a.startswith("NATO")]
        assert sum(by_ally[a] >= 2 for a in allies) == AT_2PCT_2024[edition]


# --- phrasings beyond the corpus: each case names what it guards -------------------------------

READINGS = [
    ("subject in a prepositional phrase", "2024-07-15",
     "Defence spending in Norway rose to 2.2% of GDP in 2024, NATO estimated in June.",
     [("share_of_gdp", "Norway", 2024, 2.2, "supported")]),
    ("nationality adjective as subject", "2024-08-01",
     "The Dutch government spent 2.05 per cent of GDP on defence in 2024.",
     [("share_of_gdp", "Netherlands", 2024, 2.05, "supported")]),
    ("euro amount, national currency table", "2024-10-01",
     "Germany's defence budget, at €90.6bn this year, is the largest in Europe.",
     [("spending_amount", "Germany", 2024, 90.6, "supported")]),
    ("figure before its subject", "2024-07-01",
     "At 4.1%, Poland's defence spending is the highest in NATO relative to GDP.",
     [("share_of_gdp", "Poland", 2024, 4.1, "supported"), ("ranking", "Poland", 2024, 1, "supported")]),
    ("superlative ranking, lowest", "2024-07-01",
     "Spain remains the alliance's lowest spender at 1.28% of GDP.",
     [("ranking", "Spain", 2024, 31, "supported"), ("share_of_gdp", "Spain", 2024, 1.28, "supported")]),
    ("a decade ago", "2024-06-20",
     "NATO says 23 allies will meet the target this year, compared with just three a decade ago.",
     [("count_meeting", "NATO", 2024, 23, "supported"), ("count_meeting", "NATO", 2014, 3, "supported")]),
    ("allies below a threshold", "2024-06-20",
     "Eleven allies spent less than 2% of GDP on defence in 2024, NATO's new figures show.",
     [("count_meeting", "NATO", 2024, 11, "contradicted")]),  # eight were below
    ("role without a name gives 'we' its country", "2024-07-01",
     '"We are spending 2.1% of GDP this year," the French minister said.',
     [("share_of_gdp", "France", 2024, 2.1, "supported")]),
    ("group of allies", "2025-09-10",
     "The Baltic states all spend more than 3% of GDP on defence this year.",
     [("share_of_gdp", c, 2025, 3, "supported") for c in ("Estonia", "Latvia", "Lithuania")]),
    ("respectively", "2024-08-01",
     "Some NATO members, including Italy and Spain, remain short of 2%, spending 1.49% and 1.28% respectively.",
     [("share_of_gdp", "Italy", 2024, 1.49, "supported"), ("share_of_gdp", "Spain", 2024, 1.28, "supported")]),
    ("pronoun carried from the previous sentence", "2024-07-01",
     "Poland leads the table. It is estimated to spend 4.1% of its GDP on defence this year.",
     [("share_of_gdp", "Poland", 2024, 4.1, "supported")]),
    ("deadline by month and year", "2025-03-01",
     "The UK plans to raise defence spending to 2.5% of GDP by April 2027.",
     [("policy_amount", "United Kingdom", 2027, 2.5, "supported")]),
    ("national currency word", "2024-09-01",
     "Poland will spend 151 billion zlotys on defence this year.",
     [("spending_amount", "Poland", 2024, 151, "supported")]),
    ("owner named after the figure", "2024-07-10",
     "Spending on equipment makes up more than a third of the UK's defence budget.",
     [("equipment_share", "United Kingdom", 2024, 33.33, "supported")]),
    ("'for the first time' is not a ranking", "2024-07-10",
     "The Netherlands hit the 2% target for the first time in 2024, at 2.05%.",
     [("share_of_gdp", "Netherlands", 2024, 2, "supported"),
      ("share_of_gdp", "Netherlands", 2024, 2.05, "supported")]),
    ("two figures, two years", "2024-07-10",
     "Poland's defence spending rose from 2.2 percent of GDP in 2022 to 3.3 percent in 2023.",
     [("share_of_gdp", "Poland", 2022, 2.2, "supported"), ("share_of_gdp", "Poland", 2023, 3.3, "supported")]),
    ("SIPRI's figures judged on SIPRI", "2025-05-01",
     "SIPRI puts US military spending in 2024 at $997bn, or 3.4% of GDP.",
     [("spending_amount", "United States", 2024, 997, "supported"),
      ("share_of_gdp", "United States", 2024, 3.4, "supported")]),
    ("a pledge announced", "2025-02-26",
     "Keir Starmer announced that UK defence spending will rise to 2.5% of GDP by 2027.",
     [("policy_amount", "United Kingdom", 2027, 2.5, "supported")]),
    ("a share of a year before a pledge", "2025-06-25",
     "Spain, which spent 1.28% of GDP last year, has said it will not go beyond 2.1%.",
     [("share_of_gdp", "Spain", 2024, 1.28, "supported"), ("policy_amount", "Spain", None, 2.1, "supported")]),
    ("a forecast of an ally without a pledge", "2025-09-10",
     "Germany's defence spending is set to rise to 3.5% of GDP by 2029.",
     [("share_of_gdp", "Germany", 2029, 3.5, "unverifiable")]),
    ("an earlier estimate is judged on the earlier edition", "2025-09-01",
     "A total of 18 allies met the target in 2024, down from the 23 previously estimated.",
     [("count_meeting", "NATO", 2024, 18, "supported"), ("count_meeting", "NATO", 2024, 23, "supported")]),
    ("from one count to another", "2024-07-01",
     "The number of allies meeting the guideline has risen from three in 2014 to 23 this year.",
     [("count_meeting", "NATO", 2014, 3, "supported"), ("count_meeting", "NATO", 2024, 23, "supported")]),
    ("allied total named after the figure", "2024-07-01",
     "The US will spend about $968 billion this year, two-thirds of the allied total of $1.47 trillion.",
     [("spending_amount", "United States", 2024, 968, "supported"),
      ("spending_amount", "NATO", 2024, 1.47, "supported")]),
    ("membership in a hyphenated adjective", "2023-07-12",
     "The 31-member alliance met in Vilnius this week.",
     [("membership_count", "NATO", None, 31, "supported")]),  # Finland joined on 4 April 2023
    ("membership in a hyphenated adjective, outdated", "2024-07-01",
     "The 30-nation alliance gathers in Washington next week.",
     [("membership_count", "NATO", None, 30, "contradicted")]),  # 32 since 7 March 2024
    ("the alliance's size in a year the sentence names", "2024-04-04",
     "In 1949, 12 member states founded the alliance in Washington.",
     [("membership_count", "NATO", None, 12, "supported")]),
    ("the alliance's size after 'grew to'", "2024-07-01",
     "Since the end of the Cold War the alliance has grown to 32 members.",
     [("membership_count", "NATO", None, 32, "supported")]),
    ("the terms of a summit declaration two days before it", "2025-06-23",
     "On Wednesday the allies will commit to a target of 5% of GDP by 2035, with at least 3.5% "
     "on core needs.",
     [("guideline_value", "NATO", None, 5, "supported"), ("guideline_value", "NATO", None, 3.5, "supported")]),
    ("a count against 'the target' that no guideline makes right", "2024-07-01",
     "Now 25 of the 32 allies have reached the spending target.",
     [("count_meeting", "NATO", 2024, 25, "contradicted")]),  # 23 at 2%, 29 at 20% equipment
    ("the members together as the spender", "2024-07-11",
     "The alliance says its 32 members will spend $1.47 trillion on defence this year.",
     [("spending_amount", "NATO", 2024, 1.47, "supported")]),  # Table 2: USD 1,474,407 m
    ("'by a wide margin' is not a poll", "2024-07-11",
     "The US remains the biggest spender by a wide margin, at $968 billion this year.",
     [("spending_amount", "United States", 2024, 968, "supported")]),  # Table 2: 967,707
    ("'exceed' states a lower bound", "2024-07-04",
     "Greece's defence outlays exceed 2 percent of GDP.",
     [("share_of_gdp", "Greece", 2024, 2, "supported")]),  # Table 3: 3.08
    ("'one of just five' is a count", "2024-07-04",
     "Greece is one of just five allies whose defence outlays exceed 3 percent of GDP.",
     [("count_meeting", "NATO", 2024, 5, "supported")]),  # Table 3: Poland, Estonia, US, Latvia, Greece
    ("'one of only four' is a count, here wrong", "2024-07-04",
     "Latvia is one of only four allies whose defence outlays exceed 3 percent of GDP.",
     [("count_meeting", "NATO", 2024, 4, "contradicted")]),
    ("before the first edition held: wrong only beyond twice any revision", "2018-07-11",
     "The United States spends 4% of its GDP on defence this year.",
     [("share_of_gdp", "United States", 2018, 4, "contradicted")]),  # 3.30 (2019 ed.), 3.26 (2024 ed.)
    ("before the first edition held: beyond a revision, not twice", "2018-07-11",
     "The United States spends 3.8% of its GDP on defence this year.",
     [("share_of_gdp", "United States", 2018, 3.8, "unverifiable")]),  # off by 0.5 of 3.30
    ("before the first edition held: within the revisions", "2018-07-11",
     "The United States spends 3.5% of its GDP on defence this year.",
     [("share_of_gdp", "United States", 2018, 3.5, "unverifiable")]),
    ("the alliance as the source is not the subject carried", "2024-07-04",
     "Figures the alliance released on Monday put Greece second in the ranking.\n\n"
     "It devotes more than 3 percent of GDP to defence.",
     [("share_of_gdp", "Greece", 2024, 3, "supported")]),
    ("'with the US counted' is the alliance's total", "2025-09-01",
     "European allies and Canada are set to spend 2.27% of GDP this year; with the US counted, "
     "the figure rises to 2.76%.",
     [("share_of_gdp", "Europe and Canada", 2025, 2.27, "supported"),
      ("share_of_gdp", "NATO", 2025, 2.76, "supported")]),  # Table 3, 2025 edition
    ("a pledge timed by its own words ('the next parliament') is that pledge", "2025-03-01",
     "Starmer aims for 3% of GDP on defence in the next parliament, which starts in 2029.",
     [("policy_amount", "United Kingdom", None, 3, "supported")]),  # UK, 25 Feb 2025
    ("an amount that is due later is a plan", "2025-09-01",
     "Britain's 2024 defence budget, $82.1 billion, is due to reach $90 billion.",
     [("spending_amount", "United Kingdom", 2024, 82.1, "supported"),
      ("spending_amount", "United Kingdom", 2024, 90, "unverifiable")]),  # Table 2: USD 82,107 m
    ("a share whose owner the sentence does not say", "2026-02-26",
     "Under the new draft budget, defence spending falls to 2.1% of GDP.",
     [("share_of_gdp", None, 2026, 2.1, "unverifiable")]),
    ("a projection of an ally's share", "2025-08-29",
     "The minister said the new budget would lift Poland's defence outlays to 4.8% of GDP.",
     [("share_of_gdp", "Poland", 2025, 4.8, "unverifiable")]),  # Table 3, 2025 edition: 4.48
    ("a government's own aim, no NATO named", "2026-02-26",
     "The former government had aimed to lift defence spending step by step to 3% of GDP by 2030.",
     # no guideline is 3% and nothing ties the aim to NATO: a plan of no one named, unjudged
     [("policy_amount", None, 2030, 3, "unverifiable")]),
    ("scale and currency in one hyphenated word", "2025-03-05",
     "The Commission's plan includes a 150-billion-euro loan facility for defence.",
     [("policy_amount", "EU", None, 150, "supported")]),  # SAFE, proposed 4 March 2025
    ("a programme named far from its size", "2025-05-27",
     "SAFE became the first large EU defence investment programme built for joint "
     "procurement by member states, worth up to EUR 150 billion.",
     [("policy_amount", "EU", None, 150, "supported")]),
    ("a conversion in brackets between the figure and its programme", "2025-09-09",
     "Poland gets the largest share of a EUR 150 billion ($176 billion) defence loan package.",
     [("policy_amount", "EU", None, 150, "supported")]),
    ("a fund outside defence that a defence law created", "2025-03-19",
     "The amendment also sets up a EUR 500 billion special fund for infrastructure.",
     [("policy_amount", "Germany", None, 500, "supported")]),  # Bundestag, 18 March 2025
    ("'most allies' is more than half", "2025-09-01",
     "In 2024 most members met or beat the 2% benchmark.",
     [("count_meeting", "NATO", 2024, 16, "supported")]),  # 2025 edition: 18 of 32
    ("'all except Iceland' is all but one", "2024-07-01",
     "This year all allies except Iceland spend at least 1% of GDP on defence.",
     [("count_meeting", "NATO", 2024, 31, "supported")]),  # 2024 edition: 31 with figures, all above 1%
    ("'like the other 31' is all 32", "2024-07-01",
     "Poland, like the other 31 allies, spends more than 1% of GDP on defence this year.",
     [("count_meeting", "NATO", 2024, 32, "unverifiable")]),  # Iceland has no figure: 31 of 31
    ("a threshold written with a hyphen", "2025-09-01",
     "That leaves Poland as the only ally above the 4-percent line this year.",
     [("count_meeting", "NATO", 2025, 1, "supported")]),  # 2025 edition: Poland 4.48; Lithuania 4.00
    ("'alliance members' in a count", "2024-07-01",
     "In 2014 only three alliance members put at least 2% of GDP into defence.",
     [("count_meeting", "NATO", 2014, 3, "supported")]),  # 2024 edition: US, UK, Greece
    ("'should' in what the allies agreed is the commitment, not a demand", "2025-06-25",
     "The allies agreed that defence spending should reach 5% of GDP by 2035.",
     [("guideline_value", "NATO", None, 5, "supported")]),
    ("'committed to spending' is a pledge, not a count of allies", "2025-06-25",
     "On Wednesday the 32 NATO member states committed to spending 5% of GDP annually by 2035.",
     [("guideline_value", "NATO", None, 5, "supported"), ("membership_count", "NATO", None, 32, "supported")]),
    ("'would' in reported speech", "2025-02-26",
     "Counting the intelligence services, defence spending would reach 2.6% of GDP by 2027, "
     "according to the prime minister.",
     [("policy_amount", "United Kingdom", 2027, 2.6, "supported")]),
    ("a commitment's part that names another field", "2025-09-01",
     "Another 1.5% is to go on defence-related items such as infrastructure.",
     [("guideline_value", "NATO", None, 1.5, "supported")]),
    ("a rule agreed is the commitment, not a count", "2025-04-24",
     "At Vilnius they agreed that every ally should put at least 2% of GDP into defence.",
     [("guideline_value", "NATO", None, 2, "supported")]),
    ("an unattributed share in the week of SIPRI's release; owner after 'Yet at'", "2025-04-28",
     "Yet at 1.9% of its GDP, Germany's military spending still falls just short of 2%.",
     [("share_of_gdp", "Germany", 2024, 1.9, "supported")]),  # SIPRI 1.89; NATO 2.12 (2024 ed.)
    ("a national currency names its ally", "2024-09-01",
     "This year the government will spend 151 billion zlotys on defence, the minister said.",
     [("spending_amount", "Poland", 2024, 151, "supported")]),  # Table 1: PLN 151,241 m (2024e)
    ("thousands set off by spaces", "2024-09-01",
     "Poland's defence budget this year is 151 241 000 000 zlotys.",
     [("spending_amount", "Poland", 2024, 151241, "supported")]),  # in millions, as Table 1
    ("a change from last year: the end point is not last year's", "2024-07-10",
     "Poland's defence spending rose from 3.26% of GDP last year to 4.12%.",
     [("share_of_gdp", "Poland", 2023, 3.26, "supported"), ("share_of_gdp", "Poland", 2024, 4.12, "supported")]),
    ("a count from last year to now", "2024-07-10",
     "The number of allies meeting the 2% target has risen from 10 last year to 23.",
     [("count_meeting", "NATO", 2023, 10, "supported"), ("count_meeting", "NATO", 2024, 23, "supported")]),
    ("a starting point after the end point: no year of its own", "2024-07-10",
     "Poland's defence share jumped to 4.12% of GDP from 3.26%.",
     [("share_of_gdp", "Poland", 2024, 4.12, "supported"), ("share_of_gdp", "Poland", None, 3.26, "unverifiable")]),
    ("a figure with no year that is last year's, from the report before the new definition",
     "2026-09-01", "Poland spends 4.48% of GDP on defence. Spain spends 1.5%.",
     [("share_of_gdp", "Poland", 2026, 4.48, "unverifiable"),  # 2025 ed., 2025: 4.48; 2026 ed. (core), 2026: 4.68
      ("share_of_gdp", "Spain", 2026, 1.5, "contradicted")]),  # 2026 ed., 2026: 2.00 (2025: 2.00)
    ("the allies of a count, named in the next sentence, one of them wrongly", "2024-07-10",
     "Eight allies still spend less than 2% of GDP. Among them are Belgium, Canada, Poland and Spain.",
     [("count_meeting", "NATO", 2024, 8, "supported"),  # eight below 2.00 in 2024
      ("share_of_gdp", "Belgium, Canada, Poland, Spain", 2024, 2, "contradicted")]),  # Poland 4.12
    ("allies in Europe and Canada are the group, not Canada", "2024-07-01",
     "NATO allies in Europe and Canada will spend USD 507 billion in 2024. Defence spending by the "
     "European members of NATO and Canada will rise 17.9 percent in real terms in 2024.",
     [("spending_amount", "Europe and Canada", 2024, 507, "supported"),  # Table 2: 506,690 m
      ("real_change", "Europe and Canada", 2024, 17.9, "supported")]),  # Table 3: 17.95
    ("'for the first time since 2014' is not every year since 2014", "2024-07-01",
     "Germany will hit 2% this year for the first time since 2014.",
     [("share_of_gdp", "Germany", 2024, 2, "supported")]),  # 2.12 (2014-2023 below 2)
    ("a target 'set for 2035' is due then, not agreed then", "2025-09-01",
     "Poland already exceeds the 3.5% core target set for 2035.",
     [("guideline_value", "NATO", None, 3.5, "supported")]),  # The Hague, 25 June 2025
    ("a figure after 'can' is what an ally may reach, not what it spends", "2025-08-29",
     "Belgium is unsure it can reach 5%.",
     [("share_of_gdp", "Belgium", 2025, 5, "unverifiable")]),  # 2025 ed.: 2.00
    ("a measured share after a commitment's name is the ally's, not the commitment's", "2025-08-29",
     "Poland already exceeds the new 3.5% core target, spending 4.48% of GDP this year.",
     [("share_of_gdp", "Poland", 2025, 4.48, "supported")]),  # 2025 ed., Table 3: 4.48
    ("a commitment's deadline is not the year of the shares after it", "2025-08-29",
     "Only Poland, Lithuania and Latvia already exceed the alliance's 3.5% core target due by 2035, "
     "spending 4.48%, 4.00% and 3.73% respectively, according to NATO's latest estimates.",
     [("share_of_gdp", "Poland", 2025, 4.48, "supported"), ("share_of_gdp", "Lithuania", 2025, 4.0, "supported"),
      ("share_of_gdp", "Latvia", 2025, 3.73, "supported")]),  # 2025 ed., Table 3
    ("'the NATO average' may be the allies' median, not the combined share", "2024-06-25",
     "Turkiye sits at 2.09%, just under the NATO average of 2.11%.",
     [("share_of_gdp", "Türkiye", 2024, 2.09, "supported"),
      ("share_of_gdp", "NATO", 2024, 2.11, "unverifiable")]),  # total 2.71; median of 31 allies 2.11
    ("a level a change starts from is not a commitment's value", "2024-07-01",
     "Since the 2014 pledge, average spending across the allies has climbed from 1.4% of GDP.",
     [("share_of_gdp", "NATO", 2014, 1.4, "unverifiable")]),  # total 2.58; mean of 27 allies 1.38
    ("allies reaching a level are the ones after the last figure, not those before it", "2025-08-28",
     "Poland is first at 4.48%, then Lithuania at 4.00%, and Spain, Italy and Belgium are now "
     "reaching two percent.",
     [("share_of_gdp", "Spain", 2025, 2, "supported"), ("share_of_gdp", "Belgium", 2025, 2, "supported")]),
    ("'in eight years' after a plan is a deadline, not this year", "2024-07-11",
     "The prime minister says Canada expects to reach the spending target in eight years.",
     [("share_of_gdp", "Canada", 2032, 2, "unverifiable")]),  # 2024 ed.: 1.37 in 2024; 2032 not held
    ("a plan showing how a level will be reached states no level", "2024-07-11",
     "Canada is under pressure to present a plan showing how it will get to two per cent.",
     [("share_of_gdp", "Canada", 2024, 2, "unverifiable")]),  # 2024 ed.: 1.37
    ("a national leader's pledge said to be in line with NATO is not NATO's commitment", "2025-03-20",
     "The prime minister again pledged to lift defence spending to 2% of GDP by 2029, in line with "
     "NATO obligations, and to 2.5% by 2034.",
     [("guideline_value", "NATO", None, 2, "unverifiable"), ("guideline_value", "NATO", None, 2.5, "unverifiable")]),
    ("a government analysis is a source milex does not hold", "2024-07-11",
     "A government analysis in April forecast that the UK's NATO-qualifying defence spending would "
     "reach 2.32% of GDP in the 2024-25 financial year.",
     [("share_of_gdp", "United Kingdom", 2024, 2.32, "unverifiable")]),  # NATO 2024 ed.: 2.33
    ("figures in brackets after a clause about rises are each ally's change", "2025-04-28",
     "SIPRI says the steepest annual rises last year were in Romania (43%), the Netherlands (35%) "
     "and Sweden (34%).",
     [("real_change", "Romania", 2024, 43, "supported"), ("real_change", "Netherlands", 2024, 35, "supported"),
      ("real_change", "Sweden", 2024, 34, "supported")]),  # SIPRI April 2025: 43.3, 35.0, 33.9
    ("a count's own 'met the target' is its threshold, not a figure past a comma", "2024-06-18",
     "In 2021, only six countries met the target, and critics have threatened countries that fail "
     "to reach the 2% target.",
     [("count_meeting", "NATO", 2021, 6, "supported")]),  # 2024 ed.: 6 allies at 2% in 2021
    ("'for the first time since its creation in 2014' does not date the count", "2025-08-29",
     "In 2025, 31 of the 32 allies will meet the 2% benchmark for the first time since its creation in 2014.",
     [("count_meeting", "NATO", 2025, 31, "unverifiable")]),  # 2025 ed.: 30 of 30 with figures; Germany none
    ("allies set aside with 'besides' are counted too", "2019-06-26",
     "Besides the US, only six of NATO's 29 members met the 2% target this year.",
     [("count_meeting", "NATO", 2019, 7, "supported")]),  # 2019 ed.: 7 allies at 2% in 2019, the US one
    ("'tripled from $8.6 billion in 2014' is a change since 2014, not in one year", "2024-06-20",
     "Measured at constant prices, Poland's defence outlays more than tripled from $8.6 billion in 2014 "
     "to $27 billion this year.",
     [("real_change", "Poland", 2024, 200, "supported"),  # Table 4: +213.66% since 2014 (2024e)
      ("spending_amount", "Poland", 2014, 8.6, "supported")]),  # Table 2, constant 2015: 8,560 m
    ("a commitment noun after two figures names both ('the 3.5% and 5% goals')", "2025-08-29",
     "Spain, which raised its defence budget sharply to reach 2% this year, admits that the 3.5% "
     "and 5% goals will be hard to meet.",
     [("share_of_gdp", "Spain", 2025, 2, "supported"),  # 2025 ed.: 2.00
      ("share_of_gdp", "Spain", 2025, 3.5, "unverifiable")]),  # The Hague's 3.5%, not Spain's share
    ("'previously lagging' is no earlier estimate, and allies 'such as Spain' are the subject", "2025-08-28",
     "Poland leads at 4.48%, followed by the United States at 3.22%, with previously lagging "
     "countries such as Spain now reaching two percent.",
     [("share_of_gdp", "United States", 2025, 3.22, "supported"),  # 2025 ed.: 3.22
      ("share_of_gdp", "Spain", 2025, 2, "supported")]),  # 2.00
    ("an ally right after 'X% of GDP' that spent it owns it", "2024-06-20",
     "The figure marks a rise from the 3.26% of GDP Poland spent on defence last year.",
     [("share_of_gdp", "Poland", 2023, 3.26, "supported")]),  # 2024 ed.: 3.26 (2023)
    ("an ally's name alone between dashes is the subject, not an aside", "2025-08-29",
     "Another neighbour of Russia — Norway — completes the top five with 3.35%.",
     [("share_of_gdp", "Norway", 2025, 3.35, "supported")]),  # 2025 ed.: 3.35
    ("'4.5 and 4 per cent ... respectively': the unit is both numbers'", "2025-08-29",
     "Poland and Lithuania lead the pack, allocating 4.5 and 4 per cent of GDP respectively.",
     [("share_of_gdp", "Poland", 2025, 4.5, "supported"), ("share_of_gdp", "Lithuania", 2025, 4, "supported")]),
    ("'countries like Spain, Italy and Belgium' are the subject", "2025-01-24",
     "Some big allies fell short, with countries like Spain, Italy and Belgium spending less than 1.5% in 2024.",
     [("share_of_gdp", "Spain", 2024, 1.5, "supported"), ("share_of_gdp", "Italy", 2024, 1.5, "supported"),
      ("share_of_gdp", "Belgium", 2024, 1.5, "supported")]),  # 2024 ed.: 1.28, 1.49, 1.30
    ("'the real increase for 2024 is 17.9% across European allies and Canada'", "2024-07-01",
     '"The real increase for 2024 is 17.9 percent across European allies and Canada," the secretary '
     "general told reporters.",
     [("real_change", "Europe and Canada", 2024, 17.9, "supported")]),  # 2024 ed., Table 3: 17.95
    ("raising spending 'by 0.86% of GDP' is a change in the share, not the share", "2025-07-01",
     "Poland raised its defence spending by 0.86% of GDP in 2024, and Spain by 0.5% of GDP.",
     [("share_of_gdp", "Poland", 2024, 0.86, "supported"),  # 2024 ed.: 3.26 -> 4.12
      ("share_of_gdp", "Spain", 2024, 0.5, "unverifiable")]),  # 1.19 -> 1.28: never called wrong
    ("an ally's 'core defence spending' this year is its share, not The Hague's value", "2026-09-01",
     "Germany's core defence spending will reach 2.69% of GDP this year, up from 2.22% last year.",
     [("share_of_gdp", "Germany", 2026, 2.69, "supported"),  # 2026 ed. (core): 2.69 (2026e)
      ("share_of_gdp", "Germany", 2025, 2.22, "supported")]),  # 2.22 (2025e)
    ("an ally's own plan of 3.5% by 2029 is not a wrong deadline of The Hague's", "2026-09-01",
     "Germany's core defence spending will reach 3.5% of GDP by 2029.",
     [("guideline_value", "NATO", None, 3.5, "unverifiable")]),
    ("'leads the alliance at 5.33%': the leader's figure", "2026-09-01",
     "Lithuania leads the alliance at 5.33% of GDP this year.",
     [("share_of_gdp", "Lithuania", 2026, 5.33, "supported")]),  # 2026 ed. (core): 5.33
    ("'Of the 32 NATO members, 18 ...': a count with its total before it", "2025-04-28",
     "Of the 32 NATO members, 18 spent at least 2% of GDP on their militaries in 2024, according to SIPRI.",
     [("count_meeting", "NATO", 2024, 18, "supported")]),  # SIPRI April 2025: 18 allies at 2% or more
    ("a budget split by category: each share is NATO's breakdown, not a share of GDP", "2025-09-10",
     "NATO's figures show Italy's 2025 budget split into 42.8% on personnel, 29.6% on operations and "
     "25.7% on equipment.",
     [("personnel_share", "Italy", 2025, 42.8, "supported"),  # 2025 ed., Table 8b: 42.85
      ("other_share", "Italy", 2025, 29.6, "supported"),  # Table 8b, other (incl. O&M): 29.57
      ("equipment_share", "Italy", 2025, 25.7, "supported")]),  # Table 8a: 25.68
    ("'the largest share' of one ally's budget is no rank among allies", "2024-07-01",
     "Of Portugal's defence budget in 2024, the largest share, 58.6%, goes on personnel.",
     [("personnel_share", "Portugal", 2024, 58.6, "supported")]),  # 2024 ed., Table 8b: 58.63
    ("'signed the 2014 pledge to spend 2%' states the Wales pledge, not Canada's share", "2024-07-09",
     "Canada readily signed the 2014 pledge to spend 2 per cent of GDP on defence.",
     [("guideline_value", "NATO", None, 2, "supported")]),  # Wales, 5 September 2014
    ("'has announced a rise to 3.5%' is a plan", "2024-12-10",
     "Lithuania has announced a rise to 3.5 per cent of GDP.",
     [("share_of_gdp", "Lithuania", 2024, 3.5, "unverifiable")]),  # 2024 ed.: 2.85 in 2024
    ("'argues for a split of 3% and 2%' is a proposal", "2025-06-20",
     "Belgium argues for a split of 3% and 2% instead.",
     [("share_of_gdp", "Belgium", 2024, 3, "unverifiable")]),  # 2024 ed.: 1.30
    ("'closer to 2 percent' is a hedge", "2025-01-13",
     "The United Kingdom spends closer to 2 percent of GDP.",
     [("share_of_gdp", "United Kingdom", 2024, 2, "supported")]),  # 2024 ed.: 2.33, one step of 2
    ("a demand reported with 'should' stays a demand", "2025-02-26",
     "That is far below what the US president has demanded NATO members spend, with Mr Trump saying "
     "they should all be spending 5%.",
     [("unread", "NATO", None, 5, "unverifiable")]),
    ("'the latter at 1.28%' is the last ally's figure, not the whole list's", "2024-06-19",
     "Below the target, from highest to lowest, are Croatia, Portugal, Italy, Canada, Belgium, "
     "Luxembourg, Slovenia and Spain, the latter at 1.28 percent.",
     [("share_of_gdp", "Spain", 2024, 1.28, "supported")]),  # 2024 ed.: 1.28
    ("'in the fourth position there is Estonia': Estonia's rank", "2025-09-01",
     "The first three places are held by Poland, Lithuania and Latvia, and in the fourth position "
     "there is Estonia, which spent 3.38 percent of GDP in 2025.",
     [("ranking", "Estonia", 2025, 4, "supported")]),  # 2025 ed.: 4.48, 4.00, 3.73, 3.38
    ("'the largest spender' is by money, whatever share of GDP sits in brackets", "2024-07-01",
     "The US remains the largest spender in the alliance, spending more on its military than all other "
     "members combined (the equivalent of 3.4 percent of GDP).",
     [("ranking", "United States", 2024, 1, "supported"),  # Table 2: USD 967,707 m, 1st
      ("share_of_gdp", "United States", 2024, 3.4, "supported")]),  # Table 3: 3.38
    ("a rank and a share in a sentence about equipment shares", "2024-06-19",
     "NATO's report gives equipment spending as a share of defence spending, with Poland leading at "
     "51.1 percent and Belgium bringing up the rear of the 32-member alliance at 15.2 percent.",
     [("equipment_share", "Poland", 2024, 51.1, "supported"),  # Table 8a: 51.13
      ("ranking", "Belgium", 2024, 31, "supported"),  # lowest of 31 with figures
      ("equipment_share", "Belgium", 2024, 15.2, "supported")]),  # 15.16
    ("a change 'from 2024' takes no year from another clause", "2025-08-28",
     "Spending by NATO Europe and Canada should grow 15.9% year-on-year, a small slowdown from 2024, "
     "but well above the 2.6% growth seen in 2021.",
     [("real_change", "Europe and Canada", 2025, 15.9, "supported")]),  # 2025 ed.: 15.94 (2025e)
    ("a rank 'in terms of defence spending increase' is by real change", "2024-06-20",
     "Türkiye's share peaked at 1.86 percent in 2020. The country recorded a 44 percent rise compared "
     "to the previous year, placing it third after the Czech Republic and Romania in terms of defence "
     "spending increase.",
     [("real_change", "Türkiye", 2024, 44, "supported"),  # 2024 ed.: 44.09
      ("ranking", "Türkiye", 2024, 3, "supported")]),  # Czechia 54.65, Romania 45.63, Türkiye 44.09
    ("a rank right after a world ranking is in the world too", "2025-04-28",
     "SIPRI says Germany was the world's fourth-largest military spender in 2024, after the US, China "
     "and Russia. In 2023 it ranked seventh.",
     [("ranking", "Germany", 2024, 4, "supported"),  # SIPRI April 2025, current USD
      ("ranking", "Germany", 2023, 7, "supported")]),  # after the US, China, Russia, India, Saudi Arabia, UK
    ("past years' figures after a forecast with 'should' are measured", "2025-08-28",
     "This should lift defence spending by allies from Europe and Canada to a joint 2.27% of GDP, up "
     "from 1.99% last year and 1.40% back in 2014.",
     [("share_of_gdp", "Europe and Canada", 2024, 1.99, "supported"),  # 2025 ed.: 1.99
      ("share_of_gdp", "Europe and Canada", 2014, 1.40, "supported")]),  # 1.40
    ("'should have spent 2% in 2020' is no measured figure", "2025-08-28",
     "Germany should have spent 2% in 2020.",
     [("unread", "Germany", None, 2, "unverifiable")]),
    ("'9.4% more than the previous year' and 'with 17% more' are changes", "2025-04-28",
     "Global military spending reached $2.7 trillion in 2024, 9.4% more than the previous year, SIPRI "
     "said. The increase was concentrated in Europe, with 17% more.",
     [("real_change", "World (SIPRI)", 2024, 9.4, "supported"),  # SIPRI April 2025: 9.36
      ("real_change", "Europe (SIPRI)", 2024, 17, "supported")]),  # 17.07 (SIPRI's region)
    ("'2% more than Germany' is a gap between two allies, not Poland's share", "2025-04-28",
     "Poland spends 2% of GDP more than Germany.",
     [("unread", "Poland", None, 2, "unverifiable")]),  # 2024 ed.: 4.12 and 2.12
    ("'members spending more than 3% include A, B and C': each one's share", "2025-08-28",
     "Other members spending more than 3 percent this year include Estonia, Norway, the United States "
     "and Denmark.",
     [("share_of_gdp", "Estonia", 2025, 3, "supported"), ("share_of_gdp", "Norway", 2025, 3, "supported"),
      ("share_of_gdp", "Denmark", 2025, 3, "supported")]),  # 2025 ed.: 3.38, 3.35, 3.22
    ("SIPRI named in a sentence before, with no SIPRI figure to give: NATO's count", "2024-07-12",
     "SIPRI put global military spending at $2.4 trillion in 2023. As of June 2024, 23 out of 32 NATO "
     "countries were meeting the alliance's 2% spending threshold.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),  # NATO 2024 ed.; no SIPRI release covered 2024
    ("spending 'among the members' after 'its' is no ally's, nor the one named before", "2024-07-01",
     "Spain spent the smallest share, at 1.28%. Since NATO set its spending targets in 2014, average "
     "spending among the members has risen from 1.4% of GDP.",
     [("share_of_gdp", "Spain", 2024, 1.28, "supported"),  # 2024 ed.: 1.28 (Spain 2014: 0.92)
      ("share_of_gdp", None, 2014, 1.4, "unverifiable")]),
    ("'the rest of the alliance' beside the United States is Europe and Canada", "2024-06-19",
     "NATO estimates the United States will spend $755 billion in 2024 and the rest of the alliance "
     "$430 billion, in 2015 prices and exchange rates.",
     [("spending_amount", "United States", 2024, 755, "supported"),  # Table 2, constant 2015: 754,680 m
      ("spending_amount", "Europe and Canada", 2024, 430, "supported")]),  # 430,110 m
    ("'13th-largest' written with digits is a rank", "2025-04-29",
     "SIPRI says Poland was the world's 13th-largest military spender in 2024.",
     [("ranking", "Poland", 2024, 13, "supported")]),  # SIPRI April 2025, current USD: 13th of 152
    ("'called on members to spend 5%' is a demand", "2025-01-08",
     "Trump on Tuesday called on NATO members to spend 5% of GDP on defence.",
     [("share_of_gdp", "NATO", 2024, 5, "unverifiable")]),  # 2024 ed.: 2.71
    ("'NATO's European members and Ottawa' is the group", "2025-08-29",
     "Spending by NATO's European members and Ottawa is set to rise by 15.9 percent this year.",
     [("real_change", "Europe and Canada", 2025, 15.9, "supported")]),  # 2025 ed.: 15.94
    ("a state budget and a government's own forecast are sources milex does not hold", "2025-01-10",
     "Slovakia currently spends 1.73% of its GDP on defence, according to its state budget. The Czech "
     "ministry spent 2.09% of GDP according to the government's own forecast.",
     [("share_of_gdp", "Slovakia", 2025, 1.73, "unverifiable"),  # present tense in January: 2025
      ("share_of_gdp", "Czechia", 2025, 2.09, "unverifiable")]),
    ("'X followed Y with 3.43%' is X's figure", "2024-06-19",
     "Estonia followed Poland with 3.43 percent.",
     [("share_of_gdp", "Estonia", 2024, 3.43, "supported")]),  # 2024 ed.: 3.43
    ("'between 1.28%, like Spain, and 1.81%, like Croatia'", "2024-07-01",
     "This year eight allies are still below the target, spending between 1.28%, like Spain, and "
     "1.81%, like Croatia.",
     [("share_of_gdp", "Spain", 2024, 1.28, "supported"), ("share_of_gdp", "Croatia", 2024, 1.81, "supported")]),
    ("'5th from the bottom' is a rank from the lowest", "2025-03-10",
     "In terms of share of GDP, Canada is 5th from the bottom among the allies.",
     [("ranking", "Canada", 2024, 27, "supported")]),  # 2024 ed.: 27th of 31 with figures
    ("a change's start year is no year of the figures after 'to'", "2025-04-30",
     "According to SIPRI, the fastest growth in Europe came in Poland (up 31% from 2023, to $38 billion, "
     "or 4.2% of GDP) and Germany (up 28%, to $88.5 billion).",
     [("share_of_gdp", "Poland", 2024, 4.2, "supported"),  # SIPRI April 2025: 4.15 (2024)
      ("real_change", "Germany", 2024, 28, "supported")]),  # 28.26
    ("'was 2.13% and in 2023 1.48%': the second year is the second figure's", "2025-08-29",
     "Turkey spent 2.33 percent of its GDP on defence. In 2024 the ratio was 2.13 percent and in 2023 "
     "1.48 percent.",
     [("share_of_gdp", "Türkiye", 2024, 2.13, "supported"), ("share_of_gdp", "Türkiye", 2023, 1.48, "supported")]),
    ("'exceeds NATO's guideline of spending 20% on equipment' is more than 20%", "2024-06-18",
     "Germany exceeds NATO's guideline of spending 20 percent of its defence budget on equipment.",
     [("equipment_share", "Germany", 2024, 20, "supported")]),  # 2024 ed., Table 8a: 28.75
    ("a change in troop strength is no change in spending", "2024-07-22",
     "Bulgaria will spend 2.18% of its GDP on defence this year, NATO says. The average strength of "
     "its armed forces has fallen by 2.2% since 2014.",
     [("share_of_gdp", "Bulgaria", 2024, 2.18, "supported")]),  # 2024 ed.: 2.18
    ("'NATO's overall GDP ratio' is the alliance's, not the ally named before", "2025-08-29",
     "Poland leads with 4.48% of GDP. NATO's overall GDP ratio is projected at 2.76%.",
     [("share_of_gdp", "NATO", 2025, 2.76, "supported")]),  # 2025 ed., NATO Total: 2.76
    ("allies 'at or just above 2%' are a band, not all allies at 2%", "2025-08-29",
     "NATO's new figures show 16 allies at or just above 2 percent of GDP this year.",
     [("count_meeting", "NATO", 2025, 16, "unverifiable")]),  # 30 at or above 2.00; 16 in 2.00-2.06
    ("a rise 'compared to 2014' may be of spending or of the share", "2019-06-26",
     "Bulgaria plans to spend 1.61 per cent of GDP on defence this year. The rise is 0.3 percent "
     "compared to 2014.",
     [("real_change", "Bulgaria", 2019, 0.3, "unverifiable")]),  # 2019 ed.: 1.31 -> 1.61 of GDP
    ("'the country' after an ally named in the same sentence is that ally", "2024-08-01",
     "Norway spends 2.2 percent of GDP on defence. The study does not cover the US, but notes that "
     "the country accounts for 66 percent of NATO's defence spending.",
     [("share_of_gdp", "Norway", 2024, 2.2, "supported"),  # 2024 ed.: 2.20
      ("alliance_share", "United States", 2024, 66, "supported")]),  # Table 2: 65.6%
    ("a bare share after a sentence about equipment shares is unclear", "2019-07-01",
     "Belgium is second to last on equipment, with only 10.8% of its defence budget spent on it. "
     "Slovenia is last with 8.0%.",
     [("equipment_share", "Belgium", 2019, 10.8, "supported"),  # 2019 ed., Table 8: 10.78
      ("share_of_gdp", "Slovenia", 2019, 8.0, "unverifiable")]),  # equipment 7.96, GDP 1.04
    ("'agreed five years ago to spend 2% by 2024' is the Wales pledge", "2019-06-26",
     "Allies agreed five years ago in Wales to spend 2% of GDP on defence by 2024.",
     [("guideline_value", "NATO", None, 2, "supported")]),  # Wales, 5 September 2014: 2% by 2024
    ("'accounting for 4.2% of Poland's GDP' is a share of GDP", "2025-05-01",
     "According to SIPRI, Poland's military spending increased by 31% to $38 billion in 2024, "
     "accounting for 4.2% of Poland's GDP.",
     [("real_change", "Poland", 2024, 31, "supported"),  # SIPRI April 2025: 30.92
      ("share_of_gdp", "Poland", 2024, 4.2, "supported")]),  # 4.15
    ("'is committed to spending 2%' is a commitment, not a level", "2025-03-27",
     "As a member of NATO, the UK is committed to spending 2% of GDP on defence.",
     [("share_of_gdp", "United Kingdom", 2024, 2, "unverifiable")]),  # 2024 ed.: 2.33
    ("a band whose ends are set apart by 'like X' asides", "2025-08-29",
     "Ten allies last year spent between 1.05%, like Luxembourg, and 1.87%, like Croatia.",
     [("count_meeting", "NATO", 2024, 10, "supported"),  # 2025 ed.: 10 allies from 1.19 to 1.87
      ("share_of_gdp", "Luxembourg", 2024, 1.05, "contradicted"),  # 1.19
      ("share_of_gdp", "Croatia", 2024, 1.87, "supported")]),  # 1.87
    ("a figure for a year after the article's date is never wrong", "2023-03-01",
     "According to SIPRI, from 2024 Spain will spend 2 percent of its GDP on defence.",
     [("share_of_gdp", "Spain", 2024, 2, "unverifiable")]),  # SIPRI April 2025: 1.43, published later
    ("'committed to NATO' is no commitment to a level", "2025-03-27",
     "Poland is committed to NATO and spends 4.12% of GDP.",
     [("share_of_gdp", "Poland", 2024, 4.12, "supported")]),  # 2024 ed.: 4.12
    ("'NATO's current target of 2%' is NATO's guideline, whoever is the subject", "2025-06-22",
     "Sánchez agreed in April to speed up efforts to meet NATO's current target of 2% this year.",
     [("guideline_value", "NATO", None, 2, "supported")]),  # not Spain's own 2.1%
    ("defence-related spending is The Hague's second part, not in NATO's core tables", "2026-09-01",
     "Poland will spend 4.68% of GDP on core defence this year, plus 0.4% on defence-related items. "
     "Counting related spending, Lithuania will reach 5.5% of GDP this year.",
     [("share_of_gdp", "Poland", 2026, 4.68, "supported"),  # 2026 ed. (core): 4.68
      ("share_of_gdp", "Poland", 2026, 0.4, "unverifiable"),
      ("share_of_gdp", "Lithuania", 2026, 5.5, "unverifiable")]),  # core 5.33; related not held
    ("'set to hit the 4% mark' is met at 4.00 to two decimals", "2025-08-29",
     "Lithuania is set to hit the 4% mark this year.",
     [("share_of_gdp", "Lithuania", 2025, 4, "supported")]),  # 2025 ed.: 3.9993, i.e. 4.00
    ("allies that 'did not reach the goal of at least 2%' are below it", "2024-06-19",
     "Only Belgium, Canada and Spain did not reach the alliance's goal of spending at least 2 percent "
     "of GDP in 2024.",
     [("count_meeting", "NATO", 2024, 3, "contradicted"),  # 2024 ed.: eight allies below 2.00
      ("share_of_gdp", "Belgium", 2024, 2, "supported")]),  # 1.30, below
    ("a count's allies listed between dashes or after 'namely' are checked", "2024-06-19",
     "Five allies - Poland, Estonia, the United States, Latvia and Lithuania - will spend more than 3% "
     "of GDP on defence in 2024.",
     [("count_meeting", "NATO", 2024, 5, "supported"),  # 2024 ed.: five above 3.00
      ("share_of_gdp", "Poland, Estonia, United States, Latvia, Lithuania", 2024, 3, "contradicted")]),
    ("a change in nominal terms is not judged as a real change", "2025-04-29",
     "Poland's military spending increased by 31% in nominal terms to $38 billion in 2024, SIPRI said.",
     [("real_change", "Poland", 2024, 31, "unverifiable"),  # SIPRI: real +30.9%, nominal zloty +36%
      ("spending_amount", "Poland", 2024, 38, "supported")]),  # SIPRI current USD: 38.00 bn
    ("'Among European allies, ...' at the start sets the rank's scope", "2024-07-01",
     "Among European allies, Latvia ranked third in 2024 by share of GDP.",
     [("ranking", "Latvia", 2024, 3, "supported")]),  # 2024 ed.: Poland 4.12, Estonia 3.43, Latvia 3.15
    ("'under NATO's old definition' is judged on the last edition before the core basis", "2026-08-15",
     "Under NATO's old definition, Poland spent 4.25% of GDP in 2025.",
     [("share_of_gdp", "Poland", 2025, 4.25, "contradicted")]),  # 2025 ed.: 4.48; 4.25 is 2026's core
    ("'NATO's report of August 2025' names the 2025 edition", "2026-08-15",
     "NATO's report of August 2025 put Estonia's 2025 spending at 3.93% of GDP.",
     [("share_of_gdp", "Estonia", 2025, 3.93, "contradicted")]),  # 2025 ed.: 3.38 (3.93: 2026's core)
    ("'the three allies meeting it are A, B and C' names the count's allies", "2025-09-01",
     "The three allies already meeting the 3.5% core target this year are Poland, Lithuania and Estonia.",
     [("count_meeting", "NATO", 2025, 3, "supported"),  # 2025 ed.: Poland, Lithuania, Latvia
      ("share_of_gdp", "Poland, Lithuania, Estonia", 2025, 3.5, "contradicted")]),  # Estonia 3.38
    ("'the latter coming in at 1.43%' is the last ally's only", "2025-09-02",
     "Below the 2% line last year were Italy, Canada, Belgium and Spain, the latter coming in at 1.43%.",
     [("share_of_gdp", "Spain", 2024, 1.43, "supported")]),  # 2025 ed.: 1.43
    ("'just under 3%' is below 3", "2025-09-02",
     "Latvia spent just under 3% of GDP on defence in 2024, according to NATO.",
     [("share_of_gdp", "Latvia", 2024, 3, "contradicted")]),  # 2025 ed.: 3.36
    ("'2.5% of the world's GDP' is a share of GDP, not a change", "2025-05-02",
     "World military spending rose by 9.4% in 2024 to 2.72 trillion dollars, SIPRI says, which "
     "accounts for 2.5% of the world's GDP.",
     [("real_change", "World (SIPRI)", 2024, 9.4, "supported"),  # SIPRI April 2025: 9.36
      ("share_of_gdp", "World (SIPRI)", 2024, 2.5, "unverifiable")]),  # world GDP share not held
    ("allies 'failing to meet the requirement to spend 20%' are below it", "2024-06-20",
     "Canada and Belgium are still failing to meet the requirement to spend 20% of their defence "
     "budgets on equipment.",
     [("equipment_share", "Canada", 2024, 20, "supported"),  # 2024 ed., Table 8a: 18.60
      ("equipment_share", "Belgium", 2024, 20, "supported")]),  # 15.16
    ("'at just 1.2% of GDP, was Germany': the subject comes last", "2019-07-10",
     "Trailing far behind in 2018, at just 1.2% of GDP, was Germany.",
     [("share_of_gdp", "Germany", 2018, 1.2, "supported")]),  # 2019 ed.: 1.24 (2018)
    ("SIPRI named only further on does not make an earlier figure SIPRI's error", "2024-04-11",
     "The UK spent 2.29% of GDP on defence in 2022, meeting the NATO guideline.\n\nSIPRI ranks the UK "
     "sixth in the world.",
     [("share_of_gdp", "United Kingdom", 2022, 2.29, "unverifiable")]),  # NATO 2.29 (2024 ed., later)
    ("a SIPRI figure of a release not held is not wrong by the one release held", "2024-04-22",
     "According to SIPRI, Poland's military spending jumped by 75% in 2023, to $31.6 billion.",
     [("real_change", "Poland", 2023, 75, "unverifiable"),  # April 2025 release: +45.9%, revised
      ("spending_amount", "Poland", 2023, 31.6, "unverifiable")]),  # $26.34bn there
    ("'against 5.9% for Russia' is Russia's figure, not the ally's", "2024-07-01",
     "Italy spent 1.5% of its GDP on defence in 2023, against 5.9% for Russia.",
     [("share_of_gdp", "Italy", 2023, 1.5, "supported")]),  # 2024 ed.: 1.50
    ("'without the United States, the total is X' is Europe and Canada's", "2024-07-05",
     "NATO's allies have nearly 3.42 million troops in all; without the United States, the total is "
     "2.12 million.",
     [("personnel", "Europe and Canada", 2024, 2120, "supported")]),  # Table 7: 2,118.4 thousand
    ("a total that is only the sum of the allies with a figure is no total", "2025-10-01",
     "The alliance fields about 3.4 million military personnel this year. Last year it had "
     "about 3.41 million troops.",
     [("personnel", "NATO", 2025, 3400, "unverifiable"),  # 2025 ed.: 'NATO Total' 1,820.2, no
      # United States, United Kingdom or France that year
      ("personnel", "NATO", 2024, 3410, "supported")]),  # 2025 ed.: 3,414.2 thousand
    ("'met the 2014 Wales summit goal' is no count of 2014", "2024-07-05",
     "Jens Stoltenberg said last month that 23 of the alliance's 32 members have met the 2014 Wales "
     "summit goal of spending 2 percent of GDP on defence.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),  # 2024 ed.: 23 of 32 in 2024
    ("two figures and one year after both: the year is both's", "2019-07-01",
     "Germany and France spent 1.36% and 1.78% of GDP on defence in 2015, according to NATO.",
     [("share_of_gdp", "Germany", 2015, 1.36, "contradicted"),  # 2019 ed.: 1.18 (2015)
      ("share_of_gdp", "France", 2015, 1.78, "supported")]),  # 1.78
    ("the Secretary General's annual report is a release milex does not hold", "2024-07-10",
     "The latest annual report from NATO Secretary General Jens Stoltenberg puts Poland's defence "
     "spending in 2023 at 3.92% of GDP.",
     [("share_of_gdp", "Poland", 2023, 3.92, "unverifiable")]),  # June 2024 ed.: 3.26 (revised)
    ("'signed up to an agreement to spend 2%' is the 2% guideline", "2024-07-10",
     "All NATO members are signed up to an agreement to spend 2% of GDP on defence.",
     [("guideline_value", "NATO", None, 2, "supported")]),
    ("a demand before a colon, a measured amount after it", "2024-07-01",
     "Italy spends less than it should: its outlay in 2023 was 31.3 billion euros.",
     [("spending_amount", "Italy", 2023, 31.3, "supported")]),  # Table 1: EUR 31,303 m (2023)
    ("the year a guideline was first agreed", "2025-06-01",
     "The 2% of GDP goal began as a guideline in 2006 and was formally pledged in 2014.",
     [("commitment_year", "NATO", 2006, 2006, "supported"), ("commitment_year", "NATO", 2014, 2014, "supported")]),
    ("the year a guideline became binding, wrongly", "2025-06-01",
     "Fixed in 2014, the 2% goal was turned into a binding floor in 2022, at the Madrid summit.",
     [("commitment_year", "NATO", 2022, 2022, "contradicted"), ("commitment_year", "NATO", 2014, 2014, "supported")]),  # Vilnius, 2023
    ("a renewal milex does not list", "2025-06-01",
     "The 2% pledge, reaffirmed in 2018, still binds every ally.",
     [("commitment_year", "NATO", 2018, 2018, "unverifiable")]),
    ("'managed it' after the guideline, the year after the total", "2025-08-29",
     "The report finds that all allies should now reach the 2% goal. Only 19 of the 31 members "
     "managed it in 2024.",
     [("count_meeting", "NATO", 2024, 19, "contradicted")]),  # 2025 edition: 18 of 31 in 2024
    ("a date of joining dates no other figure", "2024-08-28",
     "Finland, which joined the alliance in April 2023, spends 2.41% of GDP, which places it "
     "seventh.",
     [("ranking", "Finland", 2024, 7, "supported"), ("share_of_gdp", "Finland", 2024, 2.41, "supported")]),
    ("a bare number of the allies named before", "2024-07-01",
     "Allies are rearming fast: 23 will meet the 2% guideline this year.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),
    ("money when the edition of the day lacks its table is judged like a stale edition", "2025-09-01",
     "Spain's defence spending came to EUR 22,693 million in 2024.",
     [("spending_amount", "Spain", 2024, 22693, "unverifiable")]),  # 2024 ed. 19,723; the 2025 ed. had no money tables
    ("allies listed after 'along with' are not the subject", "2025-07-07",
     "Along with the US, Poland, Latvia and Estonia, Greece devoted about 3.1% of its GDP to "
     "defence in 2024.",
     [("share_of_gdp", "Greece", 2024, 3.1, "supported")]),  # Table 3: 3.08
    ("'up to' after a verb of raising is no ceiling", "2025-03-01",
     "Britain will take defence spending up to 2.5% of GDP in 2027.",
     [("policy_amount", "United Kingdom", 2027, 2.5, "supported")]),
    ("a sentence pointing back takes the year before", "2025-06-24",
     "Berlin's plans assume defence spending of EUR 150 billion in 2029. That means 3.5% of GDP.",
     [("share_of_gdp", "Germany", 2029, 3.5, "unverifiable")]),
    ("a count falling short of the guideline the sentence names later", "2025-08-29",
     "More than a dozen countries were still falling short a year ago, but all allies now "
     "put at least 2% of GDP into defence.",
     [("count_meeting", "NATO", 2024, 12, "supported")]),  # 2025 edition: 13 below 2% in 2024
    ("an event dates a count", "2024-07-01",
     "Before Russia's invasion of Ukraine, only six allies were hitting the 2% target.",
     [("count_meeting", "NATO", 2021, 6, "supported")]),  # 2024 edition: 6 in 2021
    ("an invasion 'in February 2022' is no earlier estimate", "2024-07-01",
     "When Russia invaded Ukraine in February 2022, six allies met the 2% guideline.",
     [("count_meeting", "NATO", 2022, 6, "unverifiable")]),  # 7 in 2022, but 6 in 2021: which year?
    ("SIPRI's growth is the change of its constant-price series", "2025-06-01",
     "According to SIPRI, Germany's military spending rose 28% in 2024.",
     [("real_change", "Germany", 2024, 28, "supported")]),  # SIPRI constant 2023 US$: +28.3%
    ("a count of allies on SIPRI's shares", "2025-09-05",
     "According to SIPRI data, 17 allies spent more than 2% of GDP on their militaries in 2024.",
     [("count_meeting", "NATO", 2024, 17, "supported")]),  # SIPRI: Sweden's 1.998 is not above 2
    ("an amount in an article about military spending", "2025-06-01",
     "SIPRI published its yearly survey of military spending.\n\n"
     "According to it, the United States stayed in first place ($997 billion).",
     [("spending_amount", "United States", 2024, 997, "supported")]),
    ("'alone among the allies' is a count of one", "2024-07-01",
     "Poland, alone among the allies, spends more than 4% of GDP on defence this year.",
     [("count_meeting", "NATO", 2024, 1, "supported"), ("share_of_gdp", "Poland", 2024, 4, "supported")]),
    ("a total after the count's noun", "2024-02-15",
     "By the end of 2023, just eleven members out of the thirty-one had met the 2% pledge.",
     [("membership_count", "NATO", 2023, 31, "supported")]),  # Finland joined 4 April 2023
    ("a share with no year and no source that is SIPRI's", "2025-09-05",
     "Luxembourg (0.96%) and Belgium (1.28%) sit at the bottom of the table.",
     [("share_of_gdp", "Luxembourg", 2025, 0.96, "unverifiable"),
      ("share_of_gdp", "Belgium", 2025, 1.28, "unverifiable")]),  # SIPRI 2024; NATO 2025: 2.00
    ("money an ally receives is not its spending", "2026-09-09",
     "Of the defence loans, France is set to receive EUR 16.2 billion.",
     [("policy_amount", "France", 2026, 16.2, "unverifiable")]),  # France spends ~EUR 61 bn
    ("the world's total is SIPRI's", "2025-06-01",
     "Global military spending climbed to $2.7 trillion in 2024.",
     [("spending_amount", "World (SIPRI)", 2024, 2.7, "supported")]),  # SIPRI: USD 2,718 bn
    ("a misprinted world total", "2025-06-01",
     "World military spending reached $2.178 trillion in 2024, the researchers said.",
     [("spending_amount", "World (SIPRI)", 2024, 2.178, "contradicted")]),
    ("Europe in SIPRI's words is SIPRI's region", "2025-06-01",
     "According to SIPRI, European military spending rose to $693 billion in 2024.",
     [("spending_amount", "Europe (SIPRI)", 2024, 693, "supported")]),  # Russia included
    ("'above 2%' in a count is NATO's count of allies at or above it", "2024-07-01",
     "This year 23 allies are above the 2% guideline, up from three a decade ago.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),  # 2024 ed.: 23 at or above, 22 above
    ("SIPRI's count of allies above 2%, in its release week, with no year", "2025-04-29",
     "Eighteen of the alliance's members were above the 2% mark, the institute's tables show.",
     [("count_meeting", "NATO", 2024, 18, "supported")]),  # SIPRI 2025: 18 at or above 2.00
    ("'members of the alliance' are NATO", "2024-07-01",
     "Together, members of the alliance spent $1.47 trillion on defence in 2024.",
     [("spending_amount", "NATO", 2024, 1.47, "supported")]),  # NATO 2024 ed.: USD 1,474 bn
    ("a current figure after a modal verb is measured, not projected", "2024-07-02",
     "The minister hinted that Germany might move towards 3% of GDP, a big step from a current "
     "budget of just over 2%.",
     [("share_of_gdp", "Germany", 2024, 2, "supported")]),  # NATO 2024 ed.: 2.12 (2024e)
    ("the agent of a demand is not the subject; 'of which' splits The Hague's total", "2025-09-10",
     "Urged by Washington, the allies' goal is now 5% of GDP, of which 3.5% is earmarked for core defence.",
     [("guideline_value", "NATO", None, 5, "supported"),
      ("guideline_value", "NATO", None, 3.5, "supported")]),  # The Hague, 25 June 2025
    ("a demand on the allies with the Wales deadline is the Wales guideline", "2024-06-10",
     "For a decade NATO has urged its members to devote at least 2% of their GDP to defence by 2024.",
     [("guideline_value", "NATO", None, 2, "supported")]),  # Wales 2014: 2% within a decade
    ("the commitment whose value the text states wins over one merely named nearby", "2025-04-01",
     "The reform frees German defence and security-related outlays above 1% of GDP from the debt brake.",
     [("policy_amount", "Germany", None, 1, "supported")]),  # Basic Law change, 18 March 2025
    ("Europe and Canada plus the US is the alliance, not the US alone", "2025-08-29",
     "European allies and Canada should reach 2.27% of GDP this year; add the US and it is 2.76%.",
     [("share_of_gdp", "Europe and Canada", 2025, 2.27, "supported"),
      ("share_of_gdp", "United States", 2025, 2.76, "unverifiable")]),  # 2025 ed.: NATO 2.76, US 3.22
    ("'including the United States' names the whole alliance, once", "2025-08-29",
     "Including the United States, the alliance as a whole is at 2.76% this year.",
     [("share_of_gdp", "NATO", 2025, 2.76, "supported")]),  # 2025 ed. Table 3
    ("'on last year' is the base of a change, not its year", "2025-08-29",
     "Outlays in NATO Europe and Canada are expected to grow 15.9% on last year.",
     [("real_change", "Europe and Canada", 2025, 15.9, "supported")]),  # 2025 ed.: 15.94 (2025e)
    ("'all of them raised spending, and N of them met 2%': the 2% is the N's", "2025-06-01",
     "Every one of the 32 allies raised military spending in 2024, and 23 of them spent at least 2% of GDP.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),  # NATO 2024 ed. (current on the date)
    ("'X outspends Y, at A against B': A is X's, B is Y's", "2024-07-01",
     "Estonia now outspends Latvia relative to GDP, at 3.43% against 3.15%.",
     [("share_of_gdp", "Estonia", 2024, 3.43, "supported"),
      ("share_of_gdp", "Latvia", 2024, 3.15, "supported")]),  # NATO 2024 ed. Table 3
    ("the value of a purchase is not the buyer's defence spending", "2024-07-01",
     "Norway will buy new submarines worth $4.1 billion, its defence ministry said.",
     [("unread", "Norway", None, 4.1, "unverifiable")]),  # not its budget (2024 ed.: USD 10.6 bn, 2024e)
    ("a level a leader says the country could aim for is a plan", "2025-03-10",
     "The president said Italy could aim for 2.5% of GDP.",
     [("share_of_gdp", "Italy", 2024, 2.5, "unverifiable")]),  # 2024 ed.: 1.49; a plan, not a figure
    ("the agent of criticism inside an aside is not the subject", "2024-06-18",
     "Germany, long criticised by Washington, is finally over the line at 2.12%.",
     [("share_of_gdp", "Germany", 2024, 2.12, "supported")]),  # NATO 2024 ed. Table 3
    ("a figure in an aside does not take the deadline after it", "2024-06-18",
     "Canada, at 1.37%, has promised to reach the target by 2032.",
     [("share_of_gdp", "Canada", 2024, 1.37, "supported")]),  # NATO 2024 ed.: 1.37 (2024e)
    ("a change 'on 2023' is this year's change", "2024-06-18",
     "European allies and Canada will spend more this year, a real increase of 18% on 2023.",
     [("real_change", "Europe and Canada", 2024, 18, "supported")]),  # NATO 2024 ed.: 17.95
    ("a figure of the Cold War is not this year's", "2024-07-01",
     "At the height of the Cold War, West Germany spent around 3% of GDP on defence.",
     [("share_of_gdp", "Germany", None, 3, "unverifiable")]),  # 2024 ed.: 2.12 for 2024
    ("a figure said of a period is not one year's", "2025-09-02",
     "For most of the past decade, Belgium has spent around 1% of GDP on defence.",
     [("share_of_gdp", "Belgium", None, 1, "unverifiable")]),  # 2025 ed.: 2.00 for 2025
    ("'did not reach 2%' is below it", "2024-07-01",
     "Croatia did not reach 2% this year.",
     [("share_of_gdp", "Croatia", 2024, 2, "supported")]),  # NATO 2024 ed.: 1.81
    ("'failed to meet the 2% target' is below it", "2024-07-01",
     "Germany failed to meet the 2% target this year.",
     [("share_of_gdp", "Germany", 2024, 2, "contradicted")]),  # NATO 2024 ed.: 2.12
    ("'has yet to reach 2%' is below it", "2024-07-01",
     "Slovenia has yet to reach 2%.",
     [("share_of_gdp", "Slovenia", 2024, 2, "supported")]),  # NATO 2024 ed.: 1.29
    ("\"won't meet\" is below it", "2024-07-01",
     "Croatia won't meet the 2% target this year.",
     [("share_of_gdp", "Croatia", 2024, 2, "supported")]),  # NATO 2024 ed.: 1.81
    ("a count that will not meet the target counts the allies below it", "2024-07-08",
     "Only eight members of the 32-nation bloc will not meet the target this year.",
     [("count_meeting", "NATO", 2024, 8, "supported")]),  # 2024 ed.: 8 below 2%, 23 at or above
    ("a count that doesn't spend 2% counts the allies below it", "2024-07-08",
     "Twelve allies still don't spend 2% of their GDP on defence.",
     [("count_meeting", "NATO", 2024, 12, "contradicted")]),  # 2024 ed.: 8 below
    ("'not even half' of the allies is fewer than half", "2024-07-08",
     "Not even half of the allies hit 2% in 2019.",
     [("count_meeting", "NATO", 2019, 50, "supported")]),  # 2024 ed.: 7 of 29 in 2019
    ("'meet or exceed' counts those at the threshold too", "2024-07-08",
     "Twenty-three allies are expected to meet or exceed 2% this year.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),  # 2024 ed.: 23 at or above, 22 above
    ("'now' after a year in an aside resets the year", "2024-07-10",
     "Germany, which spent just 1.2% in 2014, now reaches 2.1%.",
     [("share_of_gdp", "Germany", 2014, 1.2, "supported"),  # 2024 ed.: 1.19 in 2014
      ("share_of_gdp", "Germany", 2024, 2.1, "supported")]),  # 2.12 in 2024
    ("a count 'up from' an earlier one with no year is of no year", "2024-07-10",
     "Biden said that 23 allies now meet the 2% commitment, up from nine when he took office.",
     [("count_meeting", "NATO", 2024, 23, "supported"),
      ("count_meeting", "NATO", None, 9, "unverifiable")]),
    ("an ally's commitment made after the article is not what it meant", "2024-07-10",
     "\"Germany is paying 1%,\" the former president said at a rally.",
     [("share_of_gdp", "Germany", 2024, 1, "contradicted")]),  # 2.12; the 1% rule is of March 2025
    ("a path toward a level is a plan", "2025-02-17",
     "Britain says it is following a path toward lifting spending to 2.5 percent.",
     [("share_of_gdp", "United Kingdom", 2024, 2.5, "unverifiable")]),  # 2024 ed.: 2.33
    ("'neither ... nor' is a negation", "2024-07-10",
     "Neither Italy nor Spain reaches 2%.",
     [("share_of_gdp", "Italy", 2024, 2, "supported"),  # 2024 ed.: 1.49
      ("share_of_gdp", "Spain", 2024, 2, "supported")]),  # 1.28
    ("'since the invasion in 2022' starts a span: no year's change", "2024-07-10",
     "Since the full-scale invasion in 2022, Poland has increased spending by 80% in real terms.",
     [("real_change", "Poland", 2024, 80, "unverifiable")]),  # 2024 ed. Table 3: 2022 alone +6.33%
    ("falling short of 'the deadline' before The Hague is of the 2% due by 2024", "2024-07-08",
     "This year, only eight countries in the 32-strong club are due to fall short of the "
     "deadline.",
     [("count_meeting", "NATO", 2024, 8, "supported")]),  # 2024 ed.: 8 below 2%
    ("a shortfall in the next clause is not the count's", "2024-07-08",
     "Only 23 allies meet the target this year, and the rest fall short.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),
    ("a relative clause between commas does not give the figure its subject", "2024-07-10",
     "France, which is among the leading members of the alliance, spent 2.06% of GDP this year.",
     [("share_of_gdp", "France", 2024, 2.06, "supported")]),  # 2024 ed.: 2.06
    ("'by the end of the decade' is a deadline: 2030 in the 2020s", "2024-11-26",
     "Canada's spending is set to rise to 1.76 per cent by the end of the decade.",
     [("share_of_gdp", "Canada", 2030, 1.76, "unverifiable")]),  # 2024 ed.: 1.37 in 2024
    ("a level spending 'will rise to' with no year is of no year", "2024-11-26",
     "Canada's spending will rise to 1.76 per cent.",
     [("share_of_gdp", "Canada", None, 1.76, "unverifiable")]),  # 2024 ed.: 1.37 in 2024
    ("'we need to spend' the guideline's figure by another year: a national plan", "2019-11-07",
     "\"We need to spend 1.5% by 2024 and 2% by 2031 at the latest,\" the German minister told a "
     "NATO event.",
     [("share_of_gdp", "Germany", 2024, 1.5, "unverifiable"),
      ("share_of_gdp", "Germany", 2031, 2, "unverifiable")]),  # years no 2019 edition covers
    ("'we need to spend' a figure by a year, the speaker's country unknown", "2019-11-07",
     "\"We need to spend 1.5% by 2024 and 2% by 2031 at the latest,\" the minister told a NATO "
     "event.",
     [("guideline_value", "NATO", None, 1.5, "unverifiable"),
      ("guideline_value", "NATO", None, 2, "unverifiable")]),  # NATO's 2% is due by 2024
    ("'up from last year' is the comparison's base, not the figure's year", "2024-07-10",
     "Lithuania's defence budget equals 2.85% of GDP, up from last year.",
     [("share_of_gdp", "Lithuania", 2024, 2.85, "supported")]),  # 2024 ed.: 2.85 (2023: 2.78)
    ("a year before '; now' does not date a rank after it", "2024-07-10",
     "In 2014 only three allies met the target; now Latvia, at 3.15%, is fourth in the alliance.",
     [("ranking", "Latvia", 2024, 4, "supported")]),  # 2024 ed.: Latvia 4th in 2024, 23rd in 2014
    ("'fell short of' the target is a level missed, not a fall", "2025-09-15",
     "Croatia fell short of the 2% target.",
     [("share_of_gdp", "Croatia", 2025, 2, "contradicted")]),  # 2025 ed.: 2.03
    ("a year compared with, then 'when', dates the count after it", "2025-01-07",
     "Currently the target has been hit by 24 of NATO's 32 members, a big rise compared to "
     "2021, when the goal was met by only six countries.",
     [("count_meeting", "NATO", 2024, 24, "contradicted"),  # 2024 ed.: 23 in 2024
      ("count_meeting", "NATO", 2021, 6, "supported")]),  # 6 in 2021
    ("the possessive of 'European allies and Canada' is the group's", "2024-07-10",
     "European allies' and Canada's defence spending rose 18% in real terms this year.",
     [("real_change", "Europe and Canada", 2024, 18, "supported")]),  # 2024 ed.: 17.95 (Canada 5.46)
    ("two years then two figures pair in order", "2024-07-10",
     "Germany spent 1.19% and 2.12% of GDP in 2014 and 2024.",
     [("share_of_gdp", "Germany", 2014, 1.19, "supported"),  # 2024 ed.: 1.19 in 2014
      ("share_of_gdp", "Germany", 2024, 2.12, "supported")]),  # 2.12 in 2024
    ("two allies then two figures pair in order without 'respectively'", "2024-07-10",
     "In 2024 Germany and France spent 2.12% and 2.06%.",
     [("share_of_gdp", "Germany", 2024, 2.12, "supported"),
      ("share_of_gdp", "France", 2024, 2.06, "supported")]),  # 2024 ed.: 2.12, 2.06
    ("a think tank named before: its figures and ranks are its own", "2024-07-20",
     "Baltic spending is high, according to the International Centre for Defence and Security. "
     "Its study puts Estonia third in NATO, after Poland and the US at 3.72%.",
     [("ranking", "Estonia", 2024, 3, "unverifiable"),  # NATO 2024 ed.: 2nd
      ("share_of_gdp", "United States", 2024, 3.72, "unverifiable")]),  # NATO: 3.38
    ("a share of GDP that 'fell to' a level is not the economy's change", "2024-07-10",
     "Slovakia's defence spending as a share of GDP fell to 2% in 2024.",
     [("share_of_gdp", "Slovakia", 2024, 2, "supported")]),  # 2024 ed.: 2.00
    ("'Unlike X, Y ...': Y is the subject the next sentence's 'it' takes", "2024-07-10",
     "Unlike Spain, Poland took the threat seriously. It now spends 4.12% of GDP on defence.",
     [("share_of_gdp", "Poland", 2024, 4.12, "supported")]),  # 2024 ed.: 4.12
    ("'it' after 'While X lags, Y races ahead' is Y", "2024-07-10",
     "While Spain lags, Estonia races ahead. It now spends 3.43% of GDP on defence.",
     [("share_of_gdp", "Estonia", 2024, 3.43, "supported")]),  # 2024 ed.: 3.43
    ("'it' after 'X may talk, but Y delivers' is Y", "2024-07-10",
     "Spain may talk, but Poland delivers. It now spends 4.12% of GDP on defence.",
     [("share_of_gdp", "Poland", 2024, 4.12, "supported")]),
    ("a number in hyphenated words with a half", "2025-09-15",
     "Allies agreed to spend three-and-a-half per cent of GDP on core defence by 2035.",
     [("guideline_value", "NATO", None, 3.5, "supported")]),  # The Hague, 25 June 2025
    ("a negation in an aside is not the count's verb's", "2025-09-15",
     "All but one ally - Iceland, which has no army - meet the target.",
     [("count_meeting", "NATO", 2025, 1, "unverifiable")]),  # 2025 ed.: 0 of 30 with figures
    # below 2%; Germany has no 2025 figure, Iceland none at all
    ("the allies excepted from 'all allies but' do not meet it", "2024-07-10",
     "All allies but Belgium and Canada meet the 20% equipment guideline.",
     [("equipment_share", "Belgium", 2024, 20, "supported"),  # 2024 ed. Table 8: 15.16
      ("equipment_share", "Canada", 2024, 20, "supported")]),  # 18.60
    ("a sentence opening on 'But' excepts nobody", "2024-07-10",
     "But Spain meets the 2% target now.",
     [("share_of_gdp", "Spain", 2024, 2, "contradicted")]),  # 1.28
    ("'only 11 did' in the next sentence restates the count before", "2024-06-18",
     "A record 23 allies will reach the target of 2% of GDP this year. Last year only 11 did.",
     [("count_meeting", "NATO", 2023, 11, "contradicted")]),  # 2024 ed.: 10 in 2023
    ("'ranks last' is the lowest place", "2024-07-10",
     "Spain ranks last in NATO at 1.28% of GDP.",
     [("ranking", "Spain", 2024, 31, "supported")]),  # 2024 ed.: 31st of 31 with figures
    ("'not only met' is no negation", "2024-07-08",
     "This year 23 allies not only met the 2% target but went past it.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),
    ("amounts in brackets beside ranked allies are their spending", "2024-07-01",
     "Second comes Germany ($97.7 billion), then Britain ($82.1 billion) and France ($64.0 billion).",
     [("spending_amount", "Germany", 2024, 97.7, "supported"),
      ("spending_amount", "France", 2024, 64.0, "contradicted")]),  # 2024 ed.: 97.69; 64.27
    ("an amount in national currency may be the national budget, not NATO's figure", "2024-07-01",
     "Germany's defence budget this year is EUR 52 billion.",
     [("spending_amount", "Germany", 2024, 52, "unverifiable")]),  # NATO 2024 ed.: EUR 90.59 bn
    ("the same amount said on NATO's definition is judged", "2024-07-01",
     "On NATO's definition, Germany spends EUR 52 billion on defence this year.",
     [("spending_amount", "Germany", 2024, 52, "contradicted")]),  # NATO 2024 ed.: EUR 90.59 bn
    ("'nearly two dozen' is about 24", "2024-07-01",
     "Nearly two dozen allies now meet the guideline.",
     [("count_meeting", "NATO", 2024, 24, "supported")]),  # 2024 ed.: 23 at or above 2
    ("'two in three allies' is a fraction of them", "2024-07-01",
     "Two in three allies now spend at least 2%.",
     [("count_meeting", "NATO", 2024, 66.7, "supported")]),  # 23 of 32 (72%), within 10%
    ("'all but eight reach 2%' counts the eight below", "2024-07-01",
     "All but eight allies now reach 2%.",
     [("count_meeting", "NATO", 2024, 8, "supported")]),  # 2024 ed.: 8 below 2 (with figures)
    ("'the majority spend less than 2%' counts those below", "2024-07-01",
     "The majority of NATO members still spend less than 2%.",
     [("count_meeting", "NATO", 2024, 16, "contradicted")]),  # 2024 ed.: 8 below 2
    ("'first set the 2% guideline in 2006' is the guideline and its year", "2025-07-01",
     "The allies first set the 2% guideline in 2006.",
     [("guideline_value", "NATO", None, 2, "supported"),
      ("commitment_year", "NATO", 2006, 2006, "supported")]),  # defence ministers, 2006
    ("a guideline's value after a commitment verb far back in the sentence", "2024-07-10",
     "In Wales the allies also committed to making sure that, within ten years, new equipment "
     "would absorb at least 20% of their defence budgets.",
     [("guideline_value", "NATO", None, 20, "supported")]),  # Wales 2014: 20% on equipment
    ("'the guideline' is the 2%, even after The Hague's 5% was named", "2025-09-15",
     "Leaders pledged 5% of GDP by 2035. Last year 18 allies reached the guideline.",
     [("count_meeting", "NATO", 2024, 18, "supported")]),  # 2025 ed.: 18 at or above 2 in 2024
    ("a list under a header of increases is of real changes, not of shares", "2025-09-04",
     "Largest increases in real terms this year, by NATO's estimates:\n- Norway +50%\n- Canada +49%",
     [("real_change", "Norway", 2025, 50, "supported"),
      ("real_change", "Canada", 2025, 49, "contradicted")]),  # 2025 ed.: 49.88; 39.15
    ("a figure from government data is not judged on NATO's; NATO's beside it is", "2024-07-01",
     "Greece spends 3.2% of GDP on defence, on government figures, though NATO puts it at 3.08%.",
     [("share_of_gdp", "Greece", 2024, 3.2, "unverifiable"),
      ("share_of_gdp", "Greece", 2024, 3.08, "supported")]),  # NATO 2024 ed. Table 3: 3.08
    ("'spends less than any other ally' is the lowest", "2024-07-01",
     "Spain spends less on defence, relative to its economy, than any other ally.",
     [("ranking", "Spain", 2024, 31, "supported")]),  # 2024 ed.: Spain 1.28, the lowest of 31
    ("'tripled' is about three times", "2024-07-01",
     "Defence spending in Poland has tripled since 2014 in real terms.",
     [("real_change", "Poland", 2024, 200, "supported")]),  # 2024 ed.: +213.66% since 2014
    ("two allies 'together' give a sum, not each one's figure", "2024-07-01",
     "Britain and France together spend about $146 billion on defence.",
     [("spending_amount", "United Kingdom + France", 2024, 146, "supported")]),  # 82.1 + 64.3
    ("a sum that is off is contradicted as a sum", "2024-07-01",
     "Germany and Italy together spent $160 billion on defence this year.",
     [("spending_amount", "Germany + Italy", 2024, 160, "contradicted")]),  # 97.7 + 34.5 = 132.2
    ("an ally reaching the goal first set in 2006: its share, and the goal's year", "2024-07-15",
     "Germany now reaches the goal of 2% of GDP first set for every ally at the Riga summit in 2006.",
     [("share_of_gdp", "Germany", 2024, 2, "supported"),
      ("commitment_year", "NATO", 2006, 2006, "supported")]),  # 2024 ed.: 2.12; 2% agreed 2006
    ("a count compared with one years ago, in a speech to a think tank", "2024-06-17",
     "Speaking to a think tank in Washington, the secretary general set how many allies now "
     "reach 2% against fewer than 10 allies five years ago.",
     [("count_meeting", "NATO", 2019, 10, "supported")]),  # 2024 ed.: 7 at or above 2 in 2019
    ("'all 32 members are on course to hit the goal' names the goal in words", "2025-08-29",
     "NATO's new estimates show all 32 member states on course to hit the 2% goal this year. "
     "Indeed all 32 are set to reach the goal.",
     [("count_meeting", "NATO", 2025, 32, "unverifiable")]),  # 2025 ed.: 30 of 30 with figures
    ("'meet the target of devoting 2 percent' is at least 2", "2024-07-01",
     "Only Poland, Greece and Estonia meet the target of devoting 2 percent of GDP to defence.",
     [("share_of_gdp", "Greece", 2024, 2, "supported")]),  # 2024 ed.: 3.08, at or above 2
    ("'against a previous forecast of 23', after a release milex does not hold", "2025-04-25",
     "The annual report counts 22 allies at 2% or more last year, against a previous forecast of 23.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),  # June 2024 edition: 23 for 2024
    ("'we' in a quote of 'Spain's defence minister' is Spain", "2024-07-01",
     "\"We are at 1.3%, and we know it is not enough,\" Spain's defence minister admitted.",
     [("share_of_gdp", "Spain", 2024, 1.3, "supported")]),  # NATO 2024 ed.: 1.28
    ("a change of the share of GDP in percentage points", "2025-09-01",
     "Poland's defence spending rose by 0.69 percentage points of GDP this year.",
     [("share_of_gdp", "Poland", 2025, 0.69, "supported")]),  # 2025 ed.: 4.48 - 3.79 (2024)
    ("points that do not match are not called wrong: two editions may be mixed", "2025-09-01",
     "Poland's share of GDP spent on defence rose by 0.36 percentage points to 4.48%.",
     [("share_of_gdp", "Poland", 2025, 0.36, "unverifiable")]),  # 2025 ed.: +0.69
    ("'in all, 30 allies' is one count, not also 'all' of them", "2025-09-01",
     "In all, 30 allies have estimates at or above 2% for 2025.",
     [("count_meeting", "NATO", 2025, 30, "supported")]),  # 2025 ed.: 30 of 30 with figures
    ("a group of allies the text does not name is not the last ally named", "2025-01-15",
     "Norway is at 2.20%. Together the four Nordic allies now spend more than $40 billion a year.",
     [("share_of_gdp", "Norway", 2024, 2.2, "supported"),
      ("spending_amount", None, 2025, 40, "unverifiable")]),  # Norway alone: USD 10.6 bn (2024e)
    ("the ally a relative clause is about owns its figure, even after 'behind'", "2025-03-01",
     "The UK remains well behind Estonia, which spent 3.43%, and Latvia.",
     [("share_of_gdp", "Estonia", 2024, 3.43, "supported")]),  # NATO 2024 ed.: 3.43 (2024e)
    ("'refused to go beyond 2.1%' is a position, not a measured share", "2025-04-10",
     "Madrid has refused to go beyond 2.1% of GDP, saying that is enough for Spain.",
     [("share_of_gdp", "Spain", 2024, 2.1, "unverifiable")]),  # 2024 ed.: 1.28; a stance
    ("a share of the allies' spending today, when today's edition has no money tables", "2025-09-05",
     "The US share of total allied spending has fallen to about 62%.",
     [("alliance_share", "United States", 2025, 62, "unverifiable")]),  # 2024 ed.: 65.6% in 2024
    ("'A and B are the only allies below' counts the two named", "2024-07-01",
     "Canada and Belgium are the only allies still below the 20% equipment guideline.",
     [("count_meeting", "NATO", 2024, 2, "supported")]),  # 2024 ed.: Canada 18.60, Belgium 15.16
    ("a fraction of a budget spent on personnel is a personnel share, not a change", "2024-07-01",
     "Personnel costs eat up almost half of Portugal's defence budget.",
     [("personnel_share", "Portugal", 2024, 50, "contradicted")]),  # 2024 ed.: 58.63% (2024e)
    ("'the previous estimate for ... was' several words before the figure", "2025-09-10",
     "The previous estimate for Canada's 2024 spending was 1.37%; it is now 1.47%.",
     [("share_of_gdp", "Canada", 2024, 1.37, "supported")]),  # 2024 ed. 1.37; 2025 ed. 1.47
    ("a change 'between 2014 and 2024' is the change over the decade, not 2014's", "2024-07-01",
     "In real terms, Canada's defence budget grew by more than half between 2014 and 2024.",
     [("real_change", "Canada", 2024, 50, "supported")]),  # 2024 ed.: +57.75% since 2014
    ("a fact sheet's labelled counts", "2024-07-01",
     "Key facts\n* Allies at or above 2%: 23\n* Allies below 2%: 9",
     [("count_meeting", "NATO", 2024, 23, "supported"),
      ("count_meeting", "NATO", 2024, 9, "supported")]),  # 23 at or above, 8 below with figures:
    # 23 + 9 = 32, NATO's own framing, Iceland (no armed forces, no figure) among the nine
    ("'N of them' after a group of allies counts that group, not the alliance", "2025-09-01",
     "23 EU members are also NATO allies and 21 of them spend 2%.",
     [("count_meeting", "EU", 2025, 21, "contradicted")]),  # 2025 ed. 2025: 22 of the 23 EU
    # allies at or above 2%, Germany with no figure: 22 or 23, never 21 (30 of all the allies)
    ("'next year's budget' dates its figure next year", "2025-01-15",
     "Next year's budget lifts Polish defence spending to 4.7% of GDP.",
     [("share_of_gdp", "Poland", 2026, 4.7, "unverifiable")]),  # no 2026 figure in the 2024 ed.
    ("'no less than' is at least, not less than", "2024-07-08",
     "Poland spends no less than 4.5% of GDP on defence.",
     [("share_of_gdp", "Poland", 2024, 4.5, "contradicted")]),  # 2024 ed.: 4.12
    ("before The Hague 'the spending target' is 2%, not the equipment guideline", "2025-01-08",
     "No fewer than 27 of the alliance's 32 members have now reached the spending target.",
     [("count_meeting", "NATO", 2024, 27, "contradicted")]),  # 2024 ed.: 23 at or above 2%
    ("'a level of' states a measured share, not a commitment", "2024-07-02",
     "Germany now spends at a level of just over 2% of GDP.",
     [("share_of_gdp", "Germany", 2024, 2, "supported")]),  # NATO 2024 ed.: 2.12 (2024e)
    ("'could' frames a figure as a projection", "2025-11-05",
     "With roughly 1.6% of GDP going to defence, Czechia could slip towards the bottom of the alliance.",
     [("share_of_gdp", "Czechia", 2025, 1.6, "unverifiable")]),  # 2025 ed.: 2.00; a projection
    ("'above 3%' is counted as worded", "2024-07-01",
     "This year five allies are above 3% of GDP.",
     [("count_meeting", "NATO", 2024, 5, "supported")]),  # 2024 ed.: POL, EST, USA, LVA, GRC
    ("a figure in brackets after an ally compared with is that ally's", "2024-09-01",
     "Latvia's outlay of 3.15% of GDP ranks it fourth, behind Estonia (3.43%) and others.",
     [("share_of_gdp", "Estonia", 2024, 3.43, "supported")]),  # NATO 2024 ed. Table 3
    ("Europe as a place, unattributed, is SIPRI's region too", "2025-07-01",
     "Spending on the military across Europe grew by 17% in real terms in 2024, commentators noted.",
     [("real_change", "Europe (SIPRI)", 2024, 17, "supported")]),  # SIPRI 2025: 17.07
    ("Europe's allies are not SIPRI's region", "2025-07-01",
     "The European allies spent $693 billion on defence in 2024.",
     [("spending_amount", "European allies", 2024, 693, "unverifiable")]),  # SIPRI's 693 has Russia
    ("a fraction of the allies is as coarse as a whole-number share", "2025-02-12",
     "A full two-thirds of allies now put at least 2% of GDP into defence.",
     [("count_meeting", "NATO", 2024, 66.7, "supported")]),  # 23 of 32 (72%), within 10%
    ("a fraction of the allies far from the count", "2024-08-28",
     "Two-thirds of NATO countries fail to put 2% of their GDP into defence.",
     [("count_meeting", "NATO", 2024, 66.7, "contradicted")]),  # 8 below 2%
    ("'it' in a new paragraph is the subject of the one before", "2024-07-01",
     "Poland has rearmed faster than any other ally.\n\n"
     "Over the past year, though, it has spent 4.1% of GDP on defence.",
     [("share_of_gdp", "Poland", 2024, 4.1, "supported")]),
    ("The Hague's related part named by what it buys", "2025-09-01",
     "The summit set 5% of GDP, namely 3.5% on core military spending and 1.5% on security "
     "investments.",
     [("guideline_value", "NATO", None, 1.5, "supported")]),
    ("a commitment's figure beside another field's words", "2025-09-01",
     "Another 1.5% is to go on defence-related items such as infrastructure, for an overall "
     "quota of 5% of GDP.",
     [("guideline_value", "NATO", None, 5, "supported")]),
    ("an answer takes the question's subject; its colon is no commitment's", "2024-07-31",
     "Q: How much does Canada spend on defence?\nA: About 1.4% of GDP, NATO estimated last year.",
     [("share_of_gdp", "Canada", 2024, 1.4, "supported")]),  # 1.37; 'last year' dates the estimate
    ("the combined spending of the allies, with an apostrophe", "2025-12-10",
     "Allies' combined defence spending equals 2.76% of their GDP this year.",
     [("share_of_gdp", "NATO", 2025, 2.76, "supported")]),
    ("'now 32 strong'", "2025-05-30",
     "The alliance, now 32 strong since Sweden's accession last year, meets in June.",
     [("membership_count", "NATO", None, 32, "supported")]),
    ("a guideline named before a list's colon is the threshold, not the first ally's figure",
     "2024-09-03",
     "Five allies still sit well below the line: Canada (1.6%), Italy (1.5%) and Spain (1.1%).",
     [("count_meeting", "NATO", 2024, 5, "unverifiable"),  # how far is 'well below'?
      ("share_of_gdp", "Canada", 2024, 1.6, "contradicted"),  # 1.37
      ("share_of_gdp", "Italy", 2024, 1.5, "supported")]),  # 1.49
    ("allies named after 'among them' share the count's threshold", "2025-09-09",
     "Eight allies spent less than 2% of GDP on defence in 2024, among them Canada and Spain.",
     [("share_of_gdp", "Canada, Spain", 2024, 2, "supported")]),  # 2025 ed.: 1.47, 1.43
    ("5% on defence and security is The Hague's, not a pledge of one ally", "2025-06-26",
     "At The Hague, allies committed to invest 5% of GDP a year in defence and security by 2035.",
     [("guideline_value", "NATO", None, 5, "supported")]),
    ("'the current guideline of 2%' states the guideline", "2025-01-08",
     "He has demanded that allies raise defence spending to 5% of GDP, more than double the "
     "current guideline of 2%.",
     [("guideline_value", "NATO", None, 2, "supported")]),
    ("allies 'at exactly' a share are those at it, and the list after a colon", "2025-09-06",
     "Six allies sit at exactly 2% of GDP this year: Portugal, Belgium, Spain and three others.",
     [("count_meeting", "NATO", 2025, 6, "supported"),  # 2025 edition: six at 2.00
      ("share_of_gdp", "Portugal, Belgium, Spain", 2025, 2, "supported")]),  # 2.00, 2.00, 2.00
    ("a group of three allies is not a count of all allies", "2024-12-20",
     "All three Baltic states passed 3% of GDP in 2023, NATO figures show.",
     [("share_of_gdp", "Estonia", 2023, 3, "supported"),  # 3.04
      ("share_of_gdp", "Latvia", 2023, 3, "contradicted")]),  # 2.87
    ("'and a half' is part of the number", "2024-07-11",
     "The alliance spends almost one and a half trillion dollars a year on defence.",
     [("spending_amount", "NATO", 2024, 1.5, "supported")]),  # Table 2: USD 1,474 bn
    ("'X, like the other 31' names X", "2025-08-29",
     "New figures show Belgium, like the other 31 allies, putting 2% of its GDP into defence "
     "this year.",
     [("share_of_gdp", "Belgium", 2025, 2, "supported")]),  # 2025 edition: 2.00
    ("an unattributed amount in the week of SIPRI's release", "2025-04-29",
     "American military spending grew again last year, reaching $997 billion.",
     [("spending_amount", "United States", 2024, 997, "supported")]),  # SIPRI: 997.3; NATO: 967.7
    ("'it' after a sentence whose first ally is where something moved to", "2024-09-01",
     "The reasoning that drew so many investors to Germany holds for Poland as well. In 2022 it "
     "spent 2.2% of its GDP on defence.",
     [("share_of_gdp", "Poland", 2022, 2.2, "supported")]),  # 2024 edition: 2.23
    ("a change within one year starts from the year before", "2025-09-01",
     "The Belgian government agreed this year to lift its defence effort from 1.3% to 2% of GDP.",
     [("share_of_gdp", "Belgium", 2024, 1.3, "supported"),  # 2025 edition: 1.29 in 2024
      ("share_of_gdp", "Belgium", 2025, 2.0, "supported")]),
    ("a level 'to be met' by allies is the guideline, not the alliance's share", "2024-07-23",
     "The secretary general said he expected 2% of GDP to be met by most allies before long.",
     [("guideline_value", "NATO", None, 2, "supported")]),  # 2024 edition: NATO total 2.71%
    ("'expects every ally to reach 2%' is a demand, not a count", "2024-07-23",
     "The alliance expects all of its members to reach 2% of GDP, its chief repeated.",
     [("guideline_value", "NATO", None, 2, "supported")]),  # 2024 edition: 23 of 32 in 2024
    ("'are expected to reach' forecasts a count", "2024-07-23",
     "All allies are expected to reach 2% of GDP this year.",
     [("count_meeting", "NATO", 2024, 32, "contradicted")]),  # 2024 edition: 23 of 32
    ("a count with its noun and verb left out: 'but only six in 2022'", "2024-07-23",
     "Eleven allies reached the guideline in 2019, yet only seven in 2022.",
     [("count_meeting", "NATO", 2019, 11, "contradicted"),  # 2024 edition: 6 in 2019
      ("count_meeting", "NATO", 2022, 7, "supported")]),  # 7 in 2022
    ("'the number was 23' restates the count", "2025-03-28",
     "Just three members spent 2% of GDP or more in 2014; in 2024 the number was 23.",
     [("count_meeting", "NATO", 2014, 3, "supported"),
      ("count_meeting", "NATO", 2024, 23, "supported")]),  # 2024 edition: 3 (2014), 23 (2024)
    ("'took the alliance to N members' is its size, whatever N", "2024-10-01",
     "The two Nordic accessions took the alliance to 33 members.",
     [("membership_count", "NATO", None, 33, "contradicted")]),  # 32 since 7 March 2024
    ("'NATO grew to N members' is its size, whatever N", "2023-06-01",
     "Last spring NATO grew to 31 members.",
     [("membership_count", "NATO", None, 31, "supported")]),  # Finland joined 4 April 2023
    ("a rise after a fall in the same clause is a rise", "2025-09-18",
     "In real terms American defence spending dropped by about 1% in 2023 and then grew about "
     "6% in 2024.",
     [("real_change", "United States", 2023, -1, "supported"),  # 2025 edition: -0.81
      ("real_change", "United States", 2024, 6, "supported")]),  # 6.43 (estimate)
    ("'but is' shares the subject of the clause before", "2025-09-04",
     "Portugal stayed below the guideline in 2024 at 1.58% of GDP but is put at 2.0% this year.",
     [("share_of_gdp", "Portugal", 2024, 1.58, "supported"),  # 2025 edition: 1.58 (2024e)
      ("share_of_gdp", "Portugal", 2025, 2.0, "supported")]),  # 2.00 (2025e)
    ("the ally overtaken by another is the subject", "2024-09-04",
     "Britain was overtaken by Poland in 2023 and is now at 2.33% of GDP.",
     [("share_of_gdp", "United Kingdom", 2024, 2.33, "supported")]),  # 2024 edition: 2.33 (2024e)
    ("another source 'puts it at' a figure of the year before", "2025-09-16",
     "SIPRI reckons Germany spent 1.9% of GDP on its armed forces in 2024; NATO's tables put "
     "it at 2%.",
     [("share_of_gdp", "Germany", 2024, 1.9, "supported"),  # SIPRI 2025 release: 1.89
      ("share_of_gdp", "Germany", 2024, 2, "supported")]),  # NATO 2025 edition: 2.00 (2024e)
    ("an unattributed share that only SIPRI's figure of its year agrees with", "2025-09-16",
     "Germany spent 1.9% of GDP on defence in 2024.",
     [("share_of_gdp", "Germany", 2024, 1.9, "unverifiable")]),  # NATO 2.00; SIPRI 1.89
    ("'the alliance reports' names NATO as the source", "2025-09-20",
     "Bulgaria spent about 2.2% of GDP on defence in 2024, the alliance reports.",
     [("share_of_gdp", "Bulgaria", 2024, 2.2, "contradicted")]),  # NATO 2025 ed.: 1.95; SIPRI 2.15
    ("a band whose ends name their allies in brackets", "2025-08-29",
     "In 2024 eight allies spent between 1.19% of GDP (Luxembourg, the lowest) and 1.5% (Italy).",
     [("count_meeting", "NATO", 2024, 8, "contradicted"),  # 2025 edition, 2024e: 6 in [1.19, 1.50]
      ("share_of_gdp", "Luxembourg", 2024, 1.19, "supported"),  # 1.19
      ("share_of_gdp", "Italy", 2024, 1.5, "supported")]),  # 1.49
    ("'with A, B and C at 2.01%' gives the figure to each", "2025-08-29",
     "Every ally is now at 2% or more, with Italy, Canada and Albania at 2.01%.",
     [("count_meeting", "NATO", 2025, 32, "unverifiable"),  # Germany and Iceland: no 2025 figure
      ("share_of_gdp", "Italy", 2025, 2.01, "supported"),  # 2025 edition: 2.01 (2025e)
      ("share_of_gdp", "Canada", 2025, 2.01, "supported"),  # 2.01
      ("share_of_gdp", "Albania", 2025, 2.01, "supported")]),  # 2.01
    ("a list after 'among those missing it' is below the count's threshold", "2024-07-03",
     "Twenty-three allies hit 2% of GDP this year. Among the ones still falling short are "
     "Portugal, Croatia and Luxembourg.",
     [("count_meeting", "NATO", 2024, 23, "supported"),  # 2024 edition: 23 at 2% in 2024
      ("share_of_gdp", "Portugal, Croatia, Luxembourg", 2024, 2, "supported")]),  # 1.55 1.81 1.29
    ("'of NATO's 32 members' in a sentence on 2014 names today's alliance", "2025-09-01",
     "Only 3 of NATO's 32 members spent 2% of GDP or more in 2014.",
     [("count_meeting", "NATO", 2014, 3, "supported"),  # 2025 edition: 3 in 2014
      ("membership_count", "NATO", None, 32, "supported")]),  # 32 since 7 March 2024
    ("'well above NATO's 20% target' compares the ally's share with the guideline", "2024-06-20",
     "Poland devotes 51.1% of its defence budget to major equipment, well above NATO's 20% "
     "guideline.",
     [("equipment_share", "Poland", 2024, 51.1, "supported"),  # 2024 edition: 51.08
      ("equipment_share", "Poland", 2024, 20, "supported")]),
    ("a level 'within ten years' is to be reached, not reached", "2025-06-25",
     "The Danish premier said 3.5% within ten years was within reach.",
     [("share_of_gdp", "Denmark", None, 3.5, "unverifiable")]),
    ("'below the target' after a group's average is the group's, not the ally's before",
     "2025-03-20",
     "Greece spent about 2.8% of GDP in 2023, against an average of 1.6% among European "
     "allies, below NATO's 2% target.",
     [("share_of_gdp", "Greece", 2023, 2.8, "supported"),  # 2024 edition: 2.80 (2023e)
      ("share_of_gdp", "European allies", 2023, 2, "unverifiable")]),
    ("'on last year, when 13 were below' dates the when-clause's count", "2025-09-01",
     "All allies should reach 2% this year. That is an improvement on last year, when 13 of "
     "the 32 allies were still below the 2% line.",
     [("count_meeting", "NATO", 2024, 13, "supported")]),  # 2025 edition: 13 below 2% in 2024
    ("a figure restated in other units between commas takes the year after both", "2024-08-28",
     "Under the draft budget, 4.7% of Poland's GDP, some 187 billion zloty, is to go to defence "
     "in 2025.",
     [("share_of_gdp", "Poland", 2025, 4.7, "unverifiable")]),  # 2024 edition ends at 2024
    ("the size the alliance grew from, undated, is not today's size", "2025-01-10",
     "Since then the alliance has grown from 16 members to 32.",
     [("membership_count", "NATO", None, 16, "unverifiable")]),
    ("'Of the 32 allies, only 10 ...': a fronted total, and 'only' before the count",
     "2024-06-20",
     "Of the alliance's 31 members, just 10 met the 2% guideline in 2023.",
     [("count_meeting", "NATO", 2023, 10, "supported")]),  # 2024 edition: 10 of 31 in 2023
    ("'exactly at the 2% floor' counts the allies at 2.00", "2025-08-30",
     "This year six allies stand exactly at the 2% floor.",
     [("count_meeting", "NATO", 2025, 6, "supported")]),  # 2025 edition: six at 2.00 (2025e)
    ("'total alliance defence spending' is NATO's, not the ally of the sentence before",
     "2024-06-20",
     "Germany finally reached 2%. Total alliance defence spending will be close to $1.5 "
     "trillion this year.",
     [("spending_amount", "NATO", 2024, 1.5, "supported")]),  # 2024 edition: USD 1,474 bn
    ("an amount in zloty is Poland's, whoever was named before", "2024-08-28",
     "Trump keeps pressing. \"Next year we will put 187 billion zloty into defence,\" the "
     "minister said.",
     [("spending_amount", "Poland", 2025, 187, "unverifiable")]),  # 2024 edition ends at 2024
    ("'since 2014, risen from 1.4% to 2.02%': the start is the since-year's", "2024-06-25",
     "Since the allies made their pledge in 2014, European allies and Canada have gone from "
     "1.4% of GDP to 2.02%.",
     [("share_of_gdp", "Europe and Canada", 2014, 1.4, "supported"),  # 2024 edition: 1.43
      ("share_of_gdp", "Europe and Canada", 2024, 2.02, "supported")]),  # 2.02 (2024e)
    ("'has doubled, from 2.2% to 4.1%': levels after a change word, not changes", "2024-06-25",
     "Since the invasion in 2022, Poland's defence effort has doubled, from 2.2% to 4.1%.",
     [("share_of_gdp", "Poland", 2022, 2.2, "supported"),  # 2024 edition: 2.23 (2022)
      ("share_of_gdp", "Poland", 2024, 4.1, "supported")]),  # 4.12 (2024e)
    ("'from its current 2.3%' inside a promise is the level now", "2025-02-25",
     "The government is under pressure to say when it will lift British defence spending from "
     "its current 2.3% of GDP to 2.5%.",
     [("share_of_gdp", "United Kingdom", 2024, 2.3, "supported")]),  # 2024 edition: 2.33
    ("'NATO numbers show' after a sentence citing another body names NATO", "2024-06-20",
     "America's economy was worth $27.4 trillion in 2023, World Bank data show. NATO numbers "
     "published on Monday show Greece spending about 3.08% of GDP on defence this year.",
     [("share_of_gdp", "Greece", 2024, 3.08, "supported")]),  # 2024 edition: 3.08 (2024e)
    ("', where ...' after an apposition naming other countries is the ally's", "2025-02-15",
     "The steepest climb was in Lithuania, a Baltic state next to Russia and Belarus, where the "
     "defence share went from 0.88% of GDP in 2014 to 2.85% last year.",
     [("share_of_gdp", "Lithuania", 2014, 0.88, "supported"),  # 2024 edition: 0.88 (2014)
      ("share_of_gdp", "Lithuania", 2024, 2.85, "supported")]),  # 2.85 (2024e)
    ("a count 'at 2.01%' is of the allies at that figure, not at or above it", "2025-08-30",
     "In 2025 three allies came in at 2.01%: Italy, Canada and Albania.",
     [("count_meeting", "NATO", 2025, 3, "supported")]),  # 2025 edition: three at 2.01 (2025e)
    ("'Europe's average' after an ally's sentence is Europe's, not the ally's", "2025-02-13",
     "Poland now outspends every other ally relative to its economy. Europe's average defence "
     "effort is 1.7% of GDP.",
     [("share_of_gdp", "Europe", 2025, 1.7, "unverifiable")]),  # Poland 2024 edition: 4.12
    ("'slipped by about 1%' is a fall, and 'climbing about 6%' after it a rise", "2025-09-18",
     "In real terms US defence spending slipped by about 1% in 2023 before climbing about 6% "
     "in 2024.",
     [("real_change", "United States", 2023, -1, "supported"),  # 2025 edition: -0.81
      ("real_change", "United States", 2024, 6, "supported")]),  # 6.43 (2024e)
    ("', while NATO had estimated X for the same year': the same ally and year, NATO's figure",
     "2025-04-29",
     "Latvia's military spending hit 3.3% of GDP last year, SIPRI said on Monday, while NATO "
     "had estimated 3.15% for the same year.",
     [("share_of_gdp", "Latvia", 2024, 3.3, "supported"),  # SIPRI April 2025: 3.26
      ("share_of_gdp", "Latvia", 2024, 3.15, "supported")]),  # NATO 2024 edition: 3.15 (2024e)
    ("'a decade earlier' counts back from the year spoken of", "2025-02-20",
     "NATO's June estimates had 23 of the 32 allies at 2% in 2024, against just three a decade "
     "earlier.",
     [("count_meeting", "NATO", 2024, 23, "supported"),  # 2024 edition: 23 (2024)
      ("count_meeting", "NATO", 2014, 3, "supported")]),  # 3 (2014)
    ("'18 of the 32 had reached it', the noun left out, 'a year earlier'", "2025-09-02",
     "Every ally is at or above 2% of GDP this year. A year earlier, only 18 of the 32 had "
     "reached that level.",
     [("count_meeting", "NATO", 2024, 18, "supported")]),  # 2025 edition: 18 at 2% in 2024
    ("allies with 'no estimate at or above' the level include those with no figure",
     "2025-09-08",
     "Just two allies have no 2025 estimate at or above the guideline. The other 30 all clear "
     "2% of GDP this year.",
     [("count_meeting", "NATO", 2025, 2, "unverifiable"),  # Germany: no 2025e; Iceland: none
      ("count_meeting", "NATO", 2025, 30, "supported")]),  # 2025 edition: 30 at 2% (2025e)
    ("'NATO said on Thursday that ... would' reports its estimate, far from the verb",
     "2025-08-28",
     "The alliance said on Thursday in Brussels that European allies and Canada would raise "
     "real defence spending by 15.9% this year.",
     [("real_change", "Europe and Canada", 2025, 15.9, "supported")]),  # 2025 edition: 15.94
    ("an amount in a national currency that SIPRI gives is judged on SIPRI's local currency",
     "2025-04-28",
     "According to SIPRI, Poland's military spending reached 151 billion zlotys last year.",
     [("spending_amount", "Poland", 2024, 151, "supported")]),  # SIPRI April 2025: PLN 151,241 m
    ("'kroner' said of Denmark are Danish kroner, not Norway's", "2025-02-19",
     "By NATO's estimates Denmark put about 68.7 billion kroner into defence in 2024.",
     [("spending_amount", "Denmark", 2024, 68.7, "supported")]),  # 2024 edition: DKK 68,674 m
    ("'Norwegian crowns' are kroner", "2025-02-19",
     "NATO estimates Norway spent 112 billion Norwegian crowns on defence in 2024.",
     [("spending_amount", "Norway", 2024, 112, "supported")]),  # 2024 edition: NOK 112,214 m
    ("'nine of NATO's 32 fall short' counts Iceland, as NATO's '23 of 32' does", "2024-06-18",
     "Nine of the alliance's 32 members will still fall short of the 2% benchmark in 2024.",
     [("count_meeting", "NATO", 2024, 9, "supported")]),  # 2024 edition: 8 below, Iceland none
    ("'two of the 32 fall short' while an ally has no figure yet cannot be confirmed",
     "2025-09-01",
     "Two of NATO's 32 members still fall short of 2% this year.",
     [("count_meeting", "NATO", 2025, 2, "unverifiable")]),  # 2025 edition: Germany no 2025e
    ("'the EU members of NATO' are the EU's allies, not the alliance", "2025-03-10",
     "The EU members of NATO put almost 2% of their combined GDP into defence in 2024.",
     [("share_of_gdp", "EU", 2024, 2, "unverifiable")]),  # NATO total 2.71: not their measure
    ("'$6 billion more than before' is a difference, not a level", "2024-06-20",
     "Hungary will spend $4.9 billion on defence in 2024, over $1 billion more than before.",
     [("spending_amount", "Hungary", 2024, 4.9, "supported")]),  # 2024 edition: USD 4.89 bn
    ("a share 'first planned at' is a plan", "2025-01-08",
     "Bulgaria spent about 2.2% of GDP in 2024, against a budget first planned at 2.3%.",
     [("share_of_gdp", "Bulgaria", 2024, 2.3, "unverifiable")]),  # 2024 edition: 2.18 (2024e)
    ("a share restating a national budget in its own currency is on its own definition",
     "2025-01-07",
     "For 2024 the Czech defence budget comes to 159 billion koruna, which equals 2.09% of GDP.",
     [("share_of_gdp", "Czechia", 2024, 2.09, "unverifiable")]),  # 2024 edition: 2.10 (2024e)
    ("'far more than in 2021, when only six ...': 2021 is the six's, not the first count's",
     "2025-01-07",
     "Today 23 of the 32 allies have hit the goal, far more than in 2021, when only six did.",
     [("count_meeting", "NATO", 2024, 23, "supported"),  # 2024 edition: 23 (2024e)
      ("count_meeting", "NATO", 2021, 6, "supported")]),  # 6 (2021)
    ("'since his government took office in 2015' is a span, not an agreement", "2024-12-20",
     "Canada's prime minister says defence spending has nearly tripled since his government "
     "took office in 2015.",
     [("real_change", "Canada", 2024, 200, "unverifiable")]),  # NATO: real change since 2014
    ("the lines of a list keep the source its header names ('The EDA's figures show:')",
     "2024-12-05",
     "The European Defence Agency's figures for 2023 show:\n- Romania spends 1.6% of GDP;\n"
     "- Greece spends 3.1%.",
     [("share_of_gdp", "Romania", 2023, 1.6, "unverifiable"),  # EDA, not held (NATO: 1.59)
      ("share_of_gdp", "Greece", 2023, 3.1, "unverifiable")]),
    ("a paragraph after a list keeps its own year and names its own source", "2024-07-05",
     "The European Defence Agency's figures for 2023 show:\n- Romania spends 1.6% of GDP;\n"
     "- Greece spends 3.1%.\n\nPoland spends 4.12% of GDP this year.",
     [("share_of_gdp", "Poland", 2024, 4.12, "supported")]),  # NATO 2024 edition: 4.12 (2024e)
    ("'a neighbour of Russia' in an aside is no subject; '1.9 million people' is no money",
     "2024-10-28",
     "Latvia, a country of 1.9 million people and a neighbour of Russia, is set to spend about "
     "3.2% of GDP on defence this year.",
     [("share_of_gdp", "Latvia", 2024, 3.2, "supported")]),  # 2024 edition: 3.15 (2024e)
    ("constant prices a sentence takes for its own money leave the next sentence's current",
     "2024-06-20",
     "Measured at constant 2015 prices, Poland's spending reached $26.8 billion in 2024. In 2024 "
     "Germany spent $97.7 billion on defence, NATO estimates.",
     [("spending_amount", "Poland", 2024, 26.8, "supported"),  # 2024 ed. constant: 26.84
      ("spending_amount", "Germany", 2024, 97.7, "supported")]),  # current: 97.69
    ("'between 2023 and 2024' is one year's real change", "2024-06-20",
     "Between 2023 and 2024, Czechia's defence spending grew by 55% in real terms, according to "
     "NATO.",
     [("real_change", "Czechia", 2024, 55, "supported")]),  # 2024 edition: 54.65
    ("'the 2.0 benchmark': the guideline's share without its unit", "2024-06-20",
     "Back in 2014, only three of the allies were at or above the 2.0 benchmark.",
     [("count_meeting", "NATO", 2014, 3, "supported")]),  # 2024 edition: US, UK, Greece
    ("'it' after an aside naming two countries outside NATO is the ally", "2024-06-20",
     "Latvia, a neighbour of Belarus and Russia, is set to spend 3.15% of GDP this year, making "
     "it the alliance's fourth-largest spender relative to its economy.",
     [("share_of_gdp", "Latvia", 2024, 3.15, "supported"),
      ("ranking", "Latvia", 2024, 4, "supported")]),  # PL 4.12, EE 3.43, US 3.38, LV 3.15
    ("a bare head count after a count of troops in the same sentence", "2024-06-20",
     "Poland fields 216,100 troops, behind Türkiye, which has 481,000.",
     [("personnel", "Poland", 2024, 216.1, "supported"),  # 2024 edition: 216.08
      ("personnel", "Türkiye", 2024, 481.0, "supported")]),  # 481.02
    ("'went from X soldiers in 2022 to Y in 2023': two levels, not a change", "2025-09-01",
     "Poland's armed forces went from 176,000 soldiers in 2022 to 206,500 in 2023, while Italy's "
     "held at 171,400 service personnel in 2024.",
     [("personnel", "Poland", 2022, 176.0, "supported"),  # 2025 edition: 176.05
      ("personnel", "Poland", 2023, 206.5, "supported"),  # 206.50
      ("personnel", "Italy", 2024, 171.4, "supported")]),  # 171.42
    ("a table's row of years under a title, its header too long to be a title", "2024-07-10",
     "Share of GDP spent on defence\n2014 2024* (in %, at 2015 prices and exchange rates, NATO "
     "estimates)\nHungary 0.86 2.11\nItaly 1.14 1.49\n",
     [("share_of_gdp", "Hungary", 2014, 0.86, "supported"),
      ("share_of_gdp", "Hungary", 2024, 2.11, "supported"),
      ("share_of_gdp", "Italy", 2014, 1.14, "supported"),
      ("share_of_gdp", "Italy", 2024, 1.49, "supported")]),
    ("'NATO allies' right after a sentence on European allies and Canada: whose figure?",
     "2024-06-18",
     "The new figures show European allies and Canada doing more. \"NATO allies will raise "
     "their spending by 18 percent this year,\" the secretary general said.",
     [("real_change", "NATO", 2024, 18, "unverifiable")]),  # NATO 10.88; Europe and Canada 17.95
    ("'signed up to spending 2%' is a commitment; 'signed up to in 2014' dates the rule",
     "2024-06-20",
     "Italy has signed up to spending 2% of GDP. At 1.49% of GDP this year, it is still well "
     "short of the 2% every ally signed up to in 2014.",
     [("share_of_gdp", "Italy", 2024, 2, "unverifiable"),  # a commitment, not Italy's level
      ("share_of_gdp", "Italy", 2024, 1.49, "supported"),  # 2024 edition: 1.49 (2024e)
      ("share_of_gdp", "Italy", 2024, 2, "supported")]),  # below 2% in 2024, not 2014
    ("'Europe's allies' are the European allies, not the whole alliance", "2024-07-13",
     "Europe's allies together spent about $420 billion in 2024.",
     [("spending_amount", "European allies", 2024, 420, "unverifiable")]),  # no such NATO row
    ("a count of 'that goal' after the equipment guideline is of the equipment guideline",
     "2019-07-10",
     "Allies also agreed to put 20% of defence budgets into major equipment. In 2017, 11 allies "
     "met that goal, up from 9 in 2016.",
     [("count_meeting", "NATO", 2017, 11, "supported"),  # 2019 edition: 11 at 20% (4 at 2%)
      ("count_meeting", "NATO", 2016, 9, "supported")]),
    ("'the alliance needs 3.5%' in a quotation is a demand", "2025-06-25",
     "\"Portugal thinks 1.6% is enough. The alliance needs 3.5%,\" Rutte said.",
     [("share_of_gdp", "NATO", 2024, 3.5, "unverifiable")]),  # NATO total 2.71: no verdict
    ("a markdown table under a 'title: subtitle' line, one cell empty", "2025-08-29",
     "Where the allies stand: defence spending as a share of GDP, NATO estimates\n"
     "| Ally | 2024 | 2025 |\n|---|---|---|\n| Norway | 2.27 | 3.35 |\n| Germany | 2.00 | – |\n"
     "| France | 2.03 | 2.05 |\n",
     [("share_of_gdp", "Norway", 2024, 2.27, "supported"),  # 2025 edition
      ("share_of_gdp", "Norway", 2025, 3.35, "supported"),
      ("share_of_gdp", "Germany", 2024, 2.00, "supported"),  # the empty cell is 2025's
      ("share_of_gdp", "France", 2025, 2.05, "supported")]),
    ("the currency of a sentence's first amount is its later bare amount's", "2024-06-21",
     "Czechia's defence spending is put at 159.7 billion koruna this year, against 100.7 billion "
     "in 2023.",
     [("spending_amount", "Czechia", 2024, 159.7, "supported"),  # 2024 edition: CZK 159.69 bn
      ("spending_amount", "Czechia", 2023, 100.7, "supported")]),  # CZK 100.74 bn
    ("'up from last year's 2.87%' is last year's figure", "2024-06-19",
     "Latvia will spend 3.15% of GDP this year, up from last year's 2.87%.",
     [("share_of_gdp", "Latvia", 2023, 2.87, "supported")]),  # 2024 edition: 2.87 (2023)
    ("bare figures after allies, as precise as the percentage before, are percentages",
     "2024-06-20",
     "Greece is estimated to spend 3.08 per cent this year; Estonia, 3.43; Lithuania, 2.85.",
     [("share_of_gdp", "Estonia", 2024, 3.43, "supported"),
      ("share_of_gdp", "Lithuania", 2024, 2.85, "supported")]),
    ("'exceed the new 3.5% benchmark': 'new' between the verb and the figure", "2025-08-29",
     "Just three members exceed the new 3.5% benchmark for core defence.",
     [("count_meeting", "NATO", 2025, 3, "supported")]),  # 2025 edition: PL, LT, LV
    ("'there were only three' after a count is a count of another year", "2024-06-19",
     "Ten allies reached the 2% mark last year, whereas in 2014, the year of the Wales pledge, "
     "there were only three.",
     [("count_meeting", "NATO", 2023, 10, "supported"),  # 2024 edition
      ("count_meeting", "NATO", 2014, 3, "supported")]),
    ("a count at the time allies 'signed up to the pledge' is a count", "2024-06-18",
     "When the allies signed up to the pledge in 2014, the goal was met by just three countries.",
     [("count_meeting", "NATO", 2014, 3, "supported")]),  # 2024 edition: Greece, UK, US
    ("'at least a fifth' on equipment, then 'are expected to do so'", "2024-06-20",
     "The alliance also wants at least a fifth of defence budgets spent on major equipment. "
     "This year 29 of the 31 allies with armed forces are expected to do so.",
     [("count_meeting", "NATO", 2024, 29, "supported")]),  # 2024 edition: 29 at 20% on equipment
    ("an ally spending a multiple of the guideline", "2024-07-01",
     "Latvia now spends more than one and a half times the 2% target, and Estonia more than "
     "double it. Poland spends more than twice the 2% target.",
     [("share_of_gdp", "Poland", 2024, 4, "supported")]),  # 2024 edition: 4.12 > 4
    ("an ally said to spend a multiple of the guideline that it does not", "2024-07-01",
     "Greece spends more than double the 2% target.",
     [("share_of_gdp", "Greece", 2024, 4, "contradicted")]),  # 2024 edition: 3.08
    ("list items with last year's figure in brackets, under a header's year", "2025-08-29",
     "Catching up, on NATO's 2025 estimates:\n- Slovenia: 2.02% (2024: 1.37%)\n"
     "- Netherlands 2.49% (last year: 2.00%)",
     [("share_of_gdp", "Slovenia", 2025, 2.02, "supported"),  # 2025 edition
      ("share_of_gdp", "Slovenia", 2024, 1.37, "supported"),
      ("share_of_gdp", "Netherlands", 2025, 2.49, "supported"),
      ("share_of_gdp", "Netherlands", 2024, 2.00, "supported")]),
    ("'per head' opening the sentence makes its small sums per head", "2024-06-25",
     "Per inhabitant, Denmark spends about $1,480 a year on defence, NATO's tables in constant "
     "2015 dollars show, against roughly $540 in Latvia.",
     [("spending_amount", "Denmark", 2024, 1480, "supported"),  # 2024 edition: 1,478.8
      ("spending_amount", "Latvia", 2024, 540, "supported")]),  # 538.9
    ("two figures in brackets after a comparison of two allies, in their order", "2025-08-29",
     "The Netherlands now spends a larger share of its GDP on defence than Czechia does (2.49% "
     "versus 2.00%).",
     [("share_of_gdp", "Netherlands", 2025, 2.49, "supported"),
      ("share_of_gdp", "Czechia", 2025, 2.00, "supported")]),
    ("'Not one of ..., among them X (a%), reaches 2%' says X is below 2%", "2024-06-20",
     "Not one of the laggards, among them Spain (1.28%) and Belgium (1.30%), reaches 2%.",
     [("share_of_gdp", "Spain", 2024, 2, "supported"),  # 2024 edition: 1.28, below 2
      ("share_of_gdp", "Belgium", 2024, 2, "supported")]),  # 1.30
    ("'respectively' after 'they', for the allies the sentence before listed", "2024-06-20",
     "Two Nordic allies joined after 2022: Finland and Sweden. This year they will spend 2.41% "
     "and 2.14% of GDP respectively.",
     [("share_of_gdp", "Finland", 2024, 2.41, "supported"),  # 2024 edition (2024e)
      ("share_of_gdp", "Sweden", 2024, 2.14, "supported")]),
    ("'in a year, from 10 to 23': the start is last year's", "2024-06-20",
     "The number of allies at the 2% target has more than doubled in a year, from 10 to 23.",
     [("count_meeting", "NATO", 2023, 10, "supported"),  # 2024 edition
      ("count_meeting", "NATO", 2024, 23, "supported")]),
    ("'the alliance's $1.47 trillion' is the alliance's, not the ally's named before", "2024-06-20",
     "The United States' $968 billion in defence spending is about two-thirds of the alliance's "
     "$1.47 trillion total this year.",
     [("spending_amount", "United States", 2024, 968, "supported"),  # 2024 edition: 967.71 bn
      ("spending_amount", "NATO", 2024, 1.47, "supported")]),  # 1,474 bn
    ("'with nine failing to do so' after 23 reaching the target: the rest of the 32",
     "2025-01-14",
     "NATO estimated last June that 23 allies would reach the 2% target in 2024, with nine "
     "failing to do so.",
     [("count_meeting", "NATO", 2024, 23, "supported"),
      ("count_meeting", "NATO", 2024, 9, "supported")]),  # 8 with figures + Iceland
    ("two figures after a colon, or after a possessive, for countries outside NATO too",
     "2025-04-28",
     "Russia outspent Ukraine on defence by more than two to one in 2024, by SIPRI's estimate: "
     "$149bn against $64.7bn. Military spending in China reached $314bn, far above Japan's $55.3bn.",
     [("spending_amount", "Russia", 2024, 149, "supported"),  # SIPRI 2025: 148,967 m
      ("spending_amount", "Ukraine", 2024, 64.7, "supported"),  # 64,705 m
      ("spending_amount", "China", 2024, 314, "supported"),  # 313,658 m
      ("spending_amount", "Japan", 2024, 55.3, "supported")]),  # 55,274 m
    ("a share of government spending is SIPRI's; unattributed, SIPRI only supports",
     "2025-06-10",
     "Ukraine devoted 54% of its government spending to the military last year, SIPRI said. "
     "Poland's military spending was 8.5% of government spending in 2024. Lithuania's took "
     "9.9% of public spending in 2024, SIPRI says, and Spain's 4.5% of government spending.",
     [("share_of_government_spending", "Ukraine", 2024, 54, "supported"),  # SIPRI 2025: 54.01
      ("share_of_government_spending", "Poland", 2024, 8.5, "supported"),  # 8.47
      ("share_of_government_spending", "Lithuania", 2024, 9.9, "contradicted"),  # 7.92
      ("share_of_government_spending", "Spain", 2024, 4.5, "contradicted")]),  # 3.20
    ("a count among a named group is counted among its allies, not the alliance",
     "2025-09-10",
     "Of the three Baltic states, two spend more than 3.5% of GDP this year. Three of the three "
     "Baltic states spend more than 3.5% of GDP this year. Two of the five Nordic countries, "
     "Norway and Denmark, are above 3% of GDP this year.",
     [("count_meeting", "NATO", 2025, 2, "supported"),  # 2025 ed.: EE 3.38, LV 3.73, LT 4.00
      ("count_meeting", "NATO", 2025, 3, "contradicted"),
      ("count_meeting", "NATO", 2025, 2, "unverifiable")]),  # the five are not all named
    ("'the government in Stockholm' is Sweden's; a share of this year is no commitment's value",
     "2024-06-20",
     "The government in Stockholm says defence spending will reach 2.1 per cent of GDP this year. "
     "At the summit in Vilnius, allies agreed that 2% is a floor.",
     [("share_of_gdp", "Sweden", 2024, 2.1, "supported"),  # 2024 ed.: 2.14
      ("guideline_value", "NATO", None, 2, "supported")]),
    ("'That year' is the year the sentence before spoke of, even as a date", "2024-07-20",
     "Trump took office in January 2017. That year just four allies met the guideline, and "
     "Germany stood at 1.53% of GDP.",
     [("count_meeting", "NATO", 2017, 4, "supported"),  # 2024 ed.: 4 in 2017
      ("share_of_gdp", "Germany", 2017, 1.53, "contradicted")]),  # 2024 ed.: 1.23
    ("a government's own figure, set against NATO's, only supports", "2024-06-20",
     "The government says Lithuania will spend 3.17 per cent of GDP on defence this year; NATO "
     "puts it at 2.85 per cent. Officials in Rome say defence spending will reach 1.6 per cent of "
     "GDP this year, above NATO's estimate. The government says Spain will spend 1.28 per cent.",
     [("share_of_gdp", "Lithuania", 2024, 3.17, "unverifiable"),  # 2024 ed.: 2.85
      ("share_of_gdp", "Lithuania", 2024, 2.85, "supported"),
      ("share_of_gdp", "Italy", 2024, 1.6, "unverifiable"),  # 1.49
      ("share_of_gdp", "Spain", 2024, 1.28, "supported")]),  # 1.28
    ("'crosses', 'breaks through', 'clears', 'top' a level: above it, not the level itself",
     "2024-06-20",
     "Lithuania crosses the 3% threshold this year. Poland breaks through 4% this year. "
     "Lithuania clears 3% this year. The "
     "Baltic states all top 3% this year. Slovakia scrapes over the 2% line this year. Poland is "
     "in the top 5% of spenders.",
     [("share_of_gdp", "Lithuania", 2024, 3, "contradicted"),  # 2024 ed.: 2.85
      ("share_of_gdp", "Poland", 2024, 4, "supported"),  # 4.12
      ("share_of_gdp", "Estonia", 2024, 3, "supported"),  # 3.43
      ("share_of_gdp", "Slovakia", 2024, 2, "unverifiable")]),  # 2.000: on the line
    ("a figure with no year may be of a year a paragraph before named: never contradicted by it",
     "2024-06-20",
     "In 2022, the year of the invasion, only seven allies met the guideline.\n\nGreece was the "
     "highest, at 3.88%. Poland was at 2.23%.\n\nPoland was at 2.53%.",
     [("count_meeting", "NATO", 2022, 7, "supported"),  # 2024 ed.: 7 in 2022
      ("share_of_gdp", "Greece", 2024, 3.88, "unverifiable"),  # 2022: 3.88; 2024: 3.08
      ("share_of_gdp", "Poland", 2024, 2.23, "unverifiable"),  # 2022: 2.23; 2024: 4.12
      ("share_of_gdp", "Poland", 2024, 2.53, "contradicted")]),  # neither
    ("a count after a count below keeps its side; 'two allies in three' is a ratio", "2024-06-18",
     "Nine allies fall short of 2% this year; among those with militaries, eight miss the mark. "
     "Two allies in three now meet the guideline.",
     [("count_meeting", "NATO", 2024, 8, "supported")]),  # 2024 ed.: 8 below of 31
    ("'compared with the 2025 edition ... from X to Y': Y is today's edition's", "2026-07-08",
     "Compared with the 2025 edition, which measured total defence spending, Poland's 2025 "
     "figure falls from 4.48% to 4.25% on the core basis.",
     [("share_of_gdp", "Poland", 2025, 4.25, "supported")]),  # 2026 ed. (core): 4.25
    ("a place beside a country outside NATO is a place in the world, SIPRI's", "2025-04-28",
     "Germany rose to fourth place, at $88.5 billion, overtaking India.",
     [("ranking", "Germany", 2024, 4, "supported")]),  # SIPRI 2025: US, China, Russia, Germany
    ("'in line with last year' is a comparison's base, not the figure's year", "2025-08-29",
     "The United States puts 29.7% of its budget into equipment, roughly in line with last year.",
     [("equipment_share", "United States", 2025, 29.7, "supported")]),  # 2025 ed.: 29.69
    ("a figure set by its subject takes the year that ends the clause", "2025-09-15",
     "Poland (4.48%) comfortably outspent Lithuania (3.09%) in 2024. Estonia's 3.38% edged out "
     "Latvia's 3.36% last year. Poland, at 4.48%, outspent every other ally in 2024.",
     [("share_of_gdp", "Poland", 2024, 4.48, "contradicted"),  # 2025 ed.: 3.79 in 2024
      ("share_of_gdp", "Lithuania", 2024, 3.09, "supported"),  # 3.09
      ("share_of_gdp", "Estonia", 2024, 3.38, "contradicted"),  # 3.37
      ("share_of_gdp", "Latvia", 2024, 3.36, "supported")]),  # 3.36
    ("a transcript's decimals said in words", "2025-03-01",
     "HOST: And Canada? GUEST: Canada sat at one point three seven per cent last year.",
     [("share_of_gdp", "Canada", 2024, 1.37, "supported")]),  # 2024 ed. (current): 1.37
    ("numbers said in words over several words: decimals and hundreds", "2025-04-28",
     "World military spending hit two point seven trillion dollars last year, SIPRI said. Russia "
     "spent one hundred and forty-nine billion dollars.",
     [("spending_amount", "World (SIPRI)", 2024, 2.7, "supported"),  # SIPRI: 2,718 bn
      ("spending_amount", "Russia", 2024, 149, "supported")]),  # 148.97 bn
    ("nine below 2% with no total: eight with figures, or nine with Iceland, which has none",
     "2024-06-20",
     "Nine allies remain below 2% this year. Eight allies remain below 2% this year.",
     [("count_meeting", "NATO", 2024, 9, "unverifiable"),  # 2024 edition: 8 below of 31
      ("count_meeting", "NATO", 2024, 8, "supported")]),
    ("'half a percentage point' is a change in the share, not a real change of a half",
     "2024-06-20",
     "Germany's defence spending rose by almost half a percentage point of GDP this year, to "
     "2.12%. Latvia's share rose by 0.27 percentage points.",
     [("share_of_gdp", "Germany", 2024, 0.5, "supported"),  # 2024 edition: 1.64 -> 2.12, +0.48
      ("share_of_gdp", "Latvia", 2024, 0.27, "supported")]),  # 2.874 -> 3.148, +0.27
    ("a question and its answer: 'How many allies ...? A: Ten of the 31.'", "2024-06-19",
     "Q: How many allies met the target last year?\nA: Ten of the 31, on NATO's new figures.",
     [("count_meeting", "NATO", 2023, 10, "supported")]),  # 2024 edition: 10 in 2023
    ("'crept up to', 'edged up to', 'rose to as much as': where it got, not a ceiling",
     "2024-06-20",
     "Portugal's defence spending crept up to 1.9% of GDP this year. Norway's edged up to 2.2%, "
     "and Bulgaria's rose to as much as 2.5%.",
     [("share_of_gdp", "Portugal", 2024, 1.9, "contradicted"),  # 2024 edition: 1.55
      ("share_of_gdp", "Norway", 2024, 2.2, "supported"),  # 2.20
      ("share_of_gdp", "Bulgaria", 2024, 2.5, "contradicted")]),  # 2.18
    ("'exactly 2%' is 2.00 at two decimals", "2024-06-20",
     "Albania spends exactly 2% of GDP on defence; Slovakia spends precisely 2%.",
     [("share_of_gdp", "Albania", 2024, 2, "contradicted"),  # 2024 edition: 2.03
      ("share_of_gdp", "Slovakia", 2024, 2, "supported")]),  # 2.00
    ("'just under' and 'just over' are close to the figure, on that side", "2024-06-20",
     "Croatia spends just under 2.3% of GDP, Portugal just under 1.6% and Norway just over 2%.",
     [("share_of_gdp", "Croatia", 2024, 2.3, "contradicted"),  # 2024 edition: 1.81
      ("share_of_gdp", "Portugal", 2024, 1.6, "supported"),  # 1.55
      ("share_of_gdp", "Norway", 2024, 2, "supported")]),  # 2.20
    ("per-head sums 'at 2015 prices' are judged at those prices, right or wrong", "2024-06-20",
     "Measured per inhabitant at 2015 prices, Finland spends about $1,100 a head this year, the "
     "Netherlands about $1,300.",
     [("spending_amount", "Finland", 2024, 1100, "supported"),  # 2024 edition: 1,103.2
      ("spending_amount", "Netherlands", 2024, 1300, "contradicted")]),  # 1,030.2
    ("'respectively' settles whose figure: a wrong one is no other ally's reading", "2024-06-20",
     "Latvia, Estonia and Lithuania spend 3.43%, 3.15% and 2.85% of GDP respectively this year.",
     [("share_of_gdp", "Latvia", 2024, 3.43, "contradicted"),  # 2024 edition: Latvia 3.15
      ("share_of_gdp", "Estonia", 2024, 3.15, "contradicted")]),  # Estonia 3.43
    ("a table's columns keep their years: swapped cells are wrong, not another year's",
     "2024-06-20",
     "Defence spending, % of GDP (NATO estimates)\nAlly | 2023 | 2024\nLatvia | 3.15 | 2.87\n",
     [("share_of_gdp", "Latvia", 2023, 3.15, "contradicted"),  # 2024 edition: 2.87 in 2023
      ("share_of_gdp", "Latvia", 2024, 2.87, "contradicted")]),  # 3.15 in 2024
    ("'up sharply from a year earlier' is the base, 'now' the figure's year", "2024-06-20",
     "Greece now spends more than 3.2% of GDP on its military, up sharply from a year earlier.",
     [("share_of_gdp", "Greece", 2024, 3.2, "contradicted")]),  # 2024 edition: 3.08
    ("'last of the 31 allies with armed forces' measured against GDP is no rank by troops",
     "2024-06-20",
     "Measured against GDP, Belgium ranks last of the 31 allies with armed forces this year.",
     [("ranking", "Belgium", 2024, 31, "contradicted")]),  # 2024 edition: 28th of 31; Spain last
    ("a rank 'when spending is measured against GDP' after the rank", "2024-06-20",
     "Estonia ranks second in the alliance this year, behind only Poland, when spending is "
     "measured against GDP.",
     [("ranking", "Estonia", 2024, 2, "supported")]),  # 2024 edition: Poland 4.12, Estonia 3.43
    ("'X met the 2% target, as did Y and Z': the allies after 'as did' too", "2024-06-20",
     "Bulgaria met the 2% target this year, NATO's figures show, as did Norway and Portugal.",
     [("share_of_gdp", "Bulgaria", 2024, 2, "supported"),  # 2024 edition: 2.18
      ("share_of_gdp", "Norway", 2024, 2, "supported"),  # 2.20
      ("share_of_gdp", "Portugal", 2024, 2, "contradicted")]),  # 1.55
    ("'it' after an aside naming 'the allies' and their pledge is the ally before", "2024-07-01",
     "Italy puts about 1.5 per cent of GDP into defence. In 2014, when the allies made their "
     "Wales pledge, it was about 1.1 per cent.",
     [("share_of_gdp", "Italy", 2014, 1.1, "supported")]),  # 2024 edition: 1.14 in 2014
    ("an article that takes its data from another body: a disagreeing figure may be that body's",
     "2025-12-03",
     "EU defence spending reached a record €343 billion last year, new figures from the European "
     "Defence Agency show.\n\nWho comes closest to the new goal? Lithuania stands at 3.0% of GDP, "
     "and Poland at 4.48%.",
     [("share_of_gdp", "Lithuania", 2025, 3.0, "unverifiable"),  # NATO 2025 edition: 4.00
      ("share_of_gdp", "Poland", 2025, 4.48, "supported")]),  # 4.48
    ("a section on the Stockholm institute's count: its figures, not NATO's, whatever they are "
     "compared with", "2025-09-10",
     "2. SIPRI's\n\nThe Stockholm institute counts more than NATO does and publishes in April. On "
     "its count Italy spent 1.6% of GDP last year. France's share, at 2.1%, is a little above "
     "NATO's estimate for the same year. Most of the rest sit around 2%.",
     [("share_of_gdp", "Italy", 2024, 1.6, "supported"),  # SIPRI 2025: 1.61 (NATO 2025 ed.: 1.50)
      ("share_of_gdp", "France", 2024, 2.1, "supported")]),  # SIPRI: 2.05 (NATO: 2.03)
    ("a figure in the past tense with no time, after a sentence set a decade back", "2024-06-25",
     "Ten years ago, Poland was the only eastern ally anywhere near the guideline. Hungary and "
     "Czechia spent less than 1% of GDP on their armed forces.\n\nToday Hungary spends 2.11%.",
     [("share_of_gdp", "Hungary", 2014, 1, "supported"),  # 2024 edition: 0.86 in 2014 (2.11 now)
      ("share_of_gdp", "Czechia", 2014, 1, "supported"),  # 0.95 in 2014
      ("share_of_gdp", "Hungary", 2024, 2.11, "supported")]),
    ("a count and an ally's own figure in one sentence: the figure is no threshold", "2025-08-29",
     "NATO's new report revises the 2024 count to 18 allies and puts Spain's 2024 figure at "
     "1.43%.",
     [("share_of_gdp", "Spain", 2024, 1.43, "supported")]),  # 2025 edition: 1.43
    ("a paragraph on the equipment rule: its later shares too large for GDP are equipment's",
     "2024-06-20",
     "Germany spends 2.12% of GDP this year.\n\nThe rule is that at least 20% of defence "
     "spending must go on major equipment. Hungary clears it, at 47.8%. Spain, at 30.3%, and "
     "Norway, at 30.0%, pass too; Slovenia's share is about 37%.",
     [("equipment_share", "Hungary", 2024, 47.8, "supported"),  # 2024 edition: 47.81
      ("equipment_share", "Spain", 2024, 30.3, "supported"),  # 30.30
      ("equipment_share", "Norway", 2024, 30.0, "supported"),  # 29.99
      ("equipment_share", "Slovenia", 2024, 37, "contradicted")]),  # 27.27
    ("'back then' and 'at that time' are the year the sentence before named", "2019-12-01",
     "The target was set in 2014 with a ten-year deadline. Back then only the United States and "
     "Greece spent more than 2.2% of GDP.",
     [("share_of_gdp", "United States", 2014, 2.2, "supported"),  # 2019 edition: 3.73 in 2014
      ("share_of_gdp", "Greece", 2014, 2.2, "supported")]),  # 2.21 in 2014 (2.24 in 2019)
    ("a figure, a colon, and the allies it is of", "2025-08-29",
     "Two more edged just past the line with 2.02%: Slovenia and Montenegro.",
     [("share_of_gdp", "Slovenia", 2025, 2.02, "supported"),  # 2025 edition: 2.02
      ("share_of_gdp", "Montenegro", 2025, 2.02, "unverifiable")]),  # 2.03: Slovenia's figure,
    # named beside it, agrees (a shared figure is not called wrong for one of its allies)
    ("'last year's edition' names the edition, for its own clause only", "2026-07-08",
     "Last year's edition gave Latvia 3.73% for 2025; the new core measure puts the same year at "
     "3.67%.",
     [("share_of_gdp", "Latvia", 2025, 3.73, "supported"),  # 2025 edition
      ("share_of_gdp", "Latvia", 2025, 3.67, "supported")]),  # 2026 edition (core): 3.67
    ("the alliance's core share of a year is measured, not The Hague's 3.5%", "2026-07-20",
     "Taken as a whole, the allies devoted 2.75% of their combined GDP to core defence in 2025. "
     "Allies as a whole already spent 3.5% of GDP on core defence last year, a minister claimed.",
     [("share_of_gdp", "NATO", 2025, 2.75, "supported"),  # 2026 edition: NATO Total 2.75
      ("share_of_gdp", "NATO", 2025, 3.5, "contradicted")]),
    ("'NATO's core defence spending stands at' is the alliance's share", "2026-07-20",
     "NATO's core defence spending stands at 2.86% of GDP this year.",
     [("share_of_gdp", "NATO", 2026, 2.86, "supported")]),  # 2026 edition: NATO Total 2.86
    ("a floor a thousand times below the data is a slip of scale, not a true floor",
     "2024-06-20", "Combined allied defence spending tops $1.47 billion this year.",
     [("spending_amount", "NATO", 2024, 1.47, "unverifiable")]),  # 2024 edition: USD 1,474 bn
    ("what a leader says 'will suffice' is no measured share", "2026-07-20",
     "Spain, which says about 2.1% will suffice, spent exactly 2% of GDP last year.",
     [("share_of_gdp", "Spain", 2026, 2.1, "unverifiable"),
      ("share_of_gdp", "Spain", 2025, 2, "supported")]),  # 2026 edition (core): 2.00 in 2025
    ("'core defence' named: the old definition's figure is no excuse", "2026-07-14",
     "Denmark's core defence spending reached 3.22% of GDP last year, the alliance's new report "
     "shows. Finland spent 2.77% of GDP last year.",
     [("share_of_gdp", "Denmark", 2025, 3.22, "contradicted"),  # 2026 edition (core): 3.27;
      # 3.22 is the 2025 edition's, on the old definition
      ("share_of_gdp", "Finland", 2025, 2.77, "unverifiable")]),  # core 2.75, old 2.77: unsaid
    ("'a real-terms rise of 19%' is the change's; the amount beside it is at current prices",
     "2026-07-20",
     "European allies and Canada spent $654bn on core defence last year, a real-terms rise of "
     "19%. Total allied core defence spending reached $1.63 trillion last year.",
     [("spending_amount", "Europe and Canada", 2025, 654, "supported"),  # 2026 ed.: 653.81 bn
      ("real_change", "Europe and Canada", 2025, 19, "supported"),  # 19.02
      ("spending_amount", "NATO", 2025, 1.63, "supported")]),  # 1,629.6 bn
    ("'NATO-reported' names NATO: a national amount is then no national budget", "2024-06-20",
     "Canada's NATO-reported defence spending reaches C$37.8bn this year, up from C$35bn.",
     [("spending_amount", "Canada", 2024, 37.8, "contradicted")]),  # 2024 edition: CAD 41.01 bn
    ("'one of 23 members, out of 32, that met the target' is a count", "2025-03-10",
     "The UK was one of 23 NATO members, out of 32, that met the target last year.",
     [("count_meeting", "NATO", 2024, 23, "supported")]),  # 2024 edition: 23 of 32 in 2024
    ("a figure 'in the new one' is not the old report's the sentence named", "2026-07-08",
     "Latvia's 2025 spending, put at 3.73% of GDP in last year's report, appears as 3.67% in the "
     "new one, which counts only core defence.",
     [("share_of_gdp", "Latvia", 2025, 3.73, "supported"),  # 2025 edition
      ("share_of_gdp", "Latvia", 2025, 3.67, "supported")]),  # 2026 edition (core)
    ("a count carried to the next sentence: 'the number had risen to', 'only three did'",
     "2019-12-01",
     "In 2014 only three allies met the guideline. By 2017 the number had risen to four, and "
     "last year six allies did.",
     [("count_meeting", "NATO", 2014, 3, "supported"),  # 2019 edition: 3 in 2014
      ("count_meeting", "NATO", 2017, 4, "supported"),  # 4 in 2017
      ("count_meeting", "NATO", 2018, 6, "supported")]),  # 6 in 2018
    ("'\"A decade ago, only three did,\" he said' after this year's count", "2024-06-20",
     "The secretary general said 23 of the 32 allies will meet the 2% guideline this year. \"A "
     "decade ago, only three did,\" he added.",
     [("count_meeting", "NATO", 2014, 3, "supported")]),  # 2024 edition: 3 in 2014
    ("a timeline's items are of their years", "2019-12-01",
     "Key dates:\n- 2014: at Wales, allies promise to move towards the guideline within a "
     "decade; three meet it.\n- 2016: the count rises to four.\n",
     [("count_meeting", "NATO", 2014, 3, "supported"),  # 2019 edition: 3 in 2014
      ("count_meeting", "NATO", 2016, 4, "supported")]),  # 4 in 2016
    ("a count restated in an apposition: 'Nearly three quarters of the allies, 23 of 32,'",
     "2024-12-16",
     "Nearly three quarters of the allies, 24 of 32, will meet the 2% guideline this year.",
     [("count_meeting", "NATO", 2024, 24, "contradicted")]),  # 2024 edition: 23 of 32
    ("a clause after a semicolon with no subject is the sentence's one ally's", "2024-06-18",
     "Ten years ago Belgium spent about €3.9 billion on defence; this year the estimate is "
     "€7.9 billion.",
     [("spending_amount", "Belgium", 2014, 3.9, "supported"),  # 2024 edition: 3.91
      ("spending_amount", "Belgium", 2024, 7.9, "supported")]),  # 7.90
]  # fmt: skip


def test_the_whole_alliance_taken_together_is_no_count():
    """'Taken together, the 29 allies put 1.55% of their combined wealth': the alliance's
    aggregate (29 members in June 2019), not a count of the allies at or above 1.55%."""
    text = ("Taken together, the 29 allies are expected to put 1.55% of their combined GDP "
            "into defence this year.")  # fmt: skip
    kinds = [c.claim.kind for c in milex.check(text, date="2019-06-25").claims]
    assert "count_meeting" not in kinds


def test_a_date_set_for_a_later_year_is_no_year_a_guideline_was_agreed():
    """'with a review set for 2029': a date ahead, not the year the 5% was agreed (2025)."""
    text = ("In The Hague in June 2025 the allies pledged 5% of GDP by 2035, with a check on "
            "progress set for 2029.")  # fmt: skip
    kinds = [c.claim.kind for c in milex.check(text, date="2025-06-27").claims]
    assert "commitment_year" not in kinds and "guideline_value" in kinds


NOT_CLAIMS = [
    ("a demand", "2025-01-10", "Trump has said that allies should spend 5% of GDP on defence."),
    ("a poll", "2025-02-01", "A poll found 58% of Germans want higher defence spending."),
    ("a multi-year programme", "2024-07-01", "France has a military programming law worth €413bn for 2024-2030."),
    ("a projection", "2025-07-01", "Reaching 3.5% would push European spending towards EUR 1.2 trillion a year."),
    ("an average over a decade", "2024-07-01", "Canada spent little in the 2010s: the 1.1% average of the decade."),
    ("years, not a year", "2025-09-01", "Canada spent years below 1.5% of GDP on defence."),
    ("troops from a number of nations", "2024-07-01", "The exercise brought together troops from 16 nations."),
    ("'almost every ally' at a share: said of each, owned by none", "2025-09-15",
     "Almost every NATO ally is now estimated to spend at least 2% of GDP on defence."),
    ("share prices", "2025-04-08", "After the tariff threat, Wall Street fell: the Nasdaq lost 2.4% and the S&P 500 shed 2%."),
    ("every ally of a part of the alliance", "2024-07-10",
     "Every ally on the eastern flank spends at least 2%."),
    ("all the allies of an adjective", "2024-07-10", "All frontline states spend more than 3%."),
    ("a deadline to reach a target is no level reached", "2024-07-11",
     "Until Thursday, Canada was the only ally without a deadline to reach the two per cent "
     "target."),
    ("no timeline to meet a target is no level either", "2024-07-11",
     "Canada has no timeline to meet the 2% target."),
    ("a date for all members to meet a level is a purpose", "2019-11-07",
     "NATO leaders had set a 2024 date for all members to meet that level."),
    ("a deadline for a number of allies to meet a target is a purpose", "2024-07-10",
     "It would take a decade for 18 allies to reach 2%."),
    ("'among the highest in NATO' states no place", "2024-07-20",
     "Defence spending as a share of GDP in the Baltic states is among the highest in NATO."),
    ("a question after 'Q:'", "2019-07-15", "Q: Does Italy meet the 2% goal?"),
    ("a share 'demanded by' someone is a demand", "2025-06-20",
     "Belgium's spending is a fraction of the 5 percent demanded by the U.S. president."),
    ("a rule: 'each member is supposed to devote at least 2%'", "2019-07-10",
     "Each member is supposed to devote at least two per cent of its GDP to defence."),
    ("a place: 'the lower half of the table'", "2019-12-01",
     "Germany slipped into the lower half of the table in 2019, behind France."),
    ("reached within a span", "2025-02-17",
     "Several allies, Spain and Canada among them, reached the 2 percent goal no more than ten years ago."),
]  # fmt: skip


@pytest.mark.parametrize("case, day, text, expected", READINGS, ids=[r[0] for r in READINGS])
def test_readings(case, day, text, expected):
    claims = milex.check(text, date=day).claims
    got = [(c.claim.kind, c.claim.subject, c.claim.year, c.claim.value, c.verdict) for c in claims]
    for kind, subject, year, value, verdict in expected:
        assert any(
            k == kind and s == subject and (y == year or kind in ("guideline_value", "policy_amount"))
            and abs(v - value) < 0.02 and vd == verdict
            for k, s, y, v, vd in got
        ), f"{case}: expected {kind} {subject} {year} {value} {verdict}, got {got}"  # fmt: skip


def test_a_pledge_rounded_to_a_whole_number_is_not_called_wrong():
    """'calls 2% sufficient' of Spain's 2.1% (its reading of The Hague): a figure that rounds to
    what the text says is not a contradiction of the pledge."""
    text = (
        "At the summit, allies agreed to spend 5% of GDP by 2035. Prime Minister Pedro Sánchez "
        'has said his country will not reach the 5% goal and calls 2% "sufficient".'
    )
    checked = milex.check(text, date="2025-06-30").claims
    assert [c for c in checked if c.claim.value == 2.0]
    assert not [c for c in checked if c.claim.value == 2.0 and c.verdict == "contradicted"]


def test_countries_outside_nato_are_judged_on_sipri_only_when_sipri_is_their_source():
    """SIPRI gives every country's spending: 'Russia spent $149 billion in 2024, SIPRI said'
    (SIPRI 2025: 148.97 bn, 7.05% of GDP) is checked; a plan, or a figure the text gives as no
    one's (perhaps a government's own budget), is not judged."""
    said = milex.check(
        "Russia spent $149 billion on its military in 2024, SIPRI said, 7.1% of "
        "its GDP; China spent $340 billion.",
        date="2025-04-28",
    ).claims
    got = {(c.claim.subject, c.claim.value): c.verdict for c in said}
    assert got[("Russia", 149)] == "supported" and got[("Russia", 7.1)] == "supported"
    assert got[("China", 340)] == "contradicted"  # SIPRI 2025: 313.66 bn
    for text in (
        "The Kremlin plans to spend about 6% of GDP on defence in 2024.",
        "China's military budget grew 7.2% this year to $231bn.",
    ):
        assert all(c.verdict == "unverifiable" for c in milex.check(text, date="2024-07-01").claims)


def test_world_ranks_and_shares_of_countries_outside_nato_are_sipri_s():
    """SIPRI 2025 (2024, current USD): China 2nd (313.7 bn of the world's 2,718.2 bn: 11.5%),
    Saudi Arabia 7th."""
    said = milex.check(
        "China is the world's second-largest military spender, SIPRI says. China "
        "accounts for about 12% of world military spending. Saudi Arabia is the "
        "world's fifth-largest military spender.",
        date="2025-04-28",
    ).claims
    got = {(c.claim.kind, c.claim.subject): c.verdict for c in said}
    assert got[("ranking", "China")] == "supported"
    assert got[("world_share", "China")] == "supported"
    assert got[("ranking", "Saudi Arabia")] == "contradicted"


def test_a_share_of_the_world_total_said_of_several_countries_is_no_one_country_s():
    text = (
        "The five biggest spenders - the US, China, Russia, Germany and India - accounted for "
        "60% of the world total in 2024, SIPRI said."
    )  # SIPRI: 60.1% together; India 3.2%
    assert not [
        c
        for c in milex.check(text, date="2025-04-28").claims
        if c.claim.value == 60 and c.verdict != "unverifiable"
    ]


def test_a_list_under_a_header_that_names_the_institute_keeps_sipri_as_its_source():
    """'The main trends, according to the institute:' after SIPRI is named: its bullets are
    SIPRI's, a country outside NATO among them (SIPRI 2025: Ukraine 34.48% of GDP in 2024)."""
    text = (
        "SIPRI published its yearly report on Monday.\n\nThe main trends, according to the "
        "institute:\n - Ukraine: 34% of its GDP, the heaviest burden in the world.\n"
        " - Germany: up 28% in real terms.\n"
    )
    got = {
        (c.claim.subject, c.claim.value): (c.claim.source, c.verdict)
        for c in milex.check(text, date="2025-04-28").claims
    }
    assert got[("Ukraine", 34)] == ("SIPRI", "supported")
    assert got[("Germany", 28)] == ("SIPRI", "supported")  # SIPRI: 28.26% real change


def test_partial_quotes_of_one_sentence_share_the_speaker_named_before_them():
    """'Representative Ana Ruiz said the United States "leads the alliance" and spends "over 3
    percent of GDP"': both quotes are hers ('States' is no speech verb here)."""
    text = (
        'Representative Ana Ruiz said the United States "leads the alliance" and spends "over '
        '3 percent of GDP" on defence.'
    )
    (claim,) = milex.check(text, date="2024-07-01").claims
    assert (claim.claim.speaker, claim.verdict) == ("Ana Ruiz", "supported")  # 2024 ed.: 3.38


def test_the_year_a_fund_was_set_up_is_not_the_guidelines():
    """'the €100 billion special fund set up in 2022' after the 2% was named: no claim that
    the 2% was agreed in 2022 (which would be contradicted)."""
    text = (
        "Germany meets the 2% goal: it spends 2.12% of GDP, NATO estimates. Part of the money "
        "comes from the €100 billion special fund set up in 2022."
    )
    kinds = [c.claim.kind for c in milex.check(text, date="2024-06-20").claims]
    assert "commitment_year" not in kinds and "share_of_gdp" in kinds


def test_a_scale_joined_to_its_currency_by_a_hyphen_is_one_amount():
    """'a 50 billion-kroner fund' is 50 billion, not the number 50 and a 'billion' of 1."""
    from milex.claims.extract import tokenize
    from milex.claims.numbers import quantities

    (q,) = quantities(tokenize("a 50 billion-kroner fund"))
    assert (q.value, q.scale, q.form) == (50, 1e9, "money")


def test_figures_of_a_country_outside_nato_in_a_relative_clause_are_not_an_allys():
    """'..., whose budget reached $314 billion, or 1.7% of its GDP': China's, not Italy's (the
    ally of the sentence before); 2024 edition: Italy 1.49% (2024e)."""
    text = ("Italy sits near the bottom, at 1.49% of GDP. The alliance still outspends China, "
            "whose military budget reached $314 billion in 2024, or 1.7% of its GDP.")  # fmt: skip
    judged = [(c.claim.subject, c.claim.value, c.verdict) for c in
              milex.check(text, date="2025-06-26").claims if c.verdict != "unverifiable"]  # fmt: skip
    assert judged == [("Italy", 1.49, "supported")]


@pytest.mark.parametrize("case, day, text", NOT_CLAIMS, ids=[r[0] for r in NOT_CLAIMS])
def test_not_claims(case, day, text):
    """Not a claim: nothing is judged (a defence figure may be listed as unread, unjudged)."""
    claims = milex.check(text, date=day).claims
    assert all(c.claim.kind == "unread" and c.verdict == "unverifiable" for c in claims), case


# --- the command line and batches -------------------------------------------------------------


def test_cli_check_writes_json_and_html(tmp_path):
    from typer.testing import CliRunner

    from milex.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Date: 2024-07-01\n\nPoland spends more than 4% of GDP on defence.\n")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["check", str(article), "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["claims"][0]["verdict"] == "supported"
    result = CliRunner().invoke(app, ["check", str(article), "--format", "html"])
    assert result.exit_code == 0 and '<mark class="supported"' in result.output


def test_url_when_offline_gives_a_clear_message():
    with pytest.raises(UnreadableArticle, match="cannot fetch"):
        article_input.fetch("http://127.0.0.1:9/article", timeout=2)


def test_news_page_furniture_dropped_and_subject_carried():
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-06-18T07:00:00+02:00"}</script></head><body>'
        '<div class="cookie-banner"><p>100% of our cookies are delicious.</p></div>'
        '<div class="story-body"><p>Germany will spend 2.12% of its GDP on defence this year.</p>'
        "<p>In cash terms that is about &euro;90.6 billion, making it the second-largest "
        "spender in the alliance after the United States.</p>"
        '<div class="related-stories"><p>Poland to spend 9% of GDP next year</p></div></div>'
        "<aside><p>Italy spends 10% of GDP on defence</p></aside></body></html>"
    )
    report = milex.check(page)
    got = [(c.claim.kind, c.claim.subject, c.claim.value, c.verdict) for c in report.claims]
    assert got == [
        ("share_of_gdp", "Germany", 2.12, "supported"),
        ("spending_amount", "Germany", 90.6, "supported"),  # Table 1: EUR 90,586 m (2024e)
        ("ranking", "Germany", 2.0, "supported"),  # Table 2: second after the United States
    ]


def test_the_document_carries_the_guideline_and_the_commission_plan():
    """A March 2025 report: '2% of their GDP' named, then 'the alliance's defense spending
    goal' two paragraphs later, and the Commission's 800 billion euros."""
    text = (
        "The president welcomed NATO's secretary general to the Oval Office on Thursday, where "
        "the two men talked about Ukraine and about how much Europe pays for its own defence."
        "\n\nFor years the president has complained that too many allies fall short of the "
        "target of 2% of their GDP, and he now says the bar should be far higher."
        "\n\nAccording to data released last year, 23 of the 32 member nations had met the "
        "alliance's defense spending goal."
        "\n\nIn Brussels, the Commission is promoting its own initiative, which it says could "
        "mobilise 800 billion euros for European defence."
    )
    report = milex.check(text, date="2025-03-13")
    got = {(c.claim.kind, c.claim.value): c for c in report.claims}
    target = got[("guideline_value", 2.0)]  # the 2% guideline (Wales 2014), not the 20% one
    assert target.verdict == "supported" and "2% of GDP" in target.explanation
    count = got[("count_meeting", 23.0)]  # the 2024 edition, current on 13 March 2025
    assert count.verdict == "supported" and count.evidence.edition == 2024
    assert count.claim.threshold == 2.0 and count.claim.year == 2024
    assert got[("policy_amount", 800.0)].verdict == "supported"  # ReArm Europe, 4 March 2025


def test_a_figure_with_no_year_is_read_as_the_latest_year_of_the_edition_of_the_day():
    """Past or present tense alike: in March 2025 the edition current (June 2024) ends in
    2024, so 'Germany spent 2.1%' is its 2024 estimate (2.12 in Table 3), and it says so."""
    report = milex.check("Germany spent 2.1% of GDP on defence.", date="2025-03-01")
    (checked,) = report.claims
    assert (checked.claim.year, checked.verdict) == (2024, "supported")
    assert "the text gives no year: read as 2024" in checked.explanation


def test_a_chart_title_gives_the_years_of_a_flattened_table():
    """A title line with no final stop ('..., 2014 and 2024 (% of GDP)') heads the rows under
    it; a row whose two figures fit only the other order is not called wrong (Table 3, 2024
    edition: Lithuania 0.88 and 2.85, Poland 1.88 and 4.12, the United States 3.71 and 3.38)."""
    text = (
        "Defence spending of the eastern flank, 2014 and 2024 (% of GDP)\n\n"
        "Lithuania 0.88 2.85 Poland 1.88 4.12 United States 3.38 3.71"
    )
    got = {(c.claim.subject, c.claim.year, c.claim.value): c.verdict
           for c in milex.check(text, date="2024-07-10").claims}  # fmt: skip
    assert got == {
        ("Lithuania", 2014, 0.88): "supported",
        ("Lithuania", 2024, 2.85): "supported",
        ("Poland", 2014, 1.88): "supported",
        ("Poland", 2024, 4.12): "supported",
        ("United States", 2014, 3.38): "unverifiable",
        ("United States", 2024, 3.71): "unverifiable",
    }


def test_a_commitment_to_reach_a_level_is_not_the_level_reached():
    """Canada spent 1.31% of GDP in 2023 (Table 3, 2024 edition): joining 'the commitment to
    reach the 2% target' that year says nothing about its level, and must not be called wrong."""
    text = "In 2023 Ottawa joined the commitment to reach the 2% target, Canada's minister said."
    claims = milex.check(text, date="2024-07-11").claims
    assert not [c for c in claims if c.claim.kind == "share_of_gdp"], [
        (c.claim.kind, c.claim.subject, c.verdict) for c in claims
    ]


@pytest.mark.parametrize("text", [
    "NATO's current threshold is 2% of GDP, which several countries still miss.",
    "The alliance's goal was 2% of GDP, and the alliance as a whole is well past it.",
    "Our pledge to take defence spending up to 2.5% of GDP sets the pace within NATO.",
])  # fmt: skip
def test_the_value_of_a_guideline_is_not_the_alliance_level(text):
    """NATO's total was 2.71% of GDP in 2024 (Table 3, 2024 edition): a sentence that states
    the guideline's value is not a claim that the alliance spent 2%, and a speaker's own
    pledge of 2.5% does not misstate NATO's 2%."""
    claims = milex.check(text, date="2025-05-26").claims
    assert not [c for c in claims if c.verdict == "contradicted"], [
        (c.claim.kind, c.claim.subject, c.claim.value, c.verdict) for c in claims
    ]


def test_the_size_of_an_economy_is_not_defence_spending():
    """In an article about defence, 'a US economy worth $28.7 trillion' is GDP: read as
    spending it would be a false 'contradicted' (the US spent USD 968 bn in 2024, Table 2)."""
    text = "NATO spending is rising. It is 3.4% of a US economy worth $28.7 trillion."
    claims = milex.check(text, date="2024-07-01").claims
    assert not [c for c in claims if c.claim.kind == "spending_amount"]


def test_an_ally_named_in_an_aside_between_dashes_is_not_the_subject():
    """Poland spent 4.12% of GDP in 2024 (Table 3): read as Poland's, this figure of another
    government would be wrongly supported."""
    text = ("The government – a firm backer of Kyiv, like Poland – says spending will reach 4.1% "
            "of GDP this year.")  # fmt: skip
    claims = milex.check(text, date="2024-07-01").claims
    assert claims and not [c for c in claims if c.claim.subject == "Poland"]


def test_allies_in_general_are_not_the_country_of_an_institution_named_before():
    """'The White House' names the United States, but 'allies have failed to spend 2%' is not
    said of it: read as the US's (3.38% in 2024, Table 3) it would be a false verdict."""
    text = ("The president met NATO's chief at the White House, renewing his complaint that "
            "allies have for years failed to spend 2% of their GDP on defence.")  # fmt: skip
    claims = milex.check(text, date="2025-03-13").claims
    assert not [c for c in claims if c.claim.subject == "United States"]


def test_an_earlier_estimate_after_a_release_not_held_is_the_edition_held():
    # 25 April 2025: NATO's annual report (not held) is out; its June 2024 edition said 4.12
    c = milex.check("NATO had earlier estimated that Poland would spend 4.12% of GDP in 2024.",
                    date="2025-04-25").claims[0]  # fmt: skip
    assert c.verdict == "supported" and "the last before a release milex does not hold" in (
        c.explanation
    )


def test_in_all_is_no_count_of_every_ally():
    claims = milex.check("In all, 30 allies have estimates at or above 2% for 2025.",
                         date="2025-09-01").claims  # fmt: skip
    assert [c.claim.value for c in claims if c.claim.kind == "count_meeting"] == [30]


def test_a_national_pledge_named_with_the_summits_words_on_its_eve():
    """Spain's 2.1% (declared 22 June 2025) is its own, not a wrong reading of The Hague's
    3.5% core agreed three days later: judged on Spain's commitment, not left to doubt."""
    text = ("By binding itself to 2.1% of GDP for core defence capabilities, Spain obtained a "
            "carve-out from the 5% goal.")  # fmt: skip
    (c,) = [c for c in milex.check(text, date="2025-06-23").claims if c.claim.value == 2.1]
    assert c.verdict == "supported"
    assert c.evidence.country == "ESP" and c.evidence.value == 2.1


def test_a_figure_with_no_year_may_be_the_articles_own_year_published_later():
    """July 2025: the 2024 edition is current (2024e: Poland 4.12; above 3.5% only Poland);
    the 2025 edition (28 August 2025) gives 2025e: Poland 4.48, and Poland, Lithuania (4.00)
    and Latvia (3.73) above 3.5%. A writer may know the year's budgets: no contradiction."""
    day = "2025-07-15"
    c = only(milex.check("Poland spends 4.5% of GDP on defence.", date=day), "share_of_gdp")
    assert c.verdict == "unverifiable" and "2025 edition (4.48)" in c.explanation
    text = "Before the summit, only three allies - Poland, Lithuania and Latvia - were above 3.5%."
    c = only(milex.check(text, date=day), "count_meeting")
    assert c.verdict == "unverifiable" and c.evidence.value == 1
    # a figure agreeing with neither year is still wrong
    c = only(milex.check("Poland spends 3.2% of GDP on defence.", date=day), "share_of_gdp")
    assert c.verdict == "contradicted"


def test_a_deadline_after_several_figures_of_a_commitment_is_a_claim_of_its_own():
    """The Hague (25 June 2025): 3.5% core and up to 1.5% related, by 2035. 'By 2032' after
    both figures is the list's deadline, not one figure's: it gets its own verdict and the
    figures stay right (a single guideline figure with a wrong deadline is one wrong claim:
    tests/test_claims_commitment_times.py). A deadline the commitment has is one claim with
    its figure; the UK's 2.5% from April 2027 (fiscal 2027/28) is reached 'by 2028'."""
    text = ("In June the allies agreed on a goal of 3.5% of GDP for core defence and 1.5% for "
            "resilience by 2032. Allies agreed to spend 5% of GDP by 2035. The prime minister "
            "has promised that Britain will spend 2.5% of GDP on defence by 2028.")  # fmt: skip
    got = [
        (c.claim.kind, c.claim.value, c.verdict)
        for c in milex.check(text, date="2025-08-28").claims
    ]
    assert got == [
        ("guideline_value", 3.5, "supported"), ("guideline_value", 1.5, "supported"),
        ("commitment_year", 2032, "contradicted"), ("guideline_value", 5, "supported"),
        ("policy_amount", 2.5, "supported"),
    ]  # fmt: skip


def test_sipri_named_before_does_not_make_this_years_nato_figure_wrong():
    """In July 2024 SIPRI's latest release ran to 2022 (Poland 2.20% in the April 2025 data):
    'Poland spends 4.12%' after a sentence naming SIPRI is NATO's 2024 estimate (4.12)."""
    text = "SIPRI published its own figures in April. Poland spends 4.12% of GDP on defence."
    c = only(milex.check(text, date="2024-07-10"), "share_of_gdp")
    assert c.verdict == "unverifiable" and "NATO's figure agrees" in c.explanation


def test_sipri_named_in_another_sentence_does_not_make_a_nato_figure_wrong():
    """UK 2022: SIPRI (April 2025) 2.06% of GDP; NATO (2024 edition) 2.29%. SIPRI named one
    sentence before carries over, but a figure NATO's tables agree with is not called wrong;
    one neither gives still is."""
    text = "SIPRI ranks the UK sixth in the world. The UK spent 2.29% of GDP on defence in 2022."
    c = only(milex.check(text, date="2025-05-10"), "share_of_gdp")
    assert c.verdict == "unverifiable" and "NATO's figure agrees" in c.explanation
    text = "SIPRI ranks the UK sixth in the world. The UK spent 2.6% of GDP on defence in 2022."
    assert only(milex.check(text, date="2025-05-10"), "share_of_gdp").verdict == "contradicted"


@pytest.mark.parametrize("text", [
    "In 2024 Germany and France spent 2.12% and 2.06%.",
    "Germany spent 1.19% and 2.12% of GDP in 2014 and 2024.",
    "In 2014 and 2024, Germany spent 1.19% and 2.12% of GDP.",
])  # fmt: skip
def test_figures_paired_in_order_are_not_crossed(text):
    """2024 edition: Germany 1.19 (2014) and 2.12 (2024), France 2.06 (2024): every figure
    read with its own ally and year, none with the other's."""
    verdicts = [c.verdict for c in milex.check(text, date="2024-07-10").claims]
    assert verdicts == ["supported", "supported"], verdicts


def test_only_a_list_right_after_a_count_names_its_allies():
    # 'led by Poland' does not list the 23; 'the laggards' two sentences on are not the 23
    text = ("Twenty-three allies meet the target. They are led by Poland. "
            "The laggards include Italy and Spain. They are far behind Germany.")  # fmt: skip
    kinds = [c.claim.kind for c in milex.check(text, date="2024-07-10").claims]
    assert kinds == ["count_meeting"]


def test_allies_agreeing_to_spend_are_not_a_count_of_allies_meeting_it():
    # 'agreed last year to spend': a pledge of all 32 (the 2024 edition counts 10 at 2% in 2023)
    text = "The 32 allies agreed last year to spend at least two per cent of GDP on defence."
    kinds = [c.claim.kind for c in milex.check(text, date="2024-07-11").claims]
    assert "count_meeting" not in kinds


def test_a_deadline_set_for_a_year_is_not_the_year_agreed():
    text = "Poland already exceeds the 3.5% core target set for 2035."
    verdicts = [c.verdict for c in milex.check(text, date="2025-09-01").claims]
    assert "contradicted" not in verdicts  # 2035 is The Hague's deadline


def test_a_level_reached_by_the_last_allies_is_not_given_to_the_first():
    text = ("Poland is first at 4.48%, then Lithuania at 4.00%, and Spain, Italy and Belgium are "
            "now reaching two percent.")  # fmt: skip
    twos = {
        c.claim.subject for c in milex.check(text, date="2025-08-28").claims if c.claim.value == 2
    }
    assert twos == {"Spain", "Italy", "Belgium"}  # 2025 ed.: 2.00, 2.01, 2.00


def test_a_count_missing_a_level_is_not_the_ally_named_in_a_title_before_it():
    text = ("The surge follows pressure from U.S. President Donald Trump, with more than 10 allies "
            "missing 2% as recently as last year.")  # fmt: skip
    claims = milex.check(text, date="2025-08-28").claims
    assert [(c.claim.kind, c.verdict) for c in claims] == [("count_meeting", "supported")]
    # 2025 ed.: 13 allies below 2.00 in 2024; the US at 3.21 misses nothing


def test_its_after_a_country_outside_the_alliance_is_not_the_ally_named_before():
    # SIPRI 2025 release: Germany USD 88.5 bn, 1.89% of GDP in 2024; the figures are Ukraine's
    text = ("Germany is now Europe's top military spender, SIPRI said on Monday. Meanwhile, "
            "Ukraine's spending grew by only 2.9 percent. However, the $64.7 billion spent on its "
            "military represents 34 percent of the country's GDP.")  # fmt: skip
    claims = milex.check(text, date="2025-04-28").claims
    assert not [c for c in claims if c.claim.subject == "Germany"]


def test_member_number_32_is_not_a_rank():
    text = "Spain is at 1.28%. Member number 32, Iceland, has no armed forces."
    kinds = [c.claim.kind for c in milex.check(text, date="2024-06-18").claims]
    assert kinds == ["share_of_gdp"]  # Spain 1.28 (2024 ed.); no ranking of Spain 32nd


def test_a_figure_of_allies_such_as_spain_is_not_the_ally_named_before():
    text = ("Poland leads at 4.48%, followed by the United States at 3.22%, with previously "
            "lagging countries such as Spain now reaching two percent.")  # fmt: skip
    twos = [
        c.claim.subject for c in milex.check(text, date="2025-08-28").claims if c.claim.value == 2
    ]
    assert twos == ["Spain"]


def test_the_largest_share_of_one_budget_is_not_ranked():
    text = "Of Portugal's defence budget in 2024, the largest share, 58.6%, goes on personnel."
    assert "ranking" not in [c.claim.kind for c in milex.check(text, date="2024-07-01").claims]


def test_a_list_of_32_nations_and_12_founding_members_are_no_counts():
    # NATO had 32 members in August 2025 (12 founders in 1949); Poland 4.48% (2025 ed.)
    claims = milex.check(
        "Poland tops the list of 32 NATO nations, spending 4.48% of GDP on defence. "
        "Canada, one of NATO's 12 founding members, spends less.",
        date="2025-08-29",
    ).claims
    assert {c.claim.kind for c in claims} == {"ranking", "share_of_gdp"}
    assert all(c.verdict == "supported" for c in claims)


def test_the_latter_and_a_record_in_national_history():
    text = ("Below the target are Croatia, Portugal, Italy and Spain, the latter at 1.28 percent. "
            "It is the largest military budget in Spanish history.")  # fmt: skip
    claims = milex.check(text, date="2024-06-19").claims
    assert [(c.claim.subject, c.verdict) for c in claims] == [("Spain", "supported")]


def test_an_ally_the_guideline_does_not_apply_to_is_no_count():
    text = ("According to NATO, 21 countries met the target of a minimum spend of 2.0% in 2024, "
            "10 countries fell short and one (Iceland) for which the guideline does not apply.")  # fmt: skip
    counts = [
        c for c in milex.check(text, date="2025-06-06").claims if c.claim.kind == "count_meeting"
    ]
    assert all(c.claim.value != 1 for c in counts)


def test_a_change_in_troop_strength_is_not_judged_as_spending():
    text = "The average strength of Bulgaria's armed forces has fallen by 2.2% since 2014."
    assert all(c.verdict == "unverifiable" for c in milex.check(text, date="2024-07-22").claims)


def test_a_rank_among_members_is_no_membership_count():
    text = "Portugal is the 16th member of NATO (out of 29) that spends most on defence."
    counts = [c.claim.value for c in milex.check(text, date="2019-07-01").claims
              if c.claim.kind == "membership_count"]  # fmt: skip
    assert 16 not in counts  # 29 members in July 2019; Portugal 16th by share (2019 ed.)


@pytest.mark.parametrize("text, day", [
    ("Trump said the United States does not need to meet the 2 percent goal.", "2025-06-24"),
    ("Canada must nearly double its military spending to 81.9 billion dollars by 2032 to meet "
     "NATO's 2% GDP target.", "2024-10-30"),
])  # fmt: skip
def test_a_target_to_meet_or_not_is_no_level_reached(text, day):
    # the US at 3.38% and Canada at 1.37% (2024 ed.) are not judged against the 2% named
    assert all(c.verdict == "unverifiable" for c in milex.check(text, date=day).claims)


def test_an_opening_hedged_figure_is_the_subjects_and_one_rank_is_one_claim():
    text = ("At an estimated 1.28% of GDP, Spain had the lowest share of defence spending in the "
            "alliance last year, according to NATO.")  # fmt: skip
    got = [
        (c.claim.kind, c.claim.subject, c.verdict)
        for c in milex.check(text, date="2025-03-01").claims
    ]
    # 2024 ed.: Spain 1.28, the lowest of 31 allies with figures
    assert got == [("share_of_gdp", "Spain", "supported"), ("ranking", "Spain", "supported")]


def test_a_list_introduced_by_here_is_takes_its_year():
    text = ("Here is a list of how much was spent on defence by NATO countries in 2023 as a "
            "proportion of GDP.\n- Poland 3.26%\n- Greece 2.80%\n")  # fmt: skip
    got = [
        (c.claim.subject, c.claim.year, c.verdict)
        for c in milex.check(text, date="2024-07-10").claims
    ]
    assert got == [
        ("Poland", 2023, "supported"),
        ("Greece", 2023, "supported"),
    ]  # 2024 ed.: 3.26, 2.80


def test_a_share_of_natos_common_funding_is_not_judged_on_defence_spending():
    text = "The United States pays more into NATO than any other ally (16% of the total)."
    claims = milex.check(text, date="2025-07-01").claims  # US: 65.6% of allied spending (2024 ed.)
    assert claims and all(c.verdict == "unverifiable" for c in claims)


def test_the_only_country_in_a_region_struggling_to_reach_2_percent_is_no_count():
    text = "Germany remains the only country in the region that struggles to reach the 2% minimum."
    claims = milex.check(text, date="2025-01-08").claims  # 23 allies at 2% in 2024; Germany 2.12
    assert all(c.verdict == "unverifiable" for c in claims)


def test_a_figure_after_a_sentence_ranking_another_ally_is_nobodys_for_sure():
    text = ("Bulgaria spends 2.18% of GDP on defence this year. Poland has the highest share at "
            "4.12%. Of the total, 31.89% goes to equipment and 51.59% to personnel.")  # fmt: skip
    shares = [c for c in milex.check(text, date="2024-07-01").claims
              if c.claim.kind in ("equipment_share", "personnel_share")]  # fmt: skip
    # Bulgaria's 2024 breakdown (2024 ed., Table 8): equipment 31.89, personnel 51.59; Poland's
    # equipment 51.13: the carried subject is not sure, so neither is called wrong
    assert [c.claim.kind for c in shares] == ["equipment_share", "personnel_share"]
    assert all(c.verdict == "unverifiable" for c in shares)


def test_a_rank_among_european_allies_is_not_a_rank_among_all():
    claim = milex.check("Among European allies, Latvia ranked fourth in 2024 by share of GDP.",
                        date="2024-07-01").claims[0]  # fmt: skip
    assert claim.verdict != "supported"  # third among European allies (fourth with the US)


@pytest.mark.parametrize("text", [
    "Latvia had the fourth-highest defence spending relative to GDP of any European ally in 2024.",
    "Among EU members, Greece was the fifth-highest spender in 2024 relative to GDP.",
])  # fmt: skip
def test_a_rank_in_a_narrower_scope_is_not_supported_by_the_rank_among_all(text):
    # 2024 ed.: Latvia 4th of all allies but 3rd of the European ones; Greece 5th of all, 4th in the EU
    assert all(c.verdict != "supported" for c in milex.check(text, date="2024-07-01").claims)


@pytest.mark.parametrize(
    "text",
    [
        "Only one of the 29 allies with figures falls short.",  # some allies, not NATO's size
        "All 30 others with armed forces clear the floor.",
        "Frontline allies pass 5% on the new core measure.",  # a level passed, not a pledge
        "Two allies in three now meet the guideline.",  # a ratio (23 of 32), not two
        # every ally's guideline, not the ally of the sentence before; the guideline, not
        # Belgium's own 14.54%, is what 'the only ally below' counts under
        "Belgium is short. Almost every ally now meets NATO's other guideline - to put at least "
        "a fifth of defence spending into major equipment.",
        "Belgium, at 14.54%, is the only ally below the guideline.",
        # what was expected in June, before the edition: an earlier estimate
        "Only 28 allies had been expected to clear the 2% bar when leaders met in June.",
        # a change over several years is no one year's real change
        "In the past two years, Poland doubled its defence spending.",
    ],
)
def test_some_allies_and_a_level_passed_are_never_contradicted(text):
    verdicts = [c.verdict for c in milex.check(text, date="2026-07-20").checked]
    assert "contradicted" not in verdicts


def test_a_datelines_day_is_no_count_of_allies():
    # 2025 edition, 2025 estimates: Türkiye 2.33, Lithuania 4.00
    for text, day, value in (
        ("ANKARA, Sept. 10 - Turkey is estimated to spend 2.33% of GDP on defence this year.",
         "2025-09-10", 2.33),
        ("VILNIUS, Nov. 6 - Lithuania is set to spend 4.00% of GDP this year.", "2025-11-05", 4.0),
    ):  # fmt: skip
        got = [
            (c.claim.kind, c.claim.value, c.verdict) for c in milex.check(text, date=day).checked
        ]
        assert got == [("share_of_gdp", value, "supported")]
