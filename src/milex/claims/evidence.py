"""The data a claim is judged against: which edition applies, the published value, tolerance.

The figures come from the dataset's index (milex.dataset.index, no pandas): each group of
rows is read when first asked for, and each claim is answered by dictionary lookups. The
edition is the latest published on or before the article's date; a measure that edition does
not hold (NATO 2025 as held has no money tables) falls back to the latest earlier edition
that holds it, and the output says so.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from milex.claims import patterns
from milex.claims.model import Evidence
from milex.dataset import index as figures
from milex.dataset.index import Row
from milex.dataset.selection import select
from milex.errors import MilexError
from milex.reference import alliance
from milex.reference import publications as pubs


def warm() -> None:
    """Open the dataset's index now (each batch worker calls this once)."""
    figures.current()


@lru_cache(maxsize=1024)  # one answer per source, measure and day
def edition_for(source: str, measure: str, day: date) -> tuple[pubs.Publication | None, str]:
    """The edition a claim of that date is judged on, and a note when it is a fallback."""
    try:
        sel = select(as_of=day, source=source, measure=_BASES.get((source, measure), measure))
    except MilexError:
        return None, ""
    note = ""
    if sel.edition != sel.asked:
        note = (f"the {sel.asked} edition as held has no {_table_name(measure)}, so "
                f"the {sel.edition} edition, the latest that has it, is used")  # fmt: skip
    return sel.publication, note


# Days after a SIPRI release during which an unattributed figure it matches is its.
SIPRI_NEWS_DAYS: int = 7


def sipri_news(day: date) -> bool:
    """Whether `day` falls in the days after SIPRI's yearly release, when the news reports
    SIPRI's figures, mostly without saying so."""
    sipri, _note = edition_for("SIPRI", "spending_usd_current", day)
    return sipri is not None and (day - sipri.published).days <= SIPRI_NEWS_DAYS


def named(pub: pubs.Publication | None, claim, source: str, day: date):
    """The held edition the text names ("the estimate NATO published in June 2024"), when it
    was out by the article's date; else `pub`. Returns (edition, note)."""
    if claim.named_edition is None or pub is None:
        return pub, ""
    for older in reversed(pubs.publications(source)):
        if older.published.year == claim.named_edition and older.published <= day:
            if older.edition == pub.edition:
                return pub, ""
            return older, (f"the text names the {older.edition} edition "
                           f"({older.published:%-d %B %Y}): judged on it")  # fmt: skip
    return pub, ""


def settle_tense_year(claim, source: str, edition: int | None, measure: str, day=None) -> str:
    """A present-tense figure with no year means the latest year the current edition has.

    "Spain spends 1.3% of GDP" in March 2025 speaks of NATO's 2024 estimate: the edition
    current then stops at 2024. Returns a note saying so, or "" when the year stands. Not
    when, by the article's date, releases milex does not hold covered later years: the text
    may speak of those, so the year stays the article's (and is not held).
    """
    if claim.year_basis != "tense" or claim.year is None:
        return ""
    held = years_held(source, edition, measure) if edition is not None else set()
    out = latest_year_out(source, day) if day is not None else None
    named = claim.year_out_named if claim.source == source else None
    if named is not None and day is not None and (out is None or named > out):
        out = named  # the article itself gives the source's figures for a later year
    if out is not None and (not held or out > max(held)):
        # a release milex lacks covered later years (or none is held yet): the text may speak
        # of those, but of no year later than any release of the day covered
        if claim.year <= out:
            return ""
        claim.year = out
        if out == named:
            return (f"the text gives no year: read as {out}, the latest year the article gives "
                    f"{source}'s figures for, from a release milex does not hold")  # fmt: skip
        return (f"the text gives no year: read as {out}, the latest year {source}'s releases "
                "out by the article's date covered")  # fmt: skip
    if not held or claim.year <= max(held):
        return ""
    claim.year = max(held)
    return (f"the text gives no year: read as {claim.year}, the latest year of the "
            f"{edition} edition current at the article's date")  # fmt: skip


