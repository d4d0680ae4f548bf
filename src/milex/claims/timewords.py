"""Times in a sentence: years and their roles ('since 2014', 'by 2035', 'in 2015 prices',
'compared with 2014'), relative times ('last year', 'five years ago', 'on Thursday') and
named events ('before Russia's invasion of Ukraine').

Matching only: interpret.py and years.py decide which of them a number belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from milex.claims import patterns
from milex.claims.model import field_values
from milex.claims.numbers import Quantity

# verbs that date the making of a rule, not a figure: "the target adopted in 2014"
_AGREEING = patterns.word_set("rule_making_verbs")
# "when he took office in 2017": the year of a person's taking office, no rule's agreement
_OFFICE: frozenset[str] = patterns.word_set("office_nouns")
_BUDGET_NOUNS: frozenset[str] = patterns.word_set("budget_nouns")
_COHORT_NOUNS: frozenset[str] = patterns.word_set("accession_cohort_nouns")
WALES_YEAR = 2014  # the Defence Investment Pledge, Wales summit of 5 September 2014
MONTH_LIST: list[str] = patterns.load()["time"]["months"]
MONTHS = frozenset(MONTH_LIST)
_MONTH_SHORT = frozenset(patterns.load()["time"]["month_abbreviations"])


def is_day(lows: list[str], i: int, j: int) -> bool:
    """Is the number at tokens i..j a day of a month ('on 17 June', 'June 17', 'Sept. 10' in a
    dateline)?"""
    before = lows[max(0, i - 2) : i]
    return (
        not MONTHS.isdisjoint(lows[j : j + 1] + before[-1:])
        or before[-1:]
        and before[-1] in _MONTH_SHORT
        or before[-1:] == ["."]
        and before[:1]
        and before[0] in _MONTH_SHORT
    )


_BASE_LEVELS: frozenset[str] = frozenset(patterns.load()["time"]["base_level_nouns"])
_LEVEL_OWNERS: frozenset[str] = frozenset({"its", "their", "the"})
_LEVEL_STATING: frozenset[str] = frozenset(patterns.load()["time"]["level_stating_words"])
_ENDING = frozenset(patterns.load()["time"]["year_ending"])  # "the fiscal year ending March"
DEADLINE_WORDS = frozenset(patterns.load()["time"]["deadline"])  # "by", "until", "no later than"
# words that put a figure in the article's present, whatever year came before it
NOW = frozenset({"now", "currently", "nowadays"})


@dataclass(slots=True)
class TimeExpr:
    i: int
    j: int
    kind: str  # "year", "this", "last", "next", "previous", "that", "decade", "ago", "ahead",
    # "day", "earlier", "then" (an earlier time set against now)
    role: str = "in"  # "in", "since", "deadline", "from", "price", "edition", "date", "base"
    year: int | None = None
    day: date | None = None
    back: int = 0  # "a decade earlier": years before the year the text spoke of last (less
    # than 0 for "a decade later")
    fiscal: bool = False  # "last fiscal year": the subject's fiscal year (see years.py), whose
    # label may not be the calendar year `year` holds
    start: int | None = None  # a span of years "2014-24", "2014-2024": its first year (`year`
    # holds its last)
    run: bool = False  # a run of years ("for the tenth year in a row"): every year of it holds

    # written out for mypyc, as Token's (extract.py)
    def __init__(
        self,
        i: int,
        j: int,
        kind: str,
        role: str = "in",
        year: int | None = None,
        day: date | None = None,
        back: int = 0,
        fiscal: bool = False,
        start: int | None = None,
        run: bool = False,
    ) -> None:
        self.i = i
        self.j = j
        self.kind = kind
        self.role = role
        self.year = year
        self.day = day
        self.back = back
        self.fiscal = fiscal
        self.start = start
        self.run = run

    def __reduce__(self) -> tuple:  # (see model.field_values)
        return type(self), field_values(self)


# "this fiscal year", "the previous financial year": kinds of their own, read as "this",
# "previous", ... with TimeExpr.fiscal set
FISCAL = "fiscal "
_FISCAL_LISTS = (("this", "this_fiscal_year"), ("last", "last_fiscal_year"),
                 ("next", "next_fiscal_year"), ("previous", "previous_fiscal_year"),
                 ("following", "following_fiscal_year"))  # fmt: skip


@cache
def _vocab():
    p = patterns.load()
    time = p["time"]
    time_phrases = patterns.Phrases(
        # later kinds win a phrase listed twice: "the previous year" is relative to the text
        {phrase: kind for kind, key in (("decade", "decade_words"), ("that", "that_year"),
                                        ("next", "next_year"), ("last", "last_year"),
                                        ("this", "this_year"), ("previous", "relative_previous"),
                                        ("following", "relative_following"),
                                        ("wales", "wales_year"), ("period", "period_words"),
                                        ("decade_end", "decade_end"),
                                        *((FISCAL + kind, key) for kind, key in _FISCAL_LISTS))
         for phrase in time[key]} | {phrase: "event" for phrase in p["events"]}
        | {phrase: "since_event" for phrase in p["since_events"]}
    )  # fmt: skip
    return {
        "times": time_phrases,
        "time_first": time_phrases.first_words
        | set(time["weekdays"])
        | {"years", "year", "decade", "decades", "then"},
        "deadline": DEADLINE_WORDS,
        "then_deadline": frozenset(time["then_deadline_leads"]),
        "then_aside": frozenset(time["then_aside_next"]),
        "events": {patterns.words(phrase): year for phrase, year in p["events"].items()},
        "since_events": {
            patterns.words(phrase): year for phrase, year in p["since_events"].items()
        },  # fmt: skip
        "weekdays": time["weekdays"],
        "months": MONTHS,
    }


_RISES = frozenset({"increase", "rise", "rises", "growth", "jump", "up", "higher", "down",
                    "lower", "fall", "drop", "decrease", "cut", "change", "changes"})  # fmt: skip

# Verbs of saying after which a time dates the saying, not a figure: "NATO estimated last year".
_REPORTED_AT = patterns.word_set("saying_verbs_past")


_FISCAL_LABELS: frozenset[str] = patterns.word_set("fiscal_year_labels")
_RELEASE_NOUNS = frozenset({"edition", "report", "release", "tables", "figures", "data",
                            "estimates", "estimate", "figure", "forecast", "projection"})  # fmt: skip
# (after a month only: "NATO's June 2024 estimate" is a release's; "the 2024 estimate" may be
# the estimate for 2024)
_RELEASED_BY = frozenset({"nato", "nato's", "alliance's", "sipri", "sipri's", "annual"})


_SAME_AS: frozenset[str] = patterns.as_set("time", "same_as_openers")
_EVENT_NOUNS: frozenset[str] = patterns.as_set("time", "event_nouns")


def _same_as_before(lows: list[str], k: int) -> bool:
    """Do the two or three words before k set what follows as the level a figure equals ('the
    same as in 2025', 'unchanged from 2023')?"""
    return k > 1 and (" ".join(lows[k - 2 : k]) in _SAME_AS or " ".join(lows[max(0, k - 3) : k])
                      in _SAME_AS)  # fmt: skip


def _names_release(lows: list[str], k: int) -> bool:
    """Do the words at k name a release ('edition', 'NATO report', 'tables'), after a time that
    dates it ('Last year's ...')?"""
    if k < len(lows) and lows[k] in _RELEASED_BY:
        k += 1
    return lows[k : k + 1] in (["edition"], ["report"], ["release"], ["tables"])


_HYPHENS: frozenset[str] = frozenset({"-", "‑", "–"})


def times(lows: list[str], quantities: list[Quantity], today: date | None) -> list[TimeExpr]:
    """Year mentions and relative times ("last year", "the year before", "on Thursday")."""
    v = _vocab()
    out: list[TimeExpr] = []
    spanned: set[int] = set()  # the second years of spans "between 2014 and 2024"
    for n, q in enumerate(quantities):
        if q.form != "year" or q.i in spanned:
            continue
        k, year = q.i, int(q.value)
        later = quantities[n + 1] if n + 1 < len(quantities) else None
        if (
            k > 0
            and lows[k - 1] == "between"
            and lows[q.j : q.j + 1] == ["and"]
            and later is not None
            and later.form == "year"
            and later.i == q.j + 1
            and int(later.value) > year
        ):  # "Between 2014 and 2024 the ratio went from 2.58% to 2.71%": a span of years
            spanned.add(later.i)
            out.append(TimeExpr(k - 1, later.j, "year", "in", int(later.value), start=year))
            continue
        # "than in fiscal 2024", "since fiscal 2014": the year's own label is no word before it
        b = k - 1 if k > 0 and lows[k - 1] in _FISCAL_LABELS else k
        prev = lows[b - 1] if b > 0 else ""
        prev2 = " ".join(lows[b - 2 : b]) if b > 1 else ""
        nxt = lows[q.j] if q.j < len(lows) else ""
        if nxt in _HYPHENS and lows[q.j + 1 : q.j + 2] in (["price"], ["prices"], ["dollar"]):
            nxt = lows[q.j + 1]  # "NATO's 2015-price figures": a price basis, its hyphen apart
        role = "in"
        before3 = lows[max(0, k - 3) : k]
        for stop in (";", ":"):  # ("... had not been adopted; its 2024 figure": the words
            if stop in before3:  # before a semicolon are another clause's)
                before3 = before3[len(before3) - before3[::-1].index(stop) :]
        tail = lows[q.j + 1 : q.j + 4]
        tail = tail[: tail.index(",")] if "," in tail else tail
        if (
            nxt in ("wales", "vilnius", "hague", "madrid", "summit")
            and "since" not in before3
            and (_GOAL_NOUNS.intersection(tail))
        ):
            role = "agreement"  # "have met the 2014 Wales summit goal": when it was agreed (not
            # "at the 2014 summit, only three met it", nor "since the 2014 pledge")
        elif (prev in _LEVEL_OWNERS and nxt in _BASE_LEVELS
              and (lows[q.j + 1 : q.j + 2] == [] or lows[q.j + 1] not in _LEVEL_STATING)):  # fmt: skip
            role = "base"  # "a 38% rise and double its 2015 level": the level set against,
            # not the figure's year (but "its 2024 level of 4.1%", "the 2022 level (1.88%)",
            # "the 2022 level was 1.88%" state that year's figure)
        elif prev2 in ("set for", "due for", "planned for", "fixed for"):
            role = "deadline"  # "the 3.5% target set for 2035": when it is due, not agreed
        elif prev in ("readiness", "vision", "agenda", "strategy", "horizon"):
            role = "name"  # "Readiness 2030": a plan's name, not a time
        elif (
            (
                any(w in _AGREEING for w in before3)
                and nxt not in _BUDGET_NOUNS
                and _OFFICE.isdisjoint(before3)
            )
            or lows[max(0, k - 4) : k - 1] == ["signed", "up", "to"]
        ) and not (
            prev == "in" and _since_event(lows, k - 1)
        ):  # (but "since his government took office in 2015" is a span; and "adopted a 2026
            # budget" names the budget's year, not when it was adopted)
            role = "agreement"  # "the obligation it took on in 2014": when a rule was made
        elif (prev == "since" and before3[-3:-1] == ["first", "time"]) or (
            prev == "in" and _since_event(lows, k - 1, first_time=True)
        ):
            role = "base"  # "hits 2% for the first time since 2014", "... since its creation in
            # 2014": not every year since, nor the year of the figure
        elif prev == "since" or (prev == "in" and _since_event(lows, k - 1)):
            role = "since"  # "since 2022", "since the full-scale invasion in 2022"
        elif prev in _MEASURED_PREPS and lows[k - 2 : k - 1] and lows[k - 2] in _MEASURED_FROM:
            role = "since"  # "Measured from 2014, Latvia has raised it by 316%", "Measured
            # against 2014, ...": the start of the change, not the figure's year
        elif prev in ("on", "against") and not _RISES.isdisjoint(lows[max(0, k - 6) : k]):
            role = "base"  # "a real increase of 18% on 2023": the change's base year
        elif (
            prev2 in COMPARED_WITH
            or prev in ("than", "versus", "vs", "vs.")
            or _same_as_before(lows, b)
        ) and lows[q.j : q.j + 2] != [",", "when"]:
            # (but "compared to 2021, when only six met it": 2021's six)
            role = "base"  # "2.41%, compared with 2014", "more than in 2014", "unchanged from
            # 2023", "the same as in 2025": what it is set against, not the figure's year
        elif prev in v["deadline"] or prev2 in ("no later", "due in"):
            role = "deadline"
        elif prev in ("from", "starting") or prev2 in ("starting in", "from april", "as of"):
            role = "from"
        elif (
            nxt in ("prices", "price", "dollars", "euros", "constant", "exchange")
            or prev2 in ("at constant",)
            or prev == "constant"
        ):  # ("in constant 2015 US dollars", "constant 2015 USD": a price basis)
            role = "price"
        elif nxt in _COHORT_NOUNS:
            role = "agreement"  # "among the 1999 entrants, Poland is at 4.12%": when they
            # joined, not the year of a figure
        elif nxt in _RELEASE_NOUNS and prev in v["months"]:
            role = "edition"  # "the August 2025 figures show 3.79%": a release's date, not the
            # year of its data (no data year is named by its month)
        elif nxt in ("edition", "report", "release", "tables", "figures", "data") or prev == "the":
            role = (
                "edition"
                if nxt in ("edition", "report", "release")
                or (nxt == "tables" and prev in _RELEASED_BY)
                else "in"
            )  # ("NATO's 2025 tables credited Italy with 2.01%": that release's)
        elif (
            lows[max(0, k - 3) : k - 1] in (["report", "of"], ["edition", "of"])
            and prev in v["months"]
        ):
            role = "edition"  # "NATO's report of August 2025 put Estonia at 3.38%"
        elif prev in _REPORTED_AT or (
            prev == "in" and prev2.split()[:1] and prev2.split()[0] in _REPORTED_AT
        ):
            role = "date"  # "as NATO reported in 2023": the report's year, not the figure's
        elif prev in v["months"]:
            role = "date"
            before_month = lows[k - 2] if k > 1 else ""
            if before_month in v["deadline"]:
                role = "deadline"  # "by April 2027"
            elif before_month in ("from", "starting"):
                role = "from"
            elif (ending := _year_ending(lows, k - 1)) is not None:
                # "the fiscal year ending March 2024", "the year to March 2024": the year
                # labelled as NATO does, by the calendar year holding most of its months
                role, year = "in", year if ending >= 7 else year - 1
        end = q.j
        length = _years_to(lows, k) if prev in ("to", "through", "until") else None
        if length is not None:  # "over the decade to 2024", "in the five years to 2024": a span
            out.append(TimeExpr(k - 3, q.j, "year", "in", year, start=year - length))
            continue
        last = _span_end(lows, q.j, year)
        if last is not None:  # "2014-24", "in 2014-2024": a span of years, not one year
            titled = prev == "(" and lows[q.j + 2 : q.j + 3] == [")"]  # "Countries (2014-2024)":
            out.append(TimeExpr(q.i, q.j + 2, "year", "name" if titled else role, last,
                                start=year))  # a title's span, no time of a figure  # fmt: skip
            continue
        if nxt in ("/", "-", "–") and q.j + 1 < len(lows) and lows[q.j + 1].isdigit():
            end = q.j + 2  # a fiscal year "2024/25" carries the label of its first year
        out.append(TimeExpr(q.i, end, "year", role, year))
    i = 0
    first = v["time_first"]
    phrases: patterns.Phrases = v["times"]  # (typed: the compiled build calls it directly)
    for k in [k for k, w in enumerate(lows) if w in first]:  # where a time can start
        if k < i:
            continue  # inside the time before
        i = k
        hit = phrases.match_at(lows, i)
        if hit:
            kind = str(hit[1])
            fiscal = kind.startswith(FISCAL)
            if fiscal:
                kind = kind[len(FISCAL) :]
            span = TimeExpr(i, i + hit[0], kind, fiscal=fiscal)
            prev = lows[i - 1] if i > 0 else ""
            if kind == "that" and prev in v["deadline"]:
                span.role, span.i = "deadline", i - 1
            if today is not None:
                span.year = {"this": today.year, "last": today.year - 1,
                             "next": today.year + 1}.get(kind)  # fmt: skip
            if prev in _REPORTED_AT:
                span.role = "date"  # "NATO estimated last year": when it said so, not the figure's
            elif _names_release(lows, i + hit[0]):
                span.role = "edition"  # "Last year's edition gave Poland 4.48% for 2025",
                # "Last year's NATO report expected 23 allies to reach 2%"
            elif (
                lows[i + hit[0] - 1].endswith(("'s", "’s"))
                and lows[i + hit[0] : i + hit[0] + 1]
                and lows[i + hit[0]] in _EVENT_NOUNS
            ):
                span.role = "agreement"  # "host of last year's summit": when an event took
                # place, not the year of a figure
            elif (
                kind in ("last", "previous")
                and lows[i + hit[0] : i + hit[0] + 2] != [",", "when"]
                and not lows[i + hit[0] - 1].endswith(("'s", "’s"))
                and (
                    # (but "progress on last year, when 13 were below 2%": last year's 13; "up
                    # from last year's 3.26%": the figure's own year)
                    prev in ("on", "over", "than")
                    or " ".join(lows[max(0, i - 2) : i])
                    in (
                        "compared with",
                        "compared to",
                        "relative to",
                        "up from",
                        "down from",
                        "line with",
                        "similar to",
                        "unchanged from",
                        "level with",
                    )  # fmt: skip
                    or prev == "from"
                    and not _RISES.isdisjoint(lows[max(0, i - 4) : i - 1])
                )
            ):  # fmt: skip  ("up sharply from a year earlier")
                span.role = "base"  # "should grow 15.9% on last year", "2.1%, up from last year":
                # the comparison's base year, not the figure's
            if kind == "period" and (
                prev in ("since", "after", "before") or lows[max(0, i - 2) : i] == ["end", "of"]
            ):
                span.role = "since"  # "its fastest pace since the Cold War ended": no period
            if kind == "wales":
                span.year = WALES_YEAR  # "when the pledge was made": the Wales summit
            if kind == "decade_end" and today is not None:  # "by the end of the decade"
                span.kind, span.year = "year", today.year // 10 * 10 + 10
                if prev in v["deadline"]:
                    span.role, span.i = "deadline", i - 1
            if kind == "event":  # "before Russia's invasion of Ukraine": 2021
                span.kind, span.year = "year", v["events"][tuple(lows[i : i + hit[0]])]
            if kind == "since_event":  # "since Wales", "in the decade since Wales": since 2014
                span.kind, span.year = "year", v["since_events"][tuple(lows[i : i + hit[0]])]
                first = "first" in lows[max(0, i - 6) : i]  # ("the first time since Wales")
                span.role = "base" if first else "since"
                span.i = i if first else _span_lead(lows, i)
            out.append(span)
            i += hit[0]
            continue
        low = lows[i]
        if (
            low in ("years", "year", "decade", "decades")
            and i + 1 < len(lows)
            and lows[i + 1] == "ago"
        ):
            back = _count_word(lows[i - 1]) if i > 0 else None
            if low.startswith("decade"):
                back = 10 * (back or 1)
            span = TimeExpr(max(0, i - 1), i + 2, "ago")
            if back is not None and today is not None:
                span.year = today.year - int(back)
            out.append(span)
        elif (
            low in ("years", "year", "decade", "decades")
            and lows[i + 1 : i + 2] in (["earlier"], ["before"], ["later"])
            and i > 0
            and (back := _count_word(lows[i - 1]))
        ):  # "just three a decade earlier", "a year earlier, 18 of the 32": counted back from
            # the year the text spoke of last (resolved in years.py); "A decade later the
            # number is 23": counted on from it (a negative step back)
            span = TimeExpr(i - 1, i + 2, "earlier")
            span.back = int(back) * (10 if low.startswith("decade") else 1)
            if lows[i + 1] == "later":
                span.back = -span.back
            if lows[i - 2 : i - 1] in (["from"], ["than"], ["on"], ["over"]):
                span.role = "base"  # "up sharply from a year earlier": what it is set against
            out.append(span)
        elif (
            low in ("years", "decades")
            and i > 1
            and lows[i - 2] in ("past", "last", "previous")
            and (_count_word(lows[i - 1]) or 0) > 1
        ):  # "in the past two years, Poland doubled its spending": a span, not one year
            out.append(TimeExpr(i - 2, i + 1, "period"))
        elif (
            low in ("years", "year", "decade")
            and i > 1
            and lows[i - 2] in ("in", "within")
            and lows[i - 1] not in ("a", "an", "one")
            and not _AHEAD.isdisjoint(lows[:i])
            and (ahead := _count_word(lows[i - 1])) is not None
        ):  # "expects to reach the target in eight years": a deadline that far from the date
            # (not "rose 43% in a year", "the first time in twenty years")
            span = TimeExpr(i - 2, i + 1, "ahead", "deadline")
            if today is not None:
                span.year = today.year + int(ahead) * (10 if low == "decade" else 1)
            out.append(span)
        elif low == "then" and i > 0 and lows[i - 1] in v["then_deadline"]:
            # "would reach 1.76% by 2029-30 ..., only 1.42% by then": the time named before,
            # as a deadline (resolved in years.py like "by that year")
            out.append(TimeExpr(i - 1, i + 1, "that", "deadline"))
        elif (
            low == "then"
            and lows[i - 1 : i] == [","]
            and lows[i + 1 : i + 2]
            and lows[i + 1] in v["then_aside"]
        ):  # "Canada, then at 1.01%, is now at 1.37%": the earlier time the text set against
            # now, not a step in a sequence ("rose to 2%, then fell")
            out.append(TimeExpr(i, i + 1, "then"))
        elif low in v["weekdays"] and i > 0 and lows[i - 1] == "on" and today is not None:
            back = (today.weekday() - v["weekdays"].index(low)) % 7
            out.append(TimeExpr(i - 1, i + 1, "day", "date", day=today - timedelta(days=back)))
        i += 1
    if any(t.fiscal for t in out):
        out.extend(_fiscal_ones(lows, out, today))
    for t in out:
        if t.role == "since" and t.kind == "year" and lows[t.i - 1 : t.i] == ["since"]:
            t.i = _span_lead(lows, t.i - 1)  # "In the decade since 2014, ...": from "In"
    spans = [t for t in out if t.start is not None]  # (the end of a span is no year of its own)
    out = [t for t in out if not any(s.i < t.i < s.j for s in spans)]
    runs = _runs(lows, today)
    if runs:  # "each of the past ten years": the run, not the period it is taken from
        out = [t for t in out if not any(r.i <= t.i < r.j for r in runs)] + runs
    out = _without_apposed(lows, out)
    out.sort(key=lambda t: t.i)
    return _repaired(lows, out)


_APPOSED_OPENERS: frozenset[str] = patterns.word_set("year_apposition_openers")
_APPOSED_NOUNS: frozenset[str] = patterns.word_set("year_apposition_nouns")
_APPOSED_REACH: int = 10  # words of an aside describing a year, commas excluded


def _without_apposed(lows: list[str], out: list[TimeExpr]) -> list[TimeExpr]:
    """The times less those inside an aside set off by commas right after a year, that
    describes that year ('In 2016, the year before Trump's first term, five allies ...', 'In
    2020, his last year in office, it spent 1.51%'): the aside restates the year it follows,
    its 'the year before' or 'last year' dates no figure of its own."""
    drop: set[int] = set()
    for t in out:
        if (t.kind != "year" or t.start is not None or lows[t.j : t.j + 1] != [","]
                or lows[t.j + 1 : t.j + 2] == [] or lows[t.j + 1] not in _APPOSED_OPENERS):  # fmt: skip
            continue
        close = next((c for c in range(t.j + 2, min(len(lows), t.j + 2 + _APPOSED_REACH))
                      if lows[c] in (",", ";", ".")), -1)  # fmt: skip
        if close < 0 or lows[close] != "," or _APPOSED_NOUNS.isdisjoint(lows[t.j + 1 : close]):
            continue
        drop |= {id(u) for u in out if t.j < u.i < close}
    return [t for t in out if id(t) not in drop] if drop else out


_REPAIRS: patterns.Phrases = patterns.Phrases(patterns.load()["time"]["repair_markers"])
_PAUSES: frozenset[str] = frozenset({",", "-", "–", "—", "...", "…", ";"})


def _repaired(lows: list[str], out: list[TimeExpr]) -> list[TimeExpr]:
    """A time the speaker takes back at once for another ('in 2024, sorry, in 2023', 'last
    year — I mean 2023'): the one after the repair stands, the one before it is dropped. Only a
    pause and the repair may come between them."""
    for t in out:  # "I mean (in) 2023": the time said again, not the date of a saying
        k = t.i - 1 if lows[t.i - 1 : t.i] == ["in"] else t.i
        if t.role == "date" and t.kind == "year" and _REPAIRS.ending_at(lows, k, reach=3):
            t.role = "in"
    dropped: set[int] = set()
    for n in range(1, len(out)):
        first, then = out[n - 1], out[n]
        k = first.j
        while k < then.i and lows[k] in _PAUSES:
            k += 1
        hit = _REPAIRS.match_at(lows, k) if k < then.i else None
        if hit is None:
            continue
        k += hit[0]
        while k < then.i and (lows[k] in _PAUSES or lows[k] == "in"):
            k += 1
        if k == then.i and first.role == then.role == "in":
            dropped.add(n - 1)
    return [t for n, t in enumerate(out) if n not in dropped]


_ONES = {phrase: kind for kind in ("this", "next", "last", "previous")
         for phrase in patterns.load()["time"][f"{kind}_fiscal_one"]}  # fmt: skip


def is_years_word(low: str) -> bool:
    return low in ("years", "decade", "decades")


def _years_to(lows: list[str], k: int) -> int | None:
    """How many years 'the decade to 2024', 'the five years to 2024' span before the year at
    k (after 'to'), or None."""
    if k < 3 or not is_years_word(lows[k - 2]):
        return None
    if lows[k - 2] == "decade":
        return 10 if lows[k - 3] in ("the", "a") else None
    n = _count_word(lows[k - 3])
    if n is None or n < 2:
        return None
    return int(n) * (10 if lows[k - 2] == "decades" else 1)


def years_over(lows: list[str], j: int, hi: int) -> int | None:
    """How many years a change said 'over the two years', 'over the past three years' spans,
    right after the figure (from j), or None."""
    k = j
    if lows[k : k + 1] not in (["over"], ["across"], ["in"]):
        return None
    k += 1
    if lows[k : k + 1] == ["the"]:
        k += 1
    if lows[k : k + 1] in (["past"], ["last"], ["previous"]):
        k += 1
    if k + 1 >= hi or lows[k + 1] != "years":
        return None
    n = _count_word(lows[k])
    return int(n) if n is not None and n >= 2 else None


def _span_end(lows: list[str], j: int, first: int) -> int | None:
    """The last year of a span written with a dash after its first year ("2014-24",
    "2014-2024"), or None: a fiscal year's label ("2024/25", "2024-25") is one year."""
    if lows[j : j + 1] not in (["-"], ["–"]) or j + 1 >= len(lows) or not lows[j + 1].isdigit():
        return None
    digits = lows[j + 1]
    if len(digits) == 2:
        last = first // 100 * 100 + int(digits)
    elif len(digits) == 4:
        last = int(digits)
    else:
        return None
    return last if first + 1 < last <= first + 60 else None


def _fiscal_ones(lows: list[str], found: list[TimeExpr], today: date | None) -> list[TimeExpr]:
    """'... last fiscal year and 2.33% in the current one': 'one' after a fiscal year is
    another fiscal year of the same calendar."""
    first = min(t.i for t in found if t.fiscal)
    out = []
    for k in range(first, len(lows)):
        for n in (3, 2):  # ("the current one", "this one")
            kind = _ONES.get(" ".join(lows[k : k + n]))
            if kind is not None:
                year = {"this": today.year, "last": today.year - 1, "next": today.year + 1}.get(
                    kind) if today is not None else None  # fmt: skip
                out.append(TimeExpr(k, k + n, kind, year=year, fiscal=True))
                break
    return out


_GOAL_NOUNS = frozenset({"goal", "target", "pledge", "guideline", "commitment", "benchmark"})
_AHEAD = frozenset({"will", "'ll", "expects", "expect", "plans", "plan", "aims", "aim", "hopes",
                    "intends", "wants", "pledged", "promised", "vowed", "committed"})  # fmt: skip
COMPARED_WITH = frozenset({"compared with", "compared to", "relative to", "than in",
                            "up from", "down from", "as against"})  # fmt: skip


def _year_ending(lows: list[str], month: int) -> int | None:
    """The month (1-12) a year ends in, for the month named at `month` after 'year ending',
    'financial year to', 'year ended 31' ('the fiscal year ending March 2024'); else None."""
    at = month - 1 if month > 0 and lows[month - 1].isdigit() else month  # ("ended 31 March")
    for n in (3, 2, 1):  # "that ended in", "ending in", "ending"
        if " ".join(lows[max(0, at - n) : at]) in _ENDING and lows[at - n - 1 : at - n] == ["year"]:
            return MONTH_LIST.index(lows[month]) + 1
    return None


_MEASURED_FROM: frozenset[str] = frozenset(patterns.load()["time"]["measured_from"])
_MEASURED_PREPS: frozenset[str] = frozenset(patterns.load()["time"]["measured_preps"])
_SPAN_LEAD = frozenset(patterns.load()["time"]["span_lead"])  # "in", "over", "during"


def _span_lead(lows: list[str], k: int) -> int:
    """Where a span ending in the 'since' at k starts: at 'In' of 'In the decade since
    Wales' and 'Over the two years since 2022', else at k."""
    n = k
    if n > 0 and lows[n - 1] in ("decade", "years"):
        n -= 1
        if lows[n] == "years" and n > 0 and (_count_word(lows[n - 1]) or 0) > 1:
            n -= 1
        if n > 0 and lows[n - 1] in ("past", "last"):
            n -= 1
        if n > 0 and lows[n - 1] == "the":
            n -= 1
        if n > 0 and lows[n - 1] in _SPAN_LEAD:
            n -= 1
        return n
    return k


_RUN_AFTER_ORDINAL = patterns.Phrases(patterns.load()["time"]["run_after_ordinal"], True)
_RUN_AFTER_COUNT = patterns.Phrases(patterns.load()["time"]["run_after_count"], True)
_RUN_EACH = frozenset(patterns.load()["time"]["run_each"])  # "each", "every", "all"
_RUN_BETWEEN = frozenset(patterns.load()["time"]["run_each_between"])  # "of the", "one of"
_RUN_BACK = frozenset(patterns.load()["time"]["run_back"])  # "past", "last", "previous"
# the words a run's phrase can start at: at any other word, _runs() finds none
_RUN_STARTS: frozenset[str] = (
    _RUN_AFTER_ORDINAL.first_words | _RUN_AFTER_COUNT.first_words | _RUN_BACK
)
_ORDINALS: dict[str, int] = {k: int(v) for k, v in patterns.load()["ordinal_words"].items()}
# a sentence with none of these words holds no run ("row", "straight", "running", "past", ...)
_RUN_WORDS: frozenset[str] = (
    frozenset(
        w
        for key in ("run_after_ordinal", "run_after_count")
        for phrase in patterns.load()["time"][key]
        for w in phrase.split()
        if w not in ("year", "years", "in", "a", "on", "the")
    )
    | _RUN_BACK
)


def _runs(lows: list[str], today: date | None) -> list[TimeExpr]:
    """Runs of years that end in the article's year and hold every year of them: 'for the
    tenth year in a row', 'for ten straight years', 'two years running', 'in each of the past
    ten years', 'every one of the last five years'. Each is a span with the role 'since' and
    the year of its first year (today's year less N - 1), so that a threshold said over it
    ('more than 2%') is checked in every year of it."""
    out: list[TimeExpr] = []
    if today is None or _RUN_WORDS.isdisjoint(lows):
        return out
    for k in [k for k in range(1, len(lows)) if lows[k] in _RUN_STARTS]:
        n = 0
        start, end = k, k
        hit = _RUN_AFTER_ORDINAL.match_at(lows, k)
        if hit is not None:  # "the tenth year in a row", "the 10th straight year"
            if lows[k - 1] in _ORDINALS:
                n, start = _ORDINALS[lows[k - 1]], k - 1
            elif lows[k - 1] in ("th", "st", "nd", "rd") and k > 1 and lows[k - 2].isdigit():
                n, start = int(lows[k - 2]), k - 2
            end = k + hit[0]
        hit = _RUN_AFTER_COUNT.match_at(lows, k) if not n else None
        if hit is not None:  # "ten straight years", "two years running"
            n, start, end = int(_count_word(lows[k - 1]) or 0), k - 1, k + hit[0]
        if not n and lows[k] in _RUN_BACK and k + 1 < len(lows):  # "each of the past ten years"
            if lows[k + 1] == "decade":
                n, end = 10, k + 2
            elif lows[k + 2 : k + 3] == ["years"]:
                n, end = int(_count_word(lows[k + 1]) or 0), k + 3
            start = k
            while start > 0 and lows[start - 1] in _RUN_BETWEEN and k - start < 6:
                start -= 1
            if start == 0 or lows[start - 1] not in _RUN_EACH:
                n = 0
            start -= 1
        if n < 2:
            continue
        while start > 0 and lows[start - 1] in ("the", "a", "for", "in", "over"):
            start -= 1
        out.append(TimeExpr(start, end, "period", "since", today.year - n + 1, run=True))
    return out


def _since_event(lows: list[str], k: int, first_time: bool = False) -> bool:
    """Is the 'in' at k part of 'since <an event> in <year>' ('since Russia invaded in
    2022', 'since the war began in 2022'), with no figure or break between? (Not after 'the
    first time': 'the first time since the series began in 2014' dates no span of figures;
    with first_time, is it that?)"""
    for n in range(k - 1, max(-1, k - 6), -1):
        if lows[n] == "since":
            return ("first" in lows[max(0, n - 6) : n]) == first_time
        if lows[n] in (",", ";", ":") or any(ch.isdigit() for ch in lows[n]):
            return False
    return False


def _count_word(low: str) -> float | None:
    if low in ("a", "one", "an"):
        return 1
    if low.isascii() and low.isdigit():  # "²" and "³" are digits to str, not to float
        return float(low)
    return {k: float(v) for k, v in patterns.load()["number_words"].items()}.get(low)
