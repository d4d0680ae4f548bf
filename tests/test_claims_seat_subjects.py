"""A seat of government that opens a sentence naming no ally ('The Elysee insists ...',
'Downing Street says ...') stands for its country, which the sentences after it go on speaking
of (interpret._seat_subject).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "France",
years=[2024], edition=2024): France 2024: 2.06.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("2.06", "supported"), ("2.36", "contradicted")])
def test_the_country_of_a_seat_of_government_goes_on(share, verdict):
    text = ("The Elysee insists the 2% bar was cleared again. NATO's new tables agree: "
            f"{share}% of GDP this year.")  # fmt: skip
    got = {c.claim.value: (c.claim.subject, c.verdict)
           for c in milex.check(text, date="2024-07-15").claims}  # fmt: skip
    assert got[float(share)] == ("France", verdict)
