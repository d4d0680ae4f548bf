"""'"NATO puts us at 3.38% of GDP," she said' after a paragraph naming where the unnamed
speaker spoke ('Appearing before the Senate Armed Services committee, the army secretary ...'):
with no leader named, the one institution of one ally named earlier in the paragraph says
whose 'us' it is; two allies' institutions, or one in another paragraph, leave it untied.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), United States
share of GDP 2024: 3.38 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-06-12").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("3.38", "supported"), ("4.38", "contradicted")])
def test_us_after_an_institution_of_one_ally_is_that_ally(level, verdict):
    found = _of("Appearing before the Senate Armed Services committee, the army secretary "
                f'defended the budget. "NATO puts us at {level}% of GDP," she said.',
                float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "United States"
    assert found[0].verdict == verdict


def test_institutions_of_two_allies_leave_us_untied():
    found = _of("After talks between the Pentagon and the Bundestag's defence committee, the "
                'official spoke. "NATO puts us at 4.38% of GDP," she said.', 4.38)  # fmt: skip
    assert all(c.verdict != "contradicted" for c in found)


def test_an_institution_in_another_paragraph_leaves_us_untied():
    found = _of("The Senate Armed Services committee met on Tuesday.\n\nThe minister spoke "
                'later. "NATO puts us at 4.38% of GDP," she said.', 4.38)  # fmt: skip
    assert all(c.verdict != "contradicted" for c in found)
