"""Official figures stated right stay right in whatever sentence frames real text puts around
them (an attribution, a quotation, a time word, an aside, a comparison with last year), and
figures stated wrong stay wrong. Values: NATO's 2024 edition (17 June 2024), Table 3, 2024
estimates: Poland 4.12, Spain 1.28, United States 3.38, Estonia 3.43, Latvia 3.15 (fourth),
Lithuania 2.85, Italy 1.49, Greece 3.08; 23 allies at or above 2%, eight below."""

from __future__ import annotations

import itertools

import pytest

import milex

RIGHT = [
    "Poland spends 4.12% of GDP on defence",
    "Spain spends 1.28% of GDP on defence",
    "23 allies meet the 2% target",
    "eight allies remain below 2%",
    "Germany has reached the 2% target",
    "Canada does not meet the 2% target",
    "Italy spends less than 1.5% of GDP on defence",
    "Greece spends more than 3% of GDP on defence",
    "defence spending in Estonia stands at 3.43% of GDP",
    "Latvia, at 3.15%, is fourth in the alliance",
    "Lithuania's defence budget equals 2.85% of GDP",
    "Poland leads the alliance with 4.12%",
    "Poland's spending has risen from 3.26% of GDP last year to 4.12%",  # 2023: 3.26%
    "the number of allies at 2% has risen from 10 last year to 23",  # 2023: 10 allies
]
WRONG = [
    "Poland spends 3.12% of GDP on defence",
    "eleven allies remain below 2%",
    "Spain spends 1.8% of GDP on defence",
]
FRAMES = [
    "{}.", "According to NATO, {}.", "{}, NATO said on Monday.", "\u201c{}\u201d, the minister said.",
    "Officials noted that {}.", "{} \u2014 a figure that surprised many.", "Despite the pressure, {}.",
    "{}, though critics say that is not enough.", "This year {}.", "Now {}.",
    "In 2014 only a handful of allies met the target; now {}.", "Since the war began, {}.",
    "In a speech in Brussels, the secretary general said {}.", "{}, up from last year.",
    "{}, compared with 2014.", "{}, more than in 2014.", "Under the new estimates, {}.",
    "Back in 2014, few predicted that {}.", "{} — double what it spent in 2014.",
    "{}, according to figures published on 17 June.", "Ten years on from the Wales summit, {}.",
    "At 32 members, the alliance is larger than ever, and {}.",
    "The alliance said on Thursday in Brussels that {}.", "{}, the alliance reports.",
    "Spending slipped in 2015, but {}.", "Russia, whose economy is at war, spends far more; {}.",
]  # fmt: skip


def _framed(frame: str, core: str) -> str:
    start = frame.startswith(("{}", "\u201c{}"))
    return frame.format(core[0].upper() + core[1:] if start else core)


@pytest.mark.parametrize("core", RIGHT)
def test_a_right_figure_is_never_called_wrong_in_any_frame(core):
    wrong = [
        (frame, c.claim.text, c.explanation)
        for frame in FRAMES
        for c in milex.check(_framed(frame, core), date="2024-07-10").claims
        if c.verdict == "contradicted"
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("core, frame", list(itertools.product(WRONG, FRAMES)))
def test_a_wrong_figure_is_called_wrong_in_every_frame(core, frame):
    claims = milex.check(_framed(frame, core), date="2024-07-10").claims
    verdicts = [c.verdict for c in claims if c.claim.text.lower() in core.lower()]
    assert verdicts == ["contradicted"], verdicts


MEETING = ["meet the 2% target", "spend at least 2% of GDP on defence", "hit the 2% goal",
           "have reached the 2% guideline", "are at or above 2%", "now meet NATO's spending target",
           "devote at least 2% of GDP to defence", "will meet the 2% goal this year",
           "meet or exceed the 2% target"]  # fmt: skip
MISSING = ["fall short of the 2% target", "spend less than 2% of GDP", "remain below the 2% threshold",
           "miss the 2% goal", "do not meet the 2% target", "have yet to reach 2%",
           "still lag behind the 2% goal", "fail to meet the guideline"]  # fmt: skip


@pytest.mark.parametrize("count, side", [("23", "at"), ("Twenty-three", "at"), ("8", "below"),
                                         ("Eight", "below")])  # fmt: skip
def test_counts_of_allies_meeting_or_missing_in_many_words(count, side):
    """2024 edition, 2024e: 23 allies at or above 2%, 8 below. Each count is right with the
    verbs of its side; with the other side's it is wrong for 2024 (unverifiable when it is
    another year's count: 23 allies were below 2% in 2021)."""
    for noun, predicate in itertools.product(["allies", "NATO members", "of the 32 allies"],
                                             MEETING + MISSING):  # fmt: skip
        right = (side == "at") == (predicate in MEETING)
        text = f"{count} {noun} {predicate}."
        verdicts = [c.verdict for c in milex.check(text, date="2024-07-10").claims
                    if c.claim.kind == "count_meeting"]  # fmt: skip
        if right:
            expected = [["supported"]]
        else:
            expected = [["contradicted"]] + [["unverifiable"]] * (count in ("23", "Twenty-three"))
        assert verdicts in expected, (text, verdicts)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Between 20 and 25 allies meet the 2% target this year.", "supported"),
        ("Between 10 and 15 allies meet the 2% target this year.", "contradicted"),
        ("Roughly 20 allies meet the 2% target this year.", "supported"),
        ("Roughly 30 allies meet the 2% target this year.", "contradicted"),
        ("About 10 allies remain below the 2% target this year.", "contradicted"),
    ],
)  # fmt: skip
def test_counts_in_ranges_and_round_numbers(text, verdict):
    """2024 edition, 2024e: 23 allies at or above 2%: inside 20-25 and 'roughly 20' (a count
    rounded to the ten), outside 10-15 and 'roughly 30'; 8 below 2%, not 'about 10' (a ten is
    too coarse a step for so small a count: 9 to 11)."""
    verdicts = [c.verdict for c in milex.check(text, date="2024-07-10").claims
                if c.claim.kind == "count_meeting"]  # fmt: skip
    assert verdicts == [verdict]
