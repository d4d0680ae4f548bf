"""'The former' and 'the latter' opening a paragraph point back to the two countries the last
sentence of the paragraph before named, as they do within a paragraph: a lead line naming
two allies, then a new line 'The former spent ...; the latter ...'.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("share_of_gdp", <ally>, years=[2024], edition=2024):
Estonia 2024 3.43; Latvia 2024 3.15.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition is current


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_former_and_latter_on_a_new_line_are_the_two_allies_before():
    got = _verdicts(
        "Two Baltic states, Estonia and Latvia, lead the region.\n"
        "The former puts 3.43% of GDP into defence this year; the latter is at 3.15%."
    )
    assert (3.43, "Estonia", 2024, "supported") in got
    assert (3.15, "Latvia", 2024, "supported") in got


def test_wrong_figure_of_the_latter_on_a_new_line_is_contradicted():
    # Latvia's 2024 share is 3.15, not 3.51
    got = _verdicts(
        "Two Baltic states, Estonia and Latvia, lead the region.\n"
        "The former puts 3.43% of GDP into defence this year; the latter is at 3.51%."
    )
    assert (3.51, "Latvia", 2024, "contradicted") in got
    assert not [v for v in got if v[0] == 3.51 and v[1] == "Estonia"]
