"""Shares of defence spending (equipment, personnel), not of GDP: a list header naming the
measure in the possessive ('Personnel's share of defence budgets, 2025:'); a bare figure after
a budget share in the same sentence ('Italy spends 59.4% of its budget on personnel and
Greece 55.9%, against 25.2% for the US'), which takes that share's measure; and a topic of
equipment shares that a figure read as of GDP only for want of another does not end.

Official values (milex.observations(measure, ally, years=[year], edition=edition)):
NATO 2025 edition, equipment share 2025 (estimates): Poland 54.44, Hungary 44.95, Belgium 14.54.
NATO 2024 edition, personnel share 2024 (estimates): Italy 59.36, Greece 55.92, US 25.22.
NATO 2019 edition, equipment share 2019 (estimates): Luxembourg 44.62, Slovakia 41.68, US 27.51.
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.kind) for c in report.claims]


@pytest.mark.parametrize("hungary, verdict", [("45.0", "supported"), ("49.9", "contradicted")])
def test_possessive_header_names_the_share(hungary, verdict):
    text = (
        f"Equipment's share of defence spending in 2025, NATO estimates:\n- Poland 54.4%\n"
        f"- Hungary {hungary}%\n- Belgium 14.5%"
    )
    assert judged(text, "2025-09-01") == [
        (54.4, "supported", "equipment_share"),
        (float(hungary), verdict, "equipment_share"),
        (14.5, "supported", "equipment_share"),
    ]


@pytest.mark.parametrize("greece, verdict", [("55.9", "supported"), ("51.9", "contradicted")])
def test_bare_figures_after_a_personnel_share_take_its_measure(greece, verdict):
    text = (
        f"On NATO's estimates, Rome puts 59.4% of its defence budget into personnel this year "
        f"and Greece {greece}%, against 25.2% for the United States."
    )
    assert judged(text, "2024-06-25") == [
        (59.4, "supported", "personnel_share"),
        (float(greece), verdict, "personnel_share"),
        (25.2, "supported", "personnel_share"),
    ]


@pytest.mark.parametrize("us, verdict", [("27.5", "supported"), ("32.5", "contradicted")])
def test_an_unsure_figure_does_not_end_the_equipment_topic(us, verdict):
    # the middle sentence's 8.0% could be either share: read as of GDP, with a doubt; the
    # US share after it is still equipment's (27.51)
    text = (
        "This year Luxembourg puts 44.6% of its defence spending into equipment, NATO "
        f"estimates, ahead of Slovakia (41.7%). Slovenia is last at 8.0%. The US share is {us}%."
    )
    got = judged(text, "2019-07-01")
    assert got[-1] == (float(us), verdict, "equipment_share")
