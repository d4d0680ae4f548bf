"""A run of allies each with a bare figure ('Estonia 2.13, Poland 2.01, Latvia 2.01') right
after a sentence that names shares of GDP and gives no figure, ally or year of its own ('The
dots mark each ally's defence spending as a share of GDP.'): the sentence before says what
the run measures, so its figures are shares of GDP, of the year of the heading above when
one dates the section ('Chart: allies' spending in 2019'), and a wrong one is contradicted,
not only left unverifiable as a run with nothing said of its measure is.

Values (milex.observations, share_of_gdp, NATO 2019 edition, 25 June 2019, year 2019):
Estonia 2.13, Poland 2.01, Latvia 2.01, France 1.84, Romania 2.04.
"""

from __future__ import annotations

import milex

DAY = "2019-07-01"


def _verdicts(text: str) -> dict[tuple[str, float], tuple[str, int | None]]:
    return {(c.claim.subject or "", round(c.claim.value, 2)): (c.verdict, c.claim.year)
            for c in milex.check(text, date=DAY).claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_a_run_after_a_sentence_naming_shares_of_gdp() -> None:
    got = _verdicts("Chart: allies' spending in 2019\nThe dots mark each ally's defence "
                    "spending as a share of GDP. Estonia 2.13, Poland 2.01, Latvia 2.01, "
                    "France 1.84.")  # fmt: skip
    assert got[("Estonia", 2.13)] == ("supported", 2019)
    assert got[("France", 1.84)] == ("supported", 2019)


def test_a_wrong_figure_in_the_run_is_contradicted() -> None:
    got = _verdicts("Chart: allies' spending in 2019\nThe dots mark each ally's defence "
                    "spending as a share of GDP. Estonia 2.13, Romania 2.40, Latvia 2.01.")  # fmt: skip
    assert got[("Romania", 2.4)] == ("contradicted", 2019)  # 2.04
