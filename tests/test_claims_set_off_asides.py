"""Words set off by commas that are no new clause and no subject: an adverb ('Canada, though,
is ...', 'Canada, however, ...'), after which the figure is still the ally's named before it
(an attribution set off so, 'This year, the alliance says, it will spend ...', is in
test_claims_fronted_pronoun_levels.py).

Values from NATO's 2024 edition (17 June 2024), Table 3, share of GDP: Canada 2023 1.31,
2024e 1.37; Italy 2024e 1.49.
"""

from __future__ import annotations

from tests.conftest import claims_of


def shares(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.subject_code, c.claim.value): c.verdict
            for c in claims_of("share_of_gdp", text, date)}  # fmt: skip


def test_an_adverb_set_off_by_commas_keeps_the_subject():
    got = shares("Italy sits at 1.49%. Canada, though, is lagging: 1.37% this year.")
    assert got == {("ITA", 1.49): "supported", ("CAN", 1.37): "supported"}
    got = shares("Italy sits at 1.49%. Canada, however, is lagging: 1.77% this year.")
    assert got == {("ITA", 1.49): "supported", ("CAN", 1.77): "contradicted"}
