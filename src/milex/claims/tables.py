"""Lists and flattened tables under a header: the header gives the year and the measure.

    Allies' defence spending in 2023 (share of GDP, NATO):     <- header: year 2023, share
    1. Poland 3.3%
    - Latvia 2.9%
    Defence spending, % of GDP, 2024 estimates: Bulgaria 2.2; Albania 2.0
    Poland 1.88 4.12 Estonia 1.93 3.43          <- under "2014 2024*": one column a year

A header is a line ending in ':' (or the part of a sentence before ':'), a table's header
row, or a short title line with no final stop, that names a share of GDP or a year. The lines after it belong to it while they read as items (short, or opening on
a bullet or a number); each ally in an item takes the numbers after it, one per header year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from milex.claims import derived, patterns
from milex.claims.clause import Context, new_claim, set_subject
from milex.claims.context import Mention
from milex.claims.evidence import PER_HEAD_CURRENT, PER_HEAD_UNPRICED, UNSTATED_BASE
from milex.claims.extract import Token
from milex.claims.figure_kinds import minus_sign
from milex.claims.measures import MAX_SHARE
from milex.claims.model import Claim
from milex.claims.numbers import Quantity
from milex.claims.patterns import BUDGET_SHARES
from milex.claims.subjects import foreign_iso
from milex.claims.years import line_year
from milex.reference.alliance import ALLIES

# a header of changes: "Biggest real-terms increases in 2025:", "Biggest jumps this year:"
_CHANGES: frozenset[str] = patterns.word_set("header_change_words")
_MOVES = patterns.word_set("rising_words") | patterns.word_set("falling_words") | _CHANGES
_BULLETS = ("-", "–", "—", "•", "*", "·")
_NO_FIGURE = frozenset({"-", "–", "—", "n/a", "..", "…"})  # a table's empty cell
_YEARS_ONLY = re.compile(r"[\s#*_|=:()-]*(?:(?:19|20)\d\d[e*]?[\s#*_|=:()-]*)+$")
_ITEM_TOKENS = 14  # an item line is short: "2. United States 3.2%"
# the measure of a header naming one the checker does not judge (a gap to a target): its
# items are listed, each unverifiable with the header's doubt, and never read as levels
UNREAD: str = "unread"
GAP_DOUBT: str = ("the header says the figures are gaps or distances to a level, not levels "
                  "spent: no table holds them")  # fmt: skip
_TITLE_TOKENS = 24


@dataclass(frozen=True)
class Header:
    years: tuple[int, ...]
    share: bool  # the header says the figures are shares (of GDP, or '%')
    # or "real_change" ("Biggest real-terms increases in 2025:"), or a share of defence
    # spending ("Share of defence spending going on major equipment in 2024:")
    measure: str = "share_of_gdp"
    real: bool = False  # the header says the changes are real
    # the header names a country or group other than NATO ("EU members' spending in 2024"):
    # a line under it that names no one counts those, not the allies
    others: bool = False
    of_gdp: bool = False  # the header names GDP
    doubt: str = ""  # what makes its items' measure unclear
    # a table's column headed by a source, one per year: (source, its words), or ("", "")
    # ("| Ally | SIPRI 2024 (% of GDP) | NATO 2024 (% of GDP) |")
    sources: tuple[tuple[str, str], ...] = ()
    table: bool = False  # a table's header row ("| Ally | 2014 | 2024 |")
    per_head: bool = False  # its sums are per head ("Defence spending per capita, 2024")
    prices: int | None = None  # its sums are at constant prices of that year ("2015 prices")
    # a table's header row read cell by cell, when its columns are not all years: (the year
    # the cell names, the year of the release it names), 0 for none, one a cell ("| Ally |
    # share of GDP 2024 | gap |", "| Ally | Aug 2025 report | Jul 2026 report |")
    cells: tuple[tuple[int, int], ...] = ()
    since: int | None = None  # its changes run over a span of years ("Change 2014-24"): its start
    # the one ally the header names, whose figures the lines under it give by year ("UK
    # defence spending, % of GDP" over "2021: 2.29"), else ""
    owner: str = ""
    # the header names NATO's estimates or the core basis but no measure ("NATO 2025 est.",
    # "Big economies on core basis, 2026:"): the bare figures under it are read as shares of
    # GDP only to support, as a table's are
    estimates: bool = False
    # the unit its bare figures are in, when it names one of money or of persons ("current
    # US$ billion": "USD bn"; "per capita (US$, 2015 prices)": "USD" a head; "Military
    # personnel (thousands)": "thousand"; "Troops, 2024:": "person"), else ""
    unit: str = ""
    # the one year the header sets its lines' figures against ("The biggest movers compared
    # with 2024:", "Estimated change on 2024, share of GDP:"): not the year of their figures,
    # but of the one each line gives as its starting point ("Canada: 2.01%, from 1.47%")
    base: int | None = None
    # the header names GDP by its '%' ("GDP%:", "% GDP, SIPRI:") though not "of GDP"
    gdp_percent: bool = False
    # a table's header row whose columns are not all of one unit: the unit each cell names
    # its figures in, one a cell, "" for none ("| Ally | % of GDP | US$ bn (current) |": "",
    # "", "USD bn"), else ()
    cell_units: tuple[str, ...] = ()
    # a header naming two units set apart by a slash, one of US dollars and one a share of GDP
    # ("US$ bn / % of GDP"), for items giving two figures so ("China: 314 / 1.7"): the unit
    # of each, in order, "" for the share ("USD bn", ""), else ()
    slash_units: tuple[str, ...] = ()
    # a row with no header whose comment after a dash names its year or GDP ('NL 2.05 | BE
    # 1.30 | LU 1.39 — Benelux in one line (2024e, % GDP)'): where the comment opens, else -1
    tail: int = -1
    # a header of sums that names shares of GDP in brackets after their unit ('Country: $bn
    # (% of GDP)'): each item's figure in brackets is its share of GDP ('China: 314 (1.7)')
    bracket_share: bool = False
    # the header says its figures were revised between releases ("How the 2024 estimates
    # moved between NATO's June 2024 and August 2025 reports"): in a line "Finland: 2.41 ->
    # 2.40" the first is the earlier release's, the second the one of the day
    revised: bool = False

    def names_measure(self) -> bool:
        """Does the header say what its figures measure (not only a year or '%')?"""
        return self.of_gdp or self.measure != "share_of_gdp"


def header_of(ctx: Context) -> Header | None:
    """The header a sentence states, read from its words before ':'."""
    if "header" not in ctx.memo:  # asked for each line under a header again
        found = _header_of(ctx)
        if found is not None:
            colon = _colon(ctx.lows)
            hi = len(ctx.lows) if colon is None else colon
            if colon is not None and not any(q.i > colon and q.form != "year"
                                             for q in ctx.quantities):  # fmt: skip
                hi = len(ctx.lows)  # "Chart: defence expenditure per head, 2024e (US dollars)"
            prices = [t.year for t in ctx.times if t.role == "price" and t.i < hi and t.year]
            per_head = ctx.has("ranking", "per_head", lo=0, hi=hi)
            found = replace(found, per_head=per_head, prices=prices[0] if prices else None,
                            table="|" in ctx.lows, cells=header_cells(ctx),
                            cell_units=_cell_units(ctx), slash_units=_slash_units(ctx, hi))  # fmt: skip
        ctx.memo["header"] = found
    return ctx.memo["header"]


def unit_title(ctx: Context) -> Header | None:
    """The header a title with no figure and no year gives by the unit it names alone, of
    money or of persons ('Military personnel (thousands)', 'Defence spending, million US
    dollars, current prices'): the rows under it (and their header row's years) are in it."""
    found = _header_of(ctx, unit_only=True)
    if found is not None and not found.unit and found.owner and not found.share:
        return found  # "Germany core defence spending" over "2024: 2.00%": that ally's
    return found if found is not None and found.unit and not found.years else None


def _header_of(ctx: Context, unit_only: bool = False) -> Header | None:
    lows = ctx.lows
    colon = _colon(lows)
    # "Autumn Budget 2024, table 2.3: UK defence spending, % of GDP": a numbered label naming
    # the document the title is from, whose year is the document's, not its figures'
    label = colon if colon is not None and _numbered_label(lows, colon) else -1
    if colon is not None:
        if (
            colon + 1 < len(lows)
            and _title_line(ctx)
            and not any(
                q.i > colon
                and q.form != "year"
                and not _title_count(ctx, q)
                and not _title_yardstick(ctx, q)
                for q in ctx.quantities
            )  # fmt: skip
        ):  # "How allies compare: spending as a share of GDP, NATO estimates": a title
            colon = len(lows)
        elif _announces_table(ctx, colon + 1):
            colon = len(lows)  # "Written answer: The table below shows UK defence spending as
            # a share of GDP.": a label, then the sentence that heads the lines after it
    elif _announces_table(ctx, 0):
        colon = len(lows)  # ("The table below shows UK defence spending as a share of GDP.")
    elif (("|" in lows or (_title_line(ctx) and not _bulleted_figures(ctx)) or _year_row(ctx)
           or _year_line(ctx)
           or lows[:2] in (["here", "is"], ["here", "are"]))
          and (not any(m.kind == "ally" for m in ctx.mentions) or _owner_title(ctx))):  # fmt: skip
        # ("Here is a list of what allies spent in 2023 as a share of GDP." before its items)
        # "Country | 2024 | 2025 (share of GDP, %)": a table's header row; "Spending, 2014
        # 2024 (% of GDP)" on a line of its own: a chart's or table's title
        colon = len(lows)
    else:
        return None
    stated = [t for t in ctx.times if label < t.i < colon and t.kind in ("year", "this", "last")
              and t.year and (t.role not in ("price", "edition", "date", "since", "base")
                              or _set_against_year(ctx, t))]  # fmt: skip
    bases = {t.year for t in ctx.times if t.i < colon and t.kind == "year" and t.year
             and t.role == "base"}  # fmt: skip
    base = bases.pop() if len(bases) == 1 and not stated else None
    # ("By real growth since 2014:" names the start of its changes, not the items' year)
    years = tuple(t.year for t in stated if t.year)
    columns = _column_sources(ctx, [t.i for t in stated])
    cells = _source_cells(ctx)
    if len(cells) >= 2 and len(years) <= 1 and all(t.i < cells[0] for t in stated):
        # "| Ally | SIPRI | NATO |", "| Ally (2024) | SIPRI | NATO |": a column a source, of
        # the year the row's first cell names (else the title's above)
        columns = _column_sources(ctx, cells)
        years = years * len(cells)
    gdp = ctx.has("cues", "gdp", lo=0, hi=colon)
    share = gdp or any(w in ("%", "percent") for w in lows[:colon])
    change = not _CHANGES.isdisjoint(lows[:colon]) and not gdp
    category = _category(ctx, colon)
    if (not years and not share and not category and not columns and not header_cells(ctx)
            and not _national_unit(_counted_unit(ctx, colon))
            and _counted_unit(ctx, colon) != "USD"
            and not (_counted_unit(ctx, colon).startswith("USD") and "|" not in lows)
            and not (unit_only and _counted_unit(ctx, colon))):  # fmt: skip
        # (but "UK defence spending (GBP billion):" heads that ally's sums by year, and
        # "Defence spending per capita (constant 2015 USD)" the year columns under it;
        # "Defence spending, US$ billion:" heads sums in that unit, of the year of a title
        # above it if any: alone, its lines are of no year and not read)
        spender = _spending_owner(ctx) if base is None else ""
        if spender:  # "Germany core defence spending" over "2024: 2.00%": that ally's
            # shares of GDP by year, each line's figure with its own '%'
            return Header((), False, owner=spender)
        return None if base is None else Header((), False, base=base)
    if (
        change and years
    ):  # "Biggest real-terms increases in 2025, NATO estimates:" then "Luxembourg +69%"
        spans = [t.start for t in stated if t.start is not None]  # "Change 2014-24"
        return Header(years, False, "real_change", ctx.has("cues", "real", lo=0, hi=colon),
                      since=spans[0] if spans else None)  # fmt: skip
    others = any(m.i < colon and m.code != "NATO" and m.kind not in ("pronoun", "institution")
                 for m in ctx.mentions)  # fmt: skip
    if _gap_only(ctx, colon):
        # "Gap to the target, in points of GDP:" then "Spain 2.22": a distance to a level
        return Header(years, True, UNREAD, others=others, doubt=GAP_DOUBT)
    if ctx.has("cues", "government_spending", lo=0, hi=colon) and not gdp:
        # "Military spending as a share of government spending, 2024:" then "Israel 20%"
        return Header(years, True, "share_of_government_spending", others=others,
                      sources=columns)  # fmt: skip
    bracket = _gdp_in_brackets(ctx, colon) if gdp else -1
    paired = _counted_unit(ctx, bracket) if bracket > 0 else ""  # (the unit before them)
    if paired.startswith("USD ") and not category:  # "Country: $bn (% of GDP)" then "China: 314
        # (1.7)": the sums in the unit, the shares of GDP in brackets
        return Header(years, False, "spending_usd_current", others=others, unit=paired,
                      bracket_share=True)  # fmt: skip
    counted = "" if share or category or gdp else _counted_unit(ctx, colon)
    if counted:  # "Biggest defence budgets, 2019 (current US$ billion):" then "Germany 54";
        # "Military personnel, 2019 (thousands)" then "Turkey: 435"
        measure = ("personnel" if counted in ("thousand", "person") else
                   _PER_HEAD if counted == "USD" else "spending_usd_current"
                   if counted.startswith("USD") else "spending_nc_current")  # fmt: skip
        owned = {m.code for m in ctx.mentions if m.i < colon and m.kind in ("ally", "demonym")}
        owner = owned.pop() if len(owned) == 1 and not years and measure == _NATIONAL else ""
        return Header(years, False, measure, others=others, unit=counted, owner=owner)
    if category and not gdp:  # "Equipment share of defence budgets, 2024:" then "- Poland 51.1%"
        return Header(years, share, category, others=others, sources=columns)
    doubt = (f"the header names GDP and {category.replace('_', ' ')}s of defence spending: the "
             "text does not say which share this is") if category else ""  # fmt: skip
    owners = {m.code for m in ctx.mentions if m.i < colon and m.kind in ("ally", "demonym")}
    # (a span of years, "US defence spending as share of GDP, 2014-2019e", is the chart's
    # range, not one year: the lines under it still date their own figures)
    spanned = bool(stated) and all(t.start is not None for t in stated)
    owner = owners.pop() if len(owners) == 1 and (not years or spanned) else ""
    return Header(years, share, of_gdp=gdp, doubt=doubt, others=others, sources=columns,
                  owner=owner, estimates=_names_estimates(ctx, colon, bool(years)), base=base,
                  gdp_percent=_gdp_percent(lows[:colon]),
                  revised=_names_revision(lows[:colon]))  # fmt: skip


_REVISION_WORDS: frozenset[str] = patterns.word_set("revision_header_words")
_RELEASE_NOUNS: frozenset[str] = patterns.word_set("revision_header_nouns")


def _names_revision(words: list[str]) -> bool:
    """Does a header say its figures were revised between releases ('How the 2024 estimates
    moved between the June 2024 and August 2025 reports', 'Revisions to NATO's figures for
    2024')?"""
    return not _REVISION_WORDS.isdisjoint(words) and not _RELEASE_NOUNS.isdisjoint(words)


def _arrow_between(lows: list[str], first: Quantity, second: Quantity) -> bool:
    """Do only an arrow's marks stand between two figures ('2.41 -> 2.40', '2.37 → 2.27')?"""
    between = lows[first.j : second.i]
    return between in (["->"], ["→"], ["-", ">"], ["=>"], ["⇒"])


def _slash_units(ctx: Context, hi: int) -> tuple[str, ...]:
    """The two units a header sets apart by its one slash, in order, when one is of US
    dollars with a scale and the other a share of GDP ('(SIPRI, 2024, US$ bn / % of GDP)':
    ("USD bn", "")), else (); each side runs to the nearest bracket or comma."""
    lows = ctx.lows[:hi]
    if lows.count("/") != 1 or "|" in lows:
        return ()
    k = lows.index("/")
    lo = max((i + 1 for i in range(k) if lows[i] in _UNIT_BOUNDS), default=0)
    end = next((i for i in range(k + 1, hi) if lows[i] in _UNIT_BOUNDS), hi)
    units = []
    for a, b in ((lo, k), (k + 1, end)):
        money = _counted_unit(ctx, b, a)
        share = "%" in lows[a:b] and ctx.has("cues", "gdp", lo=a, hi=b)
        if money.startswith("USD ") and not share:
            units.append(money)
        elif share and not money:
            units.append("")
        else:
            return ()
    return tuple(units) if units.count("") == 1 else ()


_UNIT_BOUNDS: frozenset[str] = frozenset({"(", ")", ",", ":", ";"})
# the words or marks between a header's two years of columns ("2023 vs 2024", "2024→2025")
_VERSUS: frozenset[str] = patterns.word_set("header_versus_words") | patterns.word_set(
    "pair_arrows"
)


def _set_against_year(ctx: Context, t) -> bool:
    """Is a year a header sets against the year right before it ('share of GDP, 2023 vs 2024',
    '2024→2025'): a second column, not a base the items' changes are measured from (as in a
    header of changes: 'Real change, 2024 vs 2023')?"""
    k = t.i - 1
    return (
        k >= 1
        and _CHANGES.isdisjoint(ctx.lows)
        and not ctx.has("cues", "real")
        and "".join(ctx.lows[k : t.i]) in _VERSUS
        and any(x.j == k and x.kind == "year" and x.year for x in ctx.times)
    )


def _gdp_in_brackets(ctx: Context, colon: int) -> int:
    """Where the brackets open when the header names GDP only inside them ('$bn (% of GDP)'),
    after words outside them; else -1."""
    lows = ctx.lows[:colon]
    if "(" not in lows:
        return -1
    a = lows.index("(")
    named = a > 0 and not ctx.has("cues", "gdp", lo=0, hi=a)
    return a if named and ctx.has("cues", "gdp", lo=a, hi=colon) else -1


def _gdp_percent(lows: list[str]) -> bool:
    """Does a header name GDP next to its '%' ('GDP%', 'GDP %', '% GDP', '%GDP')?"""
    return (
        any(
            low == "gdp"
            and "%" in (lows[k - 1] if k else "", lows[k + 1] if k + 1 < len(lows) else "")
            for k, low in enumerate(lows)
        )
        or "%gdp" in lows
    )


_TITLE_COUNT_NOUNS: frozenset[str] = patterns.word_set("title_count_nouns")
_TITLE_COUNT_OPENERS: frozenset[str] = patterns.word_set("title_count_openers")


def _title_count(ctx: Context, q: Quantity) -> bool:
    """Is a title's number how many things it lists, a known set after 'the' or a possessive
    ('how the 29 allies compare', 'the world's five largest spenders'), not a figure?"""
    if q.form != "plain" or q.precision != 0 or q.i == 0:
        return False
    if ctx.lows[q.i - 1] not in _TITLE_COUNT_OPENERS and not ctx.lows[q.i - 1].endswith("'s"):
        return False
    return not _TITLE_COUNT_NOUNS.isdisjoint(ctx.lows[q.j : q.j + 3])


_TITLE_YARDSTICKS: frozenset[str] = patterns.word_set("title_yardstick_words")


def _title_yardstick(ctx: Context, q: Quantity) -> bool:
    """Is a title's percentage the level its items are set against, a whole one after a word
    of comparison ('Tracker: how each ally compares with 2%'), not a figure of its own?"""
    return (
        q.form == "percent"
        and q.precision == 0
        and q.i > 0
        and ctx.lows[q.i - 1] in _TITLE_YARDSTICKS
        and not any(m.kind == "ally" for m in ctx.mentions)
    )


_TITLE_COMPARE_VERBS: frozenset[str] = patterns.word_set("title_compare_verbs")


def compared_yardstick(ctx: Context, q: Quantity) -> bool:
    """Is a percentage the level a title or a 'how' clause sets its subjects against, right
    after a verb of comparing and a word of comparison ('Dashboard: how each of the allies
    compares with 2%', 'How the allies stack up against 3.5%'): a yardstick, no one's
    figure?"""
    if q.form != "percent" or q.i < 2:
        return False
    lows = ctx.lows
    if lows[q.i - 1] not in _TITLE_YARDSTICKS:
        return False
    k = q.i - 3 if lows[q.i - 2] == "up" and q.i >= 3 else q.i - 2
    if lows[k] not in _TITLE_COMPARE_VERBS:
        return False
    # (a title's line, or a 'how' opening the comparison: a title run into the line after it)
    return "how" in lows[max(0, k - _HOW_APART) : k] or _title_line(ctx)


_HOW_APART: int = 8  # words at most between 'how' and its verb of comparing


_LEVEL_WORDS: frozenset[str] = frozenset({"share", "%", "percent", "per", "|"})


def _gap_only(ctx: Context, colon: int) -> bool:
    """Does a header name a gap or a distance to a level as its one measure ('Gap in percentage
    points of GDP, 2024:', 'How far each ally is from the target:')? Not when it names a level
    too, a share or a '%' column beside the gap ('share of GDP and the distance to 3.5%')."""
    if not ctx.has("cues", "gap_measure", lo=0, hi=colon):
        return False
    figures = {k for q in ctx.quantities for k in range(q.i, q.j)}  # ("the 2% guideline": the
    return not any(w in _LEVEL_WORDS and k not in figures  # target's own '%', not a column's)
                   for k, w in enumerate(ctx.lows[:colon]))  # fmt: skip


_THOUSANDS: frozenset[str] = patterns.word_set("table_thousands_words")
_PERSONS: frozenset[str] = patterns.word_set("personnel_nouns")
_PERSONNEL_COSTS: frozenset[str] = patterns.word_set("personnel_cost_words") - {"personnel"}
_SCALE_NAMES: dict[float, str] = {1e6: "m", 1e9: "bn", 1e12: "tn"}
_NATIONAL: str = "spending_nc_current"  # a header's sums in its one ally's own money
_PER_HEAD: str = "spending_per_capita_usd_constant"
_US: frozenset[str] = frozenset({"us", "u.s.", "us$", "usd"})


def _counted_unit(ctx: Context, colon: int, lo: int = 0) -> str:
    """The unit a header gives its bare figures in, of US dollars ('(current US$ billion)',
    'USD bn', or a head: 'per capita (US$, 2015 prices)') or of military personnel ('Military
    personnel, 2019 (thousands)', 'Troops, 2024:'): "USD bn", "USD", "thousand" or "person";
    "" when it names neither, or money in another currency or with no scale (the figures'
    size unsaid) but for a sum per head, or pay rather than people (of the words from lo to
    colon: a table's one cell)."""
    lows = ctx.lows[lo:colon]
    vocab = patterns.load()
    currencies = {vocab["currency_before"].get(w) or vocab["currency_after"].get(w) for w in lows}
    currencies.discard(None)
    for k in range(len(lows) - 1):  # ("us dollars", "u.s. dollars")
        two = vocab["currency_after"].get(f"{lows[k]} {lows[k + 1]}")
        if two:
            currencies.discard("USD?")
            currencies.add(two)
    words = [w for w in lows if w in vocab["scale_words"]]
    scales = {_SCALE_NAMES.get(float(vocab["scale_words"][w]), "") for w in words}
    scales.discard("")
    if currencies:
        dollars = currencies <= {"USD", "USD?"}
        if dollars and len(scales) == 1:
            return f"USD {scales.pop()}"
        national = next(iter(currencies)) if len(currencies) == 1 else ""
        owners = {
            m.code for m in ctx.mentions if m.kind in ("ally", "demonym") and lo <= m.i < colon
        }
        if (
            national
            and len(national) == 3
            and not dollars
            and len(scales) == 1
            and len(owners) == 1
            and not any(q.form != "year" and q.i < colon for q in ctx.quantities)
        ):  # "UK defence spending, NATO definition (GBP billion):" then "2022/23: 57.3": the
            # one ally's own money, in that scale
            return f"{national} {scales.pop()}"
        per_head = ctx.has("ranking", "per_head", lo=0, hi=colon) or (
            lo == 0 and colon < len(ctx.lows) and ctx.per_head_before
        )  # (a header ending on its colon, right after a sentence naming sums per head)
        if per_head and dollars and not set(words) - {"m", "b", "k"}:
            # "per capita (US$, 2015 prices)": US dollars a head, with no scale ("dollars"
            # alone could be Canada's, but not in a header naming no ally whose dollars are
            # at a constant price year: 'per head (constant 2015 dollars)', NATO's Table 6)
            priced = any(t.role == "price" and t.year and lo <= t.i < colon for t in ctx.times)
            named = any(m.kind in ("ally", "demonym") and lo <= m.i < colon
                        for m in ctx.mentions)  # fmt: skip
            plain = "dollars" not in lows or not _US.isdisjoint(lows)
            return "USD" if plain or (priced and not named) else ""
        return ""
    if _PERSONS.isdisjoint(lows) or not _PERSONNEL_COSTS.isdisjoint(lows) or scales:
        return ""
    return "thousand" if not _THOUSANDS.isdisjoint(lows) else "person"


def _national_unit(unit: str) -> bool:
    """Is a header's unit a sum in an ally's own money ('GBP bn'), not dollars or persons?"""
    return bool(unit) and unit not in ("thousand", "person") and not unit.startswith("USD")


def _names_estimates(ctx: Context, colon: int, dated: bool = False) -> bool:
    """Does a header name NATO's estimates ('NATO 2025 est.', 'NATO est. 2024'), a year's
    estimates ('The bottom of the table, 2024 estimates:', dated: the header names a year)
    or the core basis of NATO's 2026 tables ('on core basis, 2026'), though no measure?"""
    lows = ctx.lows[:colon]
    nato = ("nato" in lows or dated) and not _ESTIMATE_WORDS.isdisjoint(lows)
    return nato or ctx.has("cues", "core_basis", lo=0, hi=colon)


_ESTIMATE_WORDS: frozenset[str] = patterns.word_set("estimate_words")


def _owner_title(ctx: Context) -> bool:
    """'UK defence spending, % of GDP (NATO definition)': a title line naming one ally and a
    share of GDP, with no figure of its own, heads that ally's figures by year; so does one
    naming the ally's defence spending alone ('Germany core defence spending'), whose lines
    each give their figure with its '%'."""
    allies = {m.code for m in ctx.mentions if m.kind == "ally"}
    return (
        len(allies) == 1
        and _title_line(ctx)
        and (ctx.has("cues", "gdp") or bool(_spending_owner(ctx)))
        and not any(q.form != "year" for q in ctx.quantities)
    )


def _spending_owner(ctx: Context) -> str:
    """The one ally a title line names with its defence spending and nothing else of a
    measure, no figure, no year, no colon ('Germany core defence spending', 'Poland's
    military outlays'), else ""."""
    if ":" in ctx.lows or ctx.quantities or ctx.times or not _title_line(ctx):
        return ""
    allies = {m.code for m in ctx.mentions if m.kind in ("ally", "demonym")}
    if len(allies) != 1 or any(m.kind not in ("ally", "demonym") for m in ctx.mentions):
        return ""
    if not _SPENT_WHOLE.intersection(ctx.lows) or not _OWNED_DEFENCE.intersection(ctx.lows):
        return ""
    return allies.pop()


_SPENT_WHOLE: frozenset[str] = patterns.word_set("spent_whole_nouns")
_OWNED_DEFENCE: frozenset[str] = patterns.word_set("owner_title_defence_words")


def _cell_bounds(lows: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table's row, between its bars ('| a | b |', 'a | b')."""
    bars = [k for k, w in enumerate(lows) if w == "|"]
    edges = [-1, *bars, len(lows)]
    return [(a + 1, b) for a, b in zip(edges, edges[1:], strict=False) if b > a + 1]


def header_cells(ctx: Context) -> tuple[tuple[int, int], ...]:
    """A table's header row read cell by cell (see Header.cells): only when its first cell
    names no year (the allies' column) and its other cells are not all plain years, which
    read_items reads by counting."""
    lows = ctx.lows
    if "|" not in lows:
        return ()
    out: list[tuple[int, int]] = []
    for lo, hi in _cell_bounds(lows):
        years = [t for t in ctx.times if lo <= t.i < hi and t.kind == "year" and t.year]
        year = next((t.year or 0 for t in years if t.role not in ("price", "edition", "date")), 0)
        edition = next((t.year or 0 for t in years if t.role == "edition"), 0)
        out.append((year, edition))
    columns = out[1:]
    if not columns or out[0] != (0, 0) or not any(y or e for y, e in columns):
        return ()
    if all(y and not e for y, e in columns):
        return ()  # "| Ally | 2024 | 2025 |": a column a year, read by counting
    return tuple(out)


def _cell_units(ctx: Context) -> tuple[str, ...]:
    """The unit of money or persons each cell of a table's header row names, when one does
    and another cell names a share ('| Ally | % of GDP | US$ bn (current) |'), else ()."""
    lows = ctx.lows
    if "|" not in lows:
        return ()
    bounds = _cell_bounds(lows)
    units: list[str] = []
    for lo, hi in bounds:
        share = any(w in ("%", "percent") for w in lows[lo:hi]) or ctx.has("cues", "gdp", lo=lo,
                                                                           hi=hi)  # fmt: skip
        units.append("" if share else _counted_unit(ctx, hi, lo))
    return tuple(units) if len(bounds) > 2 and any(units[1:]) else ()


def _column_sources(ctx: Context, at: list[int]) -> tuple[tuple[str, str], ...]:
    """The source each year's column of a table's header row names in its cell ('| SIPRI
    2024 | NATO 2024 |'), or () when no cell names one."""
    lows = ctx.lows
    if "|" not in lows or not ctx.sources:
        return ()
    columns = []
    for k in at:
        lo = next((b + 1 for b in range(k - 1, -1, -1) if lows[b] == "|"), 0)
        hi = next((b for b in range(k + 1, len(lows)) if lows[b] == "|"), len(lows))
        named = [s for s in ctx.sources if lo <= s.i < hi]
        one = len({s.source for s in named}) == 1
        columns.append((named[0].source, named[0].text) if one else ("", ""))
    return tuple(columns) if any(source for source, _text in columns) else ()


def _source_cells(ctx: Context) -> list[int]:
    """Where the cells of a table's header row that name a source are, one a cell, after the
    row's first cell ('| Ally | SIPRI | NATO |'); [] for a row of another kind."""
    lows = ctx.lows
    if "|" not in lows:
        return []
    bars = [k for k, w in enumerate(lows) if w == "|"]
    first = bars[1] if lows[0] == "|" and len(bars) > 1 else bars[0]
    out: list[int] = []
    for s in ctx.sources:
        cell = sum(1 for b in bars if b < s.i)
        if s.i > first and all(sum(1 for b in bars if b < k) != cell for k in out):
            out.append(s.i)
    return out


def _category(ctx: Context, colon: int) -> str:
    """The share of defence spending a header names its items as ('Share of defence spending
    going on major equipment', 'Personnel costs, % of defence budgets'), or ''."""
    found = ctx.find("header_measures", lo=0, hi=colon)
    if not found:  # "Equipment's share of defence spending": the measure's word possessive
        bare = [w.removesuffix("'s") for w in ctx.lows[:colon]]
        found = patterns.phrases("header_measures").find_all(bare, 0, len(bare))
    if not found:
        return ""
    # ("three allies fell short of the 20% equipment mark:": the guideline of a share of
    # spending, named by its category and a noun of a guideline, whose level the items give)
    guideline = any(
        ctx.lows[j : j + 1] != [] and ctx.lows[j] in _GUIDELINE_NOUNS
        and any(q.form == "percent" and q.j == i for q in ctx.quantities)
        for i, j, _measure in found
    )  # fmt: skip
    if not guideline and not (
        ctx.has("cues", "budget_share", lo=0, hi=colon) or "share" in ctx.lows[:colon]
    ):
        return ""  # ("Military personnel, 2024:": troops, not a share of spending)
    return str(found[0][2])


_GUIDELINE_NOUNS: frozenset[str] = patterns.word_set("guideline_nouns_named")


def _colon(lows: list[str]) -> int | None:
    """Where the first colon outside brackets is ('- Belgium 2.00% (last year: 1.29%)' has
    none: an item, not a header)."""
    if ":" not in lows:
        return None  # (most sentences: tested in C)
    depth = 0
    for k, low in enumerate(lows):
        depth += (low == "(") - (low == ")")
        if low == ":" and depth <= 0:
            return k
    return None


_ANNOUNCING: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split()) for p in patterns.load()["words"]["table_announcing_openers"]
)


