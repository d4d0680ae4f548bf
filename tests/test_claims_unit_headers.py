"""Rows of a list with no colon, 'Ally figure', under a header that names the unit of the bare
figures: US dollars and a scale ('(current US$ billion)'), military personnel ('(thousands)',
or persons when it names no scale), or real-terms changes given to a decimal with no '%'.

Values from NATO's 2024 edition (17 June 2024): Table 2, current USD millions, 2024e:
Germany 97,685.59, United Kingdom 82,107.13, France 64,271.20; Table 7, military personnel
(thousands), 2024e: Poland 216.081, Germany 185.641, Estonia 7.456; Table 3, real change,
2024e: Poland 30.07, Germany 29.45, France 6.05.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str = "2024-07-01") -> dict:
    return {(c.claim.kind, c.claim.subject_code, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


def test_dollar_amounts_under_a_header_in_billions():
    got = verdicts("Top European spenders in 2024 (current US$ billion):\n"
                   "Germany 98\nUnited Kingdom 82\nFrance 71")  # fmt: skip
    assert got == {("spending_amount", "DEU", 98.0): "supported",
                   ("spending_amount", "GBR", 82.0): "supported",
                   ("spending_amount", "FRA", 71.0): "contradicted"}  # fmt: skip
    # money with no scale (dollars, but in what?) or in another currency is not read
    assert verdicts("Top European spenders in 2024 (US dollars):\nGermany 98\nFrance 64") == {}
    assert verdicts("Top European spenders in 2024 (EUR billion):\nGermany 90\nFrance 59") == {}


def test_personnel_in_thousands_under_a_header_without_a_colon():
    got = verdicts("Armed forces personnel, 2024 (thousands)\nPoland 216\nGermany 186\n"
                   "Estonia 9")  # fmt: skip
    assert got == {("personnel", "POL", 216.0): "supported",
                   ("personnel", "DEU", 186.0): "supported",
                   ("personnel", "EST", 9.0): "contradicted"}  # fmt: skip


def test_personnel_as_persons_when_the_header_names_no_scale():
    got = verdicts("Troops under arms in 2024:\nPoland 216,000\nEstonia 9,500")
    assert got == {("personnel", "POL", 216.0): "supported",
                   ("personnel", "EST", 9.5): "contradicted"}  # fmt: skip


def test_real_changes_to_a_decimal_with_no_percent_sign():
    got = verdicts("Sharpest real-terms increases in 2024 (%):\nPoland +30.1\nGermany +29.4\n"
                   "France +9.2")  # fmt: skip
    assert got == {("real_change", "POL", 30.1): "supported",
                   ("real_change", "DEU", 29.4): "supported",
                   ("real_change", "FRA", 9.2): "contradicted"}  # fmt: skip
