"""Allies named as the ones a count leaves out ('the two exceptions are Slovenia and
Iceland', 'the others are ...') are not the allies it counts: they get no claim on the
count's threshold (the count itself is still judged).

Official values: NATO 2026 edition (7 July 2026, core defence expenditure) counts 30 of 32
allies at or above 2% of GDP in 2026 (31 with figures); `milex.observations("share_of_gdp",
"Slovenia", years=[2026], edition=2026)` gives 1.61.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2026-07-16"


@pytest.mark.parametrize(("count", "verdict"), [("30", "supported"), ("27", "contradicted")])
def test_named_exceptions_are_not_counted_members(count, verdict):
    text = (f"The new tables have {count} of the 32 allies at or above 2% of GDP in 2026; the "
            "two exceptions this year are Slovenia and Iceland.")  # fmt: skip
    claims = milex.check(text, date=DAY).claims
    counted = [c for c in claims if c.claim.kind == "count_meeting"]
    assert [(c.claim.value, c.verdict) for c in counted] == [(float(count), verdict)]
    assert not any("Slovenia" in str(c.claim.subject) for c in claims)
