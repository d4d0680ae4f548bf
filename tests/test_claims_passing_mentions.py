"""An ally named in passing, as the other party of a relation ('because of tensions with
Türkiye', 'given its rivalry with Türkiye', 'its long border with ...'), is not whose figures
the clause after a colon gives: the sentence's subject's are (before, the nearest ally
before the figures took them, and Greece's 3.88% was contradicted as Türkiye's). And a
count of allies below a level, dated by the release it was in after the level ('Eight allies
were below 2% in 2024 in last year's report'), is judged on that release: the level between
the count and the release's words is part of the count, no other figure the release dates.

Official values: NATO 2024 edition, Greece 2022 3.88, 2023 2.80, 2024 3.08 (share of GDP);
23 of 31 allies with figures at or above 2% in 2024 (8 below); the 2025 edition has 18.
"""

from __future__ import annotations

import milex


def _read(text: str, day: str) -> dict[float, tuple[str, str, int | None]]:
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=day).claims
    }


def test_figures_after_a_colon_are_the_subjects_not_the_rivals():
    got = _read("Greece keeps its spending high because of tensions with Türkiye: 3.88% of GDP "
                "in 2022 and 2.80% in 2023.", "2024-08-20")  # fmt: skip
    assert got[3.88] == ("supported", "Greece", 2022)
    assert got[2.8] == ("supported", "Greece", 2023)


def test_a_wrong_figure_there_is_contradicted_as_the_subjects():
    got = _read("Greece keeps spending high given its rivalry with Türkiye: 3.80% of GDP in "
                "2024.", "2024-08-20")  # fmt: skip
    assert got[3.8] == ("contradicted", "Greece", 2024)  # 3.08


def test_the_rival_named_as_the_subject_keeps_its_figure():
    got = _read("Given the tensions with Greece, Türkiye spent 2.09% of GDP in 2024.",
                "2024-08-20")  # fmt: skip
    assert got[2.09] == ("supported", "Türkiye", 2024)


def test_a_count_below_a_level_in_last_years_report_is_judged_on_that_report():
    got = _read("Eight allies were below 2% in 2024 in last year's report.", "2025-09-01")
    assert got[8] == ("supported", "NATO", 2024)


def test_a_wrong_count_in_last_years_report_is_contradicted_on_it():
    got = _read("Twelve allies were below 2% in 2024 in last year's report.", "2025-09-01")
    assert got[12] == ("contradicted", "NATO", 2024)


def test_a_release_past_a_dash_is_another_counts():
    got = {c.claim.value: c.claim.named_edition for c in milex.check(
        "Under the core definition 28 allies hit 2% in 2025 - last year's report, using the "
        "old basis, had 30.", date="2026-07-08").claims}  # fmt: skip
    assert got[28] is None
