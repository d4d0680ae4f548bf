"""Places among the world's military spenders (SIPRI's countries, by current US dollars).

- A place beyond the top 15 was left unverifiable, for SIPRI has no figure for some countries.
  Those countries could only push a place further down: a place the text gives that matches
  the order of the countries with figures is supported, one higher than that order is
  contradicted, one lower stays unverifiable.
- 'SIPRI's figures place Japan 10th in the world': 'place' as the verb of a rank.
- 'It ranks seventh in the world' after a sentence on a country outside NATO, or 'in dollar
  terms it now ranks 12th' after one on Israel: that country's place in the world (only SIPRI
  ranks it), judged on SIPRI's order whether the text names SIPRI or not.

Order of SIPRI's April 2025 release by 2024 spending in current US dollars, countries only,
from milex.observations("spending_usd_current", None, years=[2024], source="SIPRI"): 1 United
States, 2 China, 3 Russia, 4 Germany, 5 India, 6 United Kingdom, 7 Saudi Arabia (80,331 m),
8 Ukraine, 9 France, 10 Japan (55,274 m), 11 Korea, South, 12 Israel (46,505 m), 13 Poland,
14 Italy, 15 Australia, 16 Canada, 17 Türkiye (24,979 m), ... 29 Pakistan (10,166 m).
"""

import milex

DATE = "2025-05-20"


def _place(text):
    (c,) = [c for c in milex.check(text, date=DATE).claims if c.claim.kind == "ranking"]
    return c.claim.subject, c.claim.value, c.verdict


def test_a_place_far_down_the_world_list():
    said = "According to SIPRI, Türkiye was the {}-largest military spender in the world in 2024."
    assert _place(said.format("17th")) == ("Türkiye", 17.0, "supported")
    assert _place(said.format("14th")) == ("Türkiye", 14.0, "contradicted")
    assert _place(said.format("20th")) == ("Türkiye", 20.0, "unverifiable")
    said = "SIPRI's tables for 2024 have Pakistan as the {} biggest spender in the world."
    assert _place(said.format("29th"))[2] == "supported"


def test_place_as_the_verb_of_a_rank():
    said = "SIPRI's figures for 2024 place {} {} in the world."
    assert _place(said.format("Japan", "10th")) == ("Japan", 10.0, "supported")
    assert _place(said.format("Japan", "eighth")) == ("Japan", 8.0, "contradicted")
    assert _place(said.format("Poland", "13th")) == ("Poland", 13.0, "supported")


def test_it_carries_the_country_outside_nato_to_its_world_place():
    said = "Saudi Arabia laid out $80.3 billion last year, SIPRI says. It ranks {} in the world."
    assert _place(said.format("seventh")) == ("Saudi Arabia", 7.0, "supported")
    assert _place(said.format("fifth")) == ("Saudi Arabia", 5.0, "contradicted")
    said = "Israel raised its military spending to $46.5 billion in 2024. In dollar terms it now ranks {}."
    assert _place(said.format("12th")) == ("Israel", 12.0, "supported")
    # (no source named: only SIPRI ranks the world, as test_claims_outside_ranks has it)
    assert _place(said.format("10th")) == ("Israel", 10.0, "contradicted")
