"""A time set off by a comma right after a figure, ending the sentence, is the figure's:
'Latvia spent 3.15% last year, and its lowest was 0.94%, in 2014.' (the 0.94% had taken
'last year' and been contradicted).

Official values (NATO 2024 edition, 17 June 2024): Latvia share of GDP 2014 = 0.94, 2024 =
3.15.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("low, verdict", [("0.94", "supported"), ("1.94", "contradicted")])
def test_a_time_ending_the_sentence_after_a_figure_is_its(low, verdict):
    text = f"Latvia spent 3.15% of GDP last year, and its lowest was {low}%, in 2014."
    found = {c.claim.value: (c.claim.year, c.verdict)
             for c in milex.check(text, date="2025-03-01").claims}  # fmt: skip
    assert found[float(low)] == (2014, verdict)
    assert found[3.15] == (2024, "supported")
