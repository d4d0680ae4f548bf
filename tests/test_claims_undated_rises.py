"""A rise named as a noun after 'a' or 'an' ('spoke of a 60 per cent increase in military
spending') in a sentence with no time at all and no word of real terms: over which years, and
whether done or planned, the words do not say: read as the latest year's real change, it may
support but never contradict. A verb of change, or a noun rise dated in its sentence, is still
judged.

Official values (milex.observations("real_change", "Canada", years=[2019], edition=2019) and
years=[2024], edition=2024): NATO 2019 edition, Canada 2019 real change 0.00 (0.005, estimate);
2024 edition, Canada 2024 5.46 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str]]:
    return [(c.claim.value, c.verdict, c.claim.kind) for c in milex.check(text, date=day).claims]


@pytest.mark.parametrize(
    "text, day",
    [
        ("In the televised debate, Canada's prime minister cited a 60 per cent increase in "
         "defence spending.", "2019-12-03"),
        ("The prime minister defended Canada's record. He boasted of a 60 per cent increase in "
         "military spending.", "2019-12-03"),
        ("Ottawa has delivered an 85% increase in defence spending, the minister told "
         "reporters.", "2024-06-20"),
    ],
)  # fmt: skip
def test_a_noun_rise_with_no_time_is_not_one_years_change(text, day):
    assert [v for _, v, _ in judged(text, day)] == ["unverifiable"]
    # the latest year's change named so agrees: supported
    text = "Ottawa has delivered a 5.5% increase in defence spending, the minister told reporters."
    assert judged(text, "2024-06-20") == [(5.5, "supported", "real_change")]
    # a noun rise dated in its sentence, or a verb of change, is still judged
    text = "Canada recorded a 30 per cent increase in defence spending this year, NATO estimates."
    assert judged(text, "2024-06-20") == [(30.0, "contradicted", "real_change")]
    text = "Canada's defence spending rose 60 per cent."
    assert judged(text, "2019-12-03") == [(60.0, "contradicted", "real_change")]
