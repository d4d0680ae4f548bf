"""The claim checker on tables whose header row is not a column a year (round 27 of
benchmarks/claims_rounds.jsonl), in our own words: a row is read cell by cell under its
header's cells, a column that names neither a year nor a release ('distance to go') is not
read, and a column that names a release ('June 2024 edition') is judged on that release,
for the one year of the title above. Official values: NATO's 2024, 2025 and 2026 editions,
Table 3 (share of GDP)."""

from __future__ import annotations

import milex
from tests.conftest import one_with_value


def _none(text: str, day: str, value: float) -> None:
    found = [c for c in milex.check(text, date=day).claims
             if c.claim.value is not None and abs(float(c.claim.value) - value) < 1e-9]  # fmt: skip
    assert all(c.verdict not in ("supported", "contradicted") for c in found), [
        (c.claim.kind, c.verdict) for c in found]  # fmt: skip


# --- (a) a column of a year beside a column of something else -----------------------------

_GAPS = """The allies furthest from 2%, and how far each has to go:
Country | defence as % of GDP, 2024 | distance to go
Portugal | 1.55 | 0.45
Belgium | 1.30 | 0.70
Slovenia | 1.92 | 0.71
"""


def test_a_year_column_beside_another_is_read_cell_by_cell():
    # 2024 ed. Table 3, 2024: Portugal 1.55, Belgium 1.30
    portugal = one_with_value(_GAPS, "2024-07-15", 1.55, "Portugal")
    belgium = one_with_value(_GAPS, "2024-07-15", 1.30, "Belgium")
    assert (portugal.claim.year, portugal.verdict) == (2024, "supported")
    assert (belgium.claim.year, belgium.verdict) == (2024, "supported")
    # the column that names neither a year nor a release is not read
    _none(_GAPS, "2024-07-15", 0.45)
    _none(_GAPS, "2024-07-15", 0.70)


def test_a_wrong_cell_under_a_year_column_is_contradicted():
    # 2024 ed. Table 3: Slovenia 2024 = 1.29, not 1.92
    slovenia = one_with_value(_GAPS, "2024-07-15", 1.92, "Slovenia")
    assert (slovenia.claim.year, slovenia.verdict) == (2024, "contradicted")


# --- (b) a column a release, for the title's one year ---------------------------------------

_RELEASES = """Netherlands and Norway, share of GDP in 2025, as two NATO releases gave it:
Ally | NATO August 2025 edition | NATO July 2026 edition
Netherlands | 2.49 | 2.53
Norway | 3.35 | 3.61
"""


def test_release_columns_are_judged_on_their_release():
    # 2025 ed. 2025: Netherlands 2.49, Norway 3.35; 2026 ed. (core) 2025: Netherlands 2.53
    day = "2026-07-20"
    old = one_with_value(_RELEASES, day, 2.49, "Netherlands")
    new = one_with_value(_RELEASES, day, 2.53, "Netherlands")
    assert (old.claim.year, old.verdict) == (2025, "supported")
    assert (new.claim.year, new.verdict) == (2025, "supported")
    assert one_with_value(_RELEASES, day, 3.35, "Norway").verdict == "supported"


def test_a_wrong_cell_in_a_release_column_is_contradicted():
    # 2026 ed. (core) Norway 2025 = 3.16, not 3.61
    found = one_with_value(_RELEASES, "2026-07-20", 3.61, "Norway")
    assert (found.claim.year, found.verdict) == (2025, "contradicted")
