"""The claim checker on the times of commitments: the year a guideline was agreed (the claim
is that year, the guideline its threshold), a guideline's figure with the deadline its clause
gives it (one claim about the commitment: wrong when the deadline is), a pledge whose time is
words ("in the next parliament"), and the denominator of a count of allies at a guideline
that is the number of allies with figures.

Reference facts (milex.reference.commitments): the 2% guideline was first agreed by defence
ministers in 2006, pledged at Wales on 5 September 2014 (towards 2% within a decade: by 2024)
and made a floor at Vilnius in 2023; The Hague (25 June 2025): 3.5% core by 2035; the UK (25
February 2025): 3% of GDP in the next parliament, no year set.
"""

from __future__ import annotations

import milex


def _claims(text: str, day: str):
    return milex.check(text, date=day).claims


def _of_kind(text: str, day: str, kind: str):
    return [c for c in _claims(text, day) if c.claim.kind == kind]


def test_the_year_a_guideline_was_agreed_is_the_claims_value():
    # 2% first agreed in 2006: the claim states 2006, with the 2% as its threshold
    (c,) = _of_kind("The 2% benchmark, first agreed in 2006, still guides the allies.",
                    "2025-05-01", "commitment_year")  # fmt: skip
    assert (c.claim.value, c.claim.unit, c.claim.threshold) == (2006.0, "year", 2.0)
    assert c.verdict == "supported"


def test_a_wrong_year_for_a_guideline_is_contradicted_as_a_year():
    # first set in 2006, not 2010
    (c,) = _of_kind("The 2% target was first set in 2010.", "2025-05-01", "commitment_year")
    assert (c.claim.value, c.claim.unit) == (2010.0, "year")
    assert c.verdict == "contradicted"


def test_a_guidelines_deadline_in_its_clause_is_part_of_the_one_claim():
    # Wales: towards 2% by 2024, not 2020
    claims = _claims("NATO's Wales pledge was for every ally to reach 2% of GDP by 2020.",
                     "2016-05-01")  # fmt: skip
    assert [(c.claim.kind, c.claim.value, c.verdict) for c in claims] == [
        ("guideline_value", 2.0, "contradicted")
    ]
    assert "the deadline the commitment sets is 2024" in claims[0].explanation
    # The Hague: 3.5% core by 2035, not 2030
    (c,) = _claims("The Hague commitment of 3.5% of GDP on core defence is to be met by 2030.",
                   "2025-09-01")  # fmt: skip
    assert (c.claim.kind, c.claim.value, c.verdict) == ("guideline_value", 3.5, "contradicted")
    # the deadline the commitment sets agrees
    claims = _claims("NATO's Wales pledge was for every ally to reach 2% of GDP by 2024.",
                     "2016-05-01")  # fmt: skip
    assert [(c.claim.kind, c.claim.value, c.verdict) for c in claims] == [
        ("guideline_value", 2.0, "supported")
    ]
    # the deadlines of demands and of national plans stay out of the guideline
    said = [("Poland says all allies should reach 3% by 2030.", "2025-09-01"),
            ("Ottawa's plan gets Canada to 2% by 2032.", "2025-09-01")]  # fmt: skip
    for text, day in said:
        assert all(c.verdict != "contradicted" for c in _claims(text, day)), text
    # an ally's pledge keeps its deadline as a claim of its own (UK: 2.5% from April 2027)
    claims = _claims("Keir Starmer has promised to lift British defence spending to 2.5% of "
                     "GDP by 2031.", "2025-03-05")  # fmt: skip
    got = {(c.claim.kind, c.claim.value): c.verdict for c in claims}
    assert got == {("policy_amount", 2.5): "supported", ("commitment_year", 2031.0): "contradicted"}


def test_a_pledge_timed_in_words_is_the_pledge_those_words_name():
    # UK: 3% in the next parliament (no year set); the year the parliament begins dates it
    (c,) = _claims("London aims to spend 3% of GDP on defence in the following parliament, "
                   "from 2029.", "2025-03-01")  # fmt: skip
    assert (c.claim.kind, c.claim.value, c.verdict) == ("policy_amount", 3.0, "supported")
    # a figure the pledge does not have, in the same words, is still wrong
    (c,) = _claims("London aims to spend 3.5% of GDP on defence in the following parliament, "
                   "from 2029.", "2025-03-01")  # fmt: skip
    assert c.verdict == "contradicted"


def test_a_denominator_equal_to_the_allies_with_figures_is_not_called_wrong():
    # 2025 ed., 2024: 32 members, 31 with figures (Iceland has none); 18 at or above 2%
    claims = _claims("Only 17 of the 31 members met the guideline in 2024.", "2025-09-10")
    members = [c for c in claims if c.claim.kind == "membership_count"]
    assert members and all(c.verdict != "contradicted" for c in members)
    # a denominator that is neither the members nor the allies with figures stays wrong
    claims = _claims("Only 17 of the 28 members met the guideline in 2024.", "2025-09-10")
    (m,) = [c for c in claims if c.claim.kind == "membership_count"]
    assert (m.claim.value, m.verdict) == (28.0, "contradicted")


def test_a_deadline_set_off_by_a_dash_and_another_speaker_is_not_the_guidelines():
    # The Hague's 3.5% core level is due by 2035; the 2028 after the dash is the government's
    # own aim for closing its gap, not a deadline the text gives the guideline
    (c,) = _of_kind("Spain still trails the 3.5% core benchmark - a gap Madrid says it will "
                    "close by 2028.", "2026-08-15", "guideline_value")  # fmt: skip
    assert c.verdict == "supported"
    (c,) = _of_kind("Allies agreed at The Hague to the 3.5% core benchmark, to be met by 2028.",
                    "2026-08-15", "guideline_value")  # fmt: skip
    assert c.verdict == "contradicted"
