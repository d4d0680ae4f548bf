"""The edition of each figure of a revision, and of a figure the writer cites from earlier work.
'The 2025 edition revises Greece's 2024 share to 2.74 per cent, down from the 3.08 per cent
estimated a year earlier': the edition named before the revision's end is the end's; the
start, after ', down from the', is the earlier edition's figure (before, the named 2025
edition was given to both, and the 3.08 contradicted). 'In an earlier paper (2019) we noted
that Italy spent 1.22% ...': a sentence opening on the writer's earlier work cites the figure
published then, an earlier estimate (before, it was judged on the edition of the day).

Official values, `milex.observations("share_of_gdp", ALLY, years=[YEAR], edition=E)`: Greece
2024: 3.076 in the 2024 edition (Table 3, N22), 2.740 in the 2025 edition; Italy 2019: 1.225
in the 2019 edition, 1.171 in the 2024 edition (Table 3, I24).
"""

from __future__ import annotations

import milex


def _read(text: str, date: str) -> dict[float, tuple[str, str | None, int | None]]:
    return {
        c.claim.value: (c.verdict, c.claim.subject, c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_the_start_of_a_revision_down_is_the_earlier_editions():
    text = ("The 2025 edition of NATO's tables revises Greece's 2024 share to 2.74 per cent, "
            "down from the {} per cent estimated a year earlier.")  # fmt: skip
    got = _read(text.format("3.08"), "2025-10-01")
    assert got[2.74] == ("supported", "Greece", 2024)
    assert got[3.08] == ("supported", "Greece", 2024)
    got = _read(text.format("3.48"), "2025-10-01")
    assert got[3.48] == ("contradicted", "Greece", 2024)  # 3.08 in the 2024 edition


def test_a_figure_cited_from_the_writers_earlier_paper():
    text = "In an earlier paper (Rossi 2019) we found that Italy spent {}% of GDP in 2019."
    got = _read(text.format("1.22"), "2025-02-12")
    assert got[1.22] == ("supported", "Italy", 2019)  # 1.225 in the 2019 edition
    got = _read(text.format("1.52"), "2025-02-12")
    assert got[1.52] == ("contradicted", "Italy", 2019)
