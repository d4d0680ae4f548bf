"""Words set off by commas that are no new clause and no subject: an adverb ('Canada, though,
is ...', 'Canada, however, ...') and an attribution ('This year, the alliance says, it will
spend ...'), after which the figure is still the ally's named before it.

Values from NATO's 2024 edition (17 June 2024), Table 3, share of GDP: Canada 2023 1.31,
2024e 1.37; Italy 2024e 1.49; Lithuania 2014 0.88, 2024e 2.85.
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


def test_a_pronoun_after_an_attribution_aside_is_the_ally_before():
    got = shares("Lithuania spent 0.88% of GDP on defence in 2014. This year, the alliance "
                 "says, it will spend 2.85%.")  # fmt: skip
    assert got == {("LTU", 0.88): "supported", ("LTU", 2.85): "supported"}
    got = shares("Lithuania spent 0.88% of GDP on defence in 2014. This year, the alliance "
                 "says, it will spend 3.85%.")  # fmt: skip
    assert got[("LTU", 3.85)] == "contradicted"
