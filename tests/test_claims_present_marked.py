"""A figure marked as of now by the word right before it ('more than double today's 3.4%')
takes the present, not the year an earlier clause fronted ('In 1985, ...'); and 'back up to
1.9%' is a return to a level, not a ceiling ('up to' after 'back' is where it got to).

Official values, SIPRI April 2025 release, `milex.observations("share_of_gdp", ALLY,
years=[YEAR], source="SIPRI")`: United Kingdom 1985 5.32 (sheet 'Share of GDP', AM181), 2024
2.28 (BZ181); Netherlands 2024 1.92 (BZ175).
"""

from __future__ import annotations

import milex

DATE = "2025-05-30"  # SIPRI's April 2025 release is current; its last year is 2024


def _read(text: str) -> dict[float, tuple[str, int | None]]:
    return {c.claim.value: (c.verdict, c.claim.year) for c in milex.check(text, date=DATE).claims}


def test_todays_figure_after_a_fronted_past_year():
    got = _read("In 1985, at the peak of its Falklands-era build-up, Britain spent 5.3% of GDP on its "
                "military, SIPRI data show, more than double today's 2.3%.")  # fmt: skip
    assert got[5.3] == ("supported", 1985)
    assert got[2.3] == ("supported", 2024)


def test_a_wrong_todays_figure_is_contradicted_against_the_latest_year():
    got = _read("In 1985, at the peak of its Falklands-era build-up, Britain spent 5.3% of GDP on its "
                "military, SIPRI data show, almost double today's 2.9%.")  # fmt: skip
    assert got[2.9] == ("contradicted", 2024)  # 2.28


def test_back_up_to_is_a_level_reached():
    got = _read("The Netherlands was back up to 1.9% of GDP last year, according to SIPRI.")
    assert got[1.9] == ("supported", 2024)
    got = _read("The Netherlands was back up to 2.4% of GDP last year, according to SIPRI.")
    assert got[2.4] == ("contradicted", 2024)  # 1.92
