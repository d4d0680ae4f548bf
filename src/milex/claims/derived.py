"""Figures the tables hold only in parts, which milex derives to judge a claim: a real change
over several years ('a combined rise of 16% over the two years', 'grew 72% in 2014-2024' of
Europe and Canada, for whom Table 4 has no row), compounded from NATO's yearly real changes
(Table 3; for an ally since 2014, Table 4's own figure); its yearly average rate ('an average
annual rate of 7% since 2014'), the compound rate that gives the same change (a change 'since
2022' may or may not count 2022's own: it is only supported, from 2022's level); and the median
ally's share of GDP ('the median ally spends 2.1%'), the middle of the allies' figures of that
year (the allies of that year with a figure: Iceland has none).

The verdict is as careful as the tables' own: judged on the edition current at the date, never
called wrong when that edition is not held, nor when the text does not say the change is real
(a nominal change over years can be far from the real one), nor for a year after the date.
"""

from __future__ import annotations

import statistics
from datetime import date

from milex.claims import evidence as ev
from milex.claims.model import Checked, Claim
from milex.claims.verdicts import edition_label, unverifiable
from milex.reference import alliance
from milex.reference import publications as pubs

SPAN_CHANGE: str = "real_change_over_span"  # compounded from the yearly real changes
# "since the invasion in 2022": from 2022's level, or from the start of 2022 (2021's)? Only
# supported when the first agrees, never called wrong (see judge)
SINCE_CHANGE: str = "real_change_since_year"
YEARLY_RATE: str = "real_change_yearly_rate"  # the compound yearly rate over the span
MEDIAN_SHARE: str = "share_of_gdp_median"  # the median ally's share of GDP
# an ally's share of GDP averaged over the years `since`..`year` ("its average over the past
# decade"): a past decade may end with the latest year or the one before (see judge)
MEAN_SHARE: str = "share_of_gdp_mean_over_span"
# an ally's military personnel in `year` against `since` ("have doubled in size since 2014"),
# in per cent (Table 7)
PERSONNEL_CHANGE: str = "personnel_change_since_year"
MEASURES: frozenset[str] = frozenset(
    {SPAN_CHANGE, SINCE_CHANGE, YEARLY_RATE, MEDIAN_SHARE, MEAN_SHARE, PERSONNEL_CHANGE}
)
_SHARE_MEASURES: frozenset[str] = frozenset({MEDIAN_SHARE, MEAN_SHARE})
TABLE4_SINCE: int = 2014  # Table 4 gives real change since 2014
AGGREGATES: frozenset[str] = frozenset(
    {"NATO", "NATO_EC"}
)  # no row in Table 4; the groups with a median ally


def change_measure(since: int, code: str | None, said_since: bool = False) -> str:
    """The measure a real change since `since` is judged on: Table 4's for an ally since
    2014, else compounded from the yearly changes (of a span whose start the words leave
    open, 'since 2022', a measure of its own)."""
    if since == TABLE4_SINCE and code not in AGGREGATES:
        return "real_change_since_2014"
    return SINCE_CHANGE if said_since and since != TABLE4_SINCE else SPAN_CHANGE


