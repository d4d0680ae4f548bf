"""Read-only SQL over the packaged dataset with DuckDB, for questions the functions do not ask.

The packaged tables (observations, allies, commitments, editions) are views in an in-memory
database. Only one query statement is accepted (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW,
SUMMARIZE, or EXPLAIN of one of those): DuckDB parses the text and says what kind of
statement it is, so a write cannot hide behind a comment or a second statement. The
connection also has file and network access switched off and its settings locked, so a
query cannot read or write files either. The query runs in a child process that is killed
when it passes its time limit or MEMORY_CAP (DuckDB's own memory limit does not cover every
string it builds), and only the first max_rows rows are fetched.

>>> from milex.dataset.sql import query
>>> int(query("select count(*) as allies from allies")["allies"].iloc[0])
32
"""

from __future__ import annotations

import math
import os
import re
import time
from pathlib import Path

import pandas as pd

from milex.errors import BadParameter, MilexError

TABLES = ("observations", "allies", "commitments", "editions")
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 1000
MAX_TIMEOUT = 600.0  # seconds
MAX_ROWS = 1_000_000
# A runaway join must not take the machine down before the timer fires.
MEMORY_LIMIT = "1GB"
MEMORY_CAP = 1.5e9  # bytes of resident memory of the query's process; past it, it is killed
_COMMENTS = r"(?:\s+|/\*.*?\*/|--[^\n]*(?:\n|$))*"


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
        inner = re.sub(rf"^{_COMMENTS}explain\s+(analyze\s+)?", "", statement.query,
                       flags=re.I | re.S)  # fmt: skip
        if inner == statement.query:  # not peeled: never loop on it
            raise QueryRefused("EXPLAIN: write it first, before any comment")
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
        "SET temp_directory = ''",  # no spilling to <cwd>/.tmp, which queries could read
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
    when the time limit is reached, BadParameter for a query DuckDB rejects or one that
    needs more than MEMORY_CAP.
    """
    import multiprocessing

    if not (isinstance(timeout, int | float) and math.isfinite(timeout)) or not (
        0 < timeout <= MAX_TIMEOUT
    ):
        raise BadParameter(f"timeout must be a number of seconds above 0, at most {MAX_TIMEOUT:g}")
    if not 1 <= max_rows <= MAX_ROWS:
        raise BadParameter(f"max_rows must be between 1 and {MAX_ROWS:,}")
    con = connect()  # in this process: the tables load once and the child shares them
    try:
        _statement_kind(con, sql)
    finally:
        con.close()
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run, args=(sql, max_rows, theirs), daemon=True)
    child.start()
    theirs.close()
    try:
        outcome = _wait(child, ours, timeout)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        ours.close()
    if outcome[0] == "error":
        raise BadParameter(f"SQL error: {outcome[1]}")
    _, columns, rows = outcome
    frame = pd.DataFrame(rows[:max_rows], columns=columns)
    frame.attrs["truncated"] = len(rows) > max_rows
    frame.attrs["notes"] = (
        [f"showing the first {max_rows} rows; add a LIMIT or raise --max-rows"]
        if frame.attrs["truncated"]
        else []
    )
    return frame


def _run(sql: str, max_rows: int, conn) -> None:
    """In the child process: run the query, send ("rows", columns, rows) or ("error", text)."""
    import duckdb

    con = connect()
    try:
        result = con.execute(sql)
        columns = [d[0] for d in result.description or []]
        conn.send(("rows", columns, result.fetchmany(max_rows + 1)))
    except duckdb.Error as exc:
        conn.send(("error", _first_line(exc)))
    finally:
        conn.close()


def _wait(child, conn, timeout: float):
    """The child's answer, or an error once it passes its time or memory budget."""
    ends = time.monotonic() + timeout
    page = os.sysconf("SC_PAGE_SIZE")
    while not conn.poll(0.02):
        if time.monotonic() > ends:
            raise QueryTimeout(
                f"query stopped after {timeout:g} s (the time limit): narrow it (a WHERE "
                "clause, a LIMIT, fewer joins) or allow longer with --timeout"
            )
        try:
            statm = Path(f"/proc/{child.pid}/statm").read_text()
            resident = int(statm.split()[1]) * page
        except (OSError, IndexError, ValueError):
            resident = 0
        if resident > MEMORY_CAP:
            raise BadParameter(
                f"query stopped: it needed more than {MEMORY_CAP / 1e9:g} GB of memory; ask "
                "for less (a LIMIT, fewer or shorter columns)"
            )
        if not child.is_alive() and not conn.poll():
            raise BadParameter("query stopped unexpectedly (out of memory?)")
    try:
        return conn.recv()
    except EOFError:
        raise BadParameter("query stopped unexpectedly (out of memory?)") from None
