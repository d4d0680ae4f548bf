"""A speaker's turn that ends on '?' asks, whatever its words: 'HOST: So Estonia is at 3.5% of
GDP?' is no claim (it had been contradicted), and the answer's figure is judged.

Official value (NATO 2024 edition, 17 June 2024): Estonia 2024 = 3.43% of GDP.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("answer, verdict", [("3.43", "supported"), ("3.34", "contradicted")])
def test_a_turn_that_asks_is_no_claim(answer, verdict):
    text = f"HOST: So Estonia is at 3.5% of GDP?\nGUEST: No, {answer}%."
    found = [(c.claim.value, c.verdict) for c in milex.check(text, date="2025-03-01").claims]
    assert found == [(float(answer), verdict)]
