"""SIPRI's subregions of Europe and its regions as the scope of a rank.

- "Spending across Western Europe", "Central Europe's spending", "Europe's military
  spending", and a subregion's possessive right before a sum ("and Central Europe's $75bn")
  name SIPRI's totals for those regions. With SIPRI named, a wrong figure is contradicted;
  with no source named, only supported (writers name parts of Europe loosely).
- A region in the possessive right before a superlative ("the Middle East's
  second-largest spender", "Western Europe's top spender") is where a country ranks: the sum
  after it is the country's, not the region's, and the place is not checked (milex ranks no
  region's countries).

Official values (SIPRI Military Expenditure Database, April 2025 release, 2024, current USD
million): Western Europe 397,381.6; Central Europe 74,974.8; Europe 693,441.7; Middle East
243,328.2; Saudi Arabia 80,330.7; Israel 46,505.3; Germany 88,460. Real change 2024 (from
SIPRI's constant-dollar series): Western Europe 11.85%, Central Europe 26.41%, Europe 17.07%.
"""

from __future__ import annotations

import milex
from milex.claims.model import Checked

_DATE = "2025-05-14"


def _claims(text: str, date: str = _DATE) -> dict[float, Checked]:
    return {c.claim.value: c for c in milex.check(text, date=date).claims}


def test_spending_across_a_subregion_is_sipris_total():
    got = _claims("SIPRI's new figures: spending across Western Europe rose 12% to $397 billion.")
    assert got[397.0].claim.subject_code == "SIPRI:WESTERN_EUROPE"
    assert got[397.0].verdict == "supported" and got[397.0].claim.year == 2024
    assert got[12.0].verdict == "supported"


def test_a_subregions_spending_in_the_possessive():
    got = _claims("Central Europe's spending climbed 26% to $75 billion last year, SIPRI says.")
    assert got[75.0].claim.subject_code == "SIPRI:CENTRAL_EUROPE"
    assert got[75.0].verdict == "supported"
    assert got[26.0].verdict == "supported"


def test_europes_military_spending_is_sipris_region():
    got = _claims("Europe's military spending reached $693 billion last year, SIPRI said.")
    assert got[693.0].claim.subject_code == "SIPRI:EUROPE"
    assert got[693.0].verdict == "supported"


def test_a_second_subregion_named_before_its_own_sum():
    got = _claims(
        "SIPRI puts military spending in Western Europe at $397bn for 2024, and Central "
        "Europe's at $57bn."
    )
    assert got[397.0].verdict == "supported"
    assert got[57.0].claim.subject_code == "SIPRI:CENTRAL_EUROPE"
    assert got[57.0].verdict == "contradicted"  # 74,975 m


def test_a_wrong_subregion_total_with_sipri_named_is_contradicted():
    got = _claims("Spending across Western Europe rose to $367 billion in 2024, SIPRI said.")
    assert got[367.0].verdict == "contradicted"  # 397,382 m


def test_a_subregion_named_loosely_without_a_source_is_not_contradicted():
    got = _claims(
        "NATO's eastern flank, from the Baltics to Eastern Europe, spends $60 billion on defence.",
        "2025-06-20",
    )
    assert got[60.0].verdict != "contradicted"


def test_a_region_before_a_superlative_is_the_scope_of_the_rank():
    got = _claims(
        "According to SIPRI, Israel is the Middle East's second-largest spender at $46.5 "
        "billion, and Germany is Western Europe's top spender, at $80 billion."
    )
    assert got[46.5].claim.subject == "Israel" and got[46.5].verdict == "supported"
    assert got[80.0].claim.subject == "Germany" and got[80.0].verdict == "contradicted"
    assert 2.0 not in got or got[2.0].verdict == "unverifiable"  # no region's ranking held
