"""Counts that point back to a count or a total given before: 'Of those 31, N meet 2%' after a
sentence about the allies with figures (the total pointed back to, a count of its own, which
had been left unread), and a count of the sentence before put at another number by a NATO
release ('NATO's new tables put that count at N', 'the core series lowers that to N'): the
same level and year, on that release (no claim had been read); a number after a colon that
sums up the allies a clause of meeting listed ("...: five in all").

Counted from milex.observations("share_of_gdp", ALLY, years=[2025, 2026], edition=E) for
each ally: at or above 2% in 2026, 2026 edition: 30 (31 allies with figures); at or above 2%
in 2025: 30 in the 2025 edition, 28 in the 2026 edition (core definition).
"""

import milex

DATE = "2026-07-25"


def _counts(text):
    return [(c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=DATE).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_of_those_n_counts_among_the_allies_named_before():
    base = "Thirty-one allies publish a figure; Iceland has none. Of those 31, {} clear 2% in 2026."
    assert _counts(base.format("30")) == [(30, 2026, "supported")]
    assert _counts(base.format("26")) == [(26, 2026, "contradicted")]


def test_a_count_put_at_another_number_by_a_release():
    before = "In NATO's 2025 edition, 30 allies were at or above 2% in 2025. "
    assert _counts(before + "NATO's new core tables put that count at 28.") == [
        (30, 2025, "supported"),
        (28, 2025, "supported"),
    ]
    assert _counts(before + "NATO's new core tables put that count at 25.") == [
        (30, 2025, "supported"),
        (25, 2025, "contradicted"),
    ]
    # put at another number by someone else, the count is not NATO's
    assert _counts(before + "Analysts put that count at 25.") == [(30, 2025, "supported")]


def test_a_number_summing_up_the_allies_listed_before_a_colon():
    # at or above 3.5% in 2026, 2026 edition: Lithuania, Estonia, Latvia, Poland, Greece (5)
    assert _counts(
        "Only the Baltic states, Poland and Greece clear the 3.5% floor this year: five in all."
    ) == [(5, 2026, "supported")]
    assert _counts("Only Poland and Greece clear the 3.5% floor this year: two in all.") == [
        (2, 2026, "contradicted")
    ]
