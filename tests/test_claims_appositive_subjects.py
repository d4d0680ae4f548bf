"""An appositive set off by commas after the ally that opens the clause ('Italy, long a
favourite target of American criticism, spent ...') describes that ally: a country it names
is not the figure's subject (context._objects_in_appositions).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Italy",
years=[2024], edition=2024): Italy 2024: 1.49 (United States 2024: 3.38).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("1.49", "supported"), ("1.69", "contradicted")])
def test_the_ally_described_is_the_subject(share, verdict):
    text = f"Italy, long a favourite target of American criticism, spent {share}% of GDP in 2024."
    got = [(c.claim.subject, c.verdict) for c in milex.check(text, date="2024-07-20").claims]
    assert got == [("Italy", verdict)]
