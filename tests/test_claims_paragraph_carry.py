"""A paragraph that opens on a sentence naming no one ('Spending grew 4.4% in real terms.')
right after a paragraph that spoke of one country only goes on with that country, as a
sentence of the same paragraph does; it was left unread as no one's figure. Not when it names
a name it does not know, speaks of several ('All three governments ...') or quotes.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations("real_change",
"United Kingdom", years=[2025], edition=2025)`): United Kingdom real change 2025 4.43%; share
of GDP 2025 2.40%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-12-05"
LEAD = "Britain is estimated to spend 2.4% of GDP on defence in 2025, NATO says.\n"


@pytest.mark.parametrize(
    "follow, verdict",
    [
        ("Spending grew 4.4% in real terms.", "supported"),
        ("Real-terms growth is 4.4%.", "supported"),
        ("Spending grew 7.5% in real terms.", "contradicted"),
    ],
)  # fmt: skip
def test_a_paragraph_naming_no_one_goes_on_with_the_one_country(follow, verdict):
    claims = milex.check(LEAD + follow, date=DAY).claims
    (change,) = [c for c in claims if c.claim.kind == "real_change"]
    assert (change.claim.subject_code, change.claim.year, change.verdict) == (
        "GBR",
        2025,
        verdict,
    )
