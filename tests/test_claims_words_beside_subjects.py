"""Words beside a figure that are not what it is of: a currency's name ('in US dollars') is
no subject; an ally named inside a phrase set off by commas after the clause's ally ('Estonia,
for years in step with Portugal, spends ...') describes that ally; 'down from X%' gives the
level a change started at, not a fall; and equipment named only after a share of personnel
costs ('... as procurement climbs') does not make the share equipment's.

Official values (milex.observations(measure, ally, years=[year], edition=edition)):
NATO 2026 edition, spending in current USD 2026 (estimate, USD mn): France 79,753.
NATO 2024 edition, share of GDP 2024 (estimates): Estonia 3.43, Portugal 1.55.
NATO 2025 edition, real change, NATO Europe and Canada: 2024 18.59, 2025 15.94 (estimates);
Spain 2025 43.11 (estimate).
NATO 2025 edition, personnel share 2025 (estimates): Spain 27.76, Poland 26.75; equipment
share 2025: Spain 32.29, Poland 54.44.
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.subject, c.claim.kind) for c in report.claims]


@pytest.mark.parametrize("amount, verdict", [("79.8", "supported"), ("91.5", "contradicted")])
def test_a_currency_name_is_no_subject(amount, verdict):
    text = (
        f"France's defence budget, counted in US dollars, reaches ${amount}bn in 2026, "
        "according to the alliance's new tables."
    )
    assert judged(text, "2026-07-20") == [(float(amount), verdict, "France", "spending_amount")]


@pytest.mark.parametrize("share, verdict", [("3.43", "supported"), ("3.93", "contradicted")])
def test_an_ally_in_an_apposition_is_not_the_subject(share, verdict):
    text = f"Estonia, for years in step with Portugal, spends {share}% of GDP this year."
    assert judged(text, "2024-06-30") == [(float(share), verdict, "Estonia", "share_of_gdp")]


@pytest.mark.parametrize("before, verdict", [("18.6", "supported"), ("12.6", "contradicted")])
def test_down_from_gives_the_earlier_level(before, verdict):
    # (the change after 'down from' is the earlier year's growth: positive, not a fall)
    text = (
        "The 2025 edition shows real growth of 43.1% for Spain this year. Across European "
        f"allies and Canada the rise is 15.9%, down from {before}% in 2024."
    )
    got = judged(text, "2025-09-01")
    assert got[-1] == (float(before), verdict, "Europe and Canada", "real_change")


@pytest.mark.parametrize("spain, verdict", [("27.8", "supported"), ("37.8", "contradicted")])
def test_equipment_named_after_a_pay_share_is_not_its_measure(spain, verdict):
    text = (
        f"Pay takes {spain}% of Spain's defence budget in 2025 and 26.7% of Poland's as "
        "procurement climbs."
    )
    assert judged(text, "2025-09-20") == [
        (float(spain), verdict, "Spain", "personnel_share"),
        (26.7, "supported", "Poland", "personnel_share"),
    ]


def test_a_reason_clause_naming_equipment_leaves_the_share_unread_as_equipment():
    # the sentence speaks of personnel: the share after it is not set against equipment's 32.29
    text = (
        "Personnel costs take 27.8% of Spain's defence budget this year; Poland's share falls "
        "to 26.7% as procurement rises."
    )
    got = judged(text, "2025-09-20")
    assert all(kind != "equipment_share" for _v, _verdict, _s, kind in got)
    assert (26.7, "supported", "Poland", "personnel_share") in got
