"""Commands given odd values, damaged files or greedy queries: a one-line error, never a
traceback, and a query that cannot take the machine down."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

import milex
from milex import dataset
from milex.cli import app
from milex.dataset import build
from milex.dataset.sql import QueryRefused, QueryTimeout, query
from milex.errors import BadParameter, CorruptDataError, MilexError, NoData, SourceLayoutError


def _fails_cleanly(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (1, 2)
    # a MilexError becomes "milex: <message>" in main(); anything else is a traceback
    assert isinstance(result.exception, SystemExit | MilexError), result.exception
    return str(result.exception or result.output)


# --- SQL --------------------------------------------------------------------------------------


def test_explain_after_a_comment_is_read_not_recursed():
    assert not query("/* x */ EXPLAIN SELECT 1").empty
    with pytest.raises(QueryRefused):  # the explained statement not found: refused, no loop
        query("EXPLAIN/* x */SELECT 1")


@pytest.mark.parametrize("timeout", [float("inf"), float("nan"), 0, -1, 10_000])
def test_a_timeout_that_is_no_limit_is_refused(timeout):
    with pytest.raises(BadParameter, match="timeout"):
        query("select 1", timeout=timeout)


def test_max_rows_past_the_cap_is_refused_clearly():
    message = _fails_cleanly("sql", "select 1", "--max-rows", "99999999999999999999")
    assert "max_rows" in message


def test_a_query_building_a_giant_string_is_stopped():
    with pytest.raises((QueryTimeout, BadParameter), match="stopped"):
        query("select length(repeat('x', 2000000000)) as n", timeout=3)


def test_duckdb_temporary_folder_is_not_readable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".tmp").mkdir()
    (tmp_path / ".tmp" / "secret.csv").write_text("a,b\n1,2\n")
    with pytest.raises(BadParameter, match="disabled"):
        query("select * from '.tmp/secret.csv'")


# --- dates and ranges -------------------------------------------------------------------------


def test_allies_before_the_treaty_is_no_data_not_an_empty_table():
    with pytest.raises(NoData, match="1949-04-04"):
        milex.allies(as_of="0001-01-01")
    assert "1949-04-04" in _fails_cleanly("allies", "--as-of", "0001-01-01")


@pytest.mark.parametrize("years", ["2024-2014", "1-10000000"])
def test_counts_over_a_reversed_or_absurd_range_is_a_short_error(years):
    message = _fails_cleanly("counts", "--years", years)
    assert len(message) < 300


# --- damaged files ----------------------------------------------------------------------------


@pytest.fixture
def sources_copy(sources, tmp_path):
    copy = tmp_path / "sources"
    shutil.copytree(sources, copy, ignore=shutil.ignore_patterns("*_long.csv"))
    return copy


def test_a_truncated_workbook_is_refused_naming_it(sources_copy, tmp_path):
    book = next((sources_copy / "nato-2024").glob("*.xlsx"))
    book.write_bytes(book.read_bytes()[:5000])
    with pytest.raises(SourceLayoutError, match=book.name):
        build.build(sources_copy, tmp_path / "out")


def test_a_csv_that_is_not_text_is_refused_naming_it(sources_copy, tmp_path):
    table = sources_copy / "nato-2025" / "shareofgdp.csv"
    table.write_bytes(b"\xff\xfe\x00\x81" * 500)
    with pytest.raises(SourceLayoutError, match="nato-2025"):
        build.build(sources_copy, tmp_path / "out")


@pytest.mark.parametrize(
    "descriptor",
    [[], {"resources": "x"}, {"resources": [{"name": "observations"}]},
     {"resources": [{"name": "observations", "path": "../../etc/passwd", "hash": "sha256:0"}]}],
)  # fmt: skip
def test_a_tampered_datapackage_is_refused(descriptor, tmp_path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(dataset.DATA, copy)
    (copy / "datapackage.json").write_text(json.dumps(descriptor))
    from milex.dataset import load

    monkeypatch.setattr(load, "DATA", copy)
    dataset.clear_cache()
    try:
        with pytest.raises(CorruptDataError, match="damaged"):
            milex.observations("share_of_gdp")
    finally:
        monkeypatch.undo()
        dataset.clear_cache()


# --- files a command writes -------------------------------------------------------------------


def test_a_chart_never_replaces_a_users_file_without_force(tmp_path):
    chart = tmp_path / "mine.svg"
    chart.write_text("my drawing")
    args = ["project", "Germany", "--target", "3.5", "--by", "2035", "--chart", str(chart)]
    assert "--chart" in _fails_cleanly(*args)
    assert chart.read_text() == "my drawing"
    result = CliRunner().invoke(app, [*args, "--force"])
    assert result.exit_code == 0, result.output
    assert chart.read_text().startswith("<svg") and [p.name for p in tmp_path.iterdir()] == [
        "mine.svg"
    ]
