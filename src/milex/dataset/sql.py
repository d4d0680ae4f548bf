"""Read-only SQL over the packaged dataset with DuckDB, for questions the functions do not ask.

The packaged tables (observations, allies, commitments, editions) are views in an in-memory
database. Only one query statement is accepted (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW,
SUMMARIZE, or EXPLAIN of one of those): DuckDB parses the text and says what kind of
statement it is, so a write cannot hide behind a comment or a second statement. The
connection also has file and network access switched off and its settings locked, so a
query cannot read or write files either. A timer interrupts a query that runs past its time
limit, and only the first max_rows rows are fetched.

>>> from milex.dataset.sql import query
>>> int(query("select count(*) as allies from allies")["allies"].iloc[0])
32
"""

from __future__ import annotations

import re
import threading

import pandas as pd

from milex.errors import BadParameter, MilexError

TABLES = ("observations", "allies", "commitments", "editions")
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 1000
# A runaway join must not take the machine down before the timer fires.
MEMORY_LIMIT = "2GB"


class QueryRefused(BadParameter):
    """A statement that is not a single read-only query."""


class QueryTimeout(MilexError):
    """A query stopped because it ran past its time limit."""


def _statement_kind(con, sql: str) -> str:
    """The single statement's kind, refusing anything but one read-only query."""
    import duckdb

    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise BadParameter(f"SQL does not parse: {_first_line(exc)}") from None
    if len(statements) != 1:
        raise QueryRefused(
            f"one statement at a time: found {len(statements)}; milex sql runs a single query"
        )
    statement = statements[0]
    kind = statement.type
    if kind == duckdb.StatementType.EXPLAIN:
        # EXPLAIN ANALYZE runs the statement it explains: check that one too.
        inner = re.sub(r"^\s*explain\s+(analyze\s+)?", "", statement.query, flags=re.I)
        return "explain " + _statement_kind(con, inner)
    if kind != duckdb.StatementType.SELECT:
        name = str(kind).rsplit(".", 1)[-1]
        raise QueryRefused(
            f"read-only: {name} statements are refused; use SELECT, WITH, DESCRIBE, SHOW or "
            "EXPLAIN over the tables " + ", ".join(TABLES)
        )
    return "select"


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def connect():
    """An in-memory DuckDB connection with the packaged tables as views, locked down."""
    import duckdb

    from milex.dataset import table

    con = duckdb.connect(":memory:")
    for name in TABLES:
        con.register(name, table(name))
    for setting in (
        "SET enable_external_access = false",
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        f"SET memory_limit = '{MEMORY_LIMIT}'",
        "SET lock_configuration = true",
    ):
        con.execute(setting)
    return con


def query(
    sql: str, timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS
) -> pd.DataFrame:
    """Run one read-only query over the dataset; at most max_rows rows, stopped after timeout s.

    The frame's attrs["truncated"] says whether more rows existed than were returned.
    Raises QueryRefused for a statement that writes or for several statements, QueryTimeout
    when the time limit is reached, BadParameter for a query DuckDB rejects.
    """
    import duckdb

    if timeout <= 0:
        raise BadParameter("timeout must be a positive number of seconds")
    if max_rows < 1:
        raise BadParameter("max_rows must be at least 1")
    con = connect()
    _statement_kind(con, sql)
    timer = threading.Timer(timeout, con.interrupt)
    timer.start()
    try:
        result = con.execute(sql)
        columns = [d[0] for d in result.description or []]
        rows = result.fetchmany(max_rows + 1)
    except duckdb.InterruptException:
        raise QueryTimeout(
            f"query stopped after {timeout:g} s (the time limit): narrow it (a WHERE clause, "
            "a LIMIT, fewer joins) or allow longer with --timeout"
        ) from None
    except duckdb.Error as exc:
        raise BadParameter(f"SQL error: {_first_line(exc)}") from None
    finally:
        timer.cancel()
        con.close()
    frame = pd.DataFrame(rows[:max_rows], columns=columns)
    frame.attrs["truncated"] = len(rows) > max_rows
    frame.attrs["notes"] = (
        [f"showing the first {max_rows} rows; add a LIMIT or raise --max-rows"]
        if frame.attrs["truncated"]
        else []
    )
    return frame
