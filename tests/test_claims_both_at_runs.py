"""One figure given to a pair (or run) of allies after a comma ("..., behind Italy and
Portugal, both at 1.55%"): each of the allies of the run before the comma has that figure, not
the sentence's subject named earlier.

Values from NATO's 2024 edition (17 June 2024), Table 3, looked up with
milex.observations("share_of_gdp", ["Italy", "Portugal", "Canada", "Belgium"], years=[2024],
edition=2024): Italy 1.49, Portugal 1.55, Canada 1.37, Belgium 1.30 in 2024 (estimates).
"""

from __future__ import annotations

import milex


def _shares(text: str) -> list:
    return [(c.claim.subject_code, c.claim.value, c.verdict)
            for c in milex.check(text, date="2024-07-10").claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_a_pair_both_at_one_figure():
    text = (
        "Canada ranks near the bottom at 1.37%, just behind Belgium and Luxembourg, both at 1.3%."
    )
    found = _shares(text)
    assert ("BEL", 1.3, "supported") in found and ("LUX", 1.3, "supported") in found, found
    assert not any(code == "CAN" and value == 1.3 for code, value, _ in found), found


def test_a_pair_both_at_a_wrong_figure_is_contradicted_for_each():
    text = "Canada ranks near the bottom at 1.37%, just behind Italy and Portugal, both at 1.7%."
    found = _shares(text)
    assert ("ITA", 1.7, "contradicted") in found and ("PRT", 1.7, "contradicted") in found, found
