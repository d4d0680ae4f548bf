"""A change given after a colon, its measure named before it: a rise noun judged by a copula
('the real-terms rise this year looks small by comparison: 4.4%') or qualified ('Rise in real
terms: 29.9%'). The figure is the rise, not a share of GDP named elsewhere in the text.

Values cited are NATO's real changes as milex holds them:
- United Kingdom 2025, 2025 edition (28 August 2025), Table 3: 4.43
  (milex.observations("real_change", "United Kingdom", years=[2025], edition=2025)).
- Sweden 2024, 2024 edition (17 June 2024), Table 3: 29.87; share of GDP 2.14
  (milex.observations("real_change", "Sweden", years=[2024], edition=2024)).
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, day: str) -> dict[str, tuple[str, str | None, int | None]]:
    report = milex.check(text, date=day)
    return {c.claim.text: (c.verdict, c.claim.kind, c.claim.year) for c in report.claims}


@pytest.mark.parametrize(("figure", "verdict"), [("4.4%", "supported"), ("6.4%", "contradicted")])
def test_a_judged_rise_before_a_colon(figure, verdict):
    got = verdicts(
        f"The UK's real-terms rise this year looks small by comparison: {figure}, says NATO, "
        "lifting spending to 2.4% of GDP.",
        "2025-09-05",
    )
    assert got[figure] == (verdict, "real_change", 2025)


@pytest.mark.parametrize(("figure", "verdict"), [("29.9%", "supported"), ("24.9%", "contradicted")])
def test_a_rise_in_real_terms_as_a_label(figure, verdict):
    got = verdicts(
        f"Sweden in its first year as an ally\nNATO estimate for 2024: 2.14% of GDP\n"
        f"Rise in real terms: {figure}",
        "2024-07-10",
    )
    assert got["2.14%"][0] == "supported"
    assert got[figure] == (verdict, "real_change", 2024)
