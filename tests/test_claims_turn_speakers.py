"""Whom 'we' and 'our' mean in a transcript's turn: the ally the label says its speaker speaks
for ('MERZ:'), else the country of the parliament the transcript is set in ('Question time,
Riksdag.'), else the one ally the question just before asked about ('REPORTER: And
Slovakia?'). With none of them, 'our country' is nobody's and its figure unverifiable.

Official values (NATO 2024 edition, 17 June 2024, Table 3), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Sweden 2.14 (cell N38),
Germany 2.12 (N21), Slovakia 2.00 (N35).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple[str | None, float, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize("said, verdict", [("2.14", "supported"), ("2.41", "contradicted")])
def test_our_country_in_a_parliament_named_before_the_turns(said, verdict):
    turn = f"Member: Our country spends {said} percent of GDP on defence this year."
    assert _found(f"Question time, Riksdag.\n{turn}", "2024-10-01") == [
        ("Sweden", float(said), verdict)
    ]
    # (no parliament, no label naming a country, no question: nobody's figure)
    assert _found(f"Radio phone-in.\n{turn}", "2024-10-01") == [(None, float(said), "unverifiable")]


@pytest.mark.parametrize("said, verdict", [("2.12", "supported"), ("2.21", "contradicted")])
def test_our_spending_in_the_turn_of_a_speaker_the_label_names(said, verdict):
    text = f"MERZ: Our spending last year was {said} percent of GDP."
    assert _found(text, "2025-03-20") == [("Germany", float(said), verdict)]


@pytest.mark.parametrize("said, verdict", [("2.00", "supported"), ("2.20", "contradicted")])
def test_we_in_the_answer_to_a_question_about_one_ally(said, verdict):
    text = f"REPORTER: And Slovakia?\nMINISTER: We are at {said} percent of GDP this year."
    assert _found(text, "2024-10-01") == [("Slovakia", float(said), verdict)]
