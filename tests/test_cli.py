"""The command line: every command documented with an example, answers matching NATO's tables,
and errors as one line with a non-zero exit code."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from io import StringIO

import pandas as pd
import pytest
import typer.main
from typer.testing import CliRunner

from milex.cli import app

runner = CliRunner()
AGGREGATES = {"NATO Total", "NATO Europe and Canada"}


def walk(command, path: str = "milex"):
    """Every command and group under the app, whoever registered it."""
    yield path, command
    # Typer ships its own copy of click, so groups are recognised by their commands mapping.
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from walk(sub, f"{path} {name}")


COMMANDS = list(walk(typer.main.get_command(app)))


@pytest.mark.parametrize("path, command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help_and_an_example(path, command):
    text = command.help or ""
    assert text.strip(), f"`{path}` has no help text"
    assert "Example: milex" in text, f"`{path}` help lacks an 'Example: milex ...' line"
    result = runner.invoke(app, [*path.split()[1:], "--help"])
    assert result.exit_code == 0, result.output
    assert "Example: milex" in result.output


@pytest.mark.parametrize("columns", ["50", "80", "132"])
def test_help_alone_is_the_apps_own_listing(columns, monkeypatch, capsys):
    """`milex --help` is written without importing typer: it must match typer's own page, at
    any terminal width, for every command the app registers."""
    from milex.cli import main

    monkeypatch.setenv("COLUMNS", columns)
    with pytest.raises(SystemExit) as done:
        app(["--help"], prog_name="milex")
    assert done.value.code == 0
    real = capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["milex", "--help"])
    main()
    assert capsys.readouterr().out == real
    for name in typer.main.get_command(app).commands:
        assert f"\n  {name} " in real


def test_each_listed_summary_is_the_first_line_of_the_commands_help():
    from milex.cli.commands import COMMANDS as LISTED

    top = typer.main.get_command(app)
    assert list(LISTED) == list(top.commands)
    for name, (_, summary) in LISTED.items():
        assert top.commands[name].help.strip().splitlines()[0] == summary, name


def test_the_walk_finds_this_issues_commands():
    names = {p for p, _ in COMMANDS}
    for expected in (
        "ally",
        "scorecard",
        "counts",
        "burden",
        "revisions",
        "compare",
        "export",
        "sql",
    ):
        assert f"milex {expected}" in names


def official_share(sources, edition: int, year: int) -> pd.Series:
    t = pd.read_csv(sources / f"nato-{edition}" / f"nato_{edition}_tables_long.csv")
    t = t[(t["table"].astype(str) == "3") & (t["measure"] == "def_exp_pct_gdp")]
    t = t[(t["year"] == year) & ~t["ally"].isin(AGGREGATES)]
    return t.set_index("ally")["value"]


def run_json(*args):
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("edition, meeting", [(2024, 23), (2025, 18)])
def test_scorecard_lists_who_meets_two_percent(sources, edition, meeting):
    share = official_share(sources, edition, 2024)
    rows = run_json("scorecard", "--year", "2024", "--edition", str(edition))
    by_status = {}
    for row in rows:
        by_status.setdefault(row["status"], []).append(row["ally"])
    assert sorted(by_status["meets"]) == sorted(share[share >= 2].index)
    assert sorted(by_status["below"]) == sorted(share[share < 2].index)
    assert by_status["no armed forces"] == ["Iceland"]
    assert len(rows) == 32 and len(by_status["meets"]) == meeting

    table = runner.invoke(app, ["scorecard", "--year", "2024", "--edition", str(edition)])
    assert f"{meeting} of 32 allies" in table.output
    assert "no armed" in table.output


def test_scorecard_table_writes_estimates_with_an_e(sources):
    poland = official_share(sources, 2025, 2025)["Poland"]  # an estimate in the 2025 edition
    table = runner.invoke(app, ["scorecard", "--year", "2025", "--edition", "2025"])
    line = next(x for x in table.output.splitlines() if "Poland" in x)
    assert f"{poland:.2f} (e)" in line
    assert "(e) NATO estimate" in table.output


def test_scorecard_as_of_a_date_uses_the_edition_then_current():
    rows = run_json("scorecard", "--year", "2024", "--as-of", "2025-03-13")
    assert {r["edition"] for r in rows} == {2024}
    assert sum(r["status"] == "meets" for r in rows) == 23


def test_counts_per_year_as_csv(sources):
    result = runner.invoke(
        app, ["counts", "--guideline", "2pct", "--edition", "2024", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(StringIO(result.stdout)).set_index("year")
    for year in (2014, 2020, 2024):
        share = official_share(sources, 2024, year)
        assert frame.loc[year, "meeting"] == (share >= 2).sum()
    assert frame.loc[2024, "allies"] == 32


def test_ally_shows_series_and_gaps(sources):
    doc = run_json("ally", "POL", "--edition", "2024")
    assert doc["ally"] == "Poland"
    last = doc["series"][-1]
    assert last["year"] == 2024
    assert last["share_of_gdp"] == pytest.approx(official_share(sources, 2024, 2024)["Poland"])
    assert {c["guideline"] for c in doc["commitments"]} == {"2pct", "20pct-equipment", "hague-core"}
    uk = run_json("ally", "Britain", "--edition", "2024")
    assert "uk-2.5pct" in {c["guideline"] for c in uk["commitments"]}


def test_revisions_and_compare(sources):
    rows = run_json("revisions", "Poland", "--measure", "share_of_gdp", "--years", "2024")
    assert [round(r["value"], 2) for r in rows] == [4.12, 3.79, 3.75]
    assert [r["change_kind"] for r in rows][1:] == ["revision", "change of definition"]
    compare = runner.invoke(app, ["compare", "Germany", "--years", "2024"])
    assert compare.exit_code == 0, compare.output
    assert "paramilitary" in compare.output and "fiscal year" in compare.output
    rows = run_json("compare", "Germany", "--years", "2024", "--edition", "2024")
    assert rows[0]["nato"] == pytest.approx(official_share(sources, 2024, 2024)["Germany"])


def test_burden_and_sql_as_pipes():
    rows = run_json("burden", "--year", "2024", "--edition", "2024")
    assert sum(r["gdp_share"] for r in rows) == pytest.approx(100)
    rows = run_json("sql", "select count(*) as n from allies")
    assert rows == [{"n": 32}]


def test_export_through_the_command_line(tmp_path):
    out = tmp_path / "milex.db"
    result = runner.invoke(app, ["export", "--format", "sqlite", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


# --- through the real entry point: exit codes and one-line messages ------------------------


def milex(*args: str) -> subprocess.CompletedProcess:
    code = "import sys; from milex.cli import main; sys.argv[0] = 'milex'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["ally", "Polnad"], "milex: unknown ally 'Polnad' — did you mean Poland"),
        (["scorecard", "--edition", "2018"], "milex: unknown NATO edition '2018'"),
        (["scorecard", "--guideline", "5pct"], "milex: 5% of GDP on defence and security"),
        (["sql", "insert into allies select * from allies"], "milex: read-only: INSERT"),
        (["sql", "select 1; select 2"], "milex: one statement at a time"),
        (["revisions", "Iceland"], "milex: no NATO edition held has share_of_gdp for Iceland"),
    ],
)
def test_errors_are_one_line_and_exit_non_zero(args, message):
    done = milex(*args)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(message)
    assert "Traceback" not in done.stderr


def test_runaway_sql_is_stopped_with_a_message():
    done = milex("sql", "select count(*) from observations a, observations b, observations c",
                 "--timeout", "1")  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().startswith("milex: query stopped after 1 s")


def test_export_refuses_to_overwrite(tmp_path):
    out = tmp_path / "milex.json"
    out.write_text("keep")
    done = milex("export", "--format", "json", "--out", str(out))
    assert done.returncode == 1 and "--force" in done.stderr
    assert out.read_text() == "keep"


def test_usage_errors_exit_2():
    assert milex("scorecard", "--year", "soon").returncode == 2


# Values for required arguments when a command is run by the walk below.
SAMPLE_ARGUMENTS = {"name": "Poland", "ally": "Poland", "who": "Poland"}


def offers_all(option) -> bool:
    """Does the option's help, as `--help` shows it, offer the value 'all'?"""
    return re.search(r"\ball\b", option.help or "") is not None


