"""The milex command line: thin commands over the public functions, no logic of its own.

Every command turns milex's domain errors into a one-line message and exit code 1; a
usage error exits 2. Heavy imports (pandas, the analysis modules) happen inside commands.
`milex --help` alone is written from the table of commands (commands.py) without
importing typer at all, so that it starts fast; so is a command declared as a table of
parameters (plain.py; `milex check`) when its arguments read plainly.
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
    args = sys.argv[1:]
    if args == ["--help"]:
        from milex.cli.commands import help_text

        sys.stdout.write(help_text())
        return
    import gc

    from milex.errors import MilexError

    try:
        if not _ran_plainly(args):
            _app(args[0] if args else None)()
    except MilexError as exc:
        print(f"milex: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("milex: interrupted", file=sys.stderr)
        sys.exit(130)
    finally:
        # The process ends with the command: what exists now is frozen, so that the
        # interpreter's exit does not walk all of it once more looking for cycles to free
        # (a sixth of `milex scorecard`, pandas and all; a tenth of `milex check`).
        gc.freeze()


def _ran_plainly(args: list[str]) -> bool:
    """Run a command declared as a table of parameters without typer, when its arguments
    read plainly (milex.cli.plain); False leaves the command line to typer."""
    import gc
    import importlib

    from milex.cli.commands import PLAIN

    if not args or args[0] not in PLAIN:
        return False
    # The command runs once and the process ends with it: the cyclic collector's passes over
    # what imports create (modules, classes, functions, all kept to the end) free nothing, so
    # it pauses while the command runs (the checker pauses it over an article anyway).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from milex.cli import plain

        module = importlib.import_module(f"milex.cli.{PLAIN[args[0]]}")
        values = plain.parse(module.PARAMS, args[1:])
        if values is None:
            return False
        plain.run(module.run, values)
        return True
    finally:
        if collecting:
            gc.enable()


if __name__ == "__main__":
    main()
