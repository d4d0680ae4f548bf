"""A share whose year a list's header gives ('NATO's eastern flank in 2025: ..., Hungary
2.16%') has its year as plainly as one said beside it: SIPRI's figure for the year before
is not another reading of it, and SIPRI, which has no figure for that year, cannot be."""

from __future__ import annotations

import milex

# NATO 2025 edition (28 August 2025), Table 3, 2025 estimates: Hungary 2.06% of GDP (row 14,
# column 13), Slovakia 2.04% (row 26, column 13). SIPRI April 2025 release: Hungary 2024,
# 2.16% (cell BZ140); SIPRI has no 2025 figures.


def _verdicts(text: str, date: str) -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=date).claims}


def test_a_header_year_share_agreeing_only_with_sipris_year_before_is_contradicted():
    text = "Defence as a share of GDP in 2025, by ally: Slovakia 2.04%, Hungary 2.16%."
    got = _verdicts(text, "2025-09-01")
    assert got[2.16] == "contradicted"
    assert got[2.04] == "supported"
