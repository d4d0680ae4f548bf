"""'That year' going back to the one year the sentence before gave in any role ('The tables
date from June 2019. They show seven allies at or above 2% that year'), and the allies named
'among them' being only those listed with the count, not an ally of a clause joined after
it ('..., Greece (2.24%) among them, and Germany at 1.36%').

Values from NATO's June 2019 edition, Table 3 (share of GDP, 2019e), looked up with
milex.observations: 7 of 29 allies at or above 2%; Greece 2.24, Germany 1.36.
"""

from __future__ import annotations

import pytest

import milex

DATE = "2019-09-10"  # the June 2019 edition current


@pytest.mark.parametrize(("n", "verdict"), [("seven", "supported"), ("twelve", "contradicted")])
def test_that_year_is_the_year_the_sentence_before_gave(n, verdict):
    text = (f"The alliance's detailed tables date from June 2019. They show {n} allies at or "
            "above 2% that year.")  # fmt: skip
    found = [(c.claim.kind, c.claim.year, c.verdict) for c in milex.check(text, date=DATE).claims]
    assert found == [("count_meeting", 2019, verdict)], found


def test_an_ally_joined_after_among_them_is_not_one_of_the_counted():
    text = ("The tables date from June 2019. They show seven allies at or above 2% that year, "
            "with Greece (2.24%) among them and Germany at 1.36%.")  # fmt: skip
    found = [(c.claim.subject, c.claim.value, c.claim.year, c.verdict)
             for c in milex.check(text, date=DATE).claims if c.claim.subject == "Germany"]  # fmt: skip
    assert found == [("Germany", 1.36, 2019, "supported")], found