def judge(claim: Claim, day: date, sipri_season: bool = False) -> Checked:
    """The verdict on a figure milex derives from the tables (see the module's doc)."""
    code = claim.subject_code
    if claim.source != "NATO":
        return unverifiable(claim, f"milex derives this figure only from NATO's tables, and the "
                                   f"text gives it as {claim.source}'s")  # fmt: skip
    if code is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the text does not say whose figure "
                                   "this is")  # fmt: skip
    if claim.year is None or (claim.measure != MEDIAN_SHARE and claim.since is None):
        return unverifiable(claim, "; ".join(claim.doubts) or "the years are unclear")
    if claim.earlier_edition or claim.named_edition is not None:
        return unverifiable(claim, "the text names an edition, on which milex does not derive "
                                   "this figure")  # fmt: skip
    base = "share_of_gdp" if claim.measure in _SHARE_MEASURES else "real_change"
    if claim.measure == PERSONNEL_CHANGE:
        base = "personnel"
    pub, _note = ev.edition_for("NATO", base, day)
    if pub is None:
        return unverifiable(claim, f"no NATO edition held was published by {day:%-d %B %Y}")
    tense_note = ""
    if claim.measure in (MEDIAN_SHARE, PERSONNEL_CHANGE) or claim.since == TABLE4_SINCE:
        # "the median ally spends 2.1%", "has grown 72% since 2014", said in March 2025: the
        # latest year of the edition current then (not for 'over the past two years', whose
        # start moves with its end)
        tense_note = ev.settle_tense_year(claim, "NATO", pub.edition, base, day)
    elif claim.measure == MEAN_SHARE and claim.since is not None and claim.year is not None:
        # "over the past decade": the span ends with the latest year of the edition, its
        # start moving with its end
        end = claim.year
        tense_note = ev.settle_tense_year(claim, "NATO", pub.edition, base, day)
        claim.since += claim.year - end
    found = _derive(claim, pub.edition)
    if isinstance(found, str):
        return unverifiable(claim, "; ".join([*claim.doubts, found]))
    value, how, row_code, row_year = found
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, value)
    later: list[tuple[int, float]] = []  # what later editions give, derived alike
    others: list[dict] = []  # the same, as the report gives other editions
    core: dict[int, str] = {}  # those on the core basis of the 2026 edition
    for p in pubs.publications("NATO"):
        if not (p.held and p.published and pub.published and p.published > pub.published):
            continue
        again = _derive(claim, p.edition)
        if not isinstance(again, str) and all(e != p.edition for e, _ in later):
            later.append((p.edition, again[0]))
            if p.basis == "core defence expenditure" and claim.measure != PERSONNEL_CHANGE:
                core[p.edition] = " (core defence expenditure: a change of definition)"
            agreed = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, again[0])[0]
            others.append({"source": "NATO", "edition": p.edition,
                           "published": p.published.isoformat(), "value": round(again[0], 4),
                           "verdict": "supported" if agreed else "contradicted",
                           "basis": p.basis})  # fmt: skip
    revised = ", ".join(f"{ev.figure_text(v)} in the {e} edition{core.get(e, '')}"
                        for e, v in later)  # fmt: skip
    verdict = "supported" if ok else "contradicted"
    doubts = list(claim.doubts)
    lag = ev.stale("NATO", day)
    if lag and not (ok and lag == "update"):
        doubts.append("the release current at the article's date is not held")
    if claim.measure == MEAN_SHARE:
        # "the past decade" said in a year whose own figure is an estimate: it may end with
        # that year or the one before; a verdict only when both agree
        wider = _derive(claim, pub.edition, 1)
        if isinstance(wider, str):
            doubts.append(wider)
        elif ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, wider[0])[0] != ok:
            assert claim.since is not None
            doubts.append(f"the text does not say whether the span ends with {claim.year} or "
                          f"{claim.year - 1}; over {claim.since - 1}-{claim.year - 1} the average "
                          f"is {ev.figure_text(wider[0])}%")  # fmt: skip
    if not ok and claim.real_unstated and claim.measure not in _SHARE_MEASURES:
        doubts.append("the text does not say real or nominal, and over several years a nominal "
                      "change differs much from the real one")  # fmt: skip
    if (
        claim.measure == MEDIAN_SHARE
        and (other := _median_now(claim, pub.edition, day)) is not None
    ):
        if ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, other)[0] != ok:
            doubts.append(
                f"the median of the figures of the allies at the article's date "  # ("a
                f"({ev.figure_text(other)}) gives another verdict"
            )  # decade ago")
    if not ok and claim.year > day.year:
        doubts.append(f"a figure for {claim.year}, after the article's date, is a plan or a "
                      "forecast")  # fmt: skip
    if not ok and sipri_season:
        doubts.append("the text does not name its source, and SIPRI's yearly release was out")
    open_start = claim.measure == SINCE_CHANGE or (
        claim.measure == YEARLY_RATE and claim.since != TABLE4_SINCE
    )
    if open_start and not ok:
        # "since the invasion in 2022": 2022's own change may be counted too
        wider = _derive(claim, pub.edition, 1)
        doubts.append(_open_start(claim, wider))
    if not ok and pub.basis == "core defence expenditure" and claim.measure != PERSONNEL_CHANGE:
        doubts.append("the edition counts core defence expenditure, a definition the text may "
                      "not use")  # fmt: skip
    if doubts:
        verdict = "unverifiable"
    what = _WHAT[claim.measure].format(since=claim.since, year=claim.year)
    text = (f"{edition_label(pub)} gives {what} for {claim.subject}: {ev.figure_text(value)}% "
            f"({how})")  # fmt: skip
    if verdict == "unverifiable":
        text += f", but {'; '.join(doubts)}"
    else:
        text += f", which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'"
    if tense_note:
        text += f"; {tense_note}"
    if revised:
        text += f"; revised since: {revised}"
    looked = ev.lookup("NATO", pub.edition, base, row_code, row_year, None)
    evid = None
    if looked is not None:
        evid = ev.evidence("NATO", pub.edition, base, row_code, row_year, looked[0], value=value,
                           note=f"{what}: {how}")  # fmt: skip
    return Checked(claim, verdict, text[0].upper() + text[1:] + ".", tolerance, evid, others,
                   f"revised since: {revised}" if revised else None)  # fmt: skip


_WHAT: dict[str, str] = {
    SPAN_CHANGE: "a real change of spending from {since} to {year}",
    SINCE_CHANGE: "a real change of spending from {since} to {year}",
    YEARLY_RATE: "a yearly real change of spending from {since} to {year}, on average",
    MEDIAN_SHARE: "the median ally's share of GDP in {year}",
    MEAN_SHARE: "the average share of GDP over {since}-{year}",
    PERSONNEL_CHANGE: "a change of military personnel from {since} to {year}",
    "real_change_since_2014": "a real change of spending from {since} to {year}",
}


