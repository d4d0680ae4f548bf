"""The command line's table of contents: every command in the order `milex --help` lists it,
with its one-line summary, and that listing rendered without importing typer.

Importing typer (and the click it carries) costs several times a bare Python start, so
`milex --help` is written from this table instead: `help_text` lays it out as click does
(usage, the app's help, options, commands) at the terminal's width. The commands register
with these summaries (`milex.cli.base.command`), and a test holds the two listings equal.
"""

from __future__ import annotations

APP_HELP = (
    "Allied defence spending: NATO's tables in every edition held, SIPRI beside them, "
    "the commitments, and a checker for published figures.\n\nExample: milex ally Poland"
)

# name -> (the module of milex.cli defining it, the first line of its help), in the order
# `milex --help` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "check-batch": ("batch", "Check an archive of articles; one row per claim and one per "
                    "article, as Parquet or JSONL."),
    "check": ("claims", "Check an article's defence-spending figures against the data of its "
              "day."),
    "export": ("export", "Write the dataset (observations, allies, commitments, editions) for "
               "other tools."),
    "sql": ("export", "Read-only SQL (DuckDB) over the tables observations, allies, "
            "commitments, editions."),
    "allies": ("figures", "List the allies at a date (default: today), with ISO codes and "
               "accession dates."),
    "observations": ("figures", "Query the figures with their provenance."),
    "sources": ("figures", "Every release of NATO's and SIPRI's figures known, held or not, and "
                "how to cite those held."),
    "project": ("projections", "Project the path and extra cost to a target share of GDP by a "
                "deadline."),
    "revisions": ("revisions", "An ally's figure in every edition held, and how each edition "
                  "revised the one before."),
    "largest-revisions": ("revisions", "The ally-years whose figure moved most between two "
                          "editions (default: the two latest)."),
    "compare": ("revisions", "NATO beside SIPRI for one ally: both figures, the difference, and "
                "why they differ."),
    "ally": ("scorecard", "One ally: its series in an edition, and its gap to each commitment on "
             "the latest figure."),
    "scorecard": ("scorecard", "Who meets a commitment in a year: value, status, gap in points "
                  "and in USD, per ally."),
    "counts": ("scorecard", "How many allies meet a guideline each year, NATO's \"N of 32\" "
               "framing, with the names."),
    "burden": ("scorecard", "Burden-sharing: share of alliance GDP against share of its defence "
               "spending, with ranks."),
    "serve": ("serve", "Serve the web dashboard and the HTTP API (read-only, offline) on the "
              "embedded data."),
    "data": ("data", "Build and inspect the packaged dataset."),
}  # fmt: skip

# name -> the module of milex.cli declaring the command as a table of parameters (PARAMS) and
# a function (run), which `milex.cli.main` runs without typer when the arguments read plainly.
PLAIN: dict[str, str] = {"check": "check"}

_OPTIONS = (("--help", "Show this message and exit."),)
_INDENT = 2


def help_text(width: int | None = None) -> str:
    """`milex --help` as click writes it: at the terminal's width, at most 78 columns."""
    import shutil

    if width is None:
        width = max(min(shutil.get_terminal_size().columns, 80) - 2, 50)
    prefix = "Usage: milex "
    lines = [_wrap("[OPTIONS] COMMAND [ARGS]...", width, prefix, " " * len(prefix)), ""]
    indent = " " * _INDENT
    paragraphs = (_wrap(p, width, indent, indent) for p in APP_HELP.split("\n\n"))
    lines += ["\n\n".join(paragraphs), ""]
    lines += ["Options:", *_listing(_OPTIONS, width), ""]
    lines += ["Commands:", *_listing(((n, h) for n, (_, h) in COMMANDS.items()), width)]
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int, first: str, rest: str) -> str:
    import textwrap

    return textwrap.fill(text, width, initial_indent=first, subsequent_indent=rest,
                         replace_whitespace=False)  # fmt: skip


def _listing(rows, width: int) -> list[str]:
    """A definition list as click indents it: names in a column of at most 30, text wrapped."""
    rows = list(rows)
    column = min(max(len(name) for name, _ in rows), 30) + 2
    out = []
    for name, text in rows:
        lines = _wrap(text, max(width - column - 2, 10), "", "").splitlines()
        if len(name) <= column - 2:
            out.append(f"{' ' * _INDENT}{name}{' ' * (column - len(name))}{lines[0]}")
        else:
            out += [f"{' ' * _INDENT}{name}", f"{' ' * (column + _INDENT)}{lines[0]}"]
        out += [f"{' ' * (column + _INDENT)}{line}" for line in lines[1:]]
    return out
