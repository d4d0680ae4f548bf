"""A small share set against Wales's equipment guideline ('Slovenia, at 8%, is furthest from
the 20% guideline'), after a sentence about equipment, is a share of defence spending on
equipment, not of GDP, however small.

Values from NATO's June 2019 edition (25 June 2019), Table 8a, equipment as a share of
defence spending, 2019e: Slovenia 7.96, Poland 23.87.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str = "2019-07-01") -> dict:
    return {(c.claim.kind, c.claim.subject_code, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


def test_a_small_share_beside_the_equipment_guideline():
    lead = "Poland puts 23.9% of its defence budget into major equipment this year. "
    got = verdicts(lead + "Slovenia, at 8%, remains furthest from the 20% guideline.")
    assert got[("equipment_share", "SVN", 8.0)] == "supported"
    got = verdicts(lead + "Slovenia, at 4%, remains furthest from the 20% guideline.")
    assert got[("equipment_share", "SVN", 4.0)] == "contradicted"
