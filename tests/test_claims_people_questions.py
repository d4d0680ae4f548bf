"""A question about one people ('HOST: And the Greeks?') asks about that people's country:
the answer's figure is Greece's, not the ally the turn before spoke of. Without it, the
answer's '3.80% of GDP' was judged as Norway's (and called wrong for Norway).

Official values (NATO 2024 edition, 17 June 2024): `milex.observations("share_of_gdp",
<ally>, years=[2024], edition=2024)` Greece 3.08, Norway 2.20.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-11-20"
BEFORE = "HOST: Norway?\nGUEST: Two point two this year.\nHOST: And the Greeks?\n"


@pytest.mark.parametrize(("answer", "value", "verdict"), [
    ("GUEST: Three point oh eight this year.", 3.08, "supported"),
    ("GUEST: 3.80% of GDP this year.", 3.8, "contradicted"),  # Greece: 3.08
])  # fmt: skip
def test_the_answer_is_of_the_people_asked_about(answer, value, verdict):
    claims = milex.check(BEFORE + answer, date=DAY).claims
    (claim,) = [c for c in claims if c.claim.value == value]
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == (verdict, "Greece", 2024)
