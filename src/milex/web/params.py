"""Query parameters shared by pages and API endpoints, validated at the edge.

Types and ranges are checked here, so a malformed value is a 422 naming the parameter; whether
an edition or a year is held is the library's question, and its answer carries suggestions.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query
from pydantic import BeforeValidator


def _edition_word(value):
    """'latest' names the latest edition held, as on the command line (milex.dataset.select)."""
    if isinstance(value, str) and value.strip().lower() == "latest":
        from milex.dataset.selection import select

        return select("latest").edition
    return value


Year = Annotated[
    int | None, Query(ge=1949, le=2100, description="a year, e.g. 2024; default the latest held")
]
Edition = Annotated[
    int | None,
    BeforeValidator(_edition_word),
    Query(ge=1949, le=2100, description="NATO edition year, or 'latest' (the default)"),
]
AsOf = Annotated[
    date | None,
    Query(description="YYYY-MM-DD: answer from the latest edition published by that day"),
]
Guideline = Annotated[
    str,
    Query(
        max_length=40,
        description="a commitment: 2pct, 20pct-equipment, hague-core, uk-2.5pct... (or 2%, 3.5)",
    ),
]
Ally = Annotated[str | None, Query(max_length=80, description="an ally's name, ISO3 code or alias")]
Allies = Annotated[
    str | None,
    Query(max_length=400, description="only these allies, comma-separated (names or codes)"),
]
Years = Annotated[
    str | None, Query(max_length=20, description="a year or a range such as 2014-2024")
]
Format = Annotated[
    str | None,
    Query(
        alias="format",
        pattern="^(html|json|csv)$",
        description="html, json or csv (or add .json/.csv to the path)",
    ),
]


def listing(value: str | None) -> str | tuple[str, ...] | None:
    """A comma-separated parameter ("share_of_gdp,equipment_share") as a hashable tuple."""
    if value is None or value.strip() == "":
        return None
    parts = tuple(p.strip() for p in value.split(",") if p.strip())
    return parts[0] if len(parts) == 1 else parts


def growth_option(value: str | None) -> str | tuple[float, float] | None:
    """ "trend", "1.5" or a band "0.5,2" (low, high), as the library takes them."""
    from milex.errors import BadParameter

    if value is None or value.strip() == "":
        return None
    parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
    if len(parts) == 2:
        try:
            return (float(parts[0]), float(parts[1]))
        except ValueError:
            pass
    elif len(parts) == 1:
        return parts[0]
    raise BadParameter(
        f"growth: {value!r}; give 'trend', a rate such as 1.5, or a band such as 0.5,2"
    )


def ally_list(value: str | None) -> tuple[str, ...] | None:
    """ "Poland, Spain" -> ("Poland", "Spain"); None when no ally is named."""
    found = listing(value)
    return (found,) if isinstance(found, str) else found
