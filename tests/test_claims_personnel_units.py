"""Personnel under a header and beside a place: the unit the header gives ('(k)' is thousands),
a number too small to be an ally's forces when the header gives no scale, and troops placed
somewhere ('Canada's troops in Latvia') are not the armed forces of the place.

Official values: NATO 2025 edition (28 August 2025), Table 7, military personnel 2025
(estimates, thousands): Türkiye 494.469, Poland 233.781. NATO 2024 edition (17 June 2024):
Latvia 2024 8.422 thousand.
"""

from __future__ import annotations

import milex


def _personnel(text: str, date: str) -> dict:
    return {c.claim.subject: (c.claim.value, c.verdict) for c in milex.check(text, date=date).claims
            if c.claim.kind == "personnel"}  # fmt: skip


def test_k_in_a_header_is_thousands():
    got = _personnel("Personnel (k), NATO est 2025: TUR 494, POL 234.", "2025-09-02")
    assert got == {"Türkiye": (494.0, "supported"), "Poland": (234.0, "supported")}
    got = _personnel("Personnel (k), NATO est 2025: TUR 494, POL 254.", "2025-09-02")
    assert got["Poland"] == (254.0, "contradicted")


def test_too_few_persons_under_a_header_with_no_scale_is_unsure():
    got = _personnel("Military personnel, 2025 estimates:\nTürkiye 494\nPoland 254",
                     "2025-09-02")  # fmt: skip
    assert {verdict for _value, verdict in got.values()} == {"unverifiable"}


def test_troops_placed_in_an_ally_are_not_its_forces():
    text = "Canada's troops in Latvia number about 1,000, and Ottawa has pledged more aid."
    assert "Latvia" not in _personnel(text, "2024-07-10")
    # the ally's own forces, counted the same way, are still judged
    assert _personnel("Latvia's armed forces number about 8,400 this year.", "2024-07-10") == {
        "Latvia": (8.4, "supported")
    }
    assert _personnel("Latvia's armed forces number about 12,400 this year.", "2024-07-10") == {
        "Latvia": (12.4, "contradicted")
    }
