"""'The average' of no group named, in a sentence where NATO or its tables say the figure
('NATO puts the average at 2.86% of GDP', 'the alliance's tables put the average at ...'), is
the average of NATO's allies: the alliance's combined share. (The mean and the median of the
allies' own shares, other ways to read 'average', still make the checker abstain.)"""

from __future__ import annotations

import milex

# NATO 2026 edition (7 July 2026; core defence expenditure), Table 3: NATO Total 2026, 2.86% of
# GDP (estimate; row 1951, column 6). The mean of the 31 allies' shares with figures is 2.76
# and their median 2.22: neither is 2.86 or 2.5.


def _claim(text: str, date: str):
    found = [c for c in milex.check(text, date=date).claims if c.claim.kind == "share_of_gdp"]
    assert len(found) == 1, found
    return found[0]


def test_the_average_the_alliances_tables_give_is_natos():
    c = _claim("This year the alliance's tables put the average at 2.86% of GDP.", "2026-07-09")
    assert (c.claim.subject_code, c.claim.year, c.verdict) == ("NATO", 2026, "supported")


def test_a_wrong_average_nato_gives_is_contradicted():
    c = _claim("NATO puts the average at 2.5% of GDP this year.", "2026-07-09")
    assert (c.claim.subject_code, c.verdict) == ("NATO", "contradicted")
