"""`milex data update` against a local HTTP server started here: real files install, and
damaged, slow, huge, redirected or missing ones change nothing."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openpyxl
import pytest

import milex
from milex import datadir
from milex.dataset import load
from milex.dataset.update import Budget, UpdateError, update

SIPRI_NAME = "SIPRI-Milex-data-1949-2024_2.xlsx"
NATO_NAME = "def-exp-2026-en.xlsx"
BUDGET = Budget(seconds=3.0, file_bytes=3_000_000)

# NATO's words for the currencies of Table 1 (as in its workbooks)
CURRENCY_WORDS = {"ALL": "Leks", "CAD": "Canadian dollars", "CZK": "Koruny", "DKK": "Kroner",
                  "HUF": "Forint", "MKD": "Denars", "NOK": "Kroner", "PLN": "Zlotys",
                  "RON": "New Lei", "SEK": "Kronor", "TRY": "Liras", "GBP": "Pounds",
                  "USD": "US dollars", "EUR": "Euros"}  # fmt: skip
TABLES_2026 = {  # table: (title, unit line, [(heading, conversion measure)])
    "1": ("Core defence expenditure", "Million national currency units",
          [("Current prices", "core_nat_currency_current_m"),
           ("Constant 2021 prices", "core_nat_currency_2021_m")]),
    "2": ("Core defence expenditure", "Million US dollars",
          [("Current prices and exchange rates", "core_usd_current_m"),
           ("Constant 2021 prices and exchange rates", "core_usd_2021_m")]),
    "3": ("Core defence expenditure as a share of GDP and annual real change",
          "Based on 2021 prices", [("Share of real GDP (%)", "core_share_gdp"),
                                   ("Annual real change (%)", "core_real_change_pct")]),
    "5": ("GDP", "Million US dollars",
          [("Current prices and exchange rates", "gdp_usd_current_m"),
           ("Constant 2021 prices and exchange rates", "gdp_usd_2021_m")]),
    "6": ("GDP per capita and core defence expenditure per capita",
          "2021 prices and exchange rates",
          [("GDP per capita (thousand US dollars)", "gdp_per_capita_2021_kusd"),
           ("Core defence expenditure per capita (US dollars)", "core_per_capita_2021_usd")]),
    "7": ("Military personnel", "Thousands", [(None, "personnel_k")]),
    "8a": ("Distribution of core defence expenditure by main category",
           "Percentage of total core defence expenditure",
           [("Equipment (a)", "equipment_share_pct"), ("Personnel (b)", "personnel_share_pct")]),
    "8b": ("Distribution of core defence expenditure by main category",
           "Percentage of total core defence expenditure",
           [("Infrastructure (c)", "infrastructure_share_pct"), ("Other (d)", "other_share_pct")]),
}  # fmt: skip
YEARS = [*range(2014, 2025), "2025e", "2026e"]


def workbook_2026(sources: Path, path: Path) -> Path:
    """NATO's 2026 tables laid out as NATO's workbooks are, with the 2026 values we hold."""
    from milex.sources.conversions import CURRENCY_2026, GEO_2026

    values: dict = {}
    with open(sources / "nato-2026" / "nato_defence_2026_conversion.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            values[(r["measure"], r["geo"], int(r["year"]))] = float(r["value"])
    book = openpyxl.Workbook()
    book.remove(book.active)
    for table, (title, unit, blocks) in TABLES_2026.items():
        sheet = book.create_sheet(f"TABLE{table}")
        sheet["B4"], sheet["B6"] = f"Table {table}: {title}", unit
        for i, year in enumerate(YEARS):
            sheet.cell(8, 4 + i, year)
        row = 10
        for heading, measure in blocks:
            if heading:
                sheet.cell(row, 2, heading)
                row += 1
            for geo, name in GEO_2026.items():
                series = [values.get((measure, geo, y)) for y in range(2014, 2027)]
                if all(v is None for v in series):
                    continue
                currency = CURRENCY_WORDS[CURRENCY_2026.get(geo, "EUR")]
                sheet.cell(row, 3, f"{name}   ({currency})" if table == "1" else name)
                for i, v in enumerate(series):
                    sheet.cell(row, 4 + i, v)
                row += 1
    sheet = book.create_sheet("TABLE4")
    sheet["B4"] = "Table 4: Core defence expenditure real change 2014-2026e"
    sheet["B6"] = "Million US dollars (2021 prices and exchange rates)"
    header = [2014, "2026e", "Real change 2014-2026e (%)", "Share of real GDP 2014 (%)",
              "Share of real GDP 2026e (%)"]  # fmt: skip
    for i, label in enumerate(header):
        sheet.cell(8, 4 + i, label)
    for r, (geo, name) in enumerate(GEO_2026.items(), start=10):
        a, b = values[("core_usd_2021_m", geo, 2014)], values[("core_usd_2021_m", geo, 2026)]
        s14, s26 = values[("core_share_gdp", geo, 2014)], values[("core_share_gdp", geo, 2026)]
        sheet.cell(r, 3, name)
        for i, v in enumerate([a, b, 100 * (b / a - 1), s14, s26]):
            sheet.cell(r, 4 + i, v)
    book.save(path)
    return path


class Handler(BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 (the standard library's name)
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        route(self)

    def log_message(self, *args):
        pass


def body(content: bytes, chunk: int = 65536, pause: float = 0.0):
    def send(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        for i in range(0, len(content), chunk):
            try:
                handler.wfile.write(content[i : i + chunk])
            except OSError:
                return
            time.sleep(pause)

    return send


def page(*names: str):
    links = "".join(f'<li><a href="/files/{n}">{n}</a></li>' for n in names)
    return body(f"<html><body><ul>{links}</ul></body></html>".encode())


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def files(sources, tmp_path_factory):
    folder = tmp_path_factory.mktemp("served")
    return {
        NATO_NAME: workbook_2026(sources, folder / NATO_NAME).read_bytes(),
        SIPRI_NAME: (sources / "sipri" / SIPRI_NAME).read_bytes(),
    }


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("MILEX_DATA_DIR", str(tmp_path / "user"))
    load.clear_cache()
    yield tmp_path / "user"
    monkeypatch.undo()
    load.clear_cache()


def serve(files, **changes):
    routes = {"/nato/": page(NATO_NAME), "/sipri/": page(SIPRI_NAME)}
    routes |= {f"/files/{name}": body(content) for name, content in files.items()}
    routes |= changes
    Handler.routes = routes


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def run(server):
    return update(f"{server}/nato/", f"{server}/sipri/", budget=BUDGET)


def test_update_installs_nato_s_own_workbook_layout_and_says_where_it_comes_from(
    server, files, user_dir
):
    serve(files)
    said = run(server)
    assert any("NATO 2026 (core defence expenditure): installed from" in s for s in said)
    assert any(f"{SIPRI_NAME} is the file already installed" in s for s in said)
    assert datadir.active()[0] == user_dir / "dataset"
    # the 2026 edition now read from a workbook in NATO's layout: NATO 2026 Table 3 and Table 2
    assert milex.value("share_of_gdp", "Poland", 2026)["value"] == 4.68
    assert milex.value("share_of_gdp", "Lithuania", 2026)["value"] == 5.33
    us = milex.value("spending_usd_current", "United States", 2026)
    assert (us["value"], us["basis"]) == (1_032_849, "core defence expenditure")
    assert us["file"] == f"sources/{NATO_NAME}" and us["sheet"] == "TABLE2"
    assert milex.value("share_of_gdp", "Poland", 2024, edition=2024)["value"] == pytest.approx(
        4.12, abs=0.005
    )  # the other editions are carried over
    frame, where = __import__("milex.dataset.update", fromlist=["origins"]).origins()
    rows = frame.set_index(["source", "edition"])
    assert rows.loc[("NATO", 2026), "comes_from"] == f"downloaded from {server}/files/{NATO_NAME}"
    assert rows.loc[("NATO", 2024), "comes_from"] == "packaged with milex"
    assert "installed" in where
    # a second run finds nothing new
    assert run(server)[-1] == "nothing to install"


@pytest.mark.parametrize(
    "case",
    ["damaged", "not a workbook", "slow", "huge", "redirect elsewhere", "404", "no link",
     "core layout for an edition held on the other basis"],
)  # fmt: skip
def test_a_failed_update_changes_nothing(server, files, user_dir, sources, case):
    serve(files)
    run(server)  # a first, good update
    before = snapshot(user_dir)
    nato = files[NATO_NAME]
    changes = {
        "damaged": {f"/files/{NATO_NAME}": body(nato[: len(nato) // 2])},
        "not a workbook": {f"/files/{NATO_NAME}": body(b"<html>Maintenance</html>")},
        "slow": {f"/files/{NATO_NAME}": body(nato, chunk=1024, pause=0.3)},
        "huge": {f"/files/{NATO_NAME}": body(b"PK\x03\x04" + b"\0" * 4_000_000)},
        "redirect elsewhere": {f"/files/{NATO_NAME}": redirect("http://files.example.com/x.xlsx")},
        "404": {f"/files/{NATO_NAME}": None},
        "no link": {"/nato/": page("annual-report.pdf")},
        "core layout for an edition held on the other basis": {
            "/nato/": page("def-exp-2024-en.xlsx"),
            "/files/def-exp-2024-en.xlsx": body(files[NATO_NAME]),
        },
    }[case]
    serve(files, **{k: v for k, v in changes.items() if v is not None})
    if case == "404":
        Handler.routes.pop(f"/files/{NATO_NAME}")
    with pytest.raises(UpdateError) as err:
        run(server)
    assert str(err.value)
    assert snapshot(user_dir) == before
    assert not list(user_dir.glob(".milex-*"))


def redirect(location: str):
    def send(handler):
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return send


def test_without_an_installed_dataset_the_packaged_one_is_used(user_dir):
    assert datadir.active() == (datadir.PACKAGED, "")
    assert milex.value("share_of_gdp", "Poland", 2026)["file"].startswith("nato-2026/")


def test_the_command_says_what_it_installed_and_refuses_in_one_line(server, files, user_dir):
    from typer.testing import CliRunner

    from milex.cli import app

    serve(files)
    args = ["data", "update", "--nato-page", f"{server}/nato/", "--sipri-page", f"{server}/sipri/"]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    assert "NATO 2026 (core defence expenditure): installed from" in done.output
    info = json.loads(CliRunner().invoke(app, ["data", "info", "--format", "json"]).output)
    came = {(r["source"], r["edition"]): r["comes_from"] for r in info}
    assert came[("NATO", 2026)] == f"downloaded from {server}/files/{NATO_NAME}"
    Handler.routes.pop(f"/files/{NATO_NAME}")
    code = "import sys; from milex.cli import main; sys.argv[0] = 'milex'; main()"
    failed = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    assert failed.returncode != 0 and failed.stdout == ""
    assert failed.stderr.startswith("milex: ") and failed.stderr.count("\n") == 1
    assert "HTTP 404" in failed.stderr
