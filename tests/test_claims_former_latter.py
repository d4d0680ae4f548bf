"""'The former' and 'the latter' opening a sentence point back to the first and the second of
the two countries the sentence before named (by name, capital or people): 'Rome has the bigger
army, Madrid the smaller budget. The latter spends 1.28% of GDP' is Spain's figure. With three
countries named, or 'the former' as an adjective ('the former minister'), nothing is bound.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): Greece 3.08, Türkiye 2.09, Italy 1.49, Spain 1.28.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-06-25").claims if c.claim.value == value]


@pytest.mark.parametrize(
    ("pointer", "level", "subject", "verdict"),
    [
        ("The latter is at", "1.28", "Spain", "supported"),
        ("The latter is at", "1.6", "Spain", "contradicted"),
        ("The former is at", "1.49", "Italy", "supported"),
        ("The former's share is", "1.9", "Italy", "contradicted"),
    ],
)
def test_pointer_to_the_sentence_before(pointer, level, subject, verdict):
    text = (
        f"Rome has the bigger army, Madrid the smaller budget. {pointer} {level}% of GDP this year."
    )
    found = _of(text, float(level))
    assert len(found) == 1 and found[0].claim.subject == subject
    assert found[0].verdict == verdict


def test_capitals_and_the_former_possessive():
    text = ("Ankara buys the most, Athens spends most for its size. The latter sits at 3.08% "
            "of GDP; the former's share is 2.5%.")  # fmt: skip
    greece, turkey = _of(text, 3.08), _of(text, 2.5)
    assert [c.claim.subject for c in greece] == ["Greece"] and greece[0].verdict == "supported"
    assert [c.claim.subject for c in turkey] == ["Türkiye"] and turkey[0].verdict == "contradicted"


def test_three_named_or_an_adjective_bind_nothing():
    three = "Rome, Athens and Madrid disagree. The former is at 1.9% of GDP this year."
    assert all(c.verdict != "contradicted" for c in _of(three, 1.9))
    adjective = ("Rome has the bigger army, Madrid the smaller budget. The former minister said "
                 "it is at 1.9% of GDP this year.")  # fmt: skip
    assert all(c.claim.subject != "Italy" for c in _of(adjective, 1.9))
    # and two named before, bound as said
    assert [c.claim.subject for c in _of("Rome has the bigger army, Madrid the smaller budget. The former is at 1.9% of GDP this year.", 1.9)] == ["Italy"]  # fmt: skip