def latest_year_out(source: str, day: date) -> int | None:
    """The last year covered by any release of `source` (held or not) out by `day`; a release
    whose day is not verified counts once the year it came out in is over (found once per
    source, day and dataset in use: asked for each claim of an article)."""
    return _latest_year_out(figures.current(), source, day)


@lru_cache(maxsize=1024)
def _latest_year_out(index, source: str, day: date) -> int | None:
    years = [p.last_year for p in pubs.registry(source)
             if (p.published is not None and p.published <= day)
             or (p.published is None and p.edition < day.year)]  # fmt: skip
    return max(years) if years else None


def article_year_edition(claim, source: str, pub, measure: str, day):
    """For a figure whose year came from its tense and was read as the current edition's
    latest: the first later edition holding the article's own year, or None. A writer may
    know the year's budgets before the tables come out ('only three allies were above 3.5%'
    in July 2025); agreeing with that later edition is a reason to abstain, never to support."""
    if claim.year_basis != "tense" or claim.year is None or claim.year >= day.year:
        return None
    return next((p for p in pubs.publications(source) if p.edition > pub.edition
                 and day.year in years_held(source, p.edition, measure)), None)  # fmt: skip


def year_before_editions(claim, source: str, pub) -> list:
    """For a figure whose year came only from its tense ('Poland spends 4.48%'): the edition
    of the date and the one before it, where the year before may be what the writer means
    (the last full year, or the previous report's latest estimate; across the 2026 change of
    definition, the last figure on the old basis). Agreeing there is a reason to abstain."""
    if claim.year_basis != "tense" or claim.year is None or pub is None or claim.since:
        return []  # (a run of years, 'over 2% since 2019', is judged on every year of it)
    if claim.precision < 1 or claim.hedge in ("at_least", "more_than", "less_than", "at_most"):
        return []  # only a figure to a decimal points to one year's table ('less than 2%' does not)
    older = [p for p in pubs.publications(source) if p.edition < pub.edition]
    return [pub, *older[-1:]]


@lru_cache(maxsize=1024)  # one answer per source, measure and day
def _newer(source: str, day: date) -> tuple:
    """Releases milex lacks that came out between the edition held and the date."""
    try:
        return tuple(pubs.newer_not_held(day, source))
    except Exception:
        return ()


def stale(source: str, day: date) -> str:
    """How far the edition held lags the date: "" (current), "update" (only interim figures,
    such as an annual report's, came out since) or "edition" (a newer edition came out)."""
    newer = _newer(source, day)
    if not newer:
        return ""
    full = any(p.kind in ("annual edition", "database release") for p in newer)
    return "edition" if full else "update"


def revision_spread(source: str, measure: str) -> float:
    """How far one figure moved between two held editions, at the 99th percentile."""
    return figures.revision_spread(source, measure)


@lru_cache(maxsize=1024)  # one answer per source, measure and day
def not_held_note(source: str, day: date) -> str:
    """What an article of that date may rest on that milex does not hold, or ""."""
    newer = _newer(source, day)
    if not newer:
        return ""
    said = "; ".join(f"{p.title}, {p.published:%-d %B %Y}" for p in newer)
    held = select(as_of=day, source=source).publication
    return (
        f"judged on the latest edition milex holds, the {held.edition} edition: {source} "
        f"published newer figures before the article ({said}), which milex does not hold"
    )


@lru_cache(maxsize=1024)  # one answer per source, measure and day
def not_held_reason(source: str, year: int, day: date) -> str:
    """Why a year is not covered at that date when only a release milex lacks covers it."""
    newer = pubs.not_held_covering(year, day, source)
    if not newer:
        return ""
    said = "; ".join(f"{p.title}, {p.published:%-d %B %Y}" for p in newer)
    return (
        f"only a {source} release milex does not hold covered {year} at the article's date ({said})"
    )


def definition_change(pub: pubs.Publication, other_basis: str) -> str:
    """ " (core defence expenditure: a change of definition)" when bases differ, else ""."""
    if not other_basis or other_basis == pub.basis:
        return ""
    return f" ({other_basis}: a change of definition, not a revision)"