def _announces_table(ctx: Context, start: int) -> bool:
    """Does the sentence, from token `start`, open on words that announce the lines after
    it ('The table below shows ...', 'The following figures give ...'), with no figure of its
    own but years? Then it heads those lines as a title would."""
    lows = ctx.lows
    if not any(tuple(lows[start : start + len(p)]) == p for p in _ANNOUNCING):
        return False
    return not any(q.i >= start and q.form not in ("year", "plain") for q in ctx.quantities)


def _numbered_label(lows: list[str], colon: int) -> bool:
    """Does a numbered label of a table or chart end right before the colon ('..., table
    2.3:', 'Chart 4:')?"""
    return colon >= 2 and lows[colon - 2] in _TITLE_LABELS and lows[colon - 1][:1].isdigit()


def _title_line(ctx: Context) -> bool:
    """A short line of words that does not end as a sentence does: a title, not prose (a
    line that is only a figure, '2%', is no title)."""
    if len(ctx.lows) > _TITLE_TOKENS:
        return False
    words = sum(1 for w in ctx.lows if w.isalpha())
    if _labelled_title(ctx.lows):
        # "Chart: the largest spenders in 2024, current US$ bn.": a label's caption may stop
        # (and "Slope chart, 2024→2025, % of GDP.": the label's kind of chart before it)
        return 3 <= words and not ctx.sentence.text.rstrip().endswith(("!", "?", ":", ";"))
    return 3 <= words and not (ctx.sentence.text.rstrip().endswith((".", "!", "?", ":", ";")))


