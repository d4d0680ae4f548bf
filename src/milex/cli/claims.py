"""`milex check` registered with typer from its table of parameters (check.py)."""

from __future__ import annotations

from milex.cli import check
from milex.cli.base import command, from_params

command("check")(from_params(check.run, check.PARAMS))