def basis_doubt(pub: pubs.Publication, others: list[dict]) -> str:
    """Why a figure that the edition would contradict is unverifiable instead, or "".

    An edition on another basis than an earlier one (NATO 2026: core defence expenditure)
    measures something else: a figure that agrees with the earlier edition's measure may be a
    correct figure of that measure. Unless the text said which, nothing is contradicted.
    """
    agree = [o for o in others if o["edition"] < pub.edition and o["verdict"] != "contradicted"
             and pubs.publication(o["source"], o["edition"]).basis != pub.basis]  # fmt: skip
    if not agree:
        return ""
    o = agree[-1]
    basis = pubs.publication(o["source"], o["edition"]).basis
    does = "does" if o["verdict"] == "supported" else "does not contradict it"
    return (
        f"the {pub.edition} edition measures {pub.basis} and does not agree, but the "
        f"{o['edition']} edition's figure ({basis}) {does}: the two measure different "
        "things, and the text does not settle which it means"
    )


def earlier_than(pub: pubs.Publication, source: str, measure: str, year: int):
    """The latest edition before `pub` holding that measure and year, or None."""
    for older in reversed(pubs.publications(source)):
        if older.edition < pub.edition and year in years_held(source, older.edition, measure):
            return older
    return None


def earlier_estimate(pub: pubs.Publication, source: str, measure: str, year: int, day):
    """(edition, note) for a figure the text calls an earlier estimate: the edition before the
    one current at the date, or that one itself when a newer release milex does not hold had
    come out ('22 allies, against a previous forecast of 23' after NATO's annual report);
    (None, why) when no edition held fits."""
    older = earlier_than(pub, source, measure, year)
    if older is not None:
        return older, (f"the text speaks of an earlier estimate: judged on the {older.edition} "
                       f"edition, the one before the {pub.edition} edition current at the date")  # fmt: skip
    if stale(source, day) and year in years_held(source, pub.edition, measure):
        return pub, (f"the text speaks of an earlier estimate: judged on the {pub.edition} "
                     f"edition, the last before a release milex does not hold")  # fmt: skip
    return None, (f"the text speaks of an earlier estimate, and no edition held before the "
                  f"{pub.edition} one has this figure")  # fmt: skip


def _table_name(measure: str) -> str:
    if measure.startswith("spending_usd"):
        return "money tables (Table 2)"
    if measure.startswith("spending_nc"):
        return "national-currency table (Table 1)"
    if measure == "real_change_since_2014":
        return "Table 4 (real change since 2014)"
    return f"{measure} figures"


# Measures milex derives for a source that does not publish them: SIPRI's real change is the
# change of its constant-price series, the way SIPRI's own releases state growth; a change in
# money ("a rise of $6 billion") is the difference of two years of the current-price table.
MONEY_CHANGE = "spending_usd_current_change"
SHARE_CHANGE = "share_of_gdp_change"  # points of GDP on the year before, in one edition
MONEY_TOTAL = "spending_usd_current_total"  # "have spent $11 trillion since 2014": a sum of years
MONEY_YEARLY = "spending_usd_current_yearly"  # "$35 billion a year since 2022": each year's
UNSTATED_BASE = "constant (base year not stated)"  # "in real terms, Germany spent $77 billion"
# the doubt of a sum with no currency ("28.6 billion"): verify.py reads it in the ally's own
# currency and in US dollars
CURRENCY_UNSAID = "the text does not say in which currency"
# and of a sum per head with no prices ("$926 per person"): read at constant and current prices
PER_HEAD_UNPRICED = "the text does not say at which prices its figure per head is"
# a sum in a sentence naming no prices, after sums all at one constant basis: read at that
# basis and at current prices (verify._carried_prices)
CARRIED_PRICES: str = ("the sentence names no prices of its own, after sums at constant "
                       "prices")  # fmt: skip