def _labelled_title(lows: list[str]) -> bool:
    """Does the line open on a title's label and a colon ('Chart:'), or on a kind of chart and
    its label before a colon or comma ('Slope chart,', 'Bar chart:')?"""
    if lows[:1] and lows[0] in _TITLE_LABELS and lows[1:2] == [":"]:
        return True
    return len(lows) > 2 and lows[1] in _TITLE_LABELS and lows[2] in (":", ",")


def _bulleted_figures(ctx: Context) -> bool:
    """Is the line a list's item with figures of its own besides years and levels ('* 23 of
    32 allies above 2% in 2024 (2023: 10; 2014: 3)'): an item, no title over the lines after
    it?"""
    return is_bullet(ctx.sentence.text) and any(
        q.form not in ("year", "percent") for q in ctx.quantities
    )


_TITLE_LABELS: frozenset[str] = patterns.word_set("title_labels")


def _year_row(ctx: Context) -> bool:
    """A short line that opens on two years or more, the columns of a table: '2014 2024*
    (% of GDP)'."""
    years = [t for t in ctx.times if t.kind == "year" and t.role not in ("price", "edition")]
    return (len(ctx.lows) <= _TITLE_TOKENS and len(years) >= 2 and years[0].i == 0
            and not ctx.sentence.text.rstrip().endswith((".", "!", "?")))  # fmt: skip


