"""Whose figure, when SIPRI's and NATO's are given side by side: an attribution after a figure
('2.4% according to SIPRI') is that figure's, not a label of the next one ('... and 2.27%
according to NATO'); a pair said without bodies after a clause that gave both ('for the
Netherlands 1.9% and 2.00%') takes them in that clause's order; a row of a dotted-leader list
headed by a name milex does not know is no row of the ally above it; and 'the
X% shown a year earlier' is a figure of the edition before.

Official values (milex.observations(measure, ally, years=[year], edition=..., source=...)):
SIPRI 2025 edition, share of GDP 2024: Denmark 2.42, Netherlands 1.92.
NATO 2025 edition, share of GDP 2024 (estimates): Denmark 2.27, Netherlands 2.00.
NATO 2025 edition, share of GDP 2025 (estimate): Latvia 3.73; NATO 2026 edition (core
defence expenditure), Latvia 2025: 3.67.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-10"  # NATO's 2025 edition (28 August 2025) and SIPRI's of April 2025 current


def judged(text: str, day: str = DAY) -> list[tuple[float, str, str | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject, c.claim.source) for c in report.claims]


@pytest.mark.parametrize("nato, verdict", [("2.27", "supported"), ("2.57", "contradicted")])
def test_an_attribution_after_a_figure_is_not_the_next_ones_label(nato, verdict):
    text = (
        f"Denmark put 2.4% of GDP into defence in 2024 according to SIPRI and {nato}% "
        "according to NATO."
    )
    assert judged(text) == [
        (2.4, "supported", "Denmark", "SIPRI"),
        (float(nato), verdict, "Denmark", "NATO"),
    ]


@pytest.mark.parametrize("nato, verdict", [("2.00", "supported"), ("2.25", "contradicted")])
def test_a_bare_pair_takes_the_bodies_in_the_order_given_before(nato, verdict):
    text = (
        "For Denmark SIPRI has 2.4% of GDP in 2024 and NATO 2.27%; for the Netherlands 1.9% "
        f"and {nato}% that year."
    )
    assert judged(text)[2:] == [
        (1.9, "supported", "Netherlands", "SIPRI"),
        (float(nato), verdict, "Netherlands", "NATO"),
    ]


@pytest.mark.parametrize("mark", [" ..........", " ...."])
@pytest.mark.parametrize("dutch, verdict", [("1.9", "supported"), ("2.9", "contradicted")])
def test_a_row_of_an_unknown_country_is_not_the_ally_above(mark, dutch, verdict):
    text = (
        "Share of GDP spent on the military, 2024 (SIPRI)\n"
        f"Denmark{mark} 2.4%\nBrunei{mark} 5.6%\nNetherlands{mark} {dutch}%"
    )
    assert judged(text) == [
        (2.4, "supported", "Denmark", "SIPRI"),
        (float(dutch), verdict, "Netherlands", "SIPRI"),
    ]


@pytest.mark.parametrize("old, verdict", [("3.73", "supported"), ("3.93", "contradicted")])
def test_a_figure_shown_a_year_earlier_is_the_earlier_editions(old, verdict):
    text = (
        f"On the core basis Latvia's 2025 share is now 3.67%, not the {old}% shown a year earlier."
    )
    got = milex.check(text, date="2026-07-25").claims
    assert [(c.claim.value, c.verdict, c.claim.year) for c in got] == [
        (3.67, "supported", 2025),
        (float(old), verdict, 2025),
    ]
    assert got[1].claim.earlier_edition
