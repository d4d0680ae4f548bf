"""'The bulk of allied spending, about $968 billion of the $1.47 trillion total': the whole
after a part, called the total in a sentence about allied spending, is the allies' total (it
had been left with no owner).

Official values (NATO 2024 edition, 17 June 2024, 2024 estimates): NATO total USD 1,474.4 bn,
United States USD 967.7 bn.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "whole, verdict",
    [("$1.47 trillion", "supported"), ("$1.74 trillion", "contradicted")],
)
def test_the_total_of_allied_spending_is_the_allies(whole, verdict):
    text = (f"The US accounts for the bulk of allied military spending, about $968 billion of "
            f"the {whole} total.")  # fmt: skip
    found = {c.claim.subject: c.verdict for c in milex.check(text, date="2024-06-25").claims}
    assert found == {"United States": "supported", "NATO": verdict}
