"""A country outside NATO that a sentence is about stays the subject of the next one, as an
ally does: 'Russia is at war. SIPRI puts its 2024 military burden at 7.1% of GDP' is Russia's
(it had no claim at all).

Official values (SIPRI April 2025 release, `milex.observations(..., source="sipri")`):
Russia 2024 7.05% of GDP, Ukraine 2024 34.48%, Poland 2024 4.15%.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-05-01"


@pytest.mark.parametrize(
    "text, subject, verdict",
    [
        ("Russia is fighting a long war. SIPRI puts its 2024 military burden at 7.1% of GDP.",
         "Russia", "supported"),
        ("Russia is fighting a long war. SIPRI puts its 2024 military burden at 5.1% of GDP.",
         "Russia", "contradicted"),
        ("Ukraine spends heavily on its army. It spent 34% of GDP in 2024, SIPRI says.",
         "Ukraine", "supported"),
    ],
)  # fmt: skip
def test_the_country_outside_nato_before_is_the_subject(text, subject, verdict):
    (share,) = milex.check(text, date=DAY).claims
    assert (share.claim.subject, share.verdict) == (subject, verdict)


def test_an_ally_named_in_the_sentence_is_its_subject_still():
    text = "Russia is fighting a long war. Poland spent 4.2% of GDP in 2024, SIPRI says."
    (share,) = milex.check(text, date=DAY).claims
    assert (share.claim.subject, share.verdict) == ("Poland", "supported")
