"""Counts of allies whose noun or level is left out: 'Thirty of the 31 with figures clear 2%'
(the allies with figures, no noun after the total), 'A year earlier there were ten' and 'the
report of June had counted seven' (a bare number restating the count of the sentence before,
its noun and level in that sentence).

Values from NATO's tables, looked up with milex.observations (Table 3, share of GDP):
- 2026 edition: 30 of the 31 allies with figures at or above 2% in 2026e.
- 2024 edition: 23 allies at or above 2% in 2024e, 10 in 2023, 3 in 2014.
- 2019 edition (June 2019): 7 allies at or above 2% in 2019e.
"""

from __future__ import annotations

import pytest

import milex


def _counts(text: str, date: str) -> list:
    return [(c.claim.value, c.claim.year, c.claim.threshold, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]  # fmt: skip


@pytest.mark.parametrize(("n", "value", "verdict"), [("Thirty", 30.0, "supported"),
                                                     ("Twenty-five", 25.0, "contradicted")])  # fmt: skip
def test_a_count_of_the_allies_with_figures_needs_no_noun(n, value, verdict):
    found = milex.check(f"{n} of the 31 with figures clear 2% this year; only Slovenia does not.",
                        date="2026-07-10").claims  # fmt: skip
    assert [(c.claim.kind, c.claim.value, c.claim.year, c.verdict) for c in found] == [
        ("count_meeting", value, 2026, verdict)
    ]  # (and no share of 2% for Slovenia, which 'does not' clear it)


@pytest.mark.parametrize(
    ("before", "verdict"), [("ten", "supported"), ("fourteen", "contradicted")]
)
def test_there_were_restates_the_count_of_the_sentence_before(before, verdict):
    text = (f"Twenty-three of the 32 allies should spend at least 2% of GDP in 2024. A year "
            f"earlier there were {before}. At the Wales summit in 2014 there were three.")  # fmt: skip
    found = _counts(text, "2024-06-20")
    assert found[0] == (23.0, 2024, 2.0, "supported")
    assert found[1:] == [
        ({"ten": 10.0, "fourteen": 14.0}[before], 2023, 2.0, verdict),
        (3.0, 2014, 2.0, "supported"),
    ], found


@pytest.mark.parametrize(("said", "verdict"), [("seven", "supported"), ("five", "contradicted")])
def test_had_counted_restates_the_count_for_another_report(said, verdict):
    text = (f"Nine allies now reach the 2% guideline, officials said on Friday. Those are "
            f"newer estimates; NATO's June report had counted {said}.")  # fmt: skip
    found = _counts(text, "2019-09-10")  # (the June edition current then)
    value = {"seven": 7.0, "five": 5.0}[said]
    assert [f for f in found if f[0] == value] == [(value, 2019, 2.0, verdict)], found
