"""The one resolver of which editions and years answer (milex.dataset.selection)."""

from datetime import date

import pytest

import milex
from milex.dataset.selection import select
from milex.errors import BadParameter, UnknownName


def test_default_is_the_latest_nato_edition_held_and_every_year():
    sel = select()
    assert (sel.source, sel.edition, sel.years) == ("NATO", 2026, None)
    assert "latest" in sel.reason


@pytest.mark.parametrize(
    "day, edition",
    [(date(2019, 7, 1), 2019), (date(2026, 7, 6), 2025), (date(2026, 7, 7), 2026)],
)
def test_as_of_switches_on_the_day_an_edition_appears(day, edition):
    assert select(as_of=day).edition == edition


def test_as_of_picks_the_edition_current_that_day_and_says_why():
    sel = select(as_of=date(2025, 3, 13))
    assert sel.edition == 2024
    assert "13 March 2025" in sel.reason and "17 June 2024" in sel.reason


def test_all_selects_every_edition_held_oldest_first():
    assert select("all").editions == (2019, 2024, 2025, 2026)
    assert select("all", source="SIPRI").editions == (2025,)


@pytest.mark.parametrize(
    "years, expected",
    [
        (2024, (2024,)),
        ("2024", (2024,)),
        ("2014-2016", (2014, 2015, 2016)),
        (range(2014, 2017), (2014, 2015, 2016)),
        ([2024, 2014], (2014, 2024)),
        ((2014, 2024), (2014, 2024)),  # a pair is two years, never a range
    ],
)
def test_years_in_every_spelling(years, expected):
    assert select(years=years).years == expected


def test_nato_2025_as_held_takes_its_money_from_the_2024_edition():
    # The 2025 edition is held as Tables 3, 7 and 8 only: no GDP or spending in USD.
    sel = select(2025)
    assert sel.money.edition == 2024
    assert "no money tables" in sel.money_reason
    assert select(2024).money.edition == 2024
    assert select(2025, money_edition=2024).money_asked == 2024


def test_a_measure_the_edition_lacks_falls_back_to_the_latest_that_holds_it():
    sel = select(as_of="2025-09-01", measure="spending_usd_current")
    assert (sel.asked, sel.edition) == (2025, 2024)
    assert "2024 edition" in sel.reason
    assert select(as_of="2025-09-01", measure="share_of_gdp").edition == 2025


def test_a_selection_passes_through_and_takes_years_beside_it():
    sel = select(2024)
    assert select(sel) is sel
    assert select(sel, years=2023).years == (2023,)
    assert milex.counts("2pct", edition=sel, years=2024)["meeting"].tolist() == [23]


@pytest.mark.parametrize(
    "words, error, match",
    [
        ({"edition": 2024, "as_of": "2025-01-01"}, BadParameter, "either edition or as_of"),
        ({"edition": "twenty"}, BadParameter, "not an edition year"),
        ({"edition": 2023}, UnknownName, "2024"),
        ({"as_of": "13/03/2025"}, BadParameter, "YYYY-MM-DD"),
        ({"years": "2014-20x"}, BadParameter, "range like 2014-2024"),
        ({"years": 20244}, BadParameter, "outside"),
        ({"source": "IMF"}, UnknownName, "NATO"),
    ],
)
def test_bad_words_get_one_clear_error(words, error, match):
    with pytest.raises(error, match=match):
        select(**words)


def test_one_edition_functions_refuse_all_with_a_reason():
    with pytest.raises(BadParameter, match="one edition at a time"):
        milex.compliance("2pct", edition="all")
