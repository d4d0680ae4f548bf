"""'The count of states hitting the target', 'the tally of nations meeting it': a count of
the allies, as 'the number of allies' is (these had no claim).

Official values (`milex.counts`, NATO 2024 edition, 17 June 2024): 23 allies at or above 2%
of GDP in 2024, 10 in 2023.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("before, verdict", [(10, "supported"), (12, "contradicted")])
def test_the_count_of_states_is_a_count_of_allies(before, verdict):
    text = f"The count of states hitting the target has risen to 23 from {before} last year."
    found = {c.claim.value: (c.claim.year, c.verdict)
             for c in milex.check(text, date="2024-06-20").claims}  # fmt: skip
    assert found[23.0] == (2024, "supported")
    assert found[float(before)] == (2023, verdict)
