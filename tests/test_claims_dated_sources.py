"""The source a sentence names for its own figure wins over another body named earlier in the
paragraph, also when NATO's release is named with a date between the name and the noun
("NATO's August figures show", "the alliance's June 2025 estimates").

Official value (NATO's 2025 edition, 28 August 2025, Table 3, looked up with
`milex.observations("share_of_gdp", "Spain", years=[2024], edition=2025)`): Spain 2024 = 1.43.
"""

from __future__ import annotations

import pytest

import milex

_TEXT = ("Europe needs EUR 300bn more a year, a think tank estimates. Spain reached {}% of GDP "
         "in 2024, {} show.")  # fmt: skip


@pytest.mark.parametrize("release", ["NATO's August figures", "the alliance's June 2025 estimates"])
@pytest.mark.parametrize("value, verdict", [("1.43", "supported"), ("1.6", "contradicted")])
def test_the_sentence_own_source_wins(release, value, verdict):
    report = milex.check(_TEXT.format(value, release), date="2025-11-20")
    found = {c.claim.value: c for c in report.claims}
    assert found[float(value)].verdict == verdict
    assert found[float(value)].claim.source == "NATO"
