"""'one of the allies' names a group the subject belongs to, not the subject: in "Portugal is
one of the allies still short of the guideline, at 1.55% of GDP", the figure is Portugal's.
Read as the alliance's, a true figure was contradicted against NATO's total (2.71%). The
partitive ("one of") is vocabulary in patterns.json (subjects' object_marker_pairs).

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp", A,
years=[2024], edition=2024)`): Portugal 1.55, Canada 1.37 (% of GDP, 2024 estimates).
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-06-25"


def _at(text: str, value: float) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal is one of the allies still short of the guideline, at {v}% of GDP this year.",
        "Portugal, one of the allies still under the guideline, stands at {v}% of GDP.",
        "Portugal remains one of the NATO members below 2%, at {v}% of GDP.",
    ],
)
def test_figure_is_the_subjects_not_the_groups(text):
    (right,) = _at(text.format(v="1.55"), 1.55)
    assert (right.claim.subject, right.claim.year, right.verdict) == ("Portugal", 2024, "supported")
    (wrong,) = _at(text.format(v="1.85"), 1.85)
    assert (wrong.claim.subject, wrong.verdict) == ("Portugal", "contradicted")  # 1.55
