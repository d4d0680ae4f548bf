"""Shared fixtures. Real-file tests use ../shared/sources beside the checkout when present."""

from __future__ import annotations

from pathlib import Path

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