def _year_line(ctx: Context) -> bool:
    """A short line that names a year and no figure, a section's heading: '2023', '**2023**',
    '### 2014', '2023 figures' (the items below it are of that year)."""
    return (len(ctx.lows) <= _ITEM_TOKENS and bool(ctx.quantities)
            and all(q.form == "year" for q in ctx.quantities)
            and any(t.kind == "year" for t in ctx.times)
            and not ctx.sentence.text.rstrip().endswith((".", "!", "?")))  # fmt: skip


def years_only(text: str) -> bool:
    """Is a line only years and markup ('**2023**', '# 2023', '2014 2024*'): a heading, read
    though it holds no word?"""
    return bool(_YEARS_ONLY.match(text))


def is_bullet(text: str) -> bool:
    """Does a line open as a list's item does ('- Finland 2.1%', '3. Latvia')?"""
    text = text.lstrip()
    return text.startswith(_BULLETS) or text[:1].isdigit()


def is_item(ctx: Context) -> bool:
    return (
        is_bullet(ctx.sentence.text)
        or len(ctx.lows) <= _ITEM_TOKENS
        or _separated_items(ctx.sentence.text)
    )


# a chart's row of items set apart by dots: "Poland 4.48 · Lithuania 4.00 · Latvia 3.73"
_ITEM_SEPARATOR: re.Pattern[str] = re.compile(r"\s[·•]\s|;\s")  # (or "Albania 1.59→2.01; ...")
_SEPARATED_WORDS: int = 6  # each of its items is short: "United States 3.22"


def _separated_items(text: str) -> bool:
    """Is a line, long as it may be, a row of short items each with its figure, set apart
    by middle dots or bullets, and no sentence (no question or exclamation at its end; a full
    stop may close the row: 'Chart: ..., 2026 estimates. United States 1,033 · Germany 162 ·
    Poland 53.', the row after its title in the same paragraph)?"""
    line = text.strip()
    if line.endswith(("!", "?")):
        return False
    parts = _ITEM_SEPARATOR.split(line.removesuffix("."))
    return len(parts) >= 2 and all(
        len(p.split()) <= _SEPARATED_WORDS and any(c.isdigit() for c in p) for p in parts
    )


def read_items(ctx: Context, header: Header) -> None:
    """Each ally of an item line with the figures after it (up to the next ally)."""
    lows = ctx.lows
    colon = _colon(lows)
    start = colon + 1 if colon is not None and header_of(ctx) == header else 0
    if header_of(ctx) == header and colon is None:
        return  # the header row itself
    if header.owner and colon is not None and header_of(ctx) is not None:
        _read_year_item(ctx, header, colon)  # "2021: 2.29" under "UK defence spending, % of GDP"
        _read_year_series(ctx, header, colon)  # "UK spending (GBP bn): 2021/22 52.3; 2022/23 ..."
        return
    led = line_year(ctx) if header.owner and colon is None else None
    if led is not None:  # "2014 – 3.71" under "United States, defence spending as % of GDP"
        _read_year_item(ctx, header, led.j + (ctx.lows[led.j] not in _DASHES))
        return
    dated, inside = _bracketed(ctx)
    trailing, after = _years_after(ctx)  # ("Czechia 1.75 (2025) and 2.01 (2026)")
    if any(t.year and t.i >= start and t.role not in ("price", "edition", "date")
           and t.i not in inside and t.i not in after and not 0 <= header.tail <= t.i
           for t in ctx.times):  # fmt: skip
        return  # "Latvia: over 2% since 2018", "Poland spends 4.12% this year": the line's own
        # year comes before the header's
    dated = {**dated, **trailing}
    # the years the first item dated its run of figures by, one a figure: the items after it
    # in the line that date none of theirs give theirs in the same years, in the same order
    # ("Czechia 1.75 (2025) and 2.01 (2026); Albania 1.69 and 2.15")
    runs: tuple[int, ...] = ()
    if header.cells and "|" in lows:
        _read_cells(ctx, header)
        return
    if header.slash_units and "/" in lows[start:]:
        _read_slash_pair(ctx, header, start)  # "China: 314 / 1.7" under "US$ bn / % of GDP"
        return
    if header.table and header.owner and "|" in lows and not ctx.mentions:
        _read_owned_row(ctx, header)  # "| 2.29 | 2.30 |" under "| 2022-23 | 2023-24 |" under
        return  # "UK defence spending (NATO definition), % of GDP": the title's ally's row
    if header.cell_units and "|" in lows:
        _read_unit_cells(ctx, header)  # then the row's shares, as in any other row
    allies = [m for m in ctx.mentions if m.i >= start and m.kind in ("ally", "group")]
    allies = sorted(allies + _coded_items(ctx, start, allies) + _foreign_items(ctx, start, header),
                    key=lambda m: m.i)  # fmt: skip
    for n, m in enumerate(allies):
        stop = allies[n + 1].i if n + 1 < len(allies) else len(lows)
        figures = [q for q in ctx.quantities if m.j <= q.i < stop and id(q) not in ctx.consumed
                   and (_is_share(q, header) or _outside_burden(q, header, m))
                   and not _own_measure(ctx, q, header)]  # fmt: skip
        for q in [q for q in figures if id(q) in dated]:  # "Canada: 2.01% (2024: 1.47%)"
            _item_claim(ctx, q, header, dated[id(q)], "stated", m.code)
        if len(figures) >= 2 and all(id(q) in trailing for q in figures):
            runs = tuple(trailing[id(q)] for q in figures)
        elif (
            runs
            and not header.years
            and len(figures) == len(runs)
            and not any(id(q) in dated for q in figures)
        ):
            for q, year in zip(figures, runs, strict=True):
                _item_claim(ctx, q, header, year, "loose", m.code)
            continue
        figures = [q for q in figures if id(q) not in dated]
        for q in [q for q in figures if header.base is not None and _starting_point(ctx, q)]:
            _item_claim(ctx, q, header, header.base, "header", m.code)  # "Canada: 2.01%, from
        figures = [q for q in figures if id(q) not in ctx.consumed]  # 1.47%" under "... compared
        if not figures:  # with 2024:": 1.47% is 2024's (2.01% is read as any line's figure)
            continue
        if header.bracket_share:  # "China: 314 (1.7)" under "Country: $bn (% of GDP)"
            figures = _bracketed_shares(ctx, figures, header, m.code)
        # a cell with no figure ("| Germany | 2.00 | – |") keeps its column
        # (not "Germany – 2.1%", whose dash follows the name)
        gaps = [k for k in range(m.j, stop) if lows[k] in _NO_FIGURE
                and (lows[k - 1] in _NO_FIGURE or lows[k - 1] == "|" or lows[k - 1][:1].isdigit())]  # fmt: skip
        if (len(figures) == 2 and len(set(header.years)) == 1
                and _arrow_between(lows, figures[0], figures[1])):  # fmt: skip
            # (the arrow's dash is no empty cell)
            if header.revised:  # "Finland: 2.41 -> 2.40" under "How the 2024 estimates moved
                # between the June 2024 and August 2025 reports": the same year in two releases
                earlier = _item_claim(ctx, figures[0], header, header.years[0], "header", m.code)
                earlier.earlier_edition = True
                _item_claim(ctx, figures[1], header, header.years[0], "header", m.code)
            continue  # (else a move between years the header does not give: unread)
        if not header.years:
            _undated_item(ctx, figures, header, m.code)
            continue
        cells = len(figures) + len(gaps)
        n = len(header.years)  # the header's columns, and those the figures fill
        if gaps and cells == n:
            slots = sorted([(q.i, q) for q in figures] + [(k, None) for k in gaps])
            filled = [c for c, (_k, q) in enumerate(slots) if q]
        elif n >= len(figures):
            filled = list(range(n - len(figures), n))
        else:
            filled = []
        if not filled and len(figures) == 1 and header.years:
            filled = [n - 1]
        if len(filled) != len(figures):
            continue
        for q, column in zip(figures, filled, strict=True):
            claim = _item_claim(ctx, q, header, header.years[column], "header", m.code)
            if header.sources and header.sources[column][0]:  # "| Germany | 1.9 | 2.0 |" under
                # "| Ally | SIPRI 2024 | NATO 2024 |": each figure its column's source's
                claim.source = header.sources[column][0]
                claim.source_text = f"{header.sources[column][1]} (the column's header)"


