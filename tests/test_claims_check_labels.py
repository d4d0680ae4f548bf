"""A fact-check's label opening a line ('What we found: That was true of 2023 (1.60%).') is
no subject: its 'we' is the fact-checker, and the figure after it is of the ally the claim
before named (subjects._check_label_end, labels as data).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Romania",
years=[2023], edition=2024): Romania 2023: 1.60.
"""

from __future__ import annotations

import pytest

import milex


@pytest.mark.parametrize(("share", "verdict"), [("1.60", "supported"), ("1.90", "contradicted")])
def test_a_labels_we_is_not_the_figures_subject(share, verdict):
    text = ('What was claimed: "Romania spends only 1.2% on defence."\n'
            f"What we found: That was true of 2023 ({share}%).")  # fmt: skip
    got = {c.claim.value: (c.claim.subject, c.claim.year, c.verdict)
           for c in milex.check(text, date="2024-07-20").claims}  # fmt: skip
    assert got[float(share)] == ("Romania", 2023, verdict)
