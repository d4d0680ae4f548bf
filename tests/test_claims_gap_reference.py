"""A gap to a stated figure: in 'some 0.4 points more than the 1.81% of 2023' the 1.81 is
the ally's 2023 share, stated as it is; 'more than' bounds the gap's other end, not the
1.81 (which would then be read as 'more than 1.81%' and judged against itself).

Official values (milex.observations, NATO 2024 edition, 17 June 2024, Table 3, share of GDP):
Norway 2023 1.81, 2024e 2.20; Denmark 2023 2.01, 2024e 2.37.
"""

from __future__ import annotations

from tests.conftest import claims_of

DATE = "2024-06-21"


def _verdicts(text: str) -> dict:
    return {(c.claim.subject, c.claim.year, c.claim.value): c.verdict
            for c in claims_of("share_of_gdp", text, DATE)}  # fmt: skip


def test_the_figure_a_gap_in_points_is_measured_from_is_stated() -> None:
    text = "Norway puts 2.20% of its output into defence this year, some 0.4 points more than the 1.81% of 2023."
    assert _verdicts(text)[("Norway", 2023, 1.81)] == "supported"
    found = [c for c in claims_of("share_of_gdp", text, DATE) if c.claim.value == 1.81]
    assert [c.claim.hedge for c in found] == [None]  # stated as it is, not "more than 1.81"


def test_a_wrong_figure_a_gap_is_measured_from_is_contradicted() -> None:
    text = "Denmark puts 2.37% of its output into defence this year, almost half a point above the 1.71% of 2023."
    assert _verdicts(text)[("Denmark", 2023, 1.71)] == "contradicted"  # 2.01
