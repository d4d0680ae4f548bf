"""`milex check` runs without typer when its arguments read plainly: the same values, the
same output and the same errors as through typer, and typer for everything else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from milex.cli import check, plain
from milex.cli.base import from_params

ARTICLE = str(Path(__file__).resolve().parents[1] / "examples" / "article-2025-09.txt")

PLAIN_ARGS = [
    [ARTICLE],
    [ARTICLE, "--format", "json"],
    ["-f", "html", ARTICLE],
    ["--format=claimreview", ARTICLE, "--date", "2024-07-01"],
    [ARTICLE, "--date=2025-07-01", "-o", "report.json", "-f", "json"],
    [ARTICLE, "--out", "report.json", "--force"],
    ["-"],
    ["no-such-article.txt"],
    [ARTICLE, "--date", "last spring"],
    [ARTICLE, "--date", ""],
    [""],
]
# Left to typer: its help, its usage errors, and what click reads in ways of its own.
TYPER_ARGS = [
    [],
    ["--help"],
    [ARTICLE, "--help"],
    [ARTICLE, "-f", "xml"],
    [ARTICLE, "--dat", "2024-07-01"],
    [ARTICLE, ARTICLE],
    [ARTICLE, "--force=yes"],
    [ARTICLE, "-f=json"],
    [ARTICLE, "-fjson"],
    [ARTICLE, "--date"],
    [ARTICLE, "--date", "--force"],
    [ARTICLE, "-f", "json", "--format", "html"],
    ["--", ARTICLE],
    ["-x"],
]


def typer_reads(args: list[str]) -> dict | None:
    """The values typer passes to the command for `args` (None: it refuses them)."""
    seen: dict = {}
    app = typer.Typer()
    app.command("check")(from_params(lambda **values: seen.update(values), check.PARAMS))
    app.callback()(lambda: None)
    result = CliRunner().invoke(app, ["check", *args])
    return seen if result.exit_code == 0 and seen else None


@pytest.mark.parametrize("args", PLAIN_ARGS + TYPER_ARGS)
def test_plain_reading_is_typers_or_none(args):
    mine = plain.parse(check.PARAMS, args)
    if args in TYPER_ARGS:
        assert mine is None
    else:
        assert mine is not None
        assert mine == typer_reads(args)


def milex(args: list[str], cwd: Path, with_typer: bool) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `milex ARGS`, run plainly when it can be or by typer."""
    code = "import sys; from milex.cli import main; sys.argv[0] = 'milex'; main()"
    if with_typer:
        code = "import milex.cli.commands as c; c.PLAIN.clear(); " + code
    done = subprocess.run([sys.executable, "-c", code, "check", *args], capture_output=True,
                          text=True, cwd=cwd, input="Poland spends 4.1% of GDP on defence.",
                          timeout=120)  # fmt: skip
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("args", PLAIN_ARGS + TYPER_ARGS[:5])
def test_the_same_output_and_errors_without_typer(args, tmp_path):
    runs = []
    for way in ("plain", "typer"):
        (tmp_path / way).mkdir()
        # a second run into the same --out meets the file the first wrote
        runs.append([milex(args, tmp_path / way, way == "typer") for _ in range(2)])
    assert runs[0] == runs[1]
    assert not any("Traceback" in err for _, _, err in runs[0]), runs[0]


def test_a_plain_check_does_not_import_typer():
    code = ("import sys; from milex.cli import main; sys.argv = ['milex', 'check', "
            f"{ARTICLE!r}, '-f', 'json']; main(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('typer', 'click', 'pydantic', 'pandas', 'duckdb', 'fastapi')), file=sys.stderr)")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "[]"
    assert '"verdict": "supported"' in done.stdout
