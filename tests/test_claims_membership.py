"""The alliance's size and its enlargements as articles state them, judged on the accession
dates of the membership table: 29 allies from June 2017 (Montenegro), 30 from March 2020
(North Macedonia), 31 from April 2023 (Finland), 32 from March 2024 (Sweden); three allies
joined in 1999 and seven on 29 March 2004."""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, day: str, kind: str):
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict) for c in report.claims if c.claim.kind == kind]


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("Italy ranks 20th among the allies (of 30 in total) for its equipment budget.",
         "2021-10-01", [(30, "supported")]),
        ("Italy ranks 20th among the allies (of 31 in total) for its equipment budget.",
         "2021-10-01", [(31, "contradicted")]),
        # in mid-2023 the alliance had 31 members, 30 of them with defence figures: a 30 tied
        # to 2022 is the size of the alliance then
        ("Only seven of the 30 countries that were allies at the time spent 2% in 2022.",
         "2023-06-20", [(30, "supported")]),
    ],
)  # fmt: skip
def test_the_alliance_size_in_brackets_and_back_then(text, day, expected):
    assert verdicts(text, day, "membership_count") == expected


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("The alliance grew in 1999, when three countries - Poland, Hungary and Czechia - were "
         "admitted.", "2024-03-12", [(3, "supported")]),
        ("Seven countries joined NATO in 2004.", "2024-03-29", [(7, "supported")]),
        ("Five countries joined NATO in 2004.", "2024-03-29", [(5, "contradicted")]),
        # the count is right but the list names an ally that joined in 1999
        ("In 2004, when seven countries - Poland, Estonia, Latvia, Lithuania, Romania, Slovakia "
         "and Slovenia - joined NATO, the alliance reached the Baltic.", "2024-03-29",
         [(7, "contradicted")]),
        ("Ten countries joined the EU in 2004, the year NATO grew too.", "2024-03-29", []),
    ],
)  # fmt: skip
def test_how_many_allies_joined_in_a_year(text, day, expected):
    assert verdicts(text, day, "accession") == expected


def test_a_doubled_apostrophe_from_page_layout_still_makes_a_possessive():
    # 31 allies from 4 April 2023 (Finland) to 7 March 2024 (Sweden)
    text = "Nineteen of the alliance’’s 31 members will reach the 2% mark this year."
    assert verdicts(text, "2023-12-01", "membership_count") == [(31, "supported")]


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # NATO's 2024 edition gives figures for 31 allies (all but Iceland) of the 32
        ("The annual tables came out this week; they cover spending by 31 of the 32 allies.",
         "2024-06-25", [(31, "supported")]),
        ("The annual tables came out this week; they cover spending by 30 of the 32 allies.",
         "2024-06-25", [(30, "contradicted")]),
        # the 2025 edition: 31 allies, 30 of them with a 2025 figure (Germany has none)
        ("NATO's new figures include 30 of its 32 members.", "2025-09-01", [(30, "supported")]),
        # the edition current in August 2023 (July 2023) is not held
        ("The new report covers spending by 30 of the 31 allies.", "2023-08-01",
         [(30, "unverifiable")]),
        # a group of allies at a level is a count, not what an edition covers
        ("The 2% club now includes 23 of the 32 allies.", "2024-06-25", []),
    ],
)  # fmt: skip
def test_how_many_allies_an_edition_covers(text, day, expected):
    assert verdicts(text, day, "coverage") == expected
