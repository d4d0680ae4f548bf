"""'NATO allies' or 'NATO members' as the subject of a change may mean the allies without the
US (NATO's releases headline Europe and Canada's rise): a rise that disagrees with the whole
alliance's but agrees with Europe and Canada's is unverifiable, not contradicted; one that
agrees with neither stays contradicted, and 'the alliance as a whole' names the total.

Official values (NATO 2024 edition, 17 June 2024), real change 2024: NATO total = 10.88,
NATO Europe and Canada = 17.95.
"""

from __future__ import annotations

import pytest

import milex


def _verdict(text: str, value: float) -> str:
    found = {c.claim.value: c for c in milex.check(text, date="2024-06-20").claims}
    return found[value].verdict


@pytest.mark.parametrize("name", ["NATO allies", "NATO members", "The allies"])
@pytest.mark.parametrize("rise, verdict", [
    ("18", "unverifiable"),  # Europe and Canada's 17.95: the other reading the name allows
    ("11", "supported"),  # the whole alliance's 10.88
    ("26", "contradicted"),  # neither
])  # fmt: skip
def test_a_loose_name_of_the_alliance_leaves_europe_and_canada_open(name, rise, verdict):
    text = f"{name} are raising their defence spending by {rise}% in real terms this year."
    assert _verdict(text, float(rise)) == verdict


def test_the_alliance_as_a_whole_names_the_total():
    text = "The alliance as a whole is raising its defence spending by 18% this year."
    assert _verdict(text, 18.0) == "contradicted"
