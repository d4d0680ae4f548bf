"""A sentence that names no ally but speaks in the first person ('Deputy: Our country now
spends above four percent of GDP', in the Sejm; '"We are at 2.1 per cent," the minister
said') has its figures read for the speaker's ally; that ally is then the subject the text
goes on with: the minister's reply in the next turn ('Four point one two, on the alliance's
estimate'), the next sentence's 'the country'.

Official values (NATO 2024 edition, 17 June 2024): `milex.observations("share_of_gdp",
"Poland", years=[2024], edition=2024)` 4.12%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2024-10-09"


@pytest.mark.parametrize(("said", "value", "verdict"), [
    ("Four point one two", 4.12, "supported"),
    ("Four point two one", 4.21, "contradicted"),  # Poland: 4.12
])  # fmt: skip
def test_the_reply_goes_on_with_the_speakers_ally(said, value, verdict):
    text = ("Question time in the Sejm. Deputy: Our country now spends above four percent of "
            f"GDP on defence. Minister: {said}, on the alliance's estimate.")  # fmt: skip
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    assert (claim.verdict, claim.claim.subject, claim.claim.year) == (verdict, "Poland", 2024)
