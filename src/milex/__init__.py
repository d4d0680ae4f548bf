"""milex: allied defence spending, every official figure with its edition and provenance.

The public functions are imported lazily so that `import milex` (and the CLI's start-up)
does not pay for pandas until a question is asked.
"""

from __future__ import annotations

__version__ = "0.1.0"

_PUBLIC = {
    "observations": "milex.dataset.query",
    "value": "milex.dataset.query",
    "allies": "milex.dataset.query",
    "editions": "milex.dataset.query",
    "releases": "milex.dataset.query",
    "measures": "milex.dataset.query",
    "build": "milex.dataset.build",
    "check": "milex.claims",
    "compliance": "milex.analysis.scorecard",
    "counts": "milex.analysis.scorecard",
    "ally_profile": "milex.analysis.scorecard",
    "latest_compliance": "milex.analysis.scorecard",
    "burden_sharing": "milex.analysis.burden",
    "revision_history": "milex.analysis.revisions",
    "largest_revisions": "milex.analysis.revisions",
    "nato_vs_sipri": "milex.analysis.compare",
    "project": "milex.analysis.projections",
    "on_track": "milex.analysis.projections",
    "rearm_europe": "milex.analysis.rearm",
}

__all__ = sorted(_PUBLIC)


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})


def __getattr__(name: str):
    if name in _PUBLIC:
        import importlib

        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'milex' has no attribute {name!r}")
