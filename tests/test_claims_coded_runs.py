"""A run of items on one line, each an ally's code in capitals with its figure right after it
('EST 5.10% · LVA 4.92%', 'EE 5.10% / LV 4.92%', 'LUX +69% · CZE -1%'), names each ally by its
code: each figure is its own ally's. Three capitals are an ISO alpha-3 code wherever an item
opens (the line's start, a separator, the figure before); two only in a run of several.
(Before, only the first code of a line was read, and every figure after it was judged as that
ally's, or none was read at all.)

Official values:
- NATO 2026 edition (7 July 2026, core defence), share of GDP in 2026,
  `milex.observations("share_of_gdp", "Poland", years=[2026], edition=2026)`: Estonia 5.10,
  Latvia 4.92, Lithuania 5.33, Poland 4.68.
- NATO 2025 edition (28 August 2025), real change in 2025,
  `milex.observations("real_change", "Belgium", years=[2025], edition=2025)`: Belgium 57.41.
"""

from __future__ import annotations

import pytest

import milex


def _by_subject(text: str, day: str) -> dict[str | None, tuple[float, str]]:
    return {c.claim.subject: (float(c.claim.value), c.verdict)
            for c in milex.check(text, date=day).claims}  # fmt: skip


@pytest.mark.parametrize(("poland", "verdict"), [("4.68", "supported"),
                                                 ("4.95", "contradicted")])  # fmt: skip
def test_alpha3_codes_each_own_their_figure(poland, verdict):
    found = _by_subject(f"EST 5.10% · POL {poland}% · LVA 4.92%", "2026-07-10")
    assert found["Estonia"] == (5.10, "supported")
    assert found["Poland"] == (float(poland), verdict)  # not Estonia's
    assert found["Latvia"] == (4.92, "supported")


@pytest.mark.parametrize(("poland", "verdict"), [("4.68", "supported"),
                                                 ("4.95", "contradicted")])  # fmt: skip
def test_two_letter_codes_in_a_run_of_several(poland, verdict):
    found = _by_subject(f"LT 5.33% / PL {poland}% / LV 4.92%", "2026-07-10")
    assert found["Lithuania"] == (5.33, "supported")
    assert found["Poland"] == (float(poland), verdict)
    assert found["Latvia"] == (4.92, "supported")


@pytest.mark.parametrize(("belgium", "verdict"), [("57", "supported"), ("75", "contradicted")])
def test_codes_after_a_headers_colon_with_signed_changes(belgium, verdict):
    found = _by_subject(f"Real growth in defence spending, 2025 (NATO): BEL +{belgium}% · CZE −5%",
                        "2025-09-01")  # fmt: skip
    assert found["Belgium"] == (float(belgium), verdict)
