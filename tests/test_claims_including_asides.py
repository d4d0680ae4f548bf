"""A region or group with an aside naming its parts ('Western Europe, including Germany and
France, spent ...'): the countries in the aside are parts of the group, never the owner of
the figure that follows.

Values looked up with milex (SIPRI April 2025 release, through milex.check's evidence):
- Western Europe 2024 = USD 397.38 bn; Central Europe 2024 = USD 74.97 bn.
- Europe 2024 = USD 693.44 bn (Russia and Ukraine included).
"""

from __future__ import annotations

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.value, str(c.claim.subject), c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


def test_countries_in_an_including_aside_do_not_own_the_figure():
    found = _found("By SIPRI's count, Europe, including Ukraine and Russia, spent $693 billion "
                   "in 2024.", "2025-05-02")  # fmt: skip
    assert found and all("Ukraine" not in s and "Russia" not in s for _, s, _ in found), found
    assert (693.0, "Europe (SIPRI)", "supported") in found, found


def test_an_ally_in_the_aside_does_not_own_the_figure_either():
    found = _found("By SIPRI's count, Central Europe, including Poland and Ukraine, spent $75 "
                   "billion in 2024.", "2025-05-02")  # fmt: skip
    assert (75.0, "Central Europe (SIPRI)", "supported") in found, found
    assert all("Poland" not in s for _, s, _ in found), found


def test_a_wrong_regional_figure_with_the_aside_is_contradicted():
    found = _found("By SIPRI's count, Western Europe, including Germany and France, spent $300 "
                   "billion in 2024.", "2025-05-02")  # fmt: skip
    assert (300.0, "Western Europe (SIPRI)", "contradicted") in found, found
    assert all("Germany" not in s and "France" not in s for _, s, _ in found), found
