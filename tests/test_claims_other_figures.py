"""The claim checker leaves out figures that are not defence spending, though said beside it:
a share of the state's revenues ('11% of its budget revenues, which come to 40% of GDP'), the
size of the economy ('its GDP is almost EUR 64 billion') and the parts a budget includes
('EUR 80 million for a new radar'); a share 'on its own forces' is defence spending.

Official values in the comments are NATO's, 2024 edition, read with
`milex.observations(measure, "Slovenia", years=[2024], edition=2024)`: Slovenia 2024 share of
GDP 1.29, spending EUR 880.0 m (national currency, current prices).
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> list[tuple[str, str, float | None]]:
    """(verdict, subject, value) of every claim the checker finds."""
    report = milex.check(text, date=DAY)
    return [(c.verdict, str(c.claim.subject), c.claim.value) for c in report.claims]


def test_a_share_of_revenues_is_no_claim():
    found = claims(
        "Were Slovakia to spend 3.5% of GDP on defence, about 11% of its budget revenues, "
        "which come to 40% of GDP, would go on its military."
    )
    assert [c for c in found if c[2] in (11.0, 40.0)] == []


def test_the_size_of_the_economy_is_no_claim():
    found = claims(
        "Slovenia should spend more on defence, the minister said, noting that its GDP is "
        "almost EUR 64 billion."
    )
    assert [c for c in found if c[2] == 64.0] == []


def test_the_parts_a_budget_includes_are_no_claims():
    found = claims(
        "Slovenia's defence budget for this year includes EUR 80 million for a new radar and "
        "EUR 30 million for research."
    )
    assert [c for c in found if c[2] in (80.0, 30.0)] == []
    # what goes on its own forces is defence spending: a wrong share is contradicted
    assert claims("Slovenia spends 1.9% of GDP on its own forces this year.") == [
        ("contradicted", "Slovenia", 1.9)
    ]
    assert claims("Slovenia spends 1.29% of GDP on its own forces this year.") == [
        ("supported", "Slovenia", 1.29)
    ]
