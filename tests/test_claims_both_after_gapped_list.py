"""A clause after a semicolon that points back with 'both' or 'they' to the allies of a
gapped list before it, each given its own figure ('Lithuania puts 4.00% of GDP into defence
this year, Latvia 3.73%; both were below 1% in 2014'): its figures are those allies' (they
had been left unread, for want of a coordinated run 'Lithuania and Latvia').

Official values (NATO 2025 edition, 28 August 2025), share of GDP: Lithuania 2014 = 0.88,
2025 = 4.00; Latvia 2014 = 0.97, 2025 = 3.73.
"""

from __future__ import annotations

import pytest

import milex

_LIST = "Lithuania puts 4.00% of GDP into defence this year, Latvia 3.73%; "


def _found(text: str) -> dict[tuple[str, float], tuple[int | None, str]]:
    return {(str(c.claim.subject), c.claim.value): (c.claim.year, c.verdict)
            for c in milex.check(text, date="2025-09-05").claims}  # fmt: skip


@pytest.mark.parametrize(
    "level, verdict", [("below 1", "supported"), ("above 1.5", "contradicted")]
)
def test_both_after_a_gapped_list_is_its_allies(level, verdict):
    found = _found(_LIST + f"both were {level}% in 2014.")
    value = float(level.split()[1])
    assert found[("Lithuania", value)] == (2014, verdict)
    assert found[("Latvia", value)] == (2014, verdict)


def test_their_own_figures_after_both():
    found = _found(_LIST + "both were below 1% in 2014, at 0.88% and 0.97%.")
    assert found[("Lithuania", 0.88)] == (2014, "supported")
    assert found[("Latvia", 0.97)] == (2014, "supported")
