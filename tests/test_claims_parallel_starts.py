"""A starting point no words date, in a sentence that dates another ally's start set after
its end point ('Denmark is at 2.37% this year, up from 2.01% in 2023; Spain 1.28%, up from
1.19%'): the dated start's year is a reading of the undated one. When it is also the year
before the undated move's end point, the two readings agree and the start is judged on that
year, wrong as well as right; when it is not, it may only be supported under it. Before,
a start dated after its end point gave no reading at all, and ', up from' was too far from
its end point for the year-before guess.

Official values, NATO 2024 edition (17 June 2024), `milex.observations("share_of_gdp",
ally, years=[2014, 2023, 2024], edition=2024)`: Denmark 2.01 (2023), 2.37 (2024); Spain 1.19
(2023), 1.28 (2024); Italy 1.14 (2014), 1.49 (2024); Belgium 0.97 (2014), 1.30 (2024).
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"


def _starts(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
    }


def test_two_readings_agreeing_date_the_start_firmly():
    text = "Denmark is at 2.37% of GDP this year, up from 2.01% in 2023; Spain 1.28%, up from {v}%."
    assert _starts(text.format(v="1.19"))[1.19] == ("Spain", 2023, "supported")
    assert _starts(text.format(v="1.09"))[1.09] == ("Spain", 2023, "contradicted")


def test_a_start_dated_after_its_end_point_is_a_reading_of_the_others():
    text = ("Italy spends 1.49% of GDP this year, against 1.14% in 2014, while Belgium has "
            "gone from {v}% to 1.30%.")  # fmt: skip
    assert _starts(text.format(v="0.97"))[0.97] == ("Belgium", 2014, "supported")
    # 2014 is not the year before 2024: under it alone the start is never called wrong
    assert _starts(text.format(v="0.77"))[0.77][2:] == ("unverifiable",)
