"""A rating box: '"Belgium is still below 1%." FALSE. 1.30%.' A figure on its own after a
rating alone ('TRUE.', 'FALSE.', 'Misleading.') is the rating's evidence, of the claim's subject
(interpret._rated_before, ratings as data); with no rating between, a lone figure stays nobody's.

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Belgium",
years=[2024], edition=2024): Belgium 2024: 1.30.
"""

from __future__ import annotations

import pytest

import milex


def found(text: str) -> dict:
    return {c.claim.value: (c.claim.subject, c.verdict)
            for c in milex.check(text, date="2024-07-11").claims}  # fmt: skip


@pytest.mark.parametrize(("share", "verdict"), [("1.30", "supported"), ("1.60", "contradicted")])
def test_a_figure_after_a_rating_is_the_claims_subjects(share, verdict):
    got = found(f'3. "Belgium is still below 1%." FALSE. {share}%.')
    assert got[float(share)] == ("Belgium", verdict)


def test_a_lone_figure_with_no_rating_before_it_stays_nobodys():
    assert 1.3 not in found("Belgium is still below 1%. 1.30%.")