# a sum in '$' of Canada, with nothing saying which dollars: read in Canadian and in US dollars
# (verify._dollars_either)
DOLLAR_UNSAID: str = "'$' next to Canada could mean Canadian or US dollars"
# and of one in an article datelined in Canada ("OTTAWA -"), whose '$' is read in Canadian
# dollars only
DOLLAR_DATELINE: str = "the article is datelined in Canada, where '$' means Canadian dollars"
PER_HEAD_CURRENT = "spending_per_capita_usd_current"  # SIPRI's; NATO's derived (row())
_DERIVED = {("SIPRI", "real_change"): "spending_usd_constant",
            ("NATO", MONEY_CHANGE): "spending_usd_current",
            ("SIPRI", MONEY_CHANGE): "spending_usd_current",
            ("NATO", SHARE_CHANGE): "share_of_gdp",
            ("SIPRI", SHARE_CHANGE): "share_of_gdp"}  # fmt: skip


# measures no edition prints, and the one whose editions answer for them
_BASES: dict[tuple[str, str], str] = {
    **_DERIVED,
    ("NATO", PER_HEAD_CURRENT): "spending_per_capita_usd_constant",
}


def row(source: str, edition: int, measure: str, iso3: str, year: int) -> Row | None:
    """The figure of one edition's table for a country (or a sum or a derived measure of its
    figures) and year, or None: looked up once per dataset in use (the checker asks for the
    same few figures for every claim and every edition; a Row is immutable)."""
    return _row(figures.current(), source, edition, measure, iso3, year)


@lru_cache(maxsize=8192)
def _row(index, source: str, edition: int, measure: str, iso3: str, year: int) -> Row | None:
    if source == "NATO" and measure == PER_HEAD_CURRENT:
        return nato_per_head_current(edition, iso3, year)
    base = _DERIVED.get((source, measure))
    if base is None:
        return _figure(source, edition, measure, iso3, year)
    now, before = (_figure(source, edition, base, iso3, y) for y in (year, year - 1))
    if now is None or before is None or not before.value:
        return None
    if measure in (MONEY_CHANGE, SHARE_CHANGE):
        return now._replace(value=now.value - before.value, estimate=now.estimate or before.estimate,
                            table=f"{now.table} ({year} less {year - 1})")  # fmt: skip
    return now._replace(value=(now.value / before.value - 1.0) * 100.0, unit="%",
                        estimate=now.estimate or before.estimate,
                        table=f"{now.table} ({year} against {year - 1}, constant prices)")  # fmt: skip


def nato_per_head_current(edition: int, code: str, year: int) -> Row | None:
    """NATO's spending per head at current prices, which it does not print: its current
    spending (Table 2) over the population its own per-head table implies (constant spending
    over constant spending per head)."""
    head = _figure("NATO", edition, "spending_per_capita_usd_constant", code, year)
    now = _figure("NATO", edition, "spending_usd_current", code, year)
    constant = _figure("NATO", edition, "spending_usd_constant", code, year)
    if head is None or now is None or constant is None or not constant.value:
        return None
    return head._replace(value=now.value * head.value / constant.value, price_base="current",
                         estimate=head.estimate or now.estimate,
                         table=f"{now.table} over the population of Table {head.table}")  # fmt: skip


_SUMMED = ("spending_usd_current", "spending_usd_constant")
_SUMMED_OR_PERSONNEL = (*_SUMMED, "personnel")
# SIPRI places Türkiye in the Middle East: its "European NATO members" leave it out
_OUTSIDE_EUROPE = {"NATO": {"USA", "CAN"}, "SIPRI": {"USA", "CAN", "TUR"}}


