"""Places in SIPRI's world list of spenders, in the shapes outlets outside Europe use.

- 'the world's 11th largest military spender' after the country's share of GDP is a place by
  money (SIPRI ranks the world by money only), as is 'placing it 15th in the world' in a
  sentence that gives the country's spending in dollars; 'the 9th highest rate globally' is
  not.
- 'China, the second biggest, ...' after a world rank is a place of its own in that list.
- 'the seventh largest globally' after a first place in a region is read; the first place
  'in the Middle East' (or 'in Asia') is a place in a region, which milex does not rank.
- A fact box's line 'Global rank: 10th' under the country's name is that country's place.

Values (SIPRI's April 2025 release, current US dollars, 2024, as milex ranks them: 152
countries with figures): United States 1st, China 2nd, India 5th, Saudi Arabia 7th, Japan
10th, South Korea 11th, Australia 15th; South Korea USD 47,571 m and 2.56% of GDP;
Australia USD 33,820 m and 1.88% of GDP; Saudi Arabia USD 80,331 m; Japan USD 55,274 m.
"""

from __future__ import annotations

import milex


def _ranks(text: str, day: str = "2025-05-02") -> dict:
    return {c.claim.subject: c for c in milex.check(text, date=day).claims
            if c.claim.kind == "ranking"}  # fmt: skip


def test_a_world_spender_place_after_a_share_is_by_money():
    got = _ranks("South Korea spent $47.6 billion on defence in 2024, or 2.6% of GDP, which "
                 "made it the world's 11th largest military spender, SIPRI said.")  # fmt: skip
    assert (got["South Korea"].verdict, got["South Korea"].claim.measure) == (
        "supported",
        "spending_usd_current",
    )
    got = _ranks("South Korea spent $47.6 billion on defence in 2024, or 2.6% of GDP, which "
                 "made it the world's eighth largest military spender, SIPRI said.")  # fmt: skip
    assert got["South Korea"].verdict == "contradicted"


def test_placing_it_in_the_world_after_dollars_is_by_money():
    got = _ranks("According to SIPRI, Australia spent US$33.8 billion in 2024, or 1.9% of GDP, "
                 "putting it 15th in the world.")  # fmt: skip
    assert got["Australia"].verdict == "supported"
    got = _ranks("According to SIPRI, Australia spent US$33.8 billion in 2024, or 1.9% of GDP, "
                 "putting it 12th in the world.")  # fmt: skip
    assert got["Australia"].verdict == "contradicted"


def test_a_rank_set_beside_a_country_as_an_aside():
    text = ("SIPRI ranks India as the world's fifth largest military spender in 2024. "
            "China, the second largest, spent far more.")  # fmt: skip
    got = _ranks(text)
    assert (got["China"].verdict, got["China"].claim.value) == ("supported", 2.0)
    got = _ranks(text.replace("second largest", "third largest"))
    assert got["China"].verdict == "contradicted"


def test_a_place_in_a_region_is_not_a_world_place():
    got = _ranks("In 2024 Saudi Arabia stayed the biggest military spender in the Middle East "
                 "and the seventh largest globally, SIPRI says.")  # fmt: skip
    assert [(c.claim.value, c.verdict) for c in got.values()] == [(7.0, "supported")]
    assert not _ranks("Japan was the third largest military spender in Asia in 2024, SIPRI said.")


def test_a_fact_box_line_gives_the_place():
    box = "Japan\n- Military spending 2024: $55.3bn\n- Share of GDP: 1.4%\n- Global rank: {}\nSource: SIPRI"
    got = _ranks(box.format("10th"))
    assert (got["Japan"].verdict, got["Japan"].claim.year) == ("supported", 2024)
    assert _ranks(box.format("8th"))["Japan"].verdict == "contradicted"
