"""The packaged dataset: loaded with its checksums verified (`load`), the one resolver of
which editions and years answer (`selection`), queried (`query`), read-only SQL (`sql`) and
written out in other formats (`export`).

The query functions are re-exported here, so `from milex.dataset import observations` reads as
what it is; like `milex` itself, they load (with pandas) on first use.
"""

from __future__ import annotations

import importlib

_PUBLIC = {
    "DATA": "load",
    "MEASURES": "load",
    "clear_cache": "load",
    "holdings": "load",
    "package": "load",
    "table": "load",
    "allies": "query",
    "editions": "query",
    "measures": "query",
    "releases": "query",
    "observations": "query",
    "value": "query",
    "Selection": "selection",
    "select": "selection",
}

__all__ = sorted(_PUBLIC)


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(importlib.import_module(f"milex.dataset.{_PUBLIC[name]}"), name)
    raise AttributeError(f"module 'milex.dataset' has no attribute {name!r}")