def _figure(source: str, edition: int, measure: str, code: str, year: int) -> Row | None:
    found = figures.rows(source, edition, measure)
    if "+" in code and measure in _SUMMED_OR_PERSONNEL:
        # "Britain and France together spend $146bn": the allies named, added up
        maybe = [found.get((part, year)) for part in code.split("+")]
        rows = [r for r in maybe if r is not None]
        if len(rows) < len(maybe):
            return None
        return rows[0]._replace(value=sum(r.value for r in rows), cell="",
                                country=" + ".join(r.country for r in rows),
                                estimate=any(r.estimate for r in rows),
                                table=f"sum of {len(rows)} allies' figures in {rows[0].table}")  # fmt: skip
    summed = code == "EUROPE" or (code == "NATO" and source == "SIPRI")
    if not summed or measure not in _SUMMED:
        total = found.get((code, year))
        if total is not None and code in _LEFT_OUT and measure in _SUMMED_OR_PERSONNEL:
            return None if _partial_total(found, code, year, total.value) else total
        return total
    if source == "NATO":  # NATO's own total of Europe and Canada, less Canada
        both, canada = found.get(("NATO_EC", year)), found.get(("CAN", year))
        if both is None or canada is None:
            return None
        return both._replace(value=both.value - canada.value, country="European allies",
                             table=f"{both.table} (Europe and Canada less Canada)")  # fmt: skip
    # SIPRI prints no total of the allies: the sum of its figures for those members that year
    outside = _OUTSIDE_EUROPE[source] if code == "EUROPE" else set()
    allies = [a.iso3 for a in alliance.members(date(year, 12, 31))
              if a.has_armed_forces and a.iso3 not in outside]  # fmt: skip
    maybe = [found.get((iso3, year)) for iso3 in allies]
    rows = [r for r in maybe if r is not None]
    if not rows or len(rows) < len(maybe):
        return None
    what = ("European allies' figures, without Türkiye, which SIPRI counts in the Middle East"
            if code == "EUROPE" else "allies' figures")  # fmt: skip
    return rows[0]._replace(value=sum(r.value for r in rows), cell="",
                            country="European allies" if code == "EUROPE" else "NATO",
                            estimate=any(r.estimate for r in rows),
                            table=f"sum of the {len(rows)} {what}")  # fmt: skip


# NATO's totals of sums, and the allies each leaves out
_LEFT_OUT: dict[str, set[str]] = {"NATO": set(), "NATO_EC": {"USA"}}


def _partial_total(found: dict, code: str, year: int, total: float) -> bool:
    """A total that is only the sum of the allies with a figure that year, when some have
    none: the 2025 edition's personnel of 2025 lacks the United States, the United Kingdom
    and France, and its 'NATO Total' of 1,820 thousand is the rest's."""
    allies = [a.iso3 for a in alliance.members(date(year, 12, 31))
              if a.has_armed_forces and a.iso3 not in _LEFT_OUT[code]]  # fmt: skip
    present = [found[(iso3, year)].value for iso3 in allies if (iso3, year) in found]
    return len(present) < len(allies) and abs(sum(present) - total) <= 1e-3 * abs(total)


def years_held(source: str, edition: int, measure: str) -> set[int]:
    base = _BASES.get((source, measure))
    held = figures.holdings().get((source, edition, base or measure), set())
    return {y for y in held if y - 1 in held} if (source, measure) in _DERIVED else held


def allies_values(source: str, edition: int, measure: str, year: int, europe: bool = False) -> list:
    """The values of the allies of that year (Europe and Canada only, if asked) in one edition."""
    found = values(source, edition, measure, year)
    members = {a.iso3 for a in alliance.members(date(year, 12, 31))}
    if europe:
        members -= {"USA"}
    return [v for code, v in found.items() if code in members]


def values(source: str, edition: int, measure: str, year: int) -> dict[Any, float]:
    """iso3 (None for a row with no country) -> value for every country with that measure and year in one edition."""
    return figures.year_values(source, edition, measure, year)


def scored(measure: str, year: int, edition: int) -> tuple[int, list[tuple[str, float]]]:
    """NATO's scorecard of a year in an edition (milex.analysis.scorecard): how many allies it
    counts (the members by its membership rule, Iceland included), and the name and figure of
    each with armed forces and a figure, in the scorecard's order."""
    counted = alliance.members(alliance.membership_date(year, pubs.publication("NATO", edition)))
    found = figures.rows("NATO", edition, measure)
    return len(counted), [(a.name, found[(a.iso3, year)].value) for a in counted
                          if a.has_armed_forces and (a.iso3, year) in found]  # fmt: skip