def _open_start(claim: Claim, wider: tuple[float, str, str, int] | str) -> str:
    """Why a change 'since 2022' that disagrees from 2022's level is not called wrong."""
    start = claim.since if claim.since is not None else 0
    said = (f"; from {start - 1}'s level it is {ev.figure_text(wider[0])}%"
            if not isinstance(wider, str) else "")  # fmt: skip
    return f"the text does not say whether the change since {start} counts {start}'s own{said}"


def _derive(claim: Claim, edition: int, earlier: int = 0) -> tuple[float, str, str, int] | str:
    """(the derived value, how it was derived, the row and year shown as evidence), or why
    it cannot be derived from that edition; `earlier` years before the start said."""
    year = claim.year
    assert year is not None
    if claim.measure == MEDIAN_SHARE:
        return _median(claim, edition, year)
    if claim.measure == MEAN_SHARE:
        return _mean(claim, edition, earlier)
    if claim.measure == PERSONNEL_CHANGE:
        return _personnel_change(claim, edition)
    assert claim.since is not None and claim.subject_code is not None
    since = claim.since - earlier
    if since >= year:
        return "the span of years is empty"
    code = claim.subject_code
    total = _since_2014(edition, code, year) if since == TABLE4_SINCE else None
    how = "Table 4, real change since 2014"
    if total is None:
        growth = 1.0
        for y in range(since + 1, year + 1):
            found = ev.lookup("NATO", edition, "real_change", code, y, None)
            if found is None:
                return f"the {edition} edition has no real change for {claim.subject} in {y}"
            growth *= 1.0 + found[1] / 100.0
        total = (growth - 1.0) * 100.0
        how = f"the yearly real changes of {since + 1}-{year} compounded"
    if claim.measure == YEARLY_RATE:
        n = year - since
        if total <= -100.0:
            return "the change over the span leaves no yearly rate"
        rate = ((1.0 + total / 100.0) ** (1.0 / n) - 1.0) * 100.0
        return (
            rate,
            f"{ev.figure_text(total)}% over {n} years, compounded yearly ({how})",
            code,
            year,
        )
    return total, how, code, year


def _since_2014(edition: int, code: str, year: int) -> float | None:
    found = ev.lookup("NATO", edition, "real_change_since_2014", code, year, None)
    return None if found is None else found[1]


def _median(claim: Claim, edition: int, year: int) -> tuple[float, str, str, int] | str:
    code = claim.subject_code or ""
    if code not in AGGREGATES:
        return "milex derives a median only of the allies, or of Europe's allies and Canada"
    found = ev.values("NATO", edition, "share_of_gdp", year)
    shares = ev.allies_values("NATO", edition, "share_of_gdp", year, europe=code == "NATO_EC")
    if len(shares) < 3:
        return f"the {edition} edition has too few allies' shares of GDP for {year}"
    middle = statistics.median(shares)
    nearest = min((c for c, v in found.items() if c is not None and v in shares),
                  key=lambda c: abs(found[c] - middle))  # fmt: skip
    how = f"the middle of {len(shares)} allies' figures for {year}"
    return middle, how, str(nearest), year


def _mean(claim: Claim, edition: int, earlier: int) -> tuple[float, str, str, int] | str:
    """An ally's share of GDP averaged over since..year, both moved `earlier` years back."""
    assert claim.year is not None and claim.since is not None and claim.subject_code is not None
    code, first, last = claim.subject_code, claim.since - earlier, claim.year - earlier
    shares: list[float] = []
    for y in range(first, last + 1):
        found = ev.lookup("NATO", edition, "share_of_gdp", code, y, None)
        if found is None:
            return f"the {edition} edition has no share of GDP for {claim.subject} in {y}"
        shares.append(found[1])
    how = f"the mean of the {len(shares)} yearly shares of {first}-{last}"
    return statistics.fmean(shares), how, code, last


def _personnel_change(claim: Claim, edition: int) -> tuple[float, str, str, int] | str:
    """An ally's military personnel in `year` against `since`, in per cent (Table 7)."""
    assert claim.year is not None and claim.since is not None and claim.subject_code is not None
    code, since, year = claim.subject_code, claim.since, claim.year
    if since >= year:
        return "the span of years is empty"
    ends: list[float] = []
    for y in (since, year):
        found = ev.lookup("NATO", edition, "personnel", code, y, None)
        if found is None or not found[1]:
            return f"the {edition} edition has no military personnel for {claim.subject} in {y}"
        ends.append(found[1])
    how = (f"{ev.figure_text(ends[0])} thousand in {since}, {ev.figure_text(ends[1])} thousand "
           f"in {year}: {ends[1] / ends[0]:.2f} times")  # fmt: skip
    return (ends[1] / ends[0] - 1.0) * 100.0, how, code, year


def _median_now(claim: Claim, edition: int, day: date) -> float | None:
    """The median of that year's figures of the allies at the article's date (not of the
    allies of that year), which a writer may mean of an earlier year."""
    assert claim.year is not None
    members = {a.iso3 for a in alliance.members(day)}
    if claim.subject_code == "NATO_EC":
        members -= {"USA"}
    found = ev.values("NATO", edition, "share_of_gdp", claim.year)
    shares = [v for c, v in found.items() if c in members]
    return statistics.median(shares) if len(shares) >= 3 else None
