"""A question naming only whom it asks about on a line of its own ('And Belgium?'), then a
bare figure on the next line ('1.30%.'): the figure answers it, the share of that ally in the
year the text spoke of, as when both stand on one line ('And Belgium? 1.30%.').

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Portugal 1.55, Belgium 1.30.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("belgium", "verdict"), [("1.30", "supported"), ("1.9", "contradicted")])
def test_the_next_line_answers_the_question(belgium, verdict):
    text = (
        "Portugal puts 1.55% of its GDP into defence this year, NATO's tables show.\n"
        "And Belgium?\n"
        f"{belgium}%."
    )
    claims = milex.check(text, date="2024-07-20").claims
    found = [c for c in claims if c.claim.value == float(belgium)]
    assert len(found) == 1 and found[0].claim.subject == "Belgium"
    assert found[0].claim.year == 2024 and found[0].verdict == verdict
