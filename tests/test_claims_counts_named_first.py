"""Military personnel whose noun comes before the figure: 'military personnel stood at N',
a labelled row ('Military personnel: N'), 'went from N to M', a noun of the continental press
('N militaires'), and a lead that names no group after a sentence comparing allies.

Values from NATO Table 7 (military personnel, thousands), looked up with
milex.observations("personnel", ally, years=[year], edition=2024), 2024 edition (17 June 2024):
Netherlands 2024e 41.86, 2014 41.22; Romania 2024e 66.62; Portugal 2024e 28.43;
Czechia 2024e 29.48; Greece 2024e 110.83 (the United States, Türkiye and others field more).
"""

from __future__ import annotations

import pytest

import milex


def found(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


@pytest.mark.parametrize(
    ("troops", "verdict"), [("41,860", "supported"), ("48,860", "contradicted")]
)
def test_the_noun_before_its_figure(troops, verdict):
    got = found(
        f"Dutch military personnel stood at {troops} this year, the defence ministry notes."
    )
    assert got[("personnel", "Netherlands", float(troops.replace(",", "")) / 1000)] == verdict
    # money after the same noun is no headcount
    got = found(f"Dutch personnel costs stood at {troops} million euros this year.")
    assert not any(kind == "personnel" for kind, _s, _v in got)


@pytest.mark.parametrize(
    ("troops", "verdict"), [("66,620", "supported"), ("61,620", "contradicted")]
)
def test_a_labelled_row(troops, verdict):
    got = found(f"Romania in figures\nMilitary personnel: {troops}")
    assert got[("personnel", "Romania", float(troops.replace(",", "")) / 1000)] == verdict


@pytest.mark.parametrize(("now", "verdict"), [("41,900", "supported"), ("44,900", "contradicted")])
def test_from_one_level_to_another(now, verdict):
    got = found(f"Since 2014 Dutch military personnel have gone from 41,200 to {now}.")
    assert got[("personnel", "Netherlands", 41.2)] == "supported"  # 2014: 41.22
    assert got[("personnel", "Netherlands", float(now.replace(",", "")) / 1000)] == verdict


@pytest.mark.parametrize(
    ("troops", "verdict"), [("28\u202f430", "supported"), ("25\u202f430", "contradicted")]
)
def test_a_noun_of_the_french_press(troops, verdict):
    got = found(f"Le Portugal compte {troops} militaires cette année.")
    value = float(troops.replace("\u202f", "")) / 1000
    assert got[("personnel", "Portugal", value)] == verdict


def test_a_lead_after_two_allies_compared_names_no_group():
    got = found("Czechia's armed forces now outnumber Portugal's: 29,480 against 28,430. "
                "Greece still leads with 110,830.")  # fmt: skip
    assert got[("personnel", "Czechia", 29.48)] == "supported"
    assert got[("personnel", "Greece", 110.83)] == "supported"
    # Greece is not first of all allies, but the lead may be among the three named only
    assert got[("ranking", "Greece", 1.0)] == "unverifiable"
