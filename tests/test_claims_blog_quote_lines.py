"""A live blog's line '<time> <Ally>'s <role>: '<quote>'' is a turn of that ally's speaker:
'we' in the quote is that ally, and the next line's speaker ('Lithuania's president says
...') does not speak the quote before it when the quote closes its line on a full stop
(extract._line_closed, interpret._spoken_label). 'Heading for N%' is where an ally is going,
a plan, not its measured share.

Values from NATO's 2024 edition (17 June 2024), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Latvia 2024 = 3.15,
Lithuania 2024 = 2.85.
"""

from __future__ import annotations

import milex

DAY = "2024-09-01"


def found(text: str) -> list:
    return [(c.claim.subject, c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims]


NEXT = "\n11:05 Lithuania's defence minister says his country is at 2.85% this year."


def test_a_quote_closing_its_line_is_the_labelled_allys():
    got = found("11:02 Latvia's prime minister: 'This year we are at 3.15%.'" + NEXT)
    assert ("Latvia", 3.15, "supported") in got
    assert not [c for c in got if c[0] == "Lithuania" and c[1] == 3.15]
    got = found("11:02 Latvia's prime minister: 'This year we are at 3.65%.'" + NEXT)
    assert ("Latvia", 3.65, "contradicted") in got
    assert not [c for c in got if c[0] == "Lithuania" and c[1] == 3.65]


def test_heading_for_a_level_is_a_plan():
    got = found("Latvia is at 3.15% this year and heading for 5%.")
    assert ("Latvia", 3.15, "supported") in got
    assert not [c for c in got if c[1] == 5 and c[2] in ("supported", "contradicted")]
    got = found("Latvia is at 3.65% this year and heading towards 5%.")
    assert ("Latvia", 3.65, "contradicted") in got