def _bracketed_shares(
    ctx: Context, figures: list[Quantity], header: Header, code: str
) -> list[Quantity]:
    """An item's one sum and its share of GDP in brackets after it, under a header naming both
    ('China: 314 (1.7)' under 'Country: $bn (% of GDP)'): the share read as such, of the
    header's one year; the figures left to read as sums in the header's unit."""
    lows = ctx.lows
    shares = [q for q in figures if lows[q.i - 1 : q.i] == ["("] and lows[q.j : q.j + 1] == [")"]]
    if len(shares) != 1 or len(figures) != 2 or len(set(header.years)) != 1:
        return [q for q in figures if q not in shares]
    of_gdp = replace(header, unit="", measure="share_of_gdp", share=True, of_gdp=True,
                     bracket_share=False)  # fmt: skip
    if _is_share(shares[0], of_gdp):
        _item_claim(ctx, shares[0], of_gdp, header.years[0], "header", code)
    return [q for q in figures if q is not shares[0]]


def _starting_point(ctx: Context, q: Quantity) -> bool:
    """Is the figure the starting point its line moved from ('2.01%, from 1.47%', '2.00% (up
    from 1.29%)'), after another figure of the line?"""
    lows = ctx.lows
    before = lows[max(0, q.i - 2) : q.i]
    return before[-1:] == ["from"] and any(
        x.j <= q.i - 1 and x.form == q.form for x in ctx.quantities
    )


def _undated_item(ctx: Context, figures: list[Quantity], header: Header, code: str) -> None:
    """An ally's one bare figure under a header of shares that names no year ('SIPRI GDP%:'
    then 'POL 4.2, DEU 1.9'; 'Top four, % of GDP: Poland 4.48 | Lithuania 4.00'): of the latest
    year the edition current at the date holds, as a figure in the present tense with no time
    words is; judged only to support when the header does not name GDP. Only a bare number: a
    figure with its own '%' is read from its own words, its frame and tense (readings.py)."""
    if len(figures) != 1 or figures[0].form != "plain" or header.measure != "share_of_gdp":
        return
    if header.doubt or header.cells or header.sources:
        return
    if ctx.section_year is not None or ctx.carry_year is not None:
        return  # (a heading or the sentence before dates the section: not the latest year)
    claim = _item_claim(ctx, figures[0], header, ctx.today.year, "tense", code)
    claim.measure_unstated = claim.measure_unstated or not (header.of_gdp or header.gdp_percent)


def bare_row(ctx: Context) -> Header | None:
    """A row of cells with no header, each an ally and one bare number with its decimals
    ('Poland 4.48 | Lithuania 4.00 | Latvia 3.73'), a social card's layout: a header naming
    nothing, whose figures are read as shares of GDP only to support (Claim.measure_unstated)."""
    if "|" not in ctx.lows:
        return _bare_pairs(ctx)
    cut = _tail_at(ctx)
    lows = ctx.lows[:cut]
    if any(t.i < cut for t in ctx.times):
        return None
    bounds = _cell_bounds(lows)
    if len(bounds) < _ROW_CELLS:
        return None
    # (the allies named or given by their codes: 'CAN 1.37 | ITA 1.49 | PRT 1.55')
    mentions = ctx.mentions + _coded_items(ctx, 0, ctx.mentions)
    for lo, hi in bounds:
        named = [m for m in mentions if lo <= m.i and m.j <= hi]
        figures = [q for q in ctx.quantities if lo <= q.i and q.j <= hi]
        if (len(named) != 1 or named[0].kind != "ally" or named[0].i != lo
                or len(figures) != 1 or figures[0].i != named[0].j or figures[0].j != hi):  # fmt: skip
            return None
        q = figures[0]
        if q.form != "plain" or q.precision < 1 or not 0 < q.value < MAX_SHARE:
            return None
    return _tail_header(ctx, cut)


_ROW_CELLS: int = 3  # a row of fewer cells is no card's ranking


def _tail_at(ctx: Context) -> int:
    """Where a row's comment opens: a dash after the row's last figure but a year, before a
    word or a bracket ('... LU 1.39 — Benelux in one line (2024e, % GDP)'), else the end."""
    lows = ctx.lows
    first = min((q.j for q in ctx.quantities), default=len(lows))
    cut = next((k for k in range(first, len(lows) - 1) if lows[k] in _DASHES
                and (lows[k + 1][:1].isalpha() or lows[k + 1] == "(")), len(lows))  # fmt: skip
    if any(q.i > cut and q.form != "year" and not q.in_words for q in ctx.quantities):
        return len(lows)  # (a figure in the comment: no comment, but more of the row)
    return cut


def _tail_header(ctx: Context, cut: int) -> Header:
    """The header of a row with no header: from its comment after a dash, the one year it
    names (none to come) and whether it names GDP, the figures then shares of GDP; else a
    header naming nothing, its figures read as shares of GDP only to support."""
    if cut >= len(ctx.lows):
        return Header((), False, estimates=True)
    years = {t.year for t in ctx.times if t.i > cut and t.year and t.year <= ctx.today.year
             and t.role not in ("price", "edition", "date", "since", "base")}  # fmt: skip
    gdp = ctx.has("cues", "gdp", lo=cut) or _gdp_percent(ctx.lows[cut:])
    one = (years.pop(),) if len(years) == 1 else ()
    return Header(one, gdp, of_gdp=gdp, estimates=True, tail=cut)


def _bare_pairs(ctx: Context) -> Header | None:
    """A run of allies each with one bare number with its decimals, by name, flag or code,
    juxtaposed or set apart by slashes or commas ('FI 2.41 DK 2.37 NO 2.20 SE 2.14',
    'HR 2.03 / SK 2.04 / SI 2.02 / CZ 2.00'), a post's layout: read as a card's row is
    (bare_row), shares of GDP only to support. The run opens the line; after it only an ally
    with no figure ('IS —') or, past a dash, a comment with no figure and no year before it."""
    lows = ctx.lows
    allies = sorted((m for m in ctx.mentions if m.kind == "ally"), key=lambda m: m.i)
    figures = {q.i: q for q in ctx.quantities}
    k, pairs = 0, 0
    for m in allies:
        if m.i != k and not all(w in _PAIR_SEPARATORS for w in lows[k : m.i]):
            break
        q = figures.get(m.j)
        if q is None:
            k = m.i
            break
        if q.form != "plain" or q.precision < 1 or not 0 < q.value < MAX_SHARE:
            return None
        k, pairs = q.j, pairs + 1
    if pairs < _ROW_CELLS:
        return None
    rest = lows[k:-1] if lows[-1:] == ["."] else lows[k:]
    if len(rest) == _NO_FIGURE_ITEM and ctx.tokens[k].text.isupper() and rest[1] in _NO_FIGURE:
        rest = []  # "... SE 2.14 IS —": the last one's code, and no figure
    if rest and not (
        rest[0] in _DASHES and rest[1:2] and (rest[1][:1].isalpha() or rest[1] == "(")
    ):
        return None
    if any(q.i >= k and q.form != "year" and not q.in_words for q in ctx.quantities) or any(
        t.i < k for t in ctx.times
    ):
        return None
    return _tail_header(ctx, k) if rest else Header((), False, estimates=True)


def gdp_lead(ctx: Context) -> bool:
    """Does the sentence lead into a run of figures by naming what they measure, a share of
    GDP, with no figure, no ally and no year of its own ('Bars show estimated defence
    spending as % of GDP.')?"""
    return (
        ctx.has("cues", "gdp")
        and not any(q.form != "year" for q in ctx.quantities)
        and not ctx.times
        and not any(m.kind in ("ally", "group", "demonym", "foreign") for m in ctx.mentions)
    )


def led_row(ctx: Context, row: Header) -> Header:
    """A row with no header of its own, or the lines under a header naming no measure, after a
    sentence naming shares of GDP and nothing else (gdp_lead, the sentence just before): its
    figures are shares of GDP, of the year its comment or header names, else of the section's (a heading's: 'Chart: Seven allies at
    2% in 2019'), else of the year a figure with no time words has."""
    if row.of_gdp or row.names_measure() or row.unit or row.doubt:
        return row
    years = row.years or ((ctx.section_year,) if ctx.section_year is not None else ())
    return replace(row, share=True, of_gdp=True, years=years)


