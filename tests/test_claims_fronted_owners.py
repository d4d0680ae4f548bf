"""A clause that opens on 'for <ally or group>' and then says 'it is <figure>' gives the figure
to the ally or group it opened on, plural or not ('For the European members and Canada it
comes to ...'), not to the subject of the sentence before.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("share_of_gdp",
"NATO Europe and Canada", years=[2025], edition=2025)`): share of GDP 2025: Europe and
Canada 2.27, Canada 2.01, Italy 2.01, NATO total 2.76.
"""

from __future__ import annotations

import milex

DAY = "2025-09-01"


def _claims(text: str) -> list:
    return milex.check(text, date=DAY).claims


def test_a_fronted_group_owns_the_figure_after_it():
    text = "This year the allies as a whole reach 2.76% of GDP. For European allies and Canada it is 2.27%."
    got = {c.claim.value: c for c in _claims(text)}
    assert got[2.27].claim.subject == "Europe and Canada"
    assert got[2.27].verdict == "supported"


def test_a_wrong_figure_after_a_fronted_group_is_contradicted():
    text = "This year the allies as a whole reach 2.76% of GDP. For European allies and Canada it is 2.47%."
    got = {c.claim.value: c for c in _claims(text)}
    assert got[2.47].claim.subject == "Europe and Canada"
    assert got[2.47].verdict == "contradicted"  # 2.27


def test_a_fronted_group_after_and_is_not_the_first_clause_s_ally():
    text = (
        "The United States is at 3.22% of GDP, and for the European allies and Canada, it is 2.17%."
    )
    got = {c.claim.value: c for c in _claims(text)}
    assert got[2.17].claim.subject == "Europe and Canada"  # not the United States'
    assert got[2.17].verdict == "contradicted"  # 2.27
