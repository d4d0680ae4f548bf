"""Places in NATO's tables said in words, with no numeral of a rank table:

- a place set after the ally's name as an aside, scoped to the alliance ('Norway, fifth in the
  alliance at 3.35% of GDP'): ranked by the figure beside it;
- 'military' as the noun a size ranks ('the third-largest military in NATO'): the armed
  forces, NATO's personnel table (not 'the third-largest military budget');
- 'the highest such share of any ally' after a share of spending on equipment: that share's
  table, also with the figure's time between ('51% ... into equipment this year, ...').

Values looked up with milex.observations:
- NATO 2025 edition, Table 3, 2025: Norway 3.35% of GDP, fifth (after Poland 4.48, Lithuania
  4.00, Latvia 3.73, Estonia 3.38).
- NATO 2024 edition, Table 7, 2024: Poland 216.08 thousand, third (after the US and Türkiye).
- NATO 2024 edition, Table 8a, 2024: equipment share Poland 51.13% (highest), Hungary 47.81%
  (second).
"""

from __future__ import annotations

import pytest

import milex


def _ranks(text: str, date: str) -> list[tuple]:
    return [(c.claim.value, str(c.claim.subject), c.claim.measure, c.verdict)
            for c in milex.check(text, date=date).claims if c.claim.kind == "ranking"]  # fmt: skip


@pytest.mark.parametrize(("place", "verdict"), [("fifth", "supported"), ("second", "contradicted")])
def test_a_place_set_after_the_allys_name(place, verdict):
    text = f"Norway, {place} in the alliance at 3.35% of GDP, now outspends the United States."
    assert (float({"fifth": 5, "second": 2}[place]), "Norway", "share_of_gdp",
            verdict) in _ranks(text, "2025-09-01")  # fmt: skip


@pytest.mark.parametrize(("place", "verdict"), [("third", "supported"), ("sixth", "contradicted")])
def test_the_nth_largest_military_is_a_place_by_personnel(place, verdict):
    text = f"According to NATO's new tables, Warsaw now has the {place}-largest military in NATO."
    value = float({"third": 3, "sixth": 6}[place])
    assert (value, "Poland", "personnel", verdict) in _ranks(text, "2024-06-20")


@pytest.mark.parametrize(("ally", "share", "verdict"),
                         [("Poland", "51", "supported"), ("Hungary", "47.8", "contradicted")])  # fmt: skip
def test_the_highest_such_share_ranks_the_equipment_share(ally, share, verdict):
    text = (f"{ally} puts {share}% of its defence money into major equipment this year, the "
            "highest such share of any ally, NATO says.")  # fmt: skip
    assert (1.0, ally, "equipment_share", verdict) in _ranks(text, "2024-06-25")
