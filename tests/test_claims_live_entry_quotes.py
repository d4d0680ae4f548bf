"""Quotations in a live blog: an entry labelled with a country's office ("21:05 Estonia's
prime minister: '...'") is that office's words, so "we" is Estonia; the next entry, on a line
of its own after its time stamp ("21:07 Poland's Kosiniak-Kamysz says ..."), names no speaker
of the quotation before it. And a level an ally is "heading for" is a goal, not a figure it
measures.

Values from NATO's 2024 edition (17 June 2024), Table 3, looked up with
milex.observations("share_of_gdp", ["Estonia", "Poland"], years=[2024], edition=2024):
Estonia 3.43, Poland 4.12 in 2024 (estimates).
"""

from __future__ import annotations

import pytest

import milex


def _shares(text: str) -> list:
    return [(c.claim.subject_code, c.claim.value, c.verdict)
            for c in milex.check(text, date="2024-07-11").claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("3.43", 3.43, "supported"),
                                                        ("3.9", 3.9, "contradicted")])  # fmt: skip
def test_an_office_labelled_entry_speaks_for_its_country(said, value, verdict):
    text = (
        f"21:05 Estonia's prime minister: 'We spend {said}% of GDP this year.'\n"
        "21:07 Poland's Kosiniak-Kamysz says his country is at 4.12%."
    )
    assert _shares(text) == [("EST", value, verdict), ("POL", 4.12, "supported")]


def test_a_level_an_ally_is_heading_for_is_no_measured_figure():
    text = "Estonia is at 3.43% and heading for 5% of GDP."
    assert _shares(text) == [("EST", 3.43, "supported"), ("EST", 5.0, "unverifiable")]
