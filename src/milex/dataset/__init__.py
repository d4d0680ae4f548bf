"""The packaged dataset: loaded with its checksums verified (`load`), the one resolver of
which editions and years answer (`selection`), queried (`query`), read-only SQL (`sql`) and
written out in other formats (`export`).

The main names are re-exported here, so `from milex.dataset import observations` reads as
what it is. The query functions are imported when first used, so that the resolver and the
index (`index`: the figures without pandas) can be imported without loading pandas.
"""

from milex.dataset.index import holdings
from milex.dataset.load import DATA, MEASURES, clear_cache, package, table
from milex.dataset.selection import Selection, select

_QUERY = ("allies", "contents", "editions", "measures", "observations", "value")

__all__ = [
    "DATA",
    "MEASURES",
    "Selection",
    "allies",
    "clear_cache",
    "contents",
    "editions",
    "holdings",
    "measures",
    "observations",
    "package",
    "select",
    "table",
    "value",
]


def __getattr__(name: str):
    if name in _QUERY:
        from milex.dataset import query

        return getattr(query, name)
    raise AttributeError(f"module 'milex.dataset' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_QUERY})