_PAIR_SEPARATORS: frozenset[str] = frozenset({"/", ",", ";", "."})  # (dots: _separated_items)
_DASHES: frozenset[str] = frozenset({"—", "–", "-"})
_NO_FIGURE_ITEM: int = 2  # a code and its mark of no figure


def _read_year_item(ctx: Context, header: Header, colon: int) -> None:
    """A line labelled by one year under a header naming one ally ('2021: 2.29', '- 2024:
    2.38 (estimate)'): its one figure is that ally's in that year; a line naming an ally, or
    with more figures than one, is not such an item."""
    if any(m.kind in ("ally", "group", "demonym") for m in ctx.mentions):
        return
    pairs = _year_pairs(ctx)
    if len(pairs) >= 2:  # "2014: 3.56 · 2017: 3.31 · 2019e: 3.42": a row of such labels
        for year, q in pairs:
            if _is_share(q, header) and not _own_measure(ctx, q, header):
                _item_claim(ctx, q, header, year, "stated", header.owner)
        return
    label = [t for t in ctx.times if t.i < colon and t.year]
    if len(label) != 1:
        return
    if any(w not in _BULLETS for w in ctx.lows[: label[0].i]):
        return
    figures = [q for q in ctx.quantities if q.i > colon and q.form != "year"
               and id(q) not in ctx.consumed]  # fmt: skip
    if len(figures) != 1 or not _is_share(figures[0], header):
        return
    if _own_measure(ctx, figures[0], header):
        return
    _item_claim(ctx, figures[0], header, label[0].year or 0, "stated", header.owner)


def _read_year_series(ctx: Context, header: Header, colon: int) -> None:
    """A header naming one ally, then on the same line after its colon a series of items
    each led by its year ('UK defence spending (GBP m): 2019/20 46,509; 2020/21 49,495'):
    each item's one figure is that ally's in its year. Only when the words before the colon
    hold no year, and only items parted by semicolons, each a year then one figure."""
    if any(t.year and t.i < colon for t in ctx.times):
        return
    if any(m.kind in ("ally", "group", "demonym") and m.i > colon for m in ctx.mentions):
        return
    lows = ctx.lows
    edges = [colon, *(k for k in range(colon + 1, len(lows)) if lows[k] == ";"), len(lows)]
    items: list[tuple[int, Quantity]] = []
    for lo, hi in zip(edges, edges[1:], strict=False):
        first = lo + 1
        while first < hi and lows[first] in _BULLETS:
            first += 1
        label = [t for t in ctx.times if lo < t.i < hi and t.year]
        figures = [q for q in ctx.quantities if lo < q.i < hi and q.form != "year"
                   and id(q) not in ctx.consumed
                   and not any(t.i <= q.i < t.j for t in label)]  # fmt: skip
        # (a fiscal year's label, '2019/20', holds the '20' after its bar)
        if len(label) != 1 or label[0].i != first or len(figures) != 1:
            return  # (an item of another shape: not a series)
        q = figures[0]
        if q.i < label[0].i or not _is_share(q, header) or _own_measure(ctx, q, header):
            return
        items.append((label[0].year or 0, q))
    if len(items) < _SERIES_ITEMS:
        return
    for year, q in items:
        _item_claim(ctx, q, header, year, "stated", header.owner)


_SERIES_ITEMS: int = 2  # a series after a header's colon has two items or more
_PAIR_PARTS: frozenset[str] = frozenset({"·", "•", ";", ",", "|", "/"})
_ESTIMATE_MARKS: frozenset[str] = frozenset({"e", "*", "est", "est."})


def _year_pairs(ctx: Context) -> list[tuple[int, Quantity]]:
    """The (year, figure) pairs of a line made only of them, 'year: figure' each, set apart by
    middle dots or semicolons ('2014: 3.56 · 2017: 3.31 · 2019e: 3.42'); [] for any other line
    (one with words besides, or a figure with no year of its own before it)."""
    lows = ctx.lows
    figures = {q.i: q for q in ctx.quantities if q.form != "year"}
    out: list[tuple[int, Quantity]] = []
    k = 0
    while k < len(lows):
        if lows[k] in _PAIR_PARTS or lows[k] in _BULLETS or lows[k] == ".":
            k += 1
            continue
        t = next((t for t in ctx.times if t.i == k and t.kind == "year" and t.year), None)
        if t is None or t.year is None:
            return []
        end = t.j + (lows[t.j : t.j + 1] != [] and lows[t.j] in _ESTIMATE_MARKS)
        q = figures.get(end + 1) if lows[end : end + 1] == [":"] else None
        if q is None:
            return []
        out.append((t.year, q))
        k = q.j
    return out


def _read_cells(ctx: Context, header: Header) -> None:
    """A table's row under a header row read cell by cell: the ally in the first cell, in each
    other cell one figure of the year its column names (or the title's one year, in a column
    of a release: '| Poland | 4.48 | 4.25 |' under '| Ally | Aug 2025 report | Jul 2026 report
    |'); a column that names neither ('gap') is not read, nor is a row of another shape."""
    lows = ctx.lows
    bounds = _cell_bounds(lows)
    if len(bounds) != len(header.cells):
        return
    lo, hi = bounds[0]
    allies = [m for m in ctx.mentions if lo <= m.i < hi and m.kind in ("ally", "group")]
    if len({m.code for m in allies}) != 1:
        return
    title = set(header.years)
    for (lo, hi), (year, edition) in zip(bounds[1:], header.cells[1:], strict=True):
        if not year and edition and len(title) == 1:
            year = next(iter(title))  # "Share of GDP, 2025, in two NATO reports:"
        if not year:
            continue
        figures = [q for q in ctx.quantities if lo <= q.i < hi and id(q) not in ctx.consumed
                   and q.form != "year" and _is_share(q, header)
                   and not _own_measure(ctx, q, header)]  # fmt: skip
        if len(figures) != 1:
            continue
        claim = _item_claim(ctx, figures[0], header, year, "header", allies[0].code)
        if edition:
            claim.named_edition = edition  # judged on the release its column names


def _read_owned_row(ctx: Context, header: Header) -> None:
    """A table's row of figures alone, one a cell, under a header row of years alone, under
    a title naming one ally ('| 2.29 | 2.30 | 2.33 |' under '| 2022-23 | 2023-24 | 2024-25
    |'): each cell that ally's figure of its column's year. Nothing is read unless the row
    has as many cells as the header row years, each with one figure."""
    bounds = _cell_bounds(ctx.lows)
    if not header.years or len(bounds) != len(header.years):
        return
    cells: list[Quantity] = []
    for lo, hi in bounds:
        figures = [q for q in ctx.quantities if lo <= q.i < hi and id(q) not in ctx.consumed
                   and q.form != "year" and _is_share(q, header)
                   and not _own_measure(ctx, q, header)]  # fmt: skip
        if len(figures) != 1:
            return
        cells.append(figures[0])
    for q, year in zip(cells, header.years, strict=True):
        _item_claim(ctx, q, header, year, "header", header.owner)


def _read_slash_pair(ctx: Context, header: Header, start: int) -> None:
    """An item giving its one country two bare figures set apart by a slash, under a header
    naming their two units so (Header.slash_units): each figure in its unit, of the header's
    one year; an item of another shape is not read."""
    lows = ctx.lows
    if len(set(header.years)) != 1:
        return
    named = [m for m in ctx.mentions if m.i >= start and m.kind in ("ally", "group")]
    named = named + _coded_items(ctx, start, named) + _foreign_items(ctx, start, header)
    figures = [q for q in ctx.quantities if q.i >= start and q.form != "year"
               and id(q) not in ctx.consumed]  # fmt: skip
    if len({m.code for m in named}) != 1 or len(figures) != 2:
        return
    first, second = figures
    if lows[first.j : second.i] != ["/"] or named[0].j > first.i:
        return
    if any(q.form != "plain" or q.value <= 0 for q in figures):
        return
    for q, unit in zip(figures, header.slash_units, strict=True):
        if unit:
            _counted_item(ctx, q, replace(header, unit=unit), header.years[0], named[0].code)
        elif q.precision >= 1 and q.value < MAX_SHARE:
            _item_claim(ctx, q, header, header.years[0], "header", named[0].code)


def _read_unit_cells(ctx: Context, header: Header) -> None:
    """The cells of a table's row whose column names a unit of money or persons (see
    Header.cell_units): the one bare figure in such a cell is the row's ally's, in that unit,
    of the header's one year; a row of another shape, or under more years, is not read."""
    bounds = _cell_bounds(ctx.lows)
    if len(bounds) != len(header.cell_units) or len(set(header.years)) != 1:
        return
    # the ally's cell: the first, or the one after a rank's ('| 1 | United States | 997.3 |'
    # under '| Rank | Country | US$ bn | % of GDP |')
    named = [n for n, (lo, hi) in enumerate(bounds)
             if any(lo <= m.i < hi and m.kind in ("ally", "group") for m in ctx.mentions)]  # fmt: skip
    if not named and any(u.startswith("USD") for u in header.cell_units):
        named = [0]  # (a country outside NATO in the first cell: see below)
    if len(named) != 1 or named[0] > 1 or header.cell_units[named[0]]:
        return
    lo, hi = bounds[named[0]]
    allies = [m for m in ctx.mentions if lo <= m.i < hi and m.kind in ("ally", "group")]
    if not allies and any(u.startswith("USD") for u in header.cell_units):
        # "| China | 314 | 1.7 |" under "| Country | US$ bn | % GDP |": a country outside
        # NATO, whose sums in US dollars SIPRI's table holds
        allies = _foreign_items(ctx, lo, replace(header, unit="USD"))
        allies = [m for m in allies if m.i < hi]
    if len({m.code for m in allies}) != 1:
        return
    for (lo, hi), unit in zip(bounds[named[0] + 1 :], header.cell_units[named[0] + 1 :],
                              strict=True):  # fmt: skip
        figures = [q for q in ctx.quantities if lo <= q.i < hi and id(q) not in ctx.consumed
                   and q.form != "year"]  # fmt: skip
        if not unit or len(figures) != 1 or figures[0].form != "plain" or figures[0].value <= 0:
            continue
        _counted_item(ctx, figures[0], replace(header, unit=unit), header.years[0],
                      allies[0].code)  # fmt: skip