def evidence(source: str, edition: int, measure: str, iso3: str, year: int, r: Row,
             value: float | None = None, note: str = "") -> Evidence:  # fmt: skip
    return Evidence(source=source, edition=edition, published=r.published, table=r.table,
                    measure=measure, unit=r.unit, country=r.country, year=year,
                    value=r.value if value is None else value, estimate=bool(r.estimate),
                    price_base=r.price_base or None, file=r.file, sheet=r.sheet, cell=r.cell,
                    note=note, basis=r.basis or None)  # fmt: skip


# --- comparing a stated figure with a published one -----------------------------------------

ABOUT = 0.05  # "about X": within 5% of X, or X's rounding if that is wider
NEARLY = 0.05  # "nearly X": below X by at most 5% (or at X's rounding)
BARELY_BELOW, BARELY_ABOVE = 0.10, 0.02
WHOLE = 0.10  # a bare whole number: the data within 10% of it as well as rounding to it
CUT = 0.011  # an amount may be cut, not rounded, when its last digit is at most ~1% of it
PRINTED = 2  # decimals of the shares and changes NATO prints (a writer may round those again)
RELATIVE = 0.05  # an amount or a count of people: rounding never wider than 5% of the figure
# the kinds of figure compared as amounts (a round "100,000 personnel" is within 5% of it, not
# anywhere from 50,000 to 150,000, as money's "$100bn" is)
AMOUNT_KINDS = frozenset({"spending_amount", "personnel"})


def half_unit(precision: int, stated: float, money: bool) -> float:
    """Half a unit of the last digit written; for an amount (money, people) never more than 5%
    of the figure."""
    half = 0.5 * 10 ** (-precision)
    if money:
        half = min(half, RELATIVE * abs(stated))
    return half


@lru_cache(maxsize=4096, typed=True)  # asked again for each edition and each claim alike
def multiple_agrees(actual: float, n: float, hedge: str | None) -> tuple[bool, str]:
    """Does a multiple (a ratio of two figures) agree with the one worded, and within what:
    'double' within 5%, 'about twice' within 10%, 'more than double' above, 'nearly double'
    from 85% of it up to it?"""
    ok = {"more_than": actual > n, "nearly": 0.85 * n <= actual < n,
          "about": abs(actual - n) <= 0.1 * n}.get(hedge or "", abs(actual - n) <= 0.05 * n)  # fmt: skip
    tolerance = {"more_than": "above", "nearly": "from 85% of it up to it",
                 "about": "within 10%"}.get(hedge or "", "within 5%")  # fmt: skip
    return ok, tolerance


