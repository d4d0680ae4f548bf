"""In an interview, 'we' in an answer nobody is named as saying, and the interviewer's 'you',
stand for the interviewee's ally: the one the opening line says the interview is with
('Interview with the Dutch defence minister.'), the one a lead-in puts the quotation in the
mouth of ("Latvia's president, asked about the guideline: "We ...""; 'Asked whether Norway
would keep rising, the minister said: "We ..."'), the one the question right before the answer
asks about ('Is Greece still above three?'), or, in a transcript's asking turn, the one the
answering turn's label speaks for. Where none of these names exactly one ally, 'we' stays
untied.

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", ALLY,
years=[2023, 2024], edition=2024): Netherlands 2024 2.05, 2023 1.66; Latvia 2024 3.15;
Norway 2024 2.20; Greece 2024 3.08; Finland 2024 2.41; Canada 2024 1.37.
"""

from __future__ import annotations

import pytest

import milex


def read(text: str, day: str = "2024-06-25"):
    return [(c.claim.subject, c.claim.value, c.verdict) for c in milex.check(text, date=day).claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("2.05", "supported"), ("2.35", "contradicted")])
def test_the_opening_line_names_the_interviewee(share, verdict):
    got = read("Interview with the Dutch defence minister.\nYou finally crossed the line?\n"
               f'"Yes. This year we are at {share} percent of GDP."')  # fmt: skip
    assert got == [("Netherlands", float(share), verdict)]


def test_the_interviewers_you_is_the_interviewee():
    # (not the ally the question spoke of just before: Sweden's share is 2.14 in 2024)
    got = read("An interview with the Finnish prime minister, in Helsinki.\nSweden joined this "
               'year. You are at 2.41 percent this year. Is that the ceiling?\n"No. A floor."')  # fmt: skip
    assert got == [("Finland", 2.41, "supported")]


@pytest.mark.parametrize(("share", "verdict"), [("3.15", "supported"), ("3.51", "contradicted")])
def test_a_lead_in_names_whose_we(share, verdict):
    got = read(f"Latvia's president, asked how his country compares with Lithuania: \"We spend "
               f'{share} percent of GDP this year."')  # fmt: skip
    assert got == [("Latvia", float(share), verdict)]


def test_a_question_in_the_lead_in_names_whose_we():
    got = read("Asked whether Finland would keep spending at this level, the premier replied: "
               '"We are at 2.41 percent this year."')  # fmt: skip
    assert [(s, v) for s, v, _ in got] == [("Finland", 2.41)]


@pytest.mark.parametrize(("share", "verdict"), [("3.08", "supported"), ("3.80", "contradicted")])
def test_the_question_before_names_whose_we(share, verdict):
    got = read(f'Is Greece still above three?\n"Yes. We are at {share} percent this year."')
    assert got == [("Greece", float(share), verdict)]
    # without one ally in the question or the opening line, 'we' stays untied
    for text in (
        'Are Greece and Finland both above two?\n"We are at 3.08 percent this year."',
        'Interview with the Greek and Finnish ministers.\n"We are at 3.08 percent."',
    ):
        assert all(s is None or v != 3.08 or w == "unverifiable" for s, v, w in read(text))


def test_the_asking_turns_you_is_the_answering_turns_ally():
    got = read("Q: Will Canada ever reach two percent?\nTRUDEAU: We have a plan.\n"
               "Q: But you are at 1.37 percent now.\nTRUDEAU: And rising.")  # fmt: skip
    assert got == [("Canada", 1.37, "supported")]


def test_he_after_the_quotation_names_no_other_speaker():
    # (Albania 2024: 2.03 in the 2024 edition; 'He added' is no speaker called 'He')
    got = read("Albania's prime minister, asked about the goal: \"We are at 2.03 percent this "
               'year." He added that the army would grow.')  # fmt: skip
    assert got == [("Albania", 2.03, "supported")]
