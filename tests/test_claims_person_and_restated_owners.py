"""Owners of a figure whose clause names no ally:

- 'his own country' after a sentence that names a known leader ('President Andrzej Duda
  wants ...'): the leader's country;
- 'the figure' in a later clause of the sentence ('Finland spends about 2 percent of GDP,
  but counting the jets, the figure rises to roughly 2.4 percent'): the figure of the one
  ally the clauses before named, with its measure.

Values looked up with milex.observations:
- NATO 2024 edition, Table 3, 2024: Poland 4.12%, Finland 2.41% of GDP.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.kind, c.claim.value, str(c.claim.subject), c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize(("level", "verdict"), [("4.1", "supported"), ("3.1", "contradicted")])
@pytest.mark.parametrize("pointer", ["His own country", "His country"])
def test_his_own_country_is_the_named_leaders(level, verdict, pointer):
    text = (f"President Andrzej Duda urged allies to aim for 3% of GDP. {pointer} is already at "
            f"{level}% this year, according to NATO's estimates.")  # fmt: skip
    assert ("share_of_gdp", float(level), "Poland", 2024, verdict) in _found(text, "2024-09-10")


@pytest.mark.parametrize(("level", "verdict"), [("2.4", "supported"), ("3.2", "contradicted")])
def test_the_figure_of_a_later_clause_is_the_allys(level, verdict):
    text = (f"Finland spends roughly 2 percent of GDP on defence, but once the new jets are "
            f"counted, the figure rises to about {level} percent, NATO says.")  # fmt: skip
    assert ("share_of_gdp", float(level), "Finland", 2024, verdict) in _found(text, "2025-04-05")
