"""A count of persons followed by a people's adjective and a noun of the armed forces ('171,000
Italian military personnel') is that ally's military personnel, whoever the sentence's subject
is ('NATO counts 171,000 Italian troops'); troops of a people placed somewhere ('5,000 German soldiers in Lithuania')
are troops sent there, not a count of the ally's forces.

Values: NATO 2025 edition (28 August 2025), military personnel in thousands,
`milex.observations("personnel", "Italy", years=[2024, 2025], edition=2025)`: Italy 2025
171.16; Türkiye 2025 494.47.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-20"


def _claims(text: str) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.kind == "personnel"]


@pytest.mark.parametrize(("count", "verdict"), [("171,000", "supported"),
                                                ("191,000", "contradicted")])  # fmt: skip
def test_a_peoples_adjective_names_whose_forces_are_counted(count, verdict):
    (c,) = _claims(f"The alliance's tables count {count} Italian military personnel this year.")
    assert (c.claim.subject, c.claim.year, c.verdict) == ("Italy", 2025, verdict)
    # troops of a people placed abroad are no count of its forces
    assert _claims("There are 494,000 Turkish soldiers stationed in Cyprus this year.") == []
    assert _claims("Some 5,000 German troops are in Lithuania this year.") == []
