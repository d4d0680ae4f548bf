"""'Were Portugal to jump from its 1.55% of GDP to 2%, ...': under a supposed move, the level
it starts from, the ally's own ('from its X'), is said as a fact and judged; the level it
would reach stays a supposition.

Official value, NATO 2024 edition (17 June 2024): `milex.observations("share_of_gdp",
"Belgium", years=[2024], edition=2024)` 1.30 (2024, estimate).
"""

from __future__ import annotations

import milex


def _read(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date="2024-10-20").claims
    }


def test_start_of_a_supposed_move_is_measured():
    text = ("Were Belgium to climb from its {v}% of GDP (NATO, 2024) to 2%, it would need "
            "several billion euros more each year.")  # fmt: skip
    got = _read(text.format(v="1.30"))
    assert got[1.3] == ("Belgium", 2024, "supported")
    assert got.get(2.0, (None, None, "unverifiable"))[2] == "unverifiable"
    assert _read(text.format(v="1.60"))[1.6] == ("Belgium", 2024, "contradicted")