def options_offering_all():
    for path, command in COMMANDS:
        for param in getattr(command, "params", []):
            if param.param_type_name == "option" and offers_all(param):
                yield path, command, param


OFFERING_ALL = list(options_offering_all())


def test_the_walk_finds_the_options_offering_all():
    found = {(p, o.opts[0]) for p, _, o in OFFERING_ALL}
    assert ("milex observations", "--edition") in found
    assert ("milex scorecard", "--guideline") in found


@pytest.mark.parametrize(
    "path, command, option", OFFERING_ALL, ids=[f"{p} {o.opts[0]}" for p, _, o in OFFERING_ALL]
)
def test_every_option_offering_all_accepts_it(path, command, option):
    args = path.split()[1:]
    for param in command.params:
        if param.param_type_name == "argument" and param.required:
            args.append(SAMPLE_ARGUMENTS[param.name])
    shown = runner.invoke(app, [*path.split()[1:], "--help"]).output
    assert option.opts[0] in shown and "all" in shown
    result = runner.invoke(app, [*args, option.opts[0], "all", "--format", "csv"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", ["scorecard", "counts", "burden"])
def test_commands_reading_one_edition_do_not_offer_all(command):
    shown = runner.invoke(app, [command, "--help"]).output
    edition_help = shown.split("--edition", 1)[1].split("--", 1)[0]
    assert "all" not in edition_help
    done = milex(command, "--edition", "all")
    assert done.returncode == 1
    assert "one edition at a time" in done.stderr and "Traceback" not in done.stderr
