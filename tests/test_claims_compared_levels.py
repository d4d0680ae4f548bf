"""What a figure is set against is not always the figure measured: the level a rise starts from
when the level it rises to came first, a guideline's value beside an ally's own share, and a
text older than every edition held, which later editions cannot prove wrong.

Values (looked up with milex.observations):
- NATO 2024 edition (17 June 2024), share of GDP 2024: United Kingdom 2.33 (estimate).
- NATO 2025 edition (28 August 2025), equipment share of defence spending 2025: Canada 22.55
  (estimate); Wales's guideline on equipment is 20%.
- NATO 2019 edition (25 June 2019), the first held: United States 2018 share of GDP 3.30
  (estimate). No edition held was out in July 2018.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


# 1. "raise to A from B, from about C now": C is where the rise starts, a level measured now


@pytest.mark.parametrize(("now", "verdict"), [("2.3", "supported"), ("1.8", "contradicted")])
def test_the_level_a_pledged_rise_starts_from_is_measured(now, verdict):
    # (the pledge of 3% named after it made the whole sentence read as the UK's pledges)
    found = _of(f"The minister told MPs that the government would lift Britain's military "
                f"budget to 2.5% of GDP from April 2027, from around {now}% now, and would aim "
                "for 3% in the next parliament.", "2025-03-04", float(now))  # fmt: skip
    assert len(found) == 1
    assert found[0].claim.kind == "share_of_gdp" and found[0].claim.subject == "United Kingdom"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict


# 2. A guideline named by its value beside an ally's own equipment share


def test_the_equipment_guideline_beside_an_allys_share_is_not_its_share():
    found = _of("Ottawa put 22.6% of its 2025 defence outlays into major equipment, NATO's "
                "figures show, outdoing the 20% guideline.", "2025-09-10", 20.0)  # fmt: skip
    assert found and all(c.verdict != "contradicted" for c in found)


@pytest.mark.parametrize(("own", "verdict"), [("22.6", "supported"), ("12.6", "contradicted")])
def test_the_allys_own_share_beside_the_guideline_is_still_judged(own, verdict):
    found = _of(f"Ottawa put {own}% of its 2025 defence outlays into major equipment, NATO's "
                "figures show, outdoing the 20% guideline.", "2025-09-10", float(own))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Canada"
    assert found[0].verdict == verdict


def test_an_equipment_share_of_twenty_with_no_guideline_named_is_judged():
    found = _of("In 2025 Canada's equipment share was 20%, NATO's figures show.", "2025-09-10",
                20.0)  # fmt: skip
    assert len(found) == 1 and found[0].verdict == "contradicted"


# 3. Before the first edition held, a later edition contradicts only a figure off by more
# than twice the largest revision seen between editions (share of GDP: about 0.33 points)


def test_a_text_older_than_every_edition_is_contradicted_only_far_beyond_a_revision():
    found = _of("At the summit the president claimed America now spends 4.3% of GDP on "
                "its military.", "2018-07-10", 4.3)  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "United States"
    assert found[0].verdict == "contradicted"  # 3.30 (2019 ed.), 3.26 (2024 ed.): 1 point off
    near = _of("At the summit the president claimed America now spends 3.7% of GDP on "
               "its military.", "2018-07-10", 3.7)  # fmt: skip
    assert near[0].verdict == "unverifiable"  # 0.4 off: beyond one revision, not two


def test_the_same_figure_dated_after_the_first_edition_is_contradicted():
    found = _of("In 2018 America spent 4.3% of GDP on its military, the president claimed.",
                "2019-07-10", 4.3)  # fmt: skip
    assert len(found) == 1 and found[0].claim.year == 2018
    assert found[0].verdict == "contradicted"
