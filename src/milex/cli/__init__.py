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


def _app(only: str | None = None):
    """The typer app with its commands registered (each module registers its own): every
    command, or only `only` when that names one (the command about to run)."""
    import importlib

    from milex.cli.commands import COMMANDS

    wanted = [COMMANDS[only]] if only in COMMANDS else COMMANDS.values()
    for module in dict.fromkeys(module for module, _ in wanted):
        importlib.import_module(f"milex.cli.{module}")
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
        _app(sys.argv[1] if len(sys.argv) > 1 else None)()
    except MilexError as exc:
        typer.echo(f"milex: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("milex: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
