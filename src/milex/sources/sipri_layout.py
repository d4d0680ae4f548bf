"""How SIPRI's workbook writes its cells, shared by the readers of its sheets.

Every sheet states its unit in heading lines above a header row, marks missing figures with
the same texts, and marks estimates by font colour rather than in the text of a cell.
"""

from __future__ import annotations

from openpyxl.cell.cell import Cell

# SIPRI's cell texts for "no data" and "did not exist" (a country, or every country of a
# subregion): no row is emitted for either.
NO_DATA_TEXTS = frozenset({"...", ". ."})
DID_NOT_EXIST_TEXT = "xxx"


def normalise(text) -> str:
    """Lower case, runs of white space as one space: how heading text is compared."""
    return " ".join(str(text or "").split()).lower()


def is_missing(value) -> bool:
    """A cell SIPRI marks as holding no figure ("...", ". ." or "xxx")."""
    return isinstance(value, str) and value.strip() in (*NO_DATA_TEXTS, DID_NOT_EXIST_TEXT)


def header_row(ws, first: str, max_row: int = 40) -> tuple[tuple[Cell, ...], str] | None:
    """The first row whose column A reads `first` (lower case), and the text above it (lower
    case, one line), where SIPRI states the unit; None when there is no such row."""
    preamble = []
    for row in ws.iter_rows(max_row=max_row):
        if normalise(row[0].value) == first:
            return row, " ".join(preamble)
        preamble.extend(normalise(c.value) for c in row if isinstance(c.value, str))
    return None


def font_rgb(cell: Cell, palette: list[str]) -> str:
    """The font colour of a cell as six hex digits ("000000" for Excel's automatic black), or
    "<type> <value>" for a colour that cannot be resolved, which the readers refuse.

    palette: the workbook's indexed colours (wb._colors)."""
    color = cell.font.color
    if color is None:
        return "000000"  # no colour set: Excel's automatic black
    if color.type == "indexed" and color.indexed < len(palette):
        return palette[color.indexed][-6:].upper()
    if color.type == "indexed" and color.indexed == 64:
        return "000000"  # "system foreground": automatic black
    if color.type == "rgb":
        return color.rgb[-6:].upper()
    if color.type == "theme" and color.theme == 1 and not color.tint:
        return "000000"  # theme "Text 1", the default text colour of new Excel workbooks
    return f"{color.type} {color.value}"
