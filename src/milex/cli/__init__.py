"""The milex command line: thin commands over the public functions, no logic of its own.

Every command turns milex's domain errors into a one-line message and exit code 1; a
usage error exits 2. Heavy imports (pandas, the analysis modules) happen inside commands,
and `milex --help` alone is written from the table of commands (commands.py) without
importing typer at all, so that it starts fast.
"""

from __future__ import annotations

import sys

__all__ = ["app", "main"]


def __getattr__(name: str):
    if name == "app":
        return _app()
    raise AttributeError(f"module 'milex.cli' has no attribute {name!r}")


def _app():
    """The typer app with every command registered (each module registers its own)."""
    from milex.cli import batch as _batch  # noqa: F401
    from milex.cli import claims as _claims  # noqa: F401
    from milex.cli import data as _data  # noqa: F401
    from milex.cli import export as _export  # noqa: F401
    from milex.cli import figures as _figures  # noqa: F401
    from milex.cli import projections as _projections  # noqa: F401
    from milex.cli import revisions as _revisions  # noqa: F401
    from milex.cli import scorecard as _scorecard  # noqa: F401
    from milex.cli import serve as _serve  # noqa: F401
    from milex.cli.base import app

    return app


def main() -> None:
    """Entry point: run the app, turning milex's own errors into one-line messages."""
    if sys.argv[1:] == ["--help"]:
        from milex.cli.commands import help_text

        sys.stdout.write(help_text())
        return
    import typer

    from milex.errors import MilexError

    try:
        _app()()
    except MilexError as exc:
        typer.echo(f"milex: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("milex: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
