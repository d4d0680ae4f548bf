"""Shared fixtures. Real-file tests use ../shared/sources beside the checkout when present."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

SOURCES = Path(__file__).resolve().parents[1].parent / "shared" / "sources"
needs_sources = pytest.mark.skipif(
    not SOURCES.is_dir(), reason=f"raw publications not found at {SOURCES}"
)


@pytest.fixture(scope="session")
def sources() -> Path:
    if not SOURCES.is_dir():
        pytest.skip(f"raw publications not found at {SOURCES}")
    return SOURCES


def official_share(sources: Path, edition: int, year: int) -> pd.Series:
    """Share of GDP per ally (aggregates left out) from NATO's Table 3 of an edition, as read
    from the long tables in ../shared/sources (extracted independently of milex)."""
    frame = pd.read_csv(sources / f"nato-{edition}" / f"nato_{edition}_tables_long.csv")
    rows = frame[
        (frame["table"].astype(str) == "3")
        & (frame["measure"] == "def_exp_pct_gdp")
        & (frame["year"] == year)
        & ~frame["ally"].isin({"NATO Total", "NATO Europe and Canada"})
    ]
    return rows.set_index("ally")["value"]
