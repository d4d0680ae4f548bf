"""Dates in articles: when an ally joined, when a summit, an adoption or a vote took place.

The days come from the membership table (Finland 4 April 2023, Sweden 7 March 2024, the
seven allies of 29 March 2004) and the policy-facts table (The Hague declaration 25 June
2025, Vilnius communiqué 11 July 2023, SAFE adopted 27 May 2025, Bundestag 18 March 2025,
Bundesrat 21 March 2025, The Hague's trajectory reviewed in 2029);
`test_event_days_are_the_policy_facts` re-reads the latter.
"""

from __future__ import annotations

import csv

import pytest

import milex
from milex.reference.commitments import EVENTS
from tests.conftest import SOURCES, needs_sources


def claims_of(text: str, day: str, kind: str):
    return [c for c in milex.check(text, date=day).claims if c.claim.kind == kind]


@pytest.mark.parametrize(
    "text, day, subject, verdict",
    [
        ("Both Nordic newcomers are in the tables now: Finland, a member since 4 April 2023, "
         "and Sweden.", "2024-07-01", "Finland", "supported"),
        ("Sweden, which joined the alliance on March 7, 2024, spends more each year.",
         "2024-09-01", "Sweden", "supported"),
        ("Sweden, which joined the alliance on March 17, 2024, spends more each year.",
         "2024-09-01", "Sweden", "contradicted"),
        ("Finland joined the alliance in May 2023 and doubled its orders.", "2024-09-01",
         "Finland", "contradicted"),
        ("Latvia became a NATO member in 2004, together with six other states.", "2024-09-01",
         "Latvia", "supported"),
        ("Estonian Prime Minister Kaja Kallas, whose country joined NATO 20 years ago, spoke "
         "first.", "2024-04-02", "Estonia", "supported"),
        ("Swedish Prime Minister Ulf Kristersson, whose country joined NATO five years ago, "
         "spoke first.", "2025-03-10", "Sweden", "contradicted"),
    ],
)  # fmt: skip
def test_accession_dates_to_the_day_month_or_years_ago(text, day, subject, verdict):
    found = claims_of(text, day, "accession")
    assert [(c.claim.subject, c.verdict) for c in found] == [(subject, verdict)]


def test_a_day_number_of_a_date_is_no_figure():
    report = milex.check("Sweden has been an ally since March 7, 2024.", date="2024-09-01")
    assert [c.claim.kind for c in report.claims] == ["accession"]


@pytest.mark.parametrize(
    "text, day, verdict",
    [
        ("Leaders will meet at the June 24-25 summit in The Hague to agree the new goal.",
         "2025-05-01", "supported"),
        ("Leaders will meet at the June 27-28 summit in The Hague to agree the new goal.",
         "2025-05-01", "contradicted"),
        ("At the Vilnius summit on 11 July 2023 the allies made 2% a floor.", "2024-01-10",
         "supported"),
        ("At the Vilnius summit on 14 July 2023 the allies made 2% a floor.", "2024-01-10",
         "contradicted"),
        ("The ministers formally adopted the SAFE loan scheme on 27 May.", "2025-05-28",
         "supported"),
        ("The ministers formally adopted the SAFE loan scheme on 20 May.", "2025-05-28",
         "contradicted"),
        ("The Bundesrat voted on March 21, 2025 to loosen the debt brake.", "2025-03-25",
         "supported"),
        ("The Bundestag voted on March 20, 2025 to loosen the debt brake.", "2025-03-25",
         "contradicted"),
    ],
)  # fmt: skip
def test_dates_of_summits_adoptions_and_votes(text, day, verdict):
    found = claims_of(text, day, "event_date")
    assert [c.verdict for c in found] == [verdict], [c.explanation for c in found]


@pytest.mark.parametrize(
    "text, day, verdict",
    [
        ("Allies agreed that the new 3.5% core goal would be looked at again: the target is due "
         "to be reviewed in 2029.", "2025-07-10", "supported"),
        ("After The Hague, the spending trajectory is to be reviewed in 2030.", "2025-07-10",
         "contradicted"),
    ],
)  # fmt: skip
def test_the_year_the_hague_commitment_is_reviewed(text, day, verdict):
    found = claims_of(text, day, "event_date")
    assert [(c.claim.year, c.verdict) for c in found] == [(2029 if verdict == "supported" else
                                                            2030, verdict)]  # fmt: skip


@pytest.mark.parametrize(
    "text, day",
    [
        ("Canada's defence policy will be reviewed in 2026, the minister said.", "2025-07-10"),
        # the date of another meeting beside the summit is not the summit's
        ("EU leaders meet on June 26-27, right after the NATO summit in The Hague.", "2025-03-20"),
        # a chamber votes on many bills, and SAFE approves many national plans
        ("The Bundestag will vote on the 2026 budget on 28 November 2025.", "2025-11-20"),
        ("Poland's SAFE plan was adopted on 15 January 2026.", "2026-01-20"),
        ("On June 25, 2025, Poland said it would spend 4.7% of GDP next year.", "2025-07-01"),
        ("The SAFE loans will be paid out from 1 September, the Commission said.", "2025-06-01"),
        ("Parliament will debate the budget on March 18, 2025.", "2025-03-01"),
        ("A summit is planned for 7-8 July 2026 in Ankara.", "2026-01-10"),
    ],
)
def test_other_dates_are_no_claims(text, day):
    kinds = [c.claim.kind for c in milex.check(text, date=day).claims]
    assert "event_date" not in kinds and "accession" not in kinds


@needs_sources
def test_event_days_are_the_policy_facts():
    with open(SOURCES / "policy" / "policy_facts.csv", encoding="utf-8") as fh:
        facts = {row["id"]: row for row in csv.DictReader(fh)}
    for event in EVENTS:
        fact = facts[event.fact]
        if event.precision == "year":  # the review year is the fact's value, not its date
            assert float(fact["value"]) == event.day.year, event.id
        else:
            assert fact["date"] == event.day.isoformat(), event.id


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Croatia joined NATO in April 2009.", "unverifiable"),  # the table holds the year only
        ("Croatia joined NATO in 2011.", "contradicted"),
        ("West Germany was admitted to NATO on 9 May 1955.", "unverifiable"),  # 6 or 9 May
        ("West Germany was admitted to NATO in May 1955.", "supported"),
    ],
)
def test_accession_dates_the_membership_table_doubts(text, verdict):
    assert [c.verdict for c in claims_of(text, "2024-09-01", "accession")] == [verdict]


@needs_sources
def test_the_doubted_accession_dates_are_the_ones_the_table_doubts():
    from milex.reference.alliance import JOINED_CONFIRMED_TO

    with open(SOURCES / "membership" / "nato_members.csv", encoding="utf-8") as fh:
        notes = {row["iso3"]: row["note"] for row in csv.DictReader(fh)}
    doubted = {code for code, note in notes.items() if "verify" in note or "some sources" in note}
    assert doubted == set(JOINED_CONFIRMED_TO)
