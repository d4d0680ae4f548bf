"""Percentages of other fields in academic prose are no defence figures: a statistical
interval's confidence level ('a 95% interval') and a sovereign wealth fund's return ('its
sovereign fund returned 16 per cent'); the defence share beside them is still read and judged
(before, the 95 was read as a share of GDP and the 16 left as an unread figure of Norway's).

Official values, NATO 2024 edition (17 June 2024), Table 3, looked up with
`milex.observations("share_of_gdp", ALLY, years=[2024], edition=2024)`: Norway 2.20 (N31),
Hungary 2.11 (N23).
"""

from __future__ import annotations

import milex

DATE = "2024-09-12"


def _read(text: str) -> dict[float, tuple[str, str | None]]:
    return {
        c.claim.value: (c.verdict, c.claim.subject) for c in milex.check(text, date=DATE).claims
    }


def test_a_confidence_level_is_no_figure():
    got = _read("With a 95% interval of about 0.2 points, Hungary spent 2.11% of GDP in 2024.")
    assert 95.0 not in got
    assert got[2.11] == ("supported", "Hungary")
    got = _read("With a 95% interval of about 0.2 points, Hungary spent 2.61% of GDP in 2024.")
    assert got[2.61] == ("contradicted", "Hungary")


def test_a_sovereign_funds_return_is_no_figure():
    got = _read("Norway spent 2.20 per cent of GDP in 2024 while its sovereign fund returned "
                "16 per cent.")  # fmt: skip
    assert 16.0 not in got
    assert got[2.2] == ("supported", "Norway")
    got = _read("Norway spent 2.70 per cent of GDP in 2024 while its sovereign fund returned "
                "16 per cent.")  # fmt: skip
    assert got[2.7] == ("contradicted", "Norway")
