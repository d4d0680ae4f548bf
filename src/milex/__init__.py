"""milex: allied defence spending, every official figure with its edition and provenance."""

from __future__ import annotations

__version__ = "0.1.0"
