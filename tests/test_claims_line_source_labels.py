"""Two bodies set against each other sentence by sentence, each sentence opening on a body's
bare name as its figure's label ('SIPRI: 4.2%. NATO: 4.12%.'): the second figure is the
second body's, not the first's carried on.

Values: NATO's 2025 edition, milex.observations("share_of_gdp", "Poland", years=[2024],
edition=2025) = 3.79 (current on 10 September 2025); SIPRI's April 2025 release,
milex.observations("share_of_gdp", "Poland", years=[2024], source="SIPRI") = 4.15.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("3.79", "supported"), ("3.39", "contradicted")])
def test_each_sentences_label_is_its_body(share, verdict):
    report = milex.check(f"Do the two bodies agree on Poland in 2024? SIPRI: 4.2%. NATO: {share}% in 2024.",
                         date="2025-09-10")  # fmt: skip
    got = [(c.claim.source, c.claim.value, c.verdict) for c in report.claims]
    assert got == [("SIPRI", 4.2, "supported"), ("NATO", float(share), verdict)]
