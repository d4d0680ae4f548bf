"""Counts of allies meeting a guideline written as a series, in the passive, or as a fact
sheet's lines under a header: each count is read once, with its own year, and the total of
"N of M" is never read as a count.

Official counts (NATO, allies at or above 2% of GDP; `milex.counts("2pct", ...)`):
2024 edition (17 June 2024): 2014: 3 of 28; 2024: 23 of 32 (31 with figures, so 8 below).
2025 edition (28 August 2025): 2014: 3; 2016: 4 of 28; 2020: 8 of 30; 2024: 18 of 32 (31
with figures, so 13 below).
"""

from __future__ import annotations

import pytest

import milex

JULY_2024 = "2024-07-10"  # 2024 edition current
JAN_2026 = "2026-01-22"  # 2025 edition current
JUNE_2024 = "2024-06-19"  # 2024 edition current


def counts(text: str, day: str) -> list[tuple[float, int | None, str]]:
    """(value, year, verdict) of each count of allies, in the order of the text."""
    report = milex.check(text, date=day)
    return [
        (c.claim.value, c.claim.year, c.verdict)
        for c in report.claims
        if c.claim.kind == "count_meeting"
    ]


# --- (a) "N of M" inside a series that shares one verb -------------------------------------


@pytest.mark.parametrize(
    ("now", "verdict"),
    [
        ("23", "supported"),  # 2024 edition, 2024: 23 of 32
        ("26", "contradicted"),
    ],
)
def test_n_of_m_after_and_is_a_count_with_its_total(now, verdict):
    text = f"Three allies met the target in 2014, and {now} of 32 this year, the chief said."
    found = counts(text, JULY_2024)
    # 2014: 3 (2024 edition); the 32 is the membership, never a count of its own
    assert found == [(3, 2014, "supported"), (float(now), 2024, verdict)]


@pytest.mark.parametrize(
    ("values", "verdicts"),
    [
        (("Four", "eight", "18"), ("supported",) * 3),  # 2025 edition: 4, 8, 18
        (("Five", "nine", "23"), ("contradicted",) * 3),
    ],
)
def test_a_series_of_counts_with_one_verb(values, verdicts):
    a, b, c = values
    text = f"{a} allies met the 2% target in 2016, {b} in 2020 and {c} of 31 in 2024, data show."
    found = counts(text, JAN_2026)
    assert [(year, verdict) for _v, year, verdict in found] == list(
        zip((2016, 2020, 2024), verdicts, strict=True)
    )
    assert all(v != 31 for v, _y, _v in found)  # 31: the allies with figures, a total


@pytest.mark.parametrize(
    "tail",
    [
        ", 18 of 31 in 2024.",
        ", and 18 of the 31 with figures in 2024.",
        ", but 18 out of 32 in 2024.",
        ", and in 2024 18 of 31.",
    ],
)
def test_the_last_item_of_a_series_keeps_its_own_year(tail):
    found = counts("Four allies met the 2% target in 2016" + tail, JAN_2026)
    # 2025 edition: 4 in 2016, 18 in 2024 (never 18 in 2016, never 31 or 32 as a count)
    assert found == [(4, 2016, "supported"), (18, 2024, "supported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2024 edition: 3 of 28 at or above 2% in 2014, 23 of 32 in 2024
        (
            "Only three allies hit 2% in 2014, while 23 of the 32 did so in 2024.",
            [(3, 2014, "supported"), (23, 2024, "supported")],
        ),  # fmt: skip
        # 2024 edition: 8 below 2% in 2024; 2020: 20 of the 29 with figures below (21 of 30
        # with Iceland, NATO's framing), never 9 (those at or above)
        (
            "Eight allies remained below 2% in 2024, while 21 of the 30 did so in 2020.",
            [(8, 2024, "supported"), (21, 2020, "supported")],
        ),  # fmt: skip
        (
            "Eight allies remained below 2% in 2024, while 9 of the 30 did so in 2020.",
            [(8, 2024, "supported"), (9, 2020, "contradicted")],
        ),  # fmt: skip
    ],
)
def test_did_so_repeats_the_count_before_it_with_its_comparator(text, expected):
    assert counts(text, JULY_2024) == expected


