"""A row of one ally's budget sets its sum beside its share of GDP ('Portugal: EUR 4.3
billion, 1.55%', 'Netherlands: EUR 19.9 billion this year, 2.05% of GDP'): the share beside it
says the sum is the ally's defence spending, though the row has no word of defence. A sum in
national money that disagrees with NATO's may be the country's own budget: unverifiable.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("spending_nc_current", ally, years=[2024], edition=2024)
and milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Netherlands 2024
EUR 19,900 m, 2.05%; Portugal 2024 EUR 4,290.58 m, 1.55%.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition is current; "this year" is 2024


def _verdicts(text: str) -> list[tuple[float, str, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.claim.year, c.verdict)
            for c in report.checked]  # fmt: skip


def test_sums_beside_shares_of_gdp_are_read_as_spending():
    got = _verdicts(
        "Netherlands: €19.9 billion this year, 2.05% of GDP. Portugal: €4.3 billion, 1.55%."
    )
    assert (19.9, "spending_amount", "Netherlands", 2024, "supported") in got
    assert (4.3, "spending_amount", "Portugal", 2024, "supported") in got
    assert (2.05, "share_of_gdp", "Netherlands", 2024, "supported") in got


def test_sum_beside_a_share_that_disagrees_is_unverifiable_not_contradicted():
    # EUR 22.0 billion is not NATO's 19.9 billion, but a national budget may say so
    got = _verdicts("Netherlands: €22.0 billion this year, 2.05% of GDP.")
    assert (22.0, "spending_amount", "Netherlands", 2024, "unverifiable") in got
    assert not [v for v in got if v[0] == 22.0 and v[4] == "contradicted"]
