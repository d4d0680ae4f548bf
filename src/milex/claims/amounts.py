"""Amounts of money as text writes them: in the tables' units, spread over several years, or
converted by the writer into another currency."""

from __future__ import annotations

from milex.claims import patterns
from milex.claims.clause import Context
from milex.claims.numbers import Quantity

_UNIT_NAMES = {1e6: "m", 1e9: "bn", 1e12: "tn"}


def multi_year(ctx: Context, q: Quantity) -> bool:
    """'€413bn for 2024-2030', 'over four years': a programme's total, not a year's spending."""
    after = ctx.lows[q.j : q.j + 6]
    for k, w in enumerate(after):
        nxt = after[k + 2] if k + 2 < len(after) else ""
        if w.isdigit() and len(w) == 4 and after[k + 1 : k + 2] in (["-"], ["–"], ["to"]):
            if nxt.isdigit() and len(nxt) == 4:  # "2024-2030", but not the fiscal year "2024-25"
                return True
        if w == "over" and after[k + 2 : k + 3] in (["years"], ["decades"], ["year"]):
            return True
    return False


_CONVERTING = patterns.word_set("conversion_words")


def conversion(ctx: Context, q: Quantity) -> bool:
    """'151.24 billion zlotys (approximately EUR 34.85 billion)', '$88.5 billion, which equals
    about EUR 77.6 billion', 'EUR 45bn, about $52.8bn': the same money in another currency,
    converted by the writer."""
    earlier = [x for x in ctx.quantities if x.form == "money" and x.j <= q.i]
    if not earlier:
        return False
    prev = earlier[-1]
    between = ctx.lows[prev.j : q.i]
    if len(between) > 5 or (prev.currency or "").rstrip("?") == (q.currency or "").rstrip("?"):
        return False
    if between == [","] and q.hedge is not None and ctx.lows[q.i] in _CONVERTING:
        return True  # "Poland's bid of EUR 45bn, about $52.8bn": set beside it, approximated
    return "(" in between or any(w in _CONVERTING for w in between)


def converted_into(ctx: Context, q: Quantity) -> Quantity | None:
    """The sum right after q in brackets in another currency ('EUR 77.8 billion ($88.5
    billion)'): the same money converted, one of the two by the writer; or None."""
    later = [x for x in ctx.quantities if x.form == "money" and x.i >= q.j]
    if not later:
        return None
    nxt = later[0]
    if (nxt.currency or "").rstrip("?") == (q.currency or "").rstrip("?"):
        return None
    return nxt if ctx.lows[q.j : nxt.i] == ["("] else None


def amount_unit(q: Quantity, currency: str | None = None) -> tuple[float, str]:
    """An amount in the tables' units: (968, "USD bn") for "$968bn"; a long plain number in
    millions ("2 157 966 637 euros")."""
    currency = currency or (q.currency or "").rstrip("?") or None
    value, scale = q.value, _UNIT_NAMES.get(q.scale, "")
    if q.scale == 1.0 and q.value >= 1e5:
        value, scale = q.value / 1e6, "m"
    return value, f"{currency or '?'} {scale}".strip()


def amount_precision(q: Quantity) -> int:
    """Decimals of an amount in its table unit: a long plain number in millions is as precise
    as its last digit that is not a written zero ("$968,000,000,000": to the billion, -3), and
    so is a whole number of millions that ends in zeros ("997.000 million": to the billion)."""
    if q.precision == 0 and q.scale == 1e6 and q.value >= 1e3:
        digits = str(int(round(q.value)))
        return -(len(digits) - len(digits.rstrip("0")))
    if not (q.scale == 1.0 and q.value >= 1e5 and q.precision == 0):
        return q.precision
    digits = str(int(round(q.value)))
    return 6 - (len(digits) - len(digits.rstrip("0")))
