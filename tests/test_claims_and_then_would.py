"""'Canada spent 1.37% of GDP this year and, on current plans, would get to 1.76% by 2030': the
modal after 'and,' and a phrase set off by commas frames the clause after 'and' (a plan),
not the measured figure before it. Before, the modal reached back and made this year's
level a projection too, left unverifiable.

Official value, NATO 2024 edition (17 June 2024): `milex.observations("share_of_gdp",
"Canada", years=[2024], edition=2024)`: 1.37 (2024, estimate).
"""

from __future__ import annotations

import milex


def _levels(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date="2024-10-02").claims
    }


def test_the_figure_before_and_comma_is_measured():
    text = ("Canada spent {v}% of GDP this year and, on current plans, would get to 1.76% by "
            "2030, NATO's figures show.")  # fmt: skip
    got = _levels(text.format(v="1.37"))
    assert got[1.37] == ("Canada", 2024, "supported")
    assert got[1.76][2] == "unverifiable"  # the plan stays a plan
    assert _levels(text.format(v="1.57"))[1.57] == ("Canada", 2024, "contradicted")
