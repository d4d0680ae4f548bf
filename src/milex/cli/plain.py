"""Commands that can run without typer: their parameters declared once, as a table.

Importing typer costs about ten bare Python starts (it brings its click and pydantic), more
than `milex check` spends on a short article. A command declared as a table of `Param`s is
registered with typer from that table (milex.cli.base.from_params), so its help, its checks
and its errors are typer's; and `milex.cli.main` runs it directly when `parse` finds the
arguments plain: known options, each at most once, a value where click would take it, a
choice among those offered, exactly the arguments expected. Anything else (--help, a typo, a
missing argument, a bad choice, `--`) gets None and goes to typer, which prints its own help
or usage error. Both ways run the same function with the same values.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Param:
    """One parameter of a command: an option when it has flags, else a required argument.

    kind: str, pathlib.Path, bool (a flag, off by default) or a StrEnum (its values are the
    choices). An option without a default is optional and None when not given.
    """

    name: str  # the keyword the command's function takes
    flags: tuple[str, ...] = ()
    help: str = ""
    kind: type = str
    default: object = None


def parse(params: tuple[Param, ...], argv: list[str]) -> dict[str, object] | None:
    """The command's keyword arguments when `argv` reads plainly (see above), else None."""
    by_flag = {flag: p for p in params for flag in p.flags}
    arguments = [p for p in params if not p.flags]
    values = {p.name: p.default for p in params if p.flags}
    seen: set[str] = set()
    words = iter(argv)
    for word in words:
        if word == "-" or not word.startswith("-"):
            if not arguments:
                return None  # one too many: typer says so
            values[arguments.pop(0).name] = word
            continue
        # only a long option takes "=value": click reads "-f=json" as the value "=json"
        flag, equals, text = word.partition("=") if word.startswith("--") else (word, "", "")
        param = by_flag.get(flag)
        if param is None or param.name in seen or (equals and param.kind is bool):
            return None  # unknown here (--help, --, -fjson, a typo), or given twice
        seen.add(param.name)
        if param.kind is bool:
            values[param.name] = True
            continue
        if not equals:
            text = next(words, None)
            # click would take "-x" as the value; a value that looks like an option is left to it
            if text is None or text.startswith("-"):
                return None
        value = _value(param, text)
        if value is None:
            return None
        values[param.name] = value
    return None if arguments else values


def _value(param: Param, text: str):
    if isinstance(param.kind, type) and issubclass(param.kind, StrEnum):
        return param.kind(text) if text in {c.value for c in param.kind} else None
    return param.kind(text)


def fail(message: str, code: int = 1) -> None:
    """End the command with a one-line message on stderr and an exit code (2: a usage error)."""
    print(f"milex: {message}", file=sys.stderr)
    raise SystemExit(code)


def run(command, values: dict[str, object]) -> None:
    """Run a command as typer ends one: an interrupt exits 130, a closed pipe 1, quietly."""
    try:
        command(**values)
        sys.stdout.flush()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except BrokenPipeError:
        # the reader went away (`milex check ... | head`): nothing more can be written
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
