"""An ally level with another shares their places: the United States and Norway both at 3.17%
of GDP in 2026 stand 8th and 9th, so "ninth" (or "eighth") holds; "tenth" does not.

Values (NATO's 2026 edition of 7 July 2026, core defence expenditure, via
milex.observations("share_of_gdp", ally, years=[2026], edition=2026)): United States 3.17,
Norway 3.17, with seven allies above them (Lithuania 5.33, Estonia 5.10, Latvia 4.92, Poland
4.68, Greece 3.65, Denmark 3.49, Sweden 3.22).
"""

from __future__ import annotations

import milex

_DATE = "2026-09-01"


def _place(word: str) -> str:
    text = (
        f"By NATO's 2026 numbers the United States, at 3.17% of GDP, ranks {word} in the alliance."
    )
    [claim] = [c for c in milex.check(text, date=_DATE).claims if c.claim.kind == "ranking"]
    return claim.verdict


def test_either_shared_place_holds_and_none_past_them():
    assert [_place(w) for w in ("eighth", "ninth", "tenth")] == [
        "supported",
        "supported",
        "contradicted",
    ]


def test_the_tie_is_said():
    text = "By NATO's 2026 numbers the United States, at 3.17% of GDP, ranks ninth in the alliance."
    [claim] = [c for c in milex.check(text, date=_DATE).claims if c.claim.kind == "ranking"]
    assert "level with Norway" in claim.explanation
