"""A paragraph opening on a sentence whose only subject is 'the country' or 'it' goes on
with the one country of the paragraph before, and words such as 'ally' late in that
sentence ('more than any other ally') do not make it about several (the share had no
subject).

Official values (NATO 2024 edition, 17 June 2024, Poland 2024 estimates): 4.12% of GDP;
51.13% of defence spending on major equipment.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize("share, verdict", [(51, "supported"), (31, "contradicted")])
def test_the_country_opening_a_paragraph_is_the_one_before(share, verdict):
    text = ("Poland will put 4.12% of GDP into defence this year, NATO estimates.\n\n"
            f"Much of that buys kit: the country devotes {share}% of its defence spending to "
            "major equipment, more than any other ally.")  # fmt: skip
    found = {c.claim.kind: (c.claim.subject, c.verdict)
             for c in milex.check(text, date="2024-09-15").claims}  # fmt: skip
    assert found["equipment_share"] == ("Poland", verdict)
