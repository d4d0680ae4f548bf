"""A title naming one ally and a unit of its own money ('Norway's defence spending (NOK
billion):') heads lines labelled by a year ('2023: 93.0'): each line's bare number is that
ally's spending that year, in that unit. A sum in national money that disagrees with NATO's
may be the country's own budget, so it is unverifiable, not contradicted.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("spending_nc_current", ally, years=[2022, 2023, 2024],
edition=2024), in millions: Norway NOK 83,589.3 (2022), 92,950.9 (2023), 112,211.3 (2024);
Denmark DKK 38,726.3 (2022), 56,084.0 (2023), 68,670.4 (2024).
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition is current


def _verdicts(text: str) -> list[tuple[float, str, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
            for c in report.checked]  # fmt: skip


def test_year_lines_under_a_national_money_title_are_the_allys_spending():
    got = _verdicts(
        "Denmark's defence spending, NATO basis (DKK billion):\n2022: 38.7\n2023: 56.1\n2024: 68.7"
    )
    assert (38.7, "spending_amount", "Denmark", 2022, "supported") in got
    assert (56.1, "spending_amount", "Denmark", 2023, "supported") in got
    assert (68.7, "spending_amount", "Denmark", 2024, "supported") in got


def test_a_line_disagreeing_with_nato_is_unverifiable():
    # NOK 121.2 billion is not NATO's 112.2 billion for 2024: perhaps a national budget
    got = _verdicts("Norway's defence spending (NOK billion):\n2022: 83.6\n2023: 93.0\n2024: 121.2")
    assert (83.6, "spending_amount", "Norway", 2022, "supported") in got
    assert (121.2, "spending_amount", "Norway", 2024, "unverifiable") in got
    assert not [v for v in got if v[4] == "contradicted"]
