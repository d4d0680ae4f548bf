"""A hypothesis ('What if ...', 'Had every ally spent 2%, ...', 'Were Belgium to match ...')
frames what its verb would do, not the levels set beside the allies' names inside it: a
figure in brackets after an ally ('Italy (1.49%)'), in apposition ('Canada, at 1.37%,') or
owned ('Portugal's 1.55%') is the ally's level as the writer states it, and is judged. So is
a figure of a clause of its own in the past after 'when' ('would have seemed absurd in 2014,
when it spent barely 1.07%'), and a group's average named before 'of' ('the NATO average of
2.71%'). The hypothetical level itself stays unjudged.

Official values, looked up with `milex.observations("share_of_gdp", ...)`: NATO 2024 edition
(17 June 2024), 2024 estimates: Italy 1.49, Portugal 1.55, Belgium 1.30, Canada 1.37. NATO
2025 edition (28 August 2025): Sweden 2025 = 2.51 (estimate), 2014 = 1.07.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, day: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=day).claims}


@pytest.mark.parametrize(("italy", "verdict"), [("1.49", "supported"), ("1.59", "contradicted")])
def test_a_bracketed_level_inside_a_what_if(italy, verdict):
    text = (f"What if the stragglers just met the 2% floor this year? Portugal (1.55%) and "
            f"Italy ({italy}%) would both have to find billions.")  # fmt: skip
    found = _found(text, "2024-07-01")
    assert (found[float(italy)].claim.subject, found[float(italy)].claim.year) == ("Italy", 2024)
    assert found[float(italy)].verdict == verdict
    assert found[1.55].verdict == "supported"
    assert found.get(2.0) is None or found[2.0].verdict != "contradicted"


@pytest.mark.parametrize(("level", "verdict"), [("1.55", "supported"), ("1.75", "contradicted")])
def test_an_owned_level_inside_an_inverted_condition(level, verdict):
    text = f"Were Belgium to match even Portugal's {level}% this year, it would need billions more."
    found = _found(text, "2024-07-01")[float(level)]
    assert (found.claim.subject, found.claim.year, found.verdict) == ("Portugal", 2024, verdict)
    # the hypothesis's own level, or one ahead, set beside a name is not judged
    for made_up in (
        "If Poland reached 5%, Poland's 5% would dwarf Spain's.",
        "Were Belgium to match Poland's 5% by 2030, it would need billions more.",
    ):
        claims = milex.check(made_up, date="2024-07-01").claims
        assert all(c.verdict == "unverifiable" for c in claims if c.claim.value == 5.0)


@pytest.mark.parametrize(("level", "verdict"), [("1.37", "supported"), ("1.57", "contradicted")])
def test_an_apposed_level_inside_a_counterfactual(level, verdict):
    text = (f"Had every ally already reached 2% of GDP, Canada, at {level}%, would have needed "
            f"billions more.")  # fmt: skip
    found = _found(text, "2024-07-01")
    assert (found[float(level)].claim.subject, found[float(level)].verdict) == ("Canada", verdict)
    assert found.get(2.0) is None or found[2.0].verdict != "contradicted"
    # the level a plan or a condition brings an ally to, beside its name, is not judged
    for plan in ("The plan would take Germany, at 3.55%, past France by 2029.",
                 "If approved, the bill would put Canada's 2.4% within reach.",
                 "Were it to pass, Italy, at 2%, would finally meet the target."):  # fmt: skip
        assert all(c.verdict == "unverifiable" for c in milex.check(plan, date="2024-07-10").claims)


@pytest.mark.parametrize(("then", "verdict"), [("1.07", "supported"), ("1.47", "contradicted")])
def test_a_past_clause_after_when_under_would_have(then, verdict):
    text = (f"Sweden's 2.51% this year would have seemed absurd in 2014, when the country spent "
            f"barely {then}%.")  # fmt: skip
    found = _found(text, "2025-09-15")
    assert (found[2.51].claim.year, found[2.51].verdict) == (2025, "supported")
    assert (found[float(then)].claim.year, found[float(then)].verdict) == (2014, verdict)


@pytest.mark.parametrize(("level", "verdict"), [("2.71", "supported"), ("2.41", "contradicted")])
def test_a_group_average_named_inside_a_condition(level, verdict):
    # NATO 2024 edition (17 June 2024): NATO total share of GDP 2024 = 2.71 (estimate)
    text = (f"If Canada raised its spending to the NATO average of {level}% of GDP this year, "
            f"Ottawa would need billions more.")  # fmt: skip
    found = _found(text, "2024-07-01")[float(level)]
    assert (found.claim.subject_code, found.claim.year, found.verdict) == ("NATO", 2024, verdict)
