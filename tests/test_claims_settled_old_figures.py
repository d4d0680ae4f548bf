"""The claim checker on an old year's figure in an article written when milex lacks the release
of the day (July 2023: NATO's 2023 edition is not held): when every edition held, the one from
before the date (2019) and those since (2024, 2025, 2026), gives the figure alike at the
precision the text uses, the missing release did too, and the figure is judged, saying so; an
estimate of the edition before the date is not such a figure.

Official values are NATO's, Table 3 (share of GDP), read with `milex.observations(
"share_of_gdp", ally, years=[year], edition=e)` for e in 2019, 2024, 2025, 2026: Greece 2015
2.30, 2.31, 2.32, 2.32; Estonia 2014 1.93, 1.93, 1.90, 1.90; Canada 2019 (an estimate in the
2019 edition) 1.27, then 1.29.
"""

from __future__ import annotations

import milex


def shares(text: str, day: str) -> list[tuple[str, str | None, float | None, str]]:
    report = milex.check(text, date=day)
    return [(c.verdict, c.claim.subject, c.claim.value, c.explanation) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_a_figure_every_edition_agrees_on_is_judged():
    # Greece 2015: 2.30 / 2.31 / 2.32 / 2.32, all 2.3 at one decimal
    got = shares("Back in 2015 Athens devoted 2.3% of GDP to its armed forces.", "2023-07-12")
    assert [v for v, s, x, _e in got if s == "Greece" and x == 2.3] == ["supported"]
    assert "every edition held" in got[0][3]


def test_a_wrong_figure_every_edition_rounds_alike_is_contradicted():
    # Estonia 2014: 1.93 / 1.93 / 1.90 / 1.90, all 1.9 at one decimal, not 2.2
    got = shares("Back in 2014 Tallinn devoted 2.2% of GDP to its armed forces.", "2023-07-12")
    assert [v for v, s, x, _e in got if s == "Estonia" and x == 2.2] == ["contradicted"]
    # Canada 2019: an estimate (1.27) in the 2019 edition, the last held before December 2019,
    # revised to 1.29 since: the release of the day may have said otherwise
    got = shares("In 2019 Ottawa devoted 1.1% of GDP to its armed forces.", "2019-12-20")
    assert [v for v, s, x, _e in got if s == "Canada" and x == 1.1] == ["unverifiable"]
