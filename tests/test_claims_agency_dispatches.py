"""Terse news-agency dispatches (round r79): the source named in one sentence and the ally's
own-currency sum given bare in the next ("..., NATO figures show. Outlays come to 4,291
million euros."), personnel given in agency shorthand ("the armed forces at 28,400", "will
number 28,400, and ...", "well above the 22,400 of 2023"), and a NATO estimate that "gives"
a share after an aside ("NATO's estimate, released in June, gives 1.59%"), which is the
ally's level, not a value of the 2% guideline.

Figures (milex.observations, 2024 edition): Portugal 1.55% of GDP and EUR 4,290.58 million
(2024), personnel 22.396 thousand (2023) and 28.43 thousand (2024); Hungary 2.11% and HUF
1,730,698 million (2024); Italy 1.50% (2023).
"""

import milex

DAY = "2024-06-19"  # two days after the 2024 edition (17 June 2024)


def _claims(text, date=DAY):
    return [(c.claim.subject_code, c.claim.kind, c.claim.value, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


def _verdicts(text, kind, value, date=DAY):
    return [v for _s, k, x, v in _claims(text, date) if k == kind and x == value]


def test_own_currency_sum_after_a_sentence_naming_nato_is_natos():
    lead = "LISBON, June 19 (Lusa) - Portugal is set to spend 1.55% of GDP on defence this year"
    # EUR 4,290.58 million: 4,291 agrees, 4,150 does not
    assert _verdicts(f"{lead}, NATO figures show. Outlays come to 4,291 million euros.",
                     "spending_amount", 4291.0) == ["supported"]  # fmt: skip
    assert _verdicts(f"{lead}, NATO figures show. Outlays come to 4,150 million euros.",
                     "spending_amount", 4150.0) == ["contradicted"]  # fmt: skip
    # "according to alliance estimates" names NATO too (HUF 1,730,698 million in 2024)
    text = ("Hungary's defence outlays equal 2.11% of GDP in 2024, according to alliance "
            "estimates. They total HUF 1,650 bln.")  # fmt: skip
    assert _verdicts(text, "spending_amount", 1650.0) == ["contradicted"]
    lead = "Portugal is set to spend 1.55% of GDP on defence this year"
    # no body named: perhaps the national budget, on its own definition
    assert "contradicted" not in _verdicts(f"{lead}. Outlays come to 4,150 million euros.",
                                           "spending_amount", 4150.0)  # fmt: skip
    # the next sentence speaks of the budget: a national figure
    text = f"{lead}, NATO figures show. The defence budget is put at 4,150 million euros."
    assert "contradicted" not in _verdicts(text, "spending_amount", 4150.0)


def test_personnel_in_agency_shorthand():
    # 28.43 thousand in 2024, 22.396 thousand in 2023
    text = "Portugal's defence budget is put at EUR 4.3 bln and its armed forces at {}."
    assert _verdicts(text.format("28,400"), "personnel", 28.4) == ["supported"]
    assert _verdicts(text.format("31,400"), "personnel", 31.4) == ["contradicted"]
    text = "Portugal's armed forces will number {}, and 18% of the budget goes to equipment."
    assert _verdicts(text.format("28,400"), "personnel", 28.4) == ["supported"]
    assert _verdicts(text.format("25,100"), "personnel", 25.1) == ["contradicted"]
    text = "Portugal's armed forces number about 28,400 this year, well above the {} of 2023."
    assert _verdicts(text.format("22,400"), "personnel", 22.4) == ["supported"]
    assert _verdicts(text.format("20,400"), "personnel", 20.4) == ["contradicted"]


def test_a_nato_estimate_that_gives_a_share_is_a_level_not_the_guideline():
    # Italy 1.50% in 2023 (2024 edition)
    lead = "Rome's defence minister put Italy's 2023 share at 1.46% of GDP."
    got = _claims(f"{lead} NATO's estimate gives 1.59% for the same year.", "2024-07-10")
    assert ("ITA", "share_of_gdp", 1.59, "contradicted") in got
    got = _claims(f"{lead} NATO's estimate gives 1.50% for the same year.", "2024-07-10")
    assert ("ITA", "share_of_gdp", 1.5, "supported") in got
    got = _claims(f"{lead} NATO's estimate, released in June, gives 1.59% for the same year.",
                  "2024-07-10")  # fmt: skip
    assert not [x for x in got if x[1] == "guideline_value"]
