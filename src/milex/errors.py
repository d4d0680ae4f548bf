"""Domain exceptions, raised deep and turned into messages at the edges (CLI, HTTP)."""

from __future__ import annotations


class MilexError(Exception):
    """Base of every error milex raises on purpose; its message is meant for a user."""


class SourceLayoutError(MilexError):
    """A publisher's file does not have the layout its reader expects."""

    def __init__(self, file: str, sheet: str | None, cell: str | None, problem: str):
        self.file, self.sheet, self.cell, self.problem = file, sheet, cell, problem
        where = file
        if sheet:
            where += f", sheet {sheet!r}"
        if cell:
            where += f", cell {cell}"
        super().__init__(f"{where}: {problem}")


class SanityCheckError(MilexError):
    """The built dataset breaks one or more sanity rules; every violation is listed."""

    def __init__(self, violations: list[str]):
        self.violations = violations
        listing = "\n".join(f"  - {v}" for v in violations)
        super().__init__(f"{len(violations)} sanity check(s) failed:\n{listing}")


class CorruptDataError(MilexError):
    """A packaged data file does not match the checksum recorded in datapackage.json."""


class UnknownName(MilexError):
    """A name (ally, measure, group, guideline...) that milex does not know."""

    def __init__(self, kind: str, name: str, suggestions: list[str] | tuple[str, ...] = ()):
        self.kind, self.name, self.suggestions = kind, name, list(suggestions)
        msg = f"unknown {kind} {name!r}"
        if self.suggestions:
            msg += " — did you mean " + " or ".join(self.suggestions) + "?"
        super().__init__(msg)


class UnknownAlly(UnknownName):
    def __init__(self, name: str, suggestions=()):
        super().__init__("ally", name, suggestions)


class NoData(MilexError):
    """The dataset holds nothing for the question asked; the message says why."""


class BadParameter(MilexError):
    """A parameter value that makes no sense (negative target, deadline in the past...)."""
