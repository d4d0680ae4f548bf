"""The packaged dataset: loaded with its checksums verified (`load`), the one resolver of
which editions and years answer (`selection`), queried (`query`), read-only SQL (`sql`) and
written out in other formats (`export`).

The main names are re-exported here, so `from milex.dataset import observations` reads as
what it is.
"""

from milex.dataset.load import DATA, MEASURES, clear_cache, holdings, package, table
from milex.dataset.query import allies, contents, editions, measures, observations, value
from milex.dataset.selection import Selection, select

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
