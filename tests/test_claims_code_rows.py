"""A line that opens with an ally's ISO alpha-3 code in capitals, a figure right after it
('FRA US$64bn', '- ITA 1.49%'), is a row of a list, under a header or not: the code is the
row's subject, never the subject carried from the line before (nor the 'US' of 'US$').

Official values (NATO 2024 edition, 17 June 2024), looked up with milex.observations:
("spending_usd_current", "France", years=[2024], edition=2024) USD 64,271 million (cell N20);
("spending_usd_current", "Poland", ...) USD 34,975 million (N32);
("share_of_gdp", "Italy", years=[2024], edition=2024) 1.49 (Table 3, cell N24);
("share_of_gdp", "Portugal", ...) 1.55 (N33).
"""

from __future__ import annotations

import pytest

import milex

DATE = "2024-06-20"


def _found(text: str) -> list[tuple[str | None, float, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date=DATE).claims]  # fmt: skip


@pytest.mark.parametrize("poland, verdict", [("35", "supported"), ("53", "contradicted")])
def test_dollar_rows_named_by_code(poland, verdict):
    text = f"Defence spending in US dollars, NATO est. 2024\nFRA US$64bn\nPOL US${poland}bn"
    assert _found(text) == [("France", 64.0, "supported"), ("Poland", float(poland), verdict)]


@pytest.mark.parametrize("portugal, verdict", [("1.55", "supported"), ("1.95", "contradicted")])
def test_share_rows_named_by_code(portugal, verdict):
    text = f"Where the laggards stand on defence.\nITA 1.49%\n- PRT {portugal}%"
    assert _found(text) == [("Italy", 1.49, "supported"), ("Portugal", float(portugal), verdict)]