def agrees(stated: float, high: float | None, hedge: str | None, precision: int, value: float,
           money: bool = False, count: bool = False) -> tuple[bool, str]:  # fmt: skip
    """Does a published value agree with a figure as stated? Returns (agrees, tolerance)."""
    eps = 1e-9
    # "130 percent", "$970 billion": a figure of three digits or more ending in zero may be
    # rounded to the ten, the precision its last digit shows (a bare share keeps its 10% bound)
    tens = (not count and precision == 0 and abs(stated) >= 100 and high is None
            and stated == round(stated) and round(stated) % 10 == 0)  # fmt: skip
    half = 0.0 if count else half_unit(-1 if tens else precision, stated, money)
    if hedge == "range" and high is not None:
        lo, hi = stated - half, high + half
        return lo - eps <= value <= hi + eps, f"within the range {_n(stated)}-{_n(high)}"
    if hedge == "more_than":
        return value > stated, f"strictly more than {_n(stated)}"
    if hedge == "at_least":  # "met 2%": at or above 2.00 at two decimals (3.9993 hits 4%)
        shown = value if money or count else round(value, max(precision, 2))
        return shown >= stated - eps, f"at least {_n(stated)}"
    if hedge == "less_than":
        return value < stated, f"strictly less than {_n(stated)}"
    if hedge == "at_most":
        return value <= stated + eps, f"at most {_n(stated)}"
    if hedge == "about":
        # a count from a fraction ("two-thirds of the 32 allies" = 21.33) is as coarse as a
        # whole-number share: within 10% of it
        share = WHOLE if count and stated != round(stated) else ABOUT
        # a figure with decimals is hedged by a whole step of its last digit ("roughly 0.5%"
        # of 0.55); a whole-number share keeps half a step, as "about 2%" is not 1% to 3%
        step = 2 * half if precision > 0 and not count else half
        width = max(step, share * abs(stated), 1.0 if count else 0.0)
        if count and stated >= 20 and stated % 10 == 0:
            width = max(width, 5.0)  # "roughly 20 allies": a count rounded to the ten (but
            # "about 10" of 13 is off by a third: the ten is too coarse a step for it)
        return abs(value - stated) <= width + eps, (
            f"'about': within ±{_n(width)} ({_n(stated - width)} to {_n(stated + width)})"
        )
    if hedge == "times":  # "tripled" (200% more): about three times the start, within 5%
        multiple, actual = stated / 100 + 1, value / 100 + 1
        return abs(actual - multiple) <= ABOUT * multiple + eps, (
            f"about {_n(multiple)} times the starting level (±{ABOUT:.0%})"
        )
    if hedge == "nearly":
        low = stated - max(half, NEARLY * abs(stated), 1.0 if count else 0.0)
        return low - eps <= value <= stated + half + eps, (
            f"'nearly': from {_n(low)} up to {_n(stated + half)}"
        )
    if hedge == "barely":
        low, top = stated * (1 - BARELY_BELOW), stated * (1 + BARELY_ABOVE)
        if precision == 0 and not money and not count:
            # "barely 1%" of 1.06: a whole number is rounded, as a bare one is (within 10%)
            top = max(top, stated + min(half, WHOLE * abs(stated)))
        return low - eps <= value <= top + eps, f"'barely': from {_n(low)} to {_n(top)}"
    if count:
        return abs(value - stated) < 0.5, f"exactly {_n(stated)}"
    # a writer may round the figure as printed, at two decimals, not the raw value ("3.2%" of
    # a table's 3.15, whose raw value is 3.148), half up: either agrees (money and figures
    # given to two decimals or more, as "exactly 2%" is, are rounded from the data only)
    printed = round(value, PRINTED) if not money and precision < PRINTED else value
    also = (
        f"; or its {PRINTED}-decimal figure as published, {_n(printed)}, rounded half up"
        if printed != value
        else ""
    )
    if precision == 0 and not money and stated:
        # a bare whole-number share ("2%", "4 percent") must also lie within 10% of the data
        # (DOMAIN.md): of the published value, not of the stated one ("2%" of 1.8066 is 10.7%
        # off it, though within 10% of 2)
        width = min(half, WHOLE * abs(value))
        return abs(value - stated) <= width + eps or _rounds_up_to(printed, stated, width), (
            f"a whole number: {_n(stated - width)} to {_n(stated + width)} (rounding"
            f"{' to the ten' if tens else ''}, and within {WHOLE:.0%}{also})"
        )
    if tens:
        return abs(value - stated) <= half + eps, (
            f"rounded to the ten: {_n(stated - half)} to {_n(stated + half)}"
        )
    unit = 10.0 ** (-precision)
    if money and precision == 0 and unit <= CUT * abs(stated):
        # writers cut long amounts as often as they round them ("$967bn" for 967.71): a cut
        # figure is off by less than its last digit, a small part of it. Only a whole number
        # is cut: a writer who keeps a decimal ("$11.9 billion") has rounded to it, and 11.97
        # is 12.0 at that precision
        return stated - half - eps <= value < stated + unit, (
            f"rounded or cut to {precision} decimal{'s' if precision != 1 else ''}: "
            f"{_n(stated - half)} to {_n(stated + unit)}"
        )
    capped = money and half < 0.5 * 10 ** (-precision)  # "100,000": not 50,000 to 150,000
    rounded = (f"within {RELATIVE:.0%} of it, as an amount (its last non-zero digit alone would "
               "allow more)" if capped else
               f"rounded to {precision} decimal{'s' if precision != 1 else ''}")  # fmt: skip
    return abs(value - stated) <= half + eps or _rounds_up_to(printed, stated, half), (
        f"{rounded}: {_n(stated - half)} to {_n(stated + half)}{also}"
    )


