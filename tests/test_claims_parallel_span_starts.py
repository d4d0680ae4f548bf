"""Two allies' moves in one sentence, the first dated at both ends and the second at
neither start nor end ('Estonia went from 1.93% (2014) to 3.43% (2024), and Romania from
1.35% to 2.25% over the same span'): the second's start is read in the year of the first's
start as one more reading under which it may agree, as the year before its end point is.
An undated start that agrees in none of those readings is still only unverifiable (it may
start in any earlier year), never contradicted.

Values (milex.observations, share_of_gdp, NATO 2024 edition, 17 June 2024):
Estonia 2014 1.93, 2024 3.43; Romania 2014 1.35, 2024 2.25.
"""

from __future__ import annotations

import milex

DAY = "2024-09-01"


def _verdicts(text: str) -> dict[tuple[str, float], tuple[str, int | None]]:
    return {(c.claim.subject or "", round(c.claim.value, 2)): (c.verdict, c.claim.year)
            for c in milex.check(text, date=DAY).claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_an_undated_start_read_in_the_year_of_the_dated_one_beside_it() -> None:
    got = _verdicts("Estonia went from 1.93% (2014) to 3.43% (2024), and Romania from 1.35% "
                    "to 2.25% over the same span.")  # fmt: skip
    assert got[("Romania", 1.35)] == ("supported", 2014)
    # a start that agrees with no reading is left open, not called wrong
    got = _verdicts("Estonia went from 1.93% (2014) to 3.43% (2024), and Romania from 1.53% "
                    "to 2.25% over the same span.")  # fmt: skip
    assert got[("Romania", 1.53)][0] == "unverifiable"
