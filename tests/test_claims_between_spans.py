"""'Between 2014 and 2024' is one span of years, not two years: a change 'from A to B' under it
starts in its first year and ends in its last, in its own clause and in each later clause
of the sentence that names no time of its own ('..., while Romania went from 1.35% to
2.25%'). Before, the start of each pair had no year and was left unverifiable, and a wrong
start went unchallenged.

Official values, NATO 2024 edition (17 June 2024), Table 3, looked up with
`milex.observations("share_of_gdp", ALLY, years=[2014, 2024], edition=2024)`: Estonia 1.93
(D18) and 3.43 (N18); Romania 1.35 (D34) and 2.25 (N34).
"""

from __future__ import annotations

import milex

DATE = "2024-09-01"


def _read(text: str) -> dict[float, tuple[str, str | None, int | None]]:
    return {
        c.claim.value: (c.verdict, c.claim.subject, c.claim.year)
        for c in milex.check(text, date=DATE).claims
    }


def test_a_span_fronting_the_sentence_dates_both_pairs():
    got = _read("Between 2014 and 2024 Estonia's ratio went from 1.93% to 3.43%, while Romania "
                "went from 1.35% to 2.25%.")  # fmt: skip
    assert got[1.93] == ("supported", "Estonia", 2014)
    assert got[3.43] == ("supported", "Estonia", 2024)
    assert got[1.35] == ("supported", "Romania", 2014)
    assert got[2.25] == ("supported", "Romania", 2024)


def test_a_wrong_start_under_the_span_is_contradicted():
    got = _read("Between 2014 and 2024 Estonia's ratio went from 1.93% to 3.43%, while Romania "
                "went from 1.75% to 2.25%.")  # fmt: skip
    assert got[1.75] == ("contradicted", "Romania", 2014)  # 1.35
