"""Whose figure it is: a source tag in brackets right after a figure ('1.9% (SIPRI) against
2.12% (NATO)') names that figure's source, whatever else the sentence names; and a body other
than NATO and SIPRI named in a table's source line ('Source: European Defence Agency'), in the
heading over its rows, or in the sentence before a list, scopes the figures under it: they are
that body's, not judged on NATO's or SIPRI's data (unverifiable), even where NATO's agree.

Official values (milex.observations("share_of_gdp", ..., years=[2024], edition=...)):
NATO 2024 edition (17 June 2024), 2024 estimates: Germany 2.12, Spain 1.28, United States 3.38.
NATO 2025 edition (28 August 2025), 2024: Germany 2.00, Italy 1.50, Poland 3.79.
SIPRI April 2025 release, 2024: Germany 1.89, Italy 1.61, United States 3.42.
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.source) for c in report.claims]


# In May 2025 SIPRI's April 2025 release and NATO's 2024 edition are the current ones.
@pytest.mark.parametrize(
    "text, expected",
    [
        # each figure its bracketed tag's: SIPRI 1.89 and NATO 2.12 both agree
        (
            "The numbers for Berlin diverge, at 1.9% of GDP (SIPRI) against 2.12% (NATO).",
            [(1.9, "supported", "SIPRI"), (2.12, "supported", "NATO")],
        ),
        # the NATO-tagged figure is judged on NATO's 2.12, not SIPRI's 1.89: wrong there
        (
            "The numbers for Berlin diverge, at 1.9% of GDP (SIPRI) against 2.8% (NATO).",
            [(1.9, "supported", "SIPRI"), (2.8, "contradicted", "NATO")],
        ),
        # (SIPRI 3.42 and NATO 3.38 for the United States, the tags after "of GDP")
        (
            "SIPRI and NATO measure America differently: 3.42% of GDP (SIPRI), 3.38% of GDP "
            "(NATO), both for 2024.",
            [(3.42, "supported", "SIPRI"), (3.38, "supported", "NATO")],
        ),
    ],
)
def test_bracketed_source_tag_names_the_figures_source(text, expected):
    assert judged(text, "2025-05-20") == expected


# In December 2025 NATO's 2025 edition is the current one.
@pytest.mark.parametrize(
    "text",
    [
        # a source line under short rows of figures (NATO's 2025 ed. has Italy at 1.50 and
        # Poland at 3.79, Germany at 2.00: none of them is judged on it)
        "Military spending by country, 2024 (% of GDP)\nGermany: 2.1%\nItaly: 1.5%\n"
        "Poland: 3.8%\nSource: European Defence Agency, annual defence data.",
        # the same under bullets, the source line naming the IISS's yearbook first
        "Military spending by country, 2024 (% of GDP):\n- Germany 2.1%\n- Italy 1.5%\n"
        "- Poland 3.8%\nSource: IISS, The Military Balance 2025",
        # a heading naming the body over its rows
        "European Defence Agency data: military spending in 2024 (% of GDP)\nGermany: 2.1%\n"
        "Italy: 1.5%\nPoland: 3.8%",
        # a sentence without figures naming the body, then its list
        "The European Defence Agency released its yearly data on Monday. Military spending in "
        "2024 as a share of GDP:\n- Germany 2.1%\n- Italy 1.5%\n- Poland 3.8%",
    ],
)
def test_another_bodys_table_is_not_judged_on_nato(text):
    got = judged(text, "2025-12-02")
    assert [(v, verdict) for v, verdict, _ in got] == [
        (2.1, "unverifiable"),
        (1.5, "unverifiable"),
        (3.8, "unverifiable"),
    ]
    assert {source for _, _, source in got} == {"other"}


def test_the_military_balance_is_the_iiss():
    # NATO's 2024 ed. has Spain at 1.28: the yearbook's 1.3% agrees but is not NATO's figure
    text = (
        "Spain still ranks low. The Military Balance puts Spain's defence effort at just 1.3% "
        "of GDP."
    )
    assert judged(text, "2025-02-14") == [(1.3, "unverifiable", "other")]
