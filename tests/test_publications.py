from datetime import date

import pytest

from milex.dataset.selection import select
from milex.errors import NoData
from milex.reference import publications


@pytest.mark.parametrize(
    "day, edition",
    [
        ("2025-03-13", 2024),
        ("2024-06-17", 2024),
        ("2025-08-27", 2024),
        ("2025-08-28", 2025),
        ("2025-09-01", 2025),
    ],
)
def test_as_of_selects_the_latest_nato_edition_published_by_then(day, edition):
    assert select(as_of=day).edition == edition


def test_before_the_first_edition_there_is_no_data():
    with pytest.raises(NoData, match="earliest held"):
        select(as_of="2019-06-24")


def test_sipri_release_of_april_2025():
    assert select(as_of="2025-05-01", source="SIPRI").edition == 2025


# --- the registry: every release known, held or not ------------------------------------------


def test_registry_rows_are_complete_and_say_how_each_date_was_verified(sources):
    rows = publications.registry()
    assert len({p.id for p in rows}) == len(rows)
    for p in rows:
        assert p.date_verified and p.basis and p.title, p.id
        if p.published is None:
            assert p.date_verified.startswith("not verified"), p.id
        if p.held:
            assert (sources / p.path).exists(), p.id
    held = [p.id for p in rows if p.held]
    assert held == ["nato-2019-06", "nato-2024-06", "nato-2025-08", "nato-2026-07", "sipri-2025"]
    for source in ("NATO", "SIPRI"):
        dated = [p.published for p in publications.registry(source) if p.published]
        assert dated == sorted(dated), source


def test_the_2026_edition_is_core_and_the_others_are_not():
    basis = {p.edition: p.basis for p in publications.publications("NATO")}
    assert basis == {2019: "defence expenditure", 2024: "defence expenditure",
                     2025: "defence expenditure", 2026: "core defence expenditure"}  # fmt: skip
    assert publications.latest("SIPRI").basis == "military expenditure"


@pytest.mark.parametrize(
    "day, ids",
    [
        ("2019-11-28", []),
        ("2019-12-15", ["nato-2019-11"]),
        ("2021-07-01", ["nato-2019-11", "nato-2021-03", "nato-2021-06"]),
        ("2024-06-17", []),
        ("2025-05-01", ["nato-2025-04"]),
        ("2026-07-07", []),
    ],
)
def test_releases_newer_than_the_edition_held(day, ids):
    assert [p.id for p in publications.newer_not_held(date.fromisoformat(day))] == ids


def test_a_year_only_a_release_not_held_covers():
    assert [p.id for p in publications.not_held_covering(2020, date(2021, 3, 20))] == [
        "nato-2021-03"
    ]
    assert publications.not_held_covering(2019, date(2021, 3, 20)) == []  # the 2019 edition has it
    assert publications.not_held_covering(2021, date(2026, 7, 7)) == []  # held editions have it