def _rounds_up_to(printed: float, stated: float, half: float) -> bool:
    """Does a printed figure round half up to the stated one (3.15 to 3.2, not 4.15 to 4.1)?
    A fall is rounded by its size ("falls by 1.4%" of a printed -1.35)."""
    eps = 1e-9
    if stated < 0 and printed < 0:
        printed, stated = -printed, -stated
    return stated - half - eps <= printed < stated + half - eps


def _n(x: float) -> str:
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def in_every_edition(source, measure, code, year, currency) -> tuple:
    """(publication, lookup()) for each held edition of `source` that has the figure, in the
    order of publications(): asked for every claim, looked up once per dataset in use."""
    return _in_every_edition(figures.current(), source, measure, code, year, currency)


@lru_cache(maxsize=4096)
def _in_every_edition(index, source, measure, code, year, currency) -> tuple:
    found = ((pub, lookup(source, pub.edition, measure, code, year, currency))
             for pub in pubs.publications(source))  # fmt: skip
    return tuple((pub, hit) for pub, hit in found if hit is not None)


def lookup(source, edition, measure, code, year, currency):
    """(row, value in million or %, conversion note) for a claim, or None."""
    found = row(source, edition, measure, code, year)
    if measure == "spending_nc_current" and source == "NATO":
        held = found.unit.split()[-1] if found else None
        if found is not None and held == currency:
            return found, found.value, ""
        if currency == "EUR":
            return _in_euros(edition, code, year)
        return None
    if measure == "spending_nc_current" and source == "SIPRI":
        lcu = row("SIPRI", edition, "spending_lcu_current", code, year)
        if lcu is None or _sipri_currency(lcu.unit, code) != currency:
            return None
        value = lcu.value / 1e6  # (SIPRI gives local currency in units, milex reads millions)
        return lcu._replace(value=value, unit=f"million {currency}"), value, ""
    if found is None:
        return None
    return found, found.value, ""


def _sipri_currency(unit: str, code: str) -> str | None:
    """The currency code of SIPRI's local-currency column for an ally ('Euro', 'Zlotys') or a
    country outside NATO whose money the text can name ('Roubles' of Russia), or
    None where the column's name does not say it for sure (Croatia's 'Kunas' after the euro)."""
    if unit == "Euro":
        return "EUR"
    if unit == "US dollars":
        return "USD"
    vocab = patterns.load()
    owners = {**vocab["currency_allies"], **vocab["currency_countries"]}
    own = {country: cur for cur, country in owners.items()}.get(code)
    return own if unit not in ("Kunas",) else None


def _in_euros(edition: int, code: str, year: int):
    """USD converted at NATO's own implied rate: Germany's Table 1 / Table 2 for that year."""
    usd = row("NATO", edition, "spending_usd_current", code, year)
    de_eur = row("NATO", edition, "spending_nc_current", "DEU", year)
    de_usd = row("NATO", edition, "spending_usd_current", "DEU", year)
    if usd is None or de_eur is None or de_usd is None:
        return None
    rate = de_eur.value / de_usd.value
    note = (f"converted from USD {usd.value:,.0f} m at NATO's implied rate of {rate:.4f} EUR per "
            f"USD in {year} (Germany, Table 1 / Table 2)")  # fmt: skip
    return usd, usd.value * rate, note


def figure_text(x: float) -> str:
    return f"{x:,.2f}" if abs(x) < 1000 else f"{x:,.0f}"
