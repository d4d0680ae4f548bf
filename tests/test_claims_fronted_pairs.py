"""A verbless 'from X to Y' opening a headline, its one subject named after it ('From 1.66%
to 2.14%: Sweden's jump in a year'): both figures are that ally's, the earlier and the later.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("share_of_gdp", ally, years=[2023, 2024], edition=2024):
Sweden 2023 1.66, 2024 2.14; Denmark 2023 2.01, 2024 2.37.
"""

from __future__ import annotations

import milex

DAY = "2024-06-21"


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_fronted_pair_is_the_subject_after_it():
    got = _verdicts("From 1.66% to 2.14%: Sweden's jump in a year")
    assert (1.66, "Sweden", 2023, "supported") in got
    assert (2.14, "Sweden", 2024, "supported") in got


def test_fronted_pair_with_a_wrong_end_is_contradicted():
    got = _verdicts("From 2.01% to 2.73%, Denmark's climb in a year")
    assert (2.01, "Denmark", 2023, "supported") in got
    assert (2.73, "Denmark", 2024, "contradicted") in got
