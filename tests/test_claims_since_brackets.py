"""A figure in brackets after an ally's name, in a sentence whose change is measured from a
base year, is that ally's change from the same year ('up 225% since 2014, just ahead of
Poland (214%)': Poland's since 2014, not its change over 2024); and a place taken from such
changes ('second only to ...') is a ranking milex cannot check (it ranks one year's changes),
so it abstains.

Official values (milex.observations, NATO 2024 edition, 17 June 2024, Table 4, real change
since 2014, 2024e): Hungary 225.0, Poland 213.7; one year's real change in 2024 (Table 3):
Hungary 4.99, Poland 30.07.
"""

from __future__ import annotations

from tests.conftest import claims_of

DATE = "2024-06-18"


def _changes(text: str) -> dict:
    return {c.claim.value: (c.verdict, c.claim.since) for c in claims_of("real_change", text, DATE)}


def test_a_bracketed_figure_keeps_the_base_year_of_the_sentence() -> None:
    text = "Measured from 2014, Hungary has raised defence spending by 225% in real terms, just ahead of Poland (214%)."
    assert _changes(text)[214.0] == ("supported", 2014)


def test_a_wrong_bracketed_figure_from_the_base_year_is_contradicted() -> None:
    text = "Measured from 2014, Hungary has raised defence spending by 225% in real terms, just ahead of Poland (254%)."
    assert _changes(text)[254.0] == ("contradicted", 2014)  # 213.7 since 2014


def test_a_place_by_the_change_since_a_base_year_abstains() -> None:
    text = "Measured from 2014, Poland has raised its defence spending by 214% in real terms, second only to Hungary (225%)."
    ranks = claims_of("ranking", text, DATE)
    assert ranks and all(c.verdict == "unverifiable" for c in ranks)
