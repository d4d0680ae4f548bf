"""A parliamentary record's title line with no final stop ('Storting, hearing of the ...'),
then a speaker's turn labelled by name and party in brackets ('Ms Berg (H): ...'): the turn
is a sentence of its own, so 'we' in it is the country of the chamber the title names.

Values from NATO's 2024 edition (17 June 2024), Table 3, share of GDP, 2023: Germany 1.64,
Norway 1.81.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str = "2024-09-10") -> dict:
    return {(c.claim.subject_code, c.claim.year, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_we_after_a_long_title_line_is_the_chambers_country():
    got = verdicts("Storting, open hearing of the standing committee on foreign affairs and "
                   "defence\nMs Berg (H): Last year we were at 1.81 per cent of GDP.\n"
                   "Mr Dahl (Ap): No, in 2023 we were at 1.5 per cent.")  # fmt: skip
    assert got == {("NOR", 2023, 1.81): "supported", ("NOR", 2023, 1.5): "contradicted"}


def test_a_label_with_a_seat_and_a_party():
    got = verdicts("Bundestag, budget committee hearing on the defence estimates for next "
                   "year\nMs Keller (Hamburg) (SPD): In 2023 we spent 1.64 per cent of GDP.")  # fmt: skip
    assert got == {("DEU", 2023, 1.64): "supported"}
