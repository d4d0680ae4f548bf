"""'In 2025 the alliance as a whole spent 2.76% of GDP': a year right before the alliance's
name is no count of allies ('23 NATO allies'), so the alliance stays the subject; and 'the
respective figures were 2.61% and 1.99%' pairs its figures with the alliance and the group
the sentence before gave figures to, in order.

Official values, NATO 2025 edition (28 August 2025): `milex.observations("share_of_gdp",
"NATO", years=[2024, 2025], edition=2025)` 2.61 (2024) and 2.76 (2025);
`milex.observations("share_of_gdp", "NATO Europe and Canada", years=[2024, 2025],
edition=2025)` 1.99 (2024) and 2.27 (2025).
"""

from __future__ import annotations

import milex


def _read(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date="2026-02-10").claims
    }


def test_year_before_the_alliance_leaves_it_the_subject():
    text = "In 2025 the alliance as a whole put {v}% of GDP into defence, on NATO's August figures."
    assert _read(text.format(v="2.76"))[2.76] == ("NATO", 2025, "supported")
    assert _read(text.format(v="2.67"))[2.67] == ("NATO", 2025, "contradicted")
    # but the alliance after a year that goes on to estimate is the body, not the subject
    # (NATO 2025 edition: `milex.observations("share_of_gdp", "Germany", years=[2024],
    # edition=2025)` 2.00 for 2024)
    text = ("NATO's August report has no 2025 figure for Germany, whose budget was not yet "
            "passed. For 2024 the alliance now tallies {v}% of GDP.")  # fmt: skip
    assert _read(text.format(v="2.00"))[2.0] == ("Germany", 2024, "supported")
    assert _read(text.format(v="2.30"))[2.3] == ("Germany", 2024, "contradicted")


def test_respective_figures_pair_with_the_alliance_and_the_group_before():
    text = (
        "In 2025 the alliance as a whole put 2.76% of GDP into defence, NATO's August figures "
        "show, and the European allies and Canada 2.27%. One year before, the respective "
        "figures were {a}% and {b}%."
    )
    got = _read(text.format(a="2.61", b="1.99"))
    assert got[2.61] == ("NATO", 2024, "supported")
    assert got[1.99] == ("Europe and Canada", 2024, "supported")
    got = _read(text.format(a="2.61", b="1.89"))
    assert got[1.89] == ("Europe and Canada", 2024, "contradicted")
