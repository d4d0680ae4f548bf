"""A count of allies in a relative clause whose verb is a bare 'do' standing for the verb of
meeting before it ('allies ought to meet the 2% guideline, which 23 of the 32 now do') is a
count of allies at that guideline, of the present year. A past 'did' is left alone: which
year it speaks of the words do not say.

Official value (NATO 2024 edition, 17 June 2024, Table 3, counted by milex: allies at or above
2% of GDP in 2024): 23 of 32 (looked up as milex.observations("share_of_gdp", ally,
years=[2024], edition=2024) for each ally; 31 with figures, Iceland has none).
"""

from __future__ import annotations

import pytest

import milex


def counts(text: str, date: str = "2024-12-10") -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.kind == "count_meeting"]


@pytest.mark.parametrize(("n", "verdict"), [("23", "supported"), ("19", "contradicted")])
def test_a_count_whose_bare_do_repeats_meeting(n, verdict):
    found = counts(f"Every member ought to meet the 2% guideline, which {n} out of 32 now do.")
    assert [(c.claim.value, c.claim.year, c.verdict) for c in found] == [(float(n), 2024, verdict)]
