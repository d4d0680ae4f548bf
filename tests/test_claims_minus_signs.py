"""A minus sign set on a figure ('Czechia -1.4%') is part of it: the change is a fall, read
with its sign and judged so, in a list under a header of changes as in a sentence; a signed
figure is a change as '+57.4%' is, never a share of GDP.

Official values (milex.observations("real_change", ..., years=[2025], edition=2025)): NATO's
2025 edition (28 August 2025), real change 2025 (estimates): Czechia -1.35, Belgium +57.41.
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str = "2025-09-15") -> list[tuple[float, str, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.kind) for c in report.claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # under a header of changes, a signed item is a fall (-1.35 agrees with -1.4)
        (
            "Change in real defence spending, 2025 (NATO estimates): Belgium +57.4%, "
            "Czechia -1.4%.",
            [(57.4, "supported", "real_change"), (-1.4, "supported", "real_change")],
        ),
        # the same list with the wrong fall: -4.4 is not -1.35
        (
            "Change in real defence spending, 2025 (NATO estimates): Belgium +57.4%, "
            "Czechia -4.4%.",
            [(57.4, "supported", "real_change"), (-4.4, "contradicted", "real_change")],
        ),
        # a signed figure after a verb of change is that change, not a share of GDP
        (
            "Czech defence spending fell -1.4% in real terms in 2025, NATO estimates.",
            [(-1.4, "supported", "real_change")],
        ),
        (
            "In 2025 Czechia's real defence spending changed by -1.4%, NATO estimates.",
            [(-1.4, "supported", "real_change")],
        ),
        # (the Unicode minus too)
        (
            "Real change in 2025 per NATO's estimates: Czechia \u22123.4%.",
            [(-3.4, "contradicted", "real_change")],
        ),
    ],
)
def test_minus_sign_is_part_of_the_figure(text, expected):
    assert judged(text) == expected
