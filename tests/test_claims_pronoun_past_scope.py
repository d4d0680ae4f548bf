"""'It' after a clause whose subject is ranked within a place ('Germany is the wealthiest country
in Europe and it spends ...') is that subject, not the place the superlative ranks it in.

Values from NATO's 2024 edition (17 June 2024), Table 3, share of GDP, 2024e: Germany 2.12.
"""

from __future__ import annotations

from tests.conftest import claims_of


def shares(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.subject_code, c.claim.value): c.verdict
            for c in claims_of("share_of_gdp", text, date)}  # fmt: skip


def test_it_is_the_subject_not_the_scope_of_its_superlative():
    got = shares("Germany is the wealthiest country in Europe and it spends 2.12% of GDP on "
                 "defence this year.")  # fmt: skip
    assert got == {("DEU", 2.12): "supported"}
    got = shares("Germany is the wealthiest country in Europe and it spends 1.52% of GDP on "
                 "defence this year.")  # fmt: skip
    assert got == {("DEU", 1.52): "contradicted"}
