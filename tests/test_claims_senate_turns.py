"""A senator's label ('Senator Lane:') names a seat in a chamber many allies have, so it says
nothing of whose 'we' the turn speaks: the speaker is of the ally whose senate the text names
before the turns ('the Canadian Senate', 'the Senate of Canada'), and when it names none the
turn's 'we' has no country and its figures are left unjudged (interpret._setting).

Values from NATO's 2024 edition (17 June 2024), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Canada 2024 = 1.37,
United States 2024 = 3.38.
"""

from __future__ import annotations

import milex

DAY = "2024-11-20"


def found(text: str) -> list:
    return [(c.claim.subject, c.claim.value, c.verdict) for c in milex.check(text, date=DAY).claims]


def test_a_senator_of_no_named_senate_speaks_for_no_ally():
    text = "Senate committee hearing\nSenator Lane: Minister, we remain well below NATO's 2%."
    assert not [c for c in found(text) if c[2] in ("supported", "contradicted")]
    text = "Senate committee hearing\nSenator Lane: Minister, NATO now has us at 1.37% of GDP."
    assert not [c for c in found(text) if c[0] == "United States"]


def test_a_senator_of_a_named_senate_speaks_for_its_ally():
    head = "Canadian Senate, committee hearing\nSenator Lane: Minister, "
    assert found(head + "NATO now has us at 1.37% of GDP.") == [("Canada", 1.37, "supported")]
    assert found(head + "NATO now has us at 1.62% of GDP.") == [("Canada", 1.62, "contradicted")]
    head = "Hearing of the Senate of Canada\nSenator Lane: Minister, "
    assert found(head + "we remain well below NATO's 2%.") == [("Canada", 2.0, "supported")]