def _coded_items(ctx: Context, start: int, named: list[Mention]) -> list[Mention]:
    """Allies named by their ISO alpha-3 code or their flag in a list's items ('POL 4.12 | EST
    3.43 | LVA 3.15', '🇵🇱 4.48'): a code in capitals or a flag that opens an item (after the
    header's colon, a bar, a comma, a semicolon or a bullet) and has a figure right after it.
    Only in such lists: elsewhere 'EST' or 'GRC' may be anything."""
    tokens = ctx.tokens
    out: list[Mention] = []
    short: list[Mention] = []  # (those given by two letters: 'PL 234 · TR 494')
    starts = {q.i for q in ctx.quantities}
    for k in range(start, len(tokens) - 1):
        code = tokens[k].text
        width = 1
        if code in _FLAG_CODES:
            code = _FLAG_CODES[code]
        elif code not in _ISO3:
            code, width = _flag(ctx, k), 2
        if not code or any(m.i <= k < m.j for m in named):
            continue
        after = _past_bars(tokens, k + width)  # ("DEU ██ 147": a chart's bar between)
        opens = k == start or ctx.lows[k - 1] in _ITEM_OPENERS
        if opens and (after in starts or (after < len(tokens) and ctx.lows[after] in (":", "-")
                                          and after + 1 in starts)):  # fmt: skip
            (short if tokens[k].text in _FLAG_CODES else out).append(
                Mention(k, after, code, "ally")
            )
    # two capitals are an ally's code only in a list of several so given: alone, 'IT', 'NO'
    # or 'CA' may be words or anything
    return sorted(out + short, key=lambda m: m.i) if len(short) >= _SHORT_CODES else out


def row_code(tokens: list[Token], quantities: list[Quantity]) -> Mention | None:
    """The ally a line names by its ISO alpha-3 code in capitals when the code opens the line
    (after a bullet, perhaps) and a figure follows it at once ('DEU 98bn', '- CAN $38bn'): a
    row of a list, under a header or not. The code is the row's subject, never the subject the
    line before spoke of."""
    k = 1 if tokens[:1] and tokens[0].text in _BULLETS else 0
    if len(tokens) <= k + 1 or tokens[k].text not in _ISO3:
        return None
    after = _past_bars(tokens, k + 1)  # ("GBR █ 110": a chart's bar between)
    if not any(q.i == after for q in quantities):
        return None
    return Mention(k, k + 1, tokens[k].text, "ally")


def coded_runs(
    tokens: list[Token], quantities: list[Quantity], in_run: bool = False
) -> list[Mention]:
    """The allies a line names by their codes in capitals, each opening an item of a run with
    its figure right after it ('EST 5.10% · LVA 4.92%', 'HR 2.03 / SK 2.04', 'FI 2.41 DK
    2.37', 'FR: +9.1%'): an item opens the line, or follows a separator or the figure of the
    item before. Three letters are an ally's ISO alpha-3 code; two letters (its flag's) only
    in a run of several so given ('IT', 'NO' or 'CA' alone may be words), or when the sentence
    is one item of a run its neighbours go on (`in_run`, see short_code_run). A country
    outside the alliance so given ('CHN 314') heads its own item: a foreign mention, whose
    figure no ally takes."""
    # (the tokens that are a code of any kind, in one pass: most lines hold none)
    coded = [k for k in range(len(tokens) - 1) if tokens[k].text in _ANY_CODE]
    if not coded:
        return []
    starts = {q.i for q in quantities}
    ends = {q.j for q in quantities}
    out: list[Mention] = []
    short: list[Mention] = []
    for k in coded:
        text = tokens[k].text
        ally = text in _ISO3 or text in _FLAG_CODES
        if not (ally or text in _FOREIGN_ISO3):
            continue
        if not (k == 0 or tokens[k - 1].text in _RUN_SEPARATORS or k in ends
                or (k == 1 and tokens[0].text in _BULLETS)):  # fmt: skip
            continue
        after = _past_bars(tokens, k + 1)
        after += after < len(tokens) and tokens[after].text in _CODE_LINKS
        after += after < len(tokens) and tokens[after].text in _SIGNS
        if after not in starts:
            continue
        if not ally:
            out.append(Mention(k, k + 1, "FOREIGN", "foreign"))
        elif text in _ISO3:
            out.append(Mention(k, k + 1, text, "ally"))
        else:
            short.append(Mention(k, k + 1, _FLAG_CODES[text], "ally"))
    enough = len(short) >= _SHORT_CODES or (in_run and len(short) == 1)
    return sorted(out + short, key=lambda m: m.i) if enough else out


# a sentence that opens on a two-letter code in capitals, perhaps after a bullet or a short
# label and its colon, and its figure right after it, perhaps past a colon, a dash or a sign
# ('FR 2.05.', 'IT: +1.0%.', 'Real growth: FR +9.1%')
_SHORT_ITEM: re.Pattern[str] = re.compile(
    r"(?:[^:.\d]{1,40}:\s)?\W{0,3}?([A-Z]{2}|U\.[SK]\.)\s?[:\-–]?\s?[+\-−–]?[$€£]?\d"
)
_RUN_ALIASES: frozenset[str] = frozenset({"UK", "U.K.", "U.S."})  # an ally's two letters
# that are not its flag's


def short_code_run(texts: list[str], paragraphs: list[int]) -> set[int]:
    """The sentences that each open on one ally's two-letter code with its figure ('FR 2.05.
    IT 2.01. ES 2.00.', 'FR: +9.1% real. IT: +1.0%.') and follow or precede another such
    sentence of the same paragraph: the items of one run, split by full stops, whose codes
    are codes as they would be in one sentence (coded_runs); a code alone in its paragraph
    ('CA: 2.01%') stays unread, as in a sentence."""
    opens = []
    for text in texts:
        m = _SHORT_ITEM.match(text)
        code = m.group(1) if m is not None else ""
        opens.append(code in _FLAG_CODES or code in _RUN_ALIASES)
    out: set[int] = set()
    for k in range(len(texts) - 1):
        if opens[k] and opens[k + 1] and paragraphs[k] == paragraphs[k + 1]:
            out.update((k, k + 1))
    return out


def _past_bars(tokens: list[Token], k: int) -> int:
    """The first token from k that is no glyph of a chart's bar ('█', '▌'), drawn between a
    row's name and its figure ('DEU ██ 147')."""
    while (
        k < len(tokens)
        and len(tokens[k].text) == 1
        and _BAR_LOW <= ord(tokens[k].text) <= _BAR_HIGH
    ):
        k += 1
    return k


_BAR_LOW: int = 0x2580  # the block elements of Unicode, which draw a text chart's bars
_BAR_HIGH: int = 0x259F

_RUN_SEPARATORS: frozenset[str] = frozenset({"|", "/", ",", ";", ":", ".", "(", *_BULLETS})
_CODE_LINKS: frozenset[str] = frozenset({":", "-", "–"})  # "FR: 2.05", "POL - 4.48"
_SIGNS: frozenset[str] = frozenset({"+", "-", "−", "–"})  # "FR: +9.1%", "CZE −1%"


def _foreign_items(ctx: Context, start: int, header: Header) -> list[Mention]:
    """Countries outside the alliance in the items under a header of a measure only SIPRI
    publishes, and for them too ('Israel 20%' under 'Military spending as a share of
    government spending'); none under a header of NATO's measures."""
    if (
        header.measure != "share_of_government_spending"
        and not header.unit.startswith("USD")
        and not (_sipri_list(ctx) and (header.of_gdp or header.gdp_percent))
    ):
        return []  # (a total in US dollars: SIPRI's table holds every country's; so does a
        # list SIPRI's figures fill: "SIPRI ranking, 2024 (% of GDP):" then "1. Ukraine 34.5")
    out: list[Mention] = []
    for m in ctx.mentions:
        code = foreign_iso(ctx.lows, m) if m.i >= start and m.kind == "foreign" else None
        if code is not None:
            out.append(Mention(m.i, m.j, code, "foreign"))
    return out


def _sipri_list(ctx: Context) -> bool:
    """Is SIPRI the source of the list's items: named on the line, carried from its header
    ('Asia-Pacific spending (SIPRI, 2024, US$ bn / % of GDP):'), or the article's only source?"""
    return (
        any(s.source == "SIPRI" for s in ctx.sources)
        or (ctx.carry_source is not None and ctx.carry_source[0] == "SIPRI")
        or ctx.article_sipri
    )


def _flag(ctx: Context, k: int) -> str:
    """The ally whose flag emoji (two regional indicator letters) opens at token k, else ''."""
    pair = "".join(t.text for t in ctx.tokens[k : k + 2])
    if len(pair) != 2 or not all(_INDICATOR_A <= ord(c) < _INDICATOR_A + 26 for c in pair):
        return ""
    letters = "".join(chr(ord(c) - _INDICATOR_A + ord("A")) for c in pair)
    return _FLAG_CODES.get(letters, "")


_ISO3 = frozenset(a.iso3 for a in ALLIES)
_INDICATOR_A: int = 0x1F1E6  # REGIONAL INDICATOR SYMBOL LETTER A
_FLAG_CODES: dict[str, str] = {
    k: str(v) for k, v in patterns.load()["subjects"]["flag_codes"].items()
}
_ITEM_OPENERS = frozenset({"|", ",", ";", ":", *_BULLETS})
_FOREIGN_ISO3: frozenset[str] = frozenset(
    str(v) for v in patterns.load()["subjects"]["foreign_flag_codes"].values()
)
# a code of any of these kinds (coded_runs)
_ANY_CODE: frozenset[str] = _ISO3 | frozenset(_FLAG_CODES) | _FOREIGN_ISO3
# the countries outside NATO milex knows by name
_OUTSIDE_CODES: frozenset[str] = (
    frozenset(str(v) for v in patterns.load()["subjects"]["foreign_codes"].values()) - _ISO3
)
_SHORT_CODES: int = 2  # the items a list must give by two-letter codes for them to be codes


