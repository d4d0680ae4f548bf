"""A sentence giving one ally's figures with no time words, right after a sentence giving
another ally as many figures of the same kind, each with its own year ('Denmark: 3.22% this
year, 2.27% last year and 1.15% in 2014. Sweden: 2.51%, 2.31% and 1.07%.'): the years carry
over by position, so each figure is judged in its year, and a wrong one is contradicted.

Official values (NATO's 2025 edition, 28 August 2025, Table 3, looked up with
`milex.observations("share_of_gdp", country, years=[2014, 2024, 2025], edition=2025)`):
Denmark 2014 1.15, 2024 2.27, 2025 3.22; Sweden 2014 1.07, 2024 2.31, 2025 2.51.
"""

from __future__ import annotations

import milex

_DATE = "2025-08-30"
_FIRST = "Denmark: 3.22% this year, 2.27% last year and 1.15% in 2014. "


def _claims(text: str) -> list:
    return [c for c in milex.check(text, date=_DATE).claims if c.claim.subject == "Sweden"]


def test_years_carry_over_by_position():
    found = _claims(_FIRST + "Sweden: 2.51%, 2.31% and 1.07%.")
    assert [(c.claim.value, c.claim.year) for c in found] == [
        (2.51, 2025), (2.31, 2024), (1.07, 2014)]  # fmt: skip
    assert [c.verdict for c in found] == ["supported"] * 3


def test_wrong_figure_in_the_parallel_list_is_contradicted():
    found = _claims(_FIRST + "Sweden: 2.51%, 2.31% and 1.37%.")  # 2014 was 1.07
    assert [(c.claim.value, c.claim.year) for c in found] == [
        (2.51, 2025), (2.31, 2024), (1.37, 2014)]  # fmt: skip
    assert [c.verdict for c in found] == ["supported", "supported", "contradicted"]


def test_counts_that_differ_carry_nothing():
    # two figures against three: no position to go by; as before, the list's own reading
    found = _claims(_FIRST + "Sweden: 2.51% and 2.31%.")
    assert all(c.claim.year == 2025 for c in found)
    found = _claims(_FIRST + "Sweden: 2.51%, 2.31% and 1.07%.")  # (the same count: carried)
    assert found[2].claim.year == 2014
