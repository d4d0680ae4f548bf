"""The packaged dataset: loaded with its checksums verified and queried (`load`), run through
read-only SQL (`sql`) and written out in other formats (`export`).

The query functions are re-exported here, so `from milex.dataset import observations` reads as
what it is.
"""

from milex.dataset.load import (
    DATA,
    MEASURES,
    allies,
    clear_cache,
    editions,
    measures,
    observations,
    package,
    table,
    value,
)

__all__ = [
    "DATA",
    "MEASURES",
    "allies",
    "clear_cache",
    "editions",
    "measures",
    "observations",
    "package",
    "table",
    "value",
]