# --- (b) the passive: "the target was met by N allies" -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2025 edition, 2016: 4 of 28
        ("The 2% target was met by four allies in 2016.", [(4, 2016, "supported")]),
        ("The 2% target was met by four members in 2016.", [(4, 2016, "supported")]),
        ("The 2% target was met by two allies in 2016.", [(2, 2016, "contradicted")]),
        # 2025 edition, 2014: 3 of 28
        (
            "In 2014 the 2% guideline was reached by only three countries.",
            [(3, 2014, "supported")],
        ),  # fmt: skip
        ("The 2% guideline was hit by just six nations in 2014.", [(6, 2014, "contradicted")]),
    ],
)
def test_a_passive_count(text, expected):
    assert counts(text, JAN_2026) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2024 edition, 2024: 8 of the 31 allies with figures below 2% (23 at or above)
        ("The 2% target was missed by eight allies in 2024.", [(8, 2024, "supported")]),
        ("The 2% target was not met by eight allies in 2024.", [(8, 2024, "supported")]),
        ("The target was missed by only eight allies in 2024.", [(8, 2024, "supported")]),
        ("The 2% target was missed by 23 allies in 2024.", [(23, 2024, "contradicted")]),
        # 2024 edition, 2016: 5 of 28 at or above, 22 of the 27 with figures below (23 of 28
        # with Iceland, NATO's framing)
        (
            "The 2% target was met by five members in 2016, but missed by 23 in 2016.",
            [(5, 2016, "supported"), (23, 2016, "supported")],
        ),  # fmt: skip
    ],
)
def test_a_passive_count_of_the_allies_that_miss(text, expected):
    assert counts(text, JULY_2024) == expected


@pytest.mark.parametrize(
    ("values", "verdict"),
    [
        (("four", "eight", "18"), "supported"),  # 2025 edition: 4 (2016), 8 (2020), 18 (2024)
        (("two", "five", "23"), "contradicted"),
    ],
)
def test_a_passive_series_repeats_by(values, verdict):
    a, b, c = values
    text = (
        f"The 2% target was met by {a} members in 2016, by {b} at the end of his first term "
        f"in 2020, and by {c} of the 31 to which it applied in 2024."
    )
    found = counts(text, JAN_2026)
    assert found == [
        (float(_NUMBERS.get(a, a)), 2016, verdict),
        (float(_NUMBERS.get(b, b)), 2020, verdict),
        (float(c), 2024, verdict),
    ]


_NUMBERS = {"two": "2", "four": "4", "five": "5", "eight": "8"}
# --- (c) a fact sheet's lines under a header ------------------------------------------------


@pytest.mark.parametrize(
    ("meeting", "below", "verdict"),
    [
        (23, 8, "supported"),  # 2024 edition, 2024: 23 at or above 2%, 8 below (31 with figures)
        (26, 5, "contradicted"),
    ],
)
def test_label_value_lines_under_a_header(meeting, below, verdict):
    text = f"NATO spending in 2024\nMeeting 2%: {meeting}\nBelow 2%: {below}"
    assert counts(text, JUNE_2024) == [(meeting, 2024, verdict), (below, 2024, verdict)]


@pytest.mark.parametrize(
    "lines",
    [
        "- At or above 2%: {m}\n- Under 2%: {b}",
        "Spending at least 2% of GDP: {m}\nNot meeting 2%: {b}",
        "Meeting the 2% guideline: {m}\nFalling short of 2%: {b}",
        "2% or more: {m}\nLess than 2%: {b}",
    ],
)
def test_other_labels_of_a_fact_sheet(lines):
    text = "Allies' defence spending, 2024 estimates\n" + lines.format(m=23, b=8)
    # 2024 edition, 2024: 23 at or above 2%, 8 below
    assert counts(text, JUNE_2024) == [(23, 2024, "supported"), (8, 2024, "supported")]
    wrong = "Allies' defence spending, 2024 estimates\n" + lines.format(m=20, b=11)
    assert counts(wrong, JUNE_2024) == [(20, 2024, "contradicted"), (11, 2024, "contradicted")]


def test_a_label_count_takes_the_year_of_its_header():
    # 2024 edition, 2019: 7 of 29 at or above 2% (28 with figures), so 21 below; the 9 that
    # the 2019 edition gave at the time is contradicted by the edition current in June 2024
    text = "NATO spending in 2019\nMeeting 2%: {m}\nBelow 2%: {b}"
    assert counts(text.format(m=7, b=21), JUNE_2024) == [
        (7, 2019, "supported"),
        (21, 2019, "supported"),
    ]
    assert counts(text.format(m=9, b=19), JUNE_2024) == [
        (9, 2019, "contradicted"),
        (19, 2019, "contradicted"),
    ]


def test_only_a_label_of_allies_against_a_guideline_under_a_nato_header_is_a_count():
    text = "NATO spending in 2024\nPoland: 4.12%\nMembers: 32\nSummit day: 10\nMeeting 2%: 23"
    assert counts(text, JUNE_2024) == [(23, 2024, "supported")]  # 2024 edition: 23
    # another group's members, or a measure other than a share of GDP: no count of allies
    assert counts("EU members' spending in 2024\nMeeting 2%: 16\nBelow 2%: 6", JUNE_2024) == []
    assert counts("NATO spending in 2024\nReal growth above 2%: 5", JUNE_2024) == []
