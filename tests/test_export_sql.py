"""Exports that other tools open as they are, and SQL that can read but never write."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time

import pandas as pd
import pytest

from milex.dataset import export as export_mod
from milex.dataset import table
from milex.dataset.sql import QueryRefused, QueryTimeout, query
from milex.errors import BadParameter


def official_share(sources, edition: int, year: int) -> pd.Series:
    t = pd.read_csv(sources / f"nato-{edition}" / f"nato_{edition}_tables_long.csv")
    t = t[(t["table"].astype(str) == "3") & (t["measure"] == "def_exp_pct_gdp")]
    t = t[(t["year"] == year) & ~t["ally"].isin(["NATO Total", "NATO Europe and Canada"])]
    return t.set_index("ally")["value"]


# --- SQL ---------------------------------------------------------------------------------


def test_sql_answers_from_the_packaged_tables(sources):
    share = official_share(sources, 2024, 2024)
    got = query(
        "select country from observations where source = 'NATO' and edition = 2024 "
        "and measure = 'share_of_gdp' and year = 2024 and iso3 not like 'NATO%' "
        "and value >= 2 order by country"
    )
    assert sorted(got["country"]) == sorted(share[share >= 2].index)
    assert len(got) == 23
    described = query("describe observations")
    assert "value" in described["column_name"].tolist()
    assert sorted(query("show tables")["name"]) == [
        "allies",
        "commitments",
        "editions",
        "observations",
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "insert into allies select * from allies",
        "create table t as select 1",
        "copy (select * from observations) to '/tmp/milex-leak.csv'",
        "attach '/tmp/milex-other.db' as other",
        "pragma enable_profiling",
        "pragma memory_limit='100GB'",
        "set enable_external_access = true",
        "select 1; drop table allies",
        "explain analyze create table t as select 1",
        "update allies set name = 'x'",
        "delete from observations",
        "install httpfs",
    ],
)
def test_sql_refuses_anything_that_is_not_one_read_only_query(statement):
    with pytest.raises(QueryRefused):
        query(statement)


def test_sql_cannot_reach_files_through_a_select(tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    with pytest.raises(BadParameter, match="disabled"):
        query(f"select * from read_csv('{secret}')")


def test_sql_stops_a_runaway_query_with_a_clear_message():
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"stopped after 1 s .*--timeout"):
        query("select count(*) from observations a, observations b, observations c", timeout=1)
    assert time.monotonic() - start < 30


def test_sql_caps_the_rows_returned():
    got = query("select * from observations", max_rows=7)
    assert len(got) == 7 and got.attrs["truncated"]
    assert not query("select * from allies", max_rows=100).attrs["truncated"]


# --- export ------------------------------------------------------------------------------


def test_sqlite_export_has_typed_tables_and_the_official_figures(tmp_path, sources):
    path = export_mod.export("sqlite", tmp_path / "milex.db")
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
    assert names == {"observations", "allies", "commitments", "editions"}
    types = {r[1]: r[2] for r in con.execute("pragma table_info(observations)")}
    assert (types["year"], types["edition"], types["value"], types["estimate"]) == (
        "INTEGER", "INTEGER", "REAL", "INTEGER"
    )  # fmt: skip
    assert con.execute("select count(*) from observations").fetchone()[0] == len(
        table("observations")
    )
    (value,) = con.execute(
        "select value from observations where source = 'NATO' and edition = 2025 "
        "and measure = 'share_of_gdp' and iso3 = 'POL' and year = 2024"
    ).fetchone()
    assert value == pytest.approx(official_share(sources, 2025, 2024)["Poland"])
    assert con.execute("select count(*) from allies").fetchone()[0] == 32
    deadline = {r[0]: r[1] for r in con.execute("select id, deadline from commitments")}
    assert deadline["uk-2.5pct"] == 2027 and deadline["uk-3pct"] is None
    con.close()


def test_sqlite_export_opens_in_datasette(tmp_path):
    datasette_app = pytest.importorskip("datasette.app")
    path = export_mod.export("sqlite", tmp_path / "milex.db")

    async def fetch():
        ds = datasette_app.Datasette([str(path)])
        tables = await ds.client.get("/milex.json")
        rows = await ds.client.get(
            "/milex/observations.json?iso3=POL&year=2024&measure=share_of_gdp&_shape=array"
        )
        return tables, rows

    tables, rows = asyncio.run(fetch())
    assert tables.status_code == 200 and rows.status_code == 200
    listed = {t["name"] for t in tables.json()["tables"]}
    assert {"observations", "allies", "commitments", "editions"} <= listed
    editions = sorted((r["source"], r["edition"]) for r in rows.json())
    assert ("NATO", 2024) in editions and ("NATO", 2025) in editions


def test_export_refuses_to_overwrite_unless_forced(tmp_path):
    target = tmp_path / "milex.json"
    target.write_text("keep me")
    with pytest.raises(BadParameter, match="--force"):
        export_mod.export("json", target)
    assert target.read_text() == "keep me"
    export_mod.export("json", target, force=True)
    doc = json.loads(target.read_text())
    assert len(doc["tables"]["observations"]) == len(table("observations"))
    assert any("NATO" in lic["name"] for lic in doc["licenses"])


def test_a_failed_export_leaves_nothing_behind(tmp_path, monkeypatch):
    def broken(tables, path):
        path.write_bytes(b"half")
        raise RuntimeError("disk full")

    monkeypatch.setitem(export_mod._WRITERS, "sqlite", broken)
    with pytest.raises(RuntimeError):
        export_mod.export("sqlite", tmp_path / "milex.db")
    assert list(tmp_path.iterdir()) == []


def test_csv_and_parquet_write_one_file_per_table(tmp_path):
    for fmt in ("csv", "parquet"):
        folder = export_mod.export(fmt, tmp_path / f"milex-{fmt}")
        files = sorted(p.name for p in folder.iterdir())
        assert files == [f"{t}.{fmt}" for t in sorted(export_mod.TABLES)]
    back = pd.read_parquet(tmp_path / "milex-parquet" / "observations.parquet")
    assert len(back) == len(table("observations"))
    allies = pd.read_csv(tmp_path / "milex-csv" / "allies.csv")
    assert "Iceland" in allies["name"].tolist()


def test_xlsx_export_has_a_sheet_per_table(tmp_path):
    from openpyxl import load_workbook

    path = export_mod.export("xlsx", tmp_path / "milex.xlsx")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == list(export_mod.TABLES)
    names = [row[0] for row in book["allies"].iter_rows(min_row=2, values_only=True)]
    assert len(names) == 32 and "Iceland" in names
