import csv
from datetime import date

import pytest

from milex.errors import UnknownAlly
from milex.reference import alliance
from tests.conftest import SOURCES, needs_sources


@pytest.mark.parametrize(
    "day, count",
    [
        ("2024-03-07", 32),
        ("2025-01-01", 32),
        ("2024-03-06", 31),
        ("2023-04-04", 31),
        ("2023-04-03", 30),
        ("2020-03-27", 30),
        ("2020-03-26", 29),
        ("2017-06-05", 29),
    ],
)
def test_membership_counts_follow_accession_dates(day, count):
    assert len(alliance.members(date.fromisoformat(day))) == count


def test_iceland_is_an_ally_without_armed_forces():
    iceland = alliance.ally("Iceland")
    assert iceland.has_armed_forces is False
    assert iceland in alliance.members(date(2024, 6, 17))


@pytest.mark.parametrize(
    "spelling, iso3",
    [
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("turkiye", "TUR"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Slovak Republic", "SVK"),
        ("USA", "USA"),
        ("United States of America", "USA"),
        ("pol", "POL"),
        ("NATO Total", "NATO"),
    ],
)
def test_aliases_and_codes_resolve(spelling, iso3):
    assert alliance.resolve(spelling) == iso3


def test_unknown_name_suggests_the_closest():
    with pytest.raises(UnknownAlly) as err:
        alliance.resolve("Polnad")
    assert "Poland" in str(err.value)
    assert "did you mean" in str(err.value)


def test_groups():
    assert len(alliance.group_members("eu", date(2025, 1, 1))) == 23
    assert len(alliance.group_members("europe-canada", date(2025, 1, 1))) == 31
    assert {a.iso3 for a in alliance.group_members("nato", date(2025, 1, 1))} >= {"USA", "ISL"}


@needs_sources
def test_accession_dates_match_the_membership_table():
    with open(SOURCES / "membership" / "nato_members.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 32
    for row in rows:
        a = alliance.ally(row["iso3"])
        assert a.joined == date.fromisoformat(row["accession_date"]), row["ally"]
        assert a.has_armed_forces == (row["in_nato_defence_tables"] == "yes"), row["ally"]
