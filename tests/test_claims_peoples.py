"""'The Danes are at 2.37% of GDP', 'the Lithuanians spend 2.85%': an ally's people in the
plural after 'the' stands for the ally (it had no subject), while '58% of Danes back ...' is
a people polled.

Official values (NATO 2024 edition, 17 June 2024, 2024 estimates): Denmark 2.37, Lithuania
2.85.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(
    "text, subject, verdict",
    [
        ("The Danes are at 2.37% of GDP this year.", "Denmark", "supported"),
        ("The Danes are at 3.37% of GDP this year.", "Denmark", "contradicted"),
        ("The Lithuanians spend 2.85% of GDP on defence.", "Lithuania", "supported"),
    ],
)
def test_a_people_after_the_is_its_ally(text, subject, verdict):
    (share,) = milex.check(text, date="2024-07-10").claims
    assert (share.claim.subject, share.verdict) == (subject, verdict)


def test_a_people_polled_is_no_subject_of_spending():
    claims = milex.check("A poll found 58% of Danes back spending 3.5%.", date="2024-07-10").claims
    assert all(c.verdict != "contradicted" for c in claims)
