"""The milex command line: thin commands over the public functions, no logic of its own.

Every command turns milex's domain errors into a one-line message and exit code 1; a
usage error exits 2. Heavy imports (pandas, the analysis modules) happen inside commands
so that `milex --help` starts fast.
"""

from __future__ import annotations

import sys

import typer

# Each command module registers its commands on `app` when imported; they import only typer
# at module level, so loading them all costs little.
from milex.cli import batch as _batch  # noqa: F401
from milex.cli import claims as _claims  # noqa: F401
from milex.cli import data as _data  # noqa: F401
from milex.cli import export as _export  # noqa: F401
from milex.cli import figures as _figures  # noqa: F401
from milex.cli import projections as _projections  # noqa: F401
from milex.cli import revisions as _revisions  # noqa: F401
from milex.cli import scorecard as _scorecard  # noqa: F401
from milex.cli import serve as _serve  # noqa: F401
from milex.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: run the app, turning milex's own errors into one-line messages."""
    from milex.errors import MilexError

    try:
        app()
    except MilexError as exc:
        typer.echo(f"milex: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("milex: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
