"""A share of the defence budget whose own clause names pay ('Personnel take 28% of UK
spending') is the personnel share, even right after a sentence on equipment: the equipment
carried from the sentence before is not this figure's measure (it was read as the equipment
share and contradicted).

NATO's 2024 edition, milex.observations(MEASURE, "United Kingdom", years=[2024],
edition=2024): equipment_share 36.09, personnel_share 28.23 (estimates).
"""

import milex

UK = "United Kingdom"


def _read(text, date="2024-07-10"):
    return {
        c.claim.value: (c.verdict, c.claim.kind, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_pay_after_equipment_is_the_personnel_share():
    got = _read("The UK devotes 36.1% of its defence budget to major equipment. Personnel "
                "absorb 28% of British spending.")  # fmt: skip
    assert got[36.1] == ("supported", "equipment_share", UK, 2024)
    assert got[28.0] == ("supported", "personnel_share", UK, 2024)


def test_a_wrong_pay_share_is_contradicted_as_pay():
    got = _read("The UK devotes 36.1% of its defence budget to major equipment. Personnel "
                "absorb 38% of British spending.")  # fmt: skip
    assert got[38.0] == ("contradicted", "personnel_share", UK, 2024)
