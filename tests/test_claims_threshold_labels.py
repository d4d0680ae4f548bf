"""The claim checker on a level that names a class of allies, not an ally's figure: a count's
label with its threshold ('Count >=2% in 2024: 18'), a count's noun before the level ('the
count at or above 2% ...'), a class named after the level ('the 2%+ club'), and a revision
written with an arrow ('23 -> 18'). An ally named in the sentence before does not own the
level.

Official values in the comments, read with `milex.observations("share_of_gdp", ally,
years=[2024], edition=...)` for every ally: Italy 2024 = 1.49 (2024 edition) and 1.50 (2025
edition); allies at or above 2% in 2024: 23 of 32 in the 2024 edition, 18 in the 2025
edition.
"""

from __future__ import annotations

import milex

AFTER_2025_EDITION = "2025-09-10"  # the 2025 edition (28 August 2025) is current


def claims(text: str, date: str = AFTER_2025_EDITION) -> list[tuple[str, str, float, int | None]]:
    report = milex.check(text, date=date)
    return [(c.verdict, c.claim.kind, c.claim.value, c.claim.year) for c in report.claims]


def shares_of(text: str, value: float) -> list[tuple[str, str, float, int | None]]:
    return [c for c in claims(text) if c[1] == "share_of_gdp" and c[2] == value]


def test_a_label_with_a_symbol_is_a_threshold_and_its_count_is_read():
    lead = "Italy put 1.5% of its GDP into defence in 2024.\n"
    # 2025 edition: 18 allies at or above 2% in 2024; the 2% is no figure of Italy's
    assert shares_of(lead + "Count >=2% in 2024: 18", 2.0) == []
    assert ("supported", "count_meeting", 18.0, 2024) in claims(lead + "Count >=2% in 2024: 18")
    assert ("contradicted", "count_meeting", 21.0, 2024) in claims(lead + "Count ≥2% in 2024: 21")


def test_a_bare_label_of_a_level_is_no_figure_of_the_ally_before():
    lead = "Italy put 1.5% of its GDP into defence in 2024.\n"
    for label in ("At or above 2% in 2024: 18", "Above 3.5%: 3", "Tally of 2%-plus spenders: 18"):
        assert shares_of(lead + label, 2.0) == [] and shares_of(lead + label, 3.5) == [], label


def test_a_count_noun_before_the_level_reads_a_count():
    text = "Italy put 1.5% of its GDP into defence in 2024. The count at or above 2% that year: {}."
    assert shares_of(text.format(18), 2.0) == []
    assert ("supported", "count_meeting", 18.0, 2024) in claims(text.format(18))
    assert ("contradicted", "count_meeting", 25.0, 2024) in claims(text.format(25))


def test_a_class_named_after_the_level_is_no_share():
    text = "Italy put 1.5% of its GDP into defence in 2024. The 2%+ club now has 18 members."
    assert shares_of(text, 2.0) == []
    text = "Italy put 1.5% of its GDP into defence in 2024. Few expect it to join the 3.5% club."
    assert shares_of(text, 3.5) == []


def test_an_arrow_between_two_counts_is_a_revision():
    # 2024 edition: 23 in 2024; 2025 edition: 18 in 2024; the first is the earlier estimate
    text = "Allies at or above 2% in 2024 (revised): 23 -> {}."
    found = claims(text.format(18))
    assert ("supported", "count_meeting", 23.0, 2024) in found
    assert ("supported", "count_meeting", 18.0, 2024) in found
    assert ("contradicted", "count_meeting", 20.0, 2024) in claims(text.format(20))
    assert ("supported", "count_meeting", 18.0, 2024) in claims("Count ≥2% in 2024: 23 → 18.")


def test_those_at_a_level_are_the_allies_counted_there():
    # the 2% is no figure of Italy's, and "number 18" is a count, not Italy's rank
    text = "Italy put 1.5% of its GDP into defence in 2024. Those at or above 2% now number 18."
    found = claims(text)
    assert [c for c in found if c[1] in ("share_of_gdp", "ranking") and c[2] in (2.0, 18.0)] == []
    assert any(c[1] == "count_meeting" and c[2] == 18.0 for c in found)


def test_a_clubs_members_are_a_count_at_its_level():
    # 2024 edition: 7 allies at or above 2% in 2022, 23 in 2024 (counted over every ally's
    # share_of_gdp for those years, edition=2024)
    text = "Since the invasion NATO's 2% club has grown from {} members in 2022 to 23 this year."
    found = claims(text.format("seven"), date="2024-06-20")
    assert ("supported", "count_meeting", 7.0, 2022) in found
    assert ("supported", "count_meeting", 23.0, 2024) in found
    assert ("contradicted", "count_meeting", 11.0, 2022) in claims(
        text.format("11"), date="2024-06-20"
    )


def test_a_count_of_allies_in_a_club_and_one_of_a_few_there():
    # 2026 edition (7 July 2026, core defence): 5 allies at or above 3.5% in 2026
    date = "2026-07-10"
    assert ("supported", "count_meeting", 5.0, 2026) in claims(
        "This year five allies sit in the 3.5% club.", date=date
    )
    assert ("contradicted", "count_meeting", 8.0, 2026) in claims(
        "This year eight allies sit in the 3.5% club.", date=date
    )
    found = claims(
        "One more ally enters the 3.5% club, one of {} allies there.".format("five"), date=date
    )
    assert ("supported", "count_meeting", 5.0, 2026) in found
