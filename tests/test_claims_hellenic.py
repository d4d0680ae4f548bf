"""'Hellenic' is an adjective of Greece, as 'Greek' is: 'Hellenic defence spending is put at
2.85% of GDP this year' is Greece's figure.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), Greece share
of GDP 2025: 2.85 (estimate).
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("level", "verdict"), [("2.85", "supported"), ("3.4", "contradicted")])
def test_hellenic_is_greece(level, verdict):
    text = f"Hellenic defence spending is put at {level}% of GDP this year."
    found = [
        c for c in milex.check(text, date="2025-09-01").claims if c.claim.value == float(level)
    ]
    assert len(found) == 1 and found[0].claim.subject == "Greece"
    assert found[0].claim.year == 2025 and found[0].verdict == verdict
