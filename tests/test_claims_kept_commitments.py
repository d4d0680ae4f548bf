"""The claim checker on a count whose verb keeps a promise named by its level ('have kept the
2% commitment', 'honouring the 2% pledge'): a count of the allies at or above that level, as
'have met the 2% commitment' is. A verb of keeping that names no promise after the level
('kept spending at 1.3%') gives the count no verb of its own.

Official counts in the comments are NATO's, read from Table 3 (share of GDP) of the 2024
edition (17 June 2024), current at the dates below: 23 of 32 allies at or above 2% in 2024
and 3 in 2014 (`milex.observations("share_of_gdp", ally, years=[2024], edition=2024)` for each
ally, counted at or above 2.00).
"""

from __future__ import annotations

import milex

DAY = "2025-01-10"  # the 2024 edition is current


def counts(text: str) -> list[tuple[str, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_allies_that_kept_the_commitment_are_counted():
    # 2024: 23 of the 32 at or above 2% (2024 edition)
    assert ("supported", 2024, 23.0) in counts("Of NATO's members, 23 of the 32 have kept the 2% "
                                               "commitment, the alliance says.")  # fmt: skip


def test_a_past_count_of_kept_pledges():
    # 2014: 3 at or above 2% (2024 edition)
    assert ("supported", 2014, 3.0) in counts("In 2014 only three allies kept the 2% pledge.")


def test_a_wrong_count_of_kept_commitments_is_contradicted():
    # 2024: 23, not 19
    assert ("contradicted", 2024, 19.0) in counts("Nineteen of the 32 have kept the 2% "
                                                  "commitment, NATO says.")  # fmt: skip


def test_honouring_the_pledge_is_a_count_too():
    # 2024: 23 (2024 edition)
    assert ("supported", 2024, 23.0) in counts("In 2024, 23 allies were honouring the 2% "
                                               "pledge, by NATO's estimates.")  # fmt: skip
