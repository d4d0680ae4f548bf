"""A sum in national currency with its conversion into US dollars in brackets, given as
SIPRI's ('EUR 59.8 billion ($64.7 billion)'): SIPRI publishes dollars, so the dollars are
its own figure and are judged (of the ally of the sum they convert); the national sum is
SIPRI's own local-currency figure when it agrees, but may be the writer's conversion of the
dollars when it does not: then unverifiable, never contradicted.

Official values, SIPRI's April 2025 release, 2024 (milex.observations(measure, ally,
years=[2024], source="SIPRI")): Germany USD 88,458 m, EUR 81,777 m (spending_lcu_current);
France USD 64,675 m, EUR 59,790 m.
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str = "2025-05-05") -> list[tuple[float, str, str | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject) for c in report.claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the euros at another rate than SIPRI's own (EUR 81.8 bn): perhaps converted, so
        # no contradiction; the dollars are SIPRI's (88.46) and agree
        (
            "According to SIPRI, Berlin's military outlay came to EUR 75.0 billion ($88.5 "
            "billion) in 2024.",
            [(75.0, "unverifiable", "Germany"), (88.5, "supported", "Germany")],
        ),
        # the euros SIPRI's own (59.79), and the dollars too (64.68): both agree
        (
            "France spent EUR 59.8 billion ($64.7 billion) on its military in 2024, SIPRI says.",
            [(59.8, "supported", "France"), (64.7, "supported", "France")],
        ),
        # the dollars wrong (SIPRI: 64.68) are contradicted, whatever the euros say
        (
            "SIPRI's new data put France's 2024 military spending at EUR 55.0 billion ($61.0 "
            "billion).",
            [(55.0, "unverifiable", "France"), (61.0, "contradicted", "France")],
        ),
        # the dollars of the second ally's pair are that ally's (France 64.68)
        (
            "SIPRI said Germany spent $88.5 billion in 2024, ahead of France's EUR 55.0 billion "
            "($64.7 billion).",
            [
                (88.5, "supported", "Germany"),
                (55.0, "unverifiable", "France"),
                (64.7, "supported", "France"),
            ],
        ),
    ],
)
def test_sipri_dollars_beside_a_national_sum(text, expected):
    assert judged(text) == expected
