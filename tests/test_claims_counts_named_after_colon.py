"""A bare number after a verb of showing or counting, followed by a colon and the allies it
counts ('NATO's new tables for 2018 show six: the US, Greece, ...'), restates the count of
the sentence before for another year: a count of allies at the same level, judged as one.

Values: NATO 2019 edition (25 June 2019), share of GDP, `milex.observations("share_of_gdp",
ally, years=[2018], edition=2019)`: United States 3.30, Greece 2.23, United Kingdom 2.14,
Poland 2.02, Latvia 2.01, Estonia 2.00 (Lithuania 1.98): six allies at or above 2% in 2018;
three in 2014.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("count", "verdict"), [("six", "supported"), ("eight", "contradicted")])
def test_a_count_named_after_a_colon_restates_the_count_before(count, verdict):
    text = ("In 2014 only three allies met the 2% guideline. NATO's new tables for 2018 show "
            f"{count}: the US, Greece, the UK, Poland, Latvia and Estonia.")  # fmt: skip
    got = {c.claim.value: c for c in milex.check(text, date="2019-07-01").claims
           if c.claim.kind == "count_meeting"}  # fmt: skip
    assert got[3.0].verdict == "supported"
    c = got[{"six": 6.0, "eight": 8.0}[count]]
    assert (c.claim.year, c.verdict) == (2018, verdict)
