"""'NATO's average of 2.71%', 'the alliance's average of ...': a possessive of the alliance
before 'average' names the group whose figure it is, as 'the NATO average' does, not the
ally the sentence is about (patterns.json, subjects.groups).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", <name>,
years=[2024], edition=2024): NATO 2024 = 2.71 (estimate), Türkiye 2024 = 2.09.
"""

from __future__ import annotations

import pytest

import milex


def _got(text: str) -> list[tuple[float | None, str | None, str]]:
    return [(c.claim.value, c.claim.subject, c.verdict)
            for c in milex.check(text, date="2024-07-20").claims]  # fmt: skip


@pytest.mark.parametrize(("average", "verdict"), [("2.71", "supported"), ("2.41", "contradicted")])
def test_the_alliances_average_beside_an_ally(average, verdict):
    text = (
        f"Turkey's defence budget, at 2.09% of GDP this year, sits below NATO's average "
        f"of {average}%."
    )
    assert _got(text) == [(2.09, "Türkiye", "supported"), (float(average), "NATO", verdict)]


@pytest.mark.parametrize(("average", "verdict"), [("2.71", "supported"), ("2.41", "contradicted")])
def test_the_alliances_average_after_a_comparison(average, verdict):
    text = f"This year Poland spends far more than the alliance's average of {average}% of GDP."
    got = [(v, s, vd) for v, s, vd in _got(text) if v == float(average)]
    assert got == [(float(average), "NATO", verdict)]
