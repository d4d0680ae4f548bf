"""Two structures that make a percentage a real change rather than a share of GDP:
'in real terms' (or 'after inflation') right after a figure, or after the run of figures it
opens ('Norway and Portugal, at 50% and 29% in real terms'); and a rise noun that is the
subject of 'is put at' / 'was estimated at' ("Spain's rise is put at 43%"), as it is of 'is'.

Values (looked up with milex.observations): NATO 2025 edition (28 August 2025), real change
2025 (estimates): Norway 49.88, Portugal 29.29, Spain 43.11.
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, value: float) -> list:
    return [c for c in milex.check(text, date="2025-09-01").claims if c.claim.value == value]


@pytest.mark.parametrize(("second", "verdict"), [("29", "supported"), ("35", "contradicted")])
def test_in_real_terms_after_a_run_of_figures(second, verdict):
    text = (f"Among this year's steepest climbs are Norway and Portugal, at 50% and {second}% in "
            "real terms.")  # fmt: skip
    first = _of(text, 50.0)
    assert len(first) == 1 and first[0].claim.subject == "Norway"
    assert first[0].claim.kind == "real_change" and first[0].verdict == "supported"
    found = _of(text, float(second))
    assert len(found) == 1 and found[0].claim.subject == "Portugal"
    assert found[0].claim.kind == "real_change" and found[0].claim.year == 2025
    assert found[0].verdict == verdict


@pytest.mark.parametrize(("level", "verdict"), [("43", "supported"), ("30", "contradicted")])
@pytest.mark.parametrize("verb", ["is put at", "was estimated at"])
def test_a_rise_put_at_a_figure(verb, level, verdict):
    found = _of(f"Spain's rise {verb} {level}% this year.", float(level))
    assert len(found) == 1 and found[0].claim.subject == "Spain"
    assert found[0].claim.kind == "real_change" and found[0].verdict == verdict
