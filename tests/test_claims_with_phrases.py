"""The claim checker on a share of GDP followed by a phrase opening on 'with a' that names
another field ('Greece, for one, spent 3.08% with a primary surplus', after a sentence on defence budgets): the phrase says
what goes with the figure, not what it measures, so the figure stays a share spent on defence.
A figure of another field in the phrase, or the field named as the figure's own noun ('a
surplus of 3%'), is still no defence figure.

Official values in the comments are NATO's Table 3 (share of GDP, %) in the 2024 edition, read
with `milex.observations("share_of_gdp", "Greece", years=[2024], edition=2024)`: 3.08.
"""

from __future__ import annotations

import milex

DAY = "2025-02-20"  # the 2024 edition is current


def shares(text: str) -> list[tuple[str, str | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.subject, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


LEAD = "Big military budgets strain the public finances of some allies. "


def test_a_with_phrase_of_another_field_leaves_the_share_read():
    # Greece 2024: 3.08
    got = shares(LEAD + "Greece, for one, spent 3.08% with a primary surplus.")
    assert ("supported", "Greece", 3.08) in got


def test_a_wrong_share_before_such_a_phrase_is_contradicted():
    # Greece 2024: 3.08, not 3.5
    got = shares(LEAD + "Greece, for one, spent 3.5% with a primary surplus.")
    assert ("contradicted", "Greece", 3.5) in got


def test_the_other_fields_own_figure_is_not_read():
    got = shares(LEAD + "Greece ran a surplus of 3.5% with a small deficit elsewhere.")
    assert not [c for c in got if c[2] == 3.5]
