"""A paragraph that opens by saying one year's figures were revised ('The 2024 figures have
since been updated for the Baltic states.') speaks of that year's figures after it: a figure
with no time of its own is of that year, even in the present tense ('is now 3.09%'), and the
start of a fall or rise is the same year's earlier estimate (undated, so unverifiable). A
figure 'put at' or 'estimated at' a value with a month and year after it is that release's
estimate, judged on the edition published then.

Official values, looked up with milex.observations("share_of_gdp", ally, years=[2024],
edition=E): NATO, Defence Expenditure of NATO Countries, 2024 edition (17 June 2024):
Lithuania 2024 2.85, Latvia 2024 3.15; 2025 edition (28 August 2025): Lithuania 2024 3.09,
Latvia 2024 3.36.
"""

from __future__ import annotations

import milex

DAY = "2025-10-01"  # the 2025 edition is current; its latest year is 2025
OPENING = "The 2024 figures have since been updated for the Baltic states. "


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_figures_after_a_revision_opening_are_of_the_revised_year():
    got = _verdicts(
        OPENING + "Lithuania's share, put at 2.85% in June 2024, is now 3.09%; Latvia's rose "
        "from 3.15% to 3.36%."
    )
    assert (2.85, "Lithuania", 2024, "supported") in got  # the June 2024 edition's
    assert (3.09, "Lithuania", 2024, "supported") in got
    assert (3.15, "Latvia", 2024, "unverifiable") in got  # an earlier estimate, undated
    assert (3.36, "Latvia", 2024, "supported") in got
    # what an ally spends now is not the revised year's figure (Lithuania 2025: 4.00)
    got = _verdicts(OPENING + "Lithuania now spends 4.00%.")
    assert (4.0, "Lithuania", 2025, "supported") in got


def test_wrong_figures_after_a_revision_opening_are_contradicted():
    # 3.19 and 3.46 are not the 2025 edition's 2024 shares (3.09, 3.36), nor is 2.95 the
    # 2024 edition's (2.85)
    got = _verdicts(
        OPENING + "Lithuania's share, put at 2.95% in June 2024, is now 3.19%; Latvia's rose "
        "from 3.15% to 3.46%."
    )
    assert (2.95, "Lithuania", 2024, "contradicted") in got
    assert (3.19, "Lithuania", 2024, "contradicted") in got
    assert (3.46, "Latvia", 2024, "contradicted") in got
    assert (3.15, "Latvia", 2024, "unverifiable") in got
