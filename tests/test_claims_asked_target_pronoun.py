"""An explainer's question 'How many allies meet it?' asks of the target a question before it
named ('What does the 2% rule require?'), not of the last level its answer happened to mention
(the 20% of spending for major equipment, agreed at Wales too).

Values from NATO's 2024 edition (allies at or above 2% of GDP, as counted by milex's
verify_alliance from milex.observations("share_of_gdp", years=[2014, 2024], edition=2024)):
23 of 32 in 2024, 3 in 2014.
"""

from __future__ import annotations

import pytest

import milex


def counts(text: str):
    return {c.claim.year: (c.claim.threshold, c.verdict)
            for c in milex.check(text, date="2024-07-03").claims
            if c.claim.kind == "count_meeting"}  # fmt: skip


FAQ = (
    "What is the 2% goal?\n"
    "Allies agreed in 2006 to spend at least 2% of GDP on defence. At Wales in 2014 they also "
    "promised to devote 20% of their defence budgets to major equipment.\n"
    "How many allies meet it?\n"
    "{now} of the 32 this year. In 2014 only {then} did."
)


# (seven allies met the equipment guideline in 2014: read against it, 'seven' was supported)
@pytest.mark.parametrize(
    ("now", "then", "verdict"), [("23", "three", "supported"), ("19", "seven", "contradicted")]
)
def test_it_is_the_target_the_heading_asked_about(now, then, verdict):
    got = counts(FAQ.format(now=now, then=then))
    assert got == {2024: (2.0, verdict), 2014: (2.0, verdict)}

    # (a question naming its own level keeps it)
    got = counts("What is the 2% goal?\nAt least 2% of GDP on defence.\n"
                 "How many allies are at 3% or more?\nSeveral, this year.")  # fmt: skip
    assert all(t == 3.0 for t, _v in got.values())