def _item_claim(ctx: Context, q: Quantity, header: Header, year: int, basis: str,
                code: str) -> Claim:  # fmt: skip
    if header.unit:
        return _counted_item(ctx, q, header, year, code)
    measure = header.measure
    if measure == UNREAD:  # (a gap to a target: listed, never judged as a level)
        unread = new_claim(ctx, q, UNREAD, q.value, "%")
        unread.doubts.append(header.doubt)
        set_subject(unread, code)
        ctx.consumed.add(id(q))
        return unread
    too_large = measure == "share_of_gdp" and not header.of_gdp and q.value > MAX_SHARE
    if too_large and ctx.carry_equipment:  # "... a fifth of spending into major equipment."
        measure = "equipment_share"  # then "Only one falls short: Belgium, at 14.54%"
    value = -q.value if measure == "real_change" and minus_sign(ctx, q) else q.value
    claim = new_claim(ctx, q, measure, value, "%", measure=measure, year=year,
                      year_basis=basis)  # fmt: skip
    claim.real_unstated = measure == "real_change" and not header.real
    if measure == "real_change" and header.since is not None:  # "Change 2014-24": since 2014
        claim.since = header.since  # (Table 4's, or the yearly changes compounded)
        claim.measure = derived.change_measure(header.since, code)
    claim.measure_unstated = q.form == "plain" and not header.share and measure == "share_of_gdp"
    if header.doubt:
        claim.doubts.append(header.doubt)
    elif too_large and measure == "share_of_gdp":
        claim.doubts.append("a share this large is not of GDP, and the header does not say of what")
    return _item_of(ctx, q, claim, header, code)


def _item_of(ctx: Context, q: Quantity, claim: Claim, header: Header, code: str) -> Claim:
    """The item's claim given its ally, and the header's years to fall back on."""
    set_subject(claim, code)
    if "|" not in ctx.lows:  # (a row read in the wrong order; a table's cells keep theirs)
        claim.nearby_years = sorted(set(header.years))
    if code in _OUTSIDE_CODES and claim.source == "NATO" and _sipri_list(ctx):
        claim.source = "SIPRI"  # a country outside NATO in a list of SIPRI's: its figure,
        # which NATO's tables cannot hold ("Saudi Arabia ..... 6.3%" under "..., SIPRI)")
    ctx.consumed.add(id(q))
    return claim


def _bracketed(ctx: Context) -> tuple[dict[int, int], set[int]]:
    """The figures in brackets that name their own year ('(2024: 1.47%)', '(last year:
    1.29%)'): {id of the figure: its year}, and the tokens inside such brackets."""
    lows, dated, inside = ctx.lows, {}, set()
    for a, low in enumerate(lows):
        if low != "(" or ")" not in lows[a:]:
            continue
        b = lows.index(")", a)
        years = [t.year for t in ctx.times if a < t.i < b and t.year]
        figures = [q for q in ctx.quantities if a < q.i < b and q.form != "year"]
        if len(years) == 1 and len(figures) == 1:
            dated[id(figures[0])] = years[0]
            inside.update(range(a, b))
    return dated, inside


def _years_after(ctx: Context) -> tuple[dict[int, int], set[int]]:
    """The figures a bracket right after them dates with one year alone ('Czechia 1.75 (2025)
    and 2.01 (2026)'), or a line's last figure a year labels after its name ('Russia, 2024
    (SIPRI) 7.05'): {id of the figure: its year}, and the tokens of those years."""
    lows, dated, inside = ctx.lows, {}, set()
    for q in ctx.quantities:
        a = q.j
        if q.form == "year" or lows[a : a + 1] != ["("]:
            continue
        t = next((t for t in ctx.times if t.i == a + 1 and t.kind == "year" and t.year), None)
        if t is not None and t.year and lows[t.j : t.j + 1] == [")"]:
            dated[id(q)] = t.year
            inside.update(range(a, t.j + 1))
    for q in ctx.quantities:  # "Canada - 2014: 1.01 | 2019: 1.27": a figure its year labels
        # before a colon, the year right after the ally's name or a separator
        if q.form == "year" or q.i < 2 or lows[q.i - 1] != ":" or id(q) in dated:
            continue
        t = next((t for t in ctx.times if t.j == q.i - 1 and t.kind == "year" and t.year), None)
        if t is None or not t.year or t.role in ("price", "edition", "date") or t.i < 1:
            continue
        if lows[t.i - 1] in _YEAR_LABEL_SEPARATORS or any(m.j == t.i for m in ctx.mentions):
            dated[id(q)] = t.year
            inside.update(range(t.i, q.i))
    for label in ctx.times:  # "For comparison: Russia, 2024 (SIPRI) 7.05": the year the
        # item's name is labelled with, before its one figure, the body in brackets perhaps
        if label.kind != "year" or not label.year or label.role in ("price", "edition", "date"):
            continue
        named = label.i - (lows[label.i - 1 : label.i] == [","])
        if not any(m.j == named for m in ctx.mentions):
            continue
        k = label.j
        while k < len(lows) and (lows[k] in _LABEL_GAPS or any(
                s.i <= k < s.j for s in ctx.sources)):  # fmt: skip
            k += 1
        figure = next((x for x in ctx.quantities if x.i == k and x.form != "year"), None)
        later = [x for x in ctx.quantities if x.i > k and x.form != "year"]
        if figure is not None and not later and id(figure) not in dated:
            dated[id(figure)] = label.year
            inside.update(range(label.i, label.j))
    return dated, inside


_LABEL_GAPS: frozenset[str] = frozenset({"(", ")", ":", ",", "-", "–", "—"})
# what sets a year labelling the figure after its colon apart from what comes before it
_YEAR_LABEL_SEPARATORS: frozenset[str] = frozenset({"|", ",", ";", "-", "–", "—", "/"})


def _own_measure(ctx: Context, q: Quantity, header: Header) -> bool:
    """Does an item's figure say its own measure, not the header's share: a change ('- World:
    $2.72 trillion, up 9.4%'), a share of something else than GDP ('37% of the world total')?"""
    if header.measure != "share_of_gdp":
        return False
    if ctx.lows[q.i - 1 : q.i] == ["+"] or minus_sign(ctx, q):
        return True  # "Europe and Canada +11.0%": a signed figure is a change, not a share
    lead = ctx.lows[max(0, q.i - 3) : q.i]  # "up 9.4%", "a rise of 9.4%", "+17% on 2023"
    if not _MOVES.isdisjoint(lead[lead.index(",") + 1 :] if "," in lead else lead):
        return True
    return ctx.lows[q.j : q.j + 1] == ["of"] and not ctx.has("cues", "gdp", lo=q.j, hi=q.j + 4)


_FEW_PERSONS: str = (
    "the header gives no scale, and fewer than a thousand persons is no ally's "
    "armed forces: the figures may be in thousands"
)


def _counted_item(ctx: Context, q: Quantity, header: Header, year: int, code: str) -> Claim:
    """An item's bare figure in the unit its header names: an amount in US dollars (at the
    header's constant prices, if it names them) or military personnel, in thousands."""
    if header.unit.startswith("USD"):
        measure, price_base = "spending_usd_current", None
        if ctx.header_prices:  # "(US$ billion, 2015 prices)"
            measure, price_base = "spending_usd_constant", f"constant {ctx.header_prices}"
        if header.unit == "USD":  # a head: Table 6's, held at constant prices
            measure, price_base = _PER_HEAD, price_base or UNSTATED_BASE
        claim = new_claim(ctx, q, "spending_amount", q.value, header.unit, measure=measure,
                          year=year, year_basis="header", price_base=price_base)  # fmt: skip
        claim.currency = "USD"
        if price_base == UNSTATED_BASE and claim.source == "SIPRI":  # (SIPRI's: current only)
            claim.measure, claim.price_base = PER_HEAD_CURRENT, None
        elif price_base == UNSTATED_BASE:
            claim.doubts.append(PER_HEAD_UNPRICED)
    elif header.measure == _NATIONAL:  # "2022/23: 57.3" under "UK ... (GBP billion)"
        claim = new_claim(ctx, q, "spending_amount", q.value, header.unit, measure=_NATIONAL,
                          year=year, year_basis="header")  # fmt: skip
        claim.currency = header.unit.split()[0]
    else:
        value, precision = q.value, q.precision
        if header.unit == "person":  # "Estonia 7,100": to the hundred, 7.1 thousand
            whole = int(round(q.value))
            step = len(str(whole)) - len(str(whole).rstrip("0")) if whole else 0
            value, precision = q.value / 1000.0, 3 - step
        claim = new_claim(ctx, q, "personnel", value, "thousand personnel", measure="personnel",
                          year=year, year_basis="header")  # fmt: skip
        claim.precision = precision
        if header.unit == "person" and q.value < 1000:  # ("TUR 494" under "Personnel, 2025"):
            claim.doubts.append(_FEW_PERSONS)  # no ally's forces are so few: thousands, unsaid?
    return _item_of(ctx, q, claim, header, code)


def _outside_burden(q: Quantity, header: Header, m: Mention) -> bool:
    """A bare figure with its decimal, however large, of a country outside NATO under a header
    that names GDP ('1. Ukraine 34.5' under 'SIPRI ranking, 2024 (military burden, % of
    GDP)'): a country at war may spend a third of its GDP, which no ally has (_is_share)."""
    return (
        m.kind == "foreign"
        and header.of_gdp
        and header.measure == "share_of_gdp"
        and not header.unit
        and q.form == "plain"
        and q.precision >= 1
        and q.value < _WHOLE
    )


_WHOLE: float = 100.0


def _is_share(q: Quantity, header: Header) -> bool:
    if header.unit:  # "Germany 54" under "(current US$ billion)", "Turkey: 435" under
        # "(thousands)": a plain number, not a share (a money figure says its own unit, but
        # "$1,185" under a header of dollars a head is a sum a head, of no scale)
        per_head = (header.unit == "USD" and q.form == "money" and q.scale == 1.0
                    and q.currency in ("USD", "USD?"))  # fmt: skip
        return (q.form == "plain" or per_head) and q.value > 0
    if q.form == "percent":
        return True
    if header.measure == "real_change":  # "Slovakia +48.1" under "Largest real-terms
        # increases, 2019 (%):": a change with its decimal, however large
        return q.form == "plain" and q.precision >= 1 and abs(q.value) < 1000
    # a bare number under a share-of-GDP header: "Bulgaria 2.2", "Poland 1.88 4.12"; under a
    # header of shares of defence spending: "Poland 51.1"
    if header.measure in BUDGET_SHARES:
        return q.form == "plain" and q.precision >= 1 and q.value <= 100
    # (or a table's cell under a header row of years or sources that names no measure:
    # "| Ally | 2014 | 2024* |", read as a share of GDP only to support)
    return (
        (header.share or header.table or header.estimates)
        and q.form == "plain"
        and q.precision >= 1
        and q.value < 15
    )
