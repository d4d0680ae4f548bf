"""Military personnel named as people in several words ('people in uniform', 'men and women
in uniform'), and the bare counts after it that go on counting them.

Values from NATO's 2024 edition (17 June 2024), Table 7, military personnel (thousands),
2024e: Poland 216.081, Germany 185.641, France 204.673.
"""

from __future__ import annotations

from tests.conftest import claims_of


def personnel(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.subject_code, c.claim.value): c.verdict
            for c in claims_of("personnel", text, date)}  # fmt: skip


def test_people_in_uniform_are_personnel():
    got = personnel("Poland now has 216,000 people in uniform, and France, with 205,000, is "
                    "close behind.")  # fmt: skip
    assert got == {("POL", 216.0): "supported", ("FRA", 205.0): "supported"}


def test_a_wrong_count_of_them_is_wrong():
    got = personnel("Germany has 250,000 men and women in uniform this year.")
    assert got == {("DEU", 250.0): "contradicted"}


def test_troops_sent_elsewhere_are_not_the_armed_forces():
    # the United States' 1,300.2 thousand (2024e) are not what it keeps in Europe
    assert personnel("The US keeps some 90,000 troops in Europe this year.") == {}
    assert personnel("Britain has about 1,000 soldiers stationed in Estonia.") == {}
