"""Right after a sentence of shares of GDP, a bare number with decimals that a pronoun is said
to be at ('They are at 1.28', 'It is at 1.28') is a share of GDP too, as one after an ally's
name is ('Spain was at 1.28'); the pronoun is then the ally the sentence asks about.

Values (looked up with milex.observations): NATO 2024 edition (17 June 2024), share of GDP
2024 (estimates): France 2.06, Poland 4.12, Spain 1.28.
"""

from __future__ import annotations

import pytest

import milex

_LEAD = "France will spend 2.06% of GDP this year and Poland 4.12%.\n"


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2024-06-20").claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("1.28", "supported"), ("1.58", "contradicted")])
@pytest.mark.parametrize("said", ["They are at", "It is at"])
def test_a_pronoun_at_a_bare_number_after_shares(said, level, verdict):
    found = _of(f'{_LEAD}Asked about Spain, Jens Stoltenberg said: "{said} {level}, which is too '
                'low."', float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "Spain"
    assert found[0].claim.kind == "share_of_gdp" and found[0].claim.year == 2024
    assert found[0].verdict == verdict
