"""Verdicts on figures of commitments: guideline values, pledges and plan amounts.

The figure stated is compared with the commitment's own figure (milex.commitments) at the
precision the text uses, and its year or deadline with the commitment's. A commitment not
yet agreed on the article's date cannot confirm anything: the claim is unverifiable then,
unless the article was written in the days before the summit that agreed it, whose terms were
known (then it agrees or stays unverifiable: the text may describe a proposal).
When the words leave several figures of one commitment possible (The Hague's 5% and 3.5%),
the figure meant is the one whose year matches, then the one whose value matches, else the
commitment's headline figure.
"""

from __future__ import annotations

from datetime import date

from milex.claims import evidence as ev
from milex.claims.model import Checked, Claim, Evidence
from milex.claims.policy import due_agrees, figure_table
from milex.claims.verdicts import unverifiable
from milex.reference import commitments as reference

# Days before a summit within which an article may state the terms about to be agreed.
EVE_DAYS = 7


def _stated_in_figure_unit(claim: Claim) -> float:
    if claim.unit.endswith("tn"):
        return claim.value * 1000.0
    if claim.unit.endswith(" m"):
        return claim.value / 1000.0
    return claim.value


def _timing(claim: Claim, fig) -> int | None:
    """The year the claim ties the figure to (a deadline or a start year), if any."""
    if claim.within:
        return fig.agreed.year + claim.within
    return claim.deadline or claim.year


def _judge(claim: Claim, fig, day: date) -> tuple[str, str, str]:
    """(verdict, explanation, tolerance) against one figure."""
    stated = _stated_in_figure_unit(claim)
    precision = claim.precision if not claim.unit.endswith("tn") else max(0, claim.precision - 3)
    money = "EUR" in fig.unit or "GBP" in fig.unit
    if (
        claim.hedge in (None, "exactly", "more_than", "at_least", "less_than", "at_most")
        and not money
    ):
        # a commitment's figure is exact: "3%" does not state The Hague's 3.5%
        ok, tolerance = abs(stated - fig.value) < 1e-9, f"exactly {fig.value:g}"
    else:
        ok, tolerance = ev.agrees(
            stated, claim.high, claim.hedge, precision, fig.value, money=money
        )
    when = _timing(claim, fig)
    due = fig.deadline if fig.deadline is not None else fig.year
    label = f"{fig.name} (agreed {fig.agreed:%-d %B %Y})"
    ahead = (fig.agreed - day).days
    if ahead > EVE_DAYS:
        return ("unverifiable", f"No such commitment existed on {day:%-d %B %Y}: {label} came "
                                "later", tolerance)  # fmt: skip
    text = f"{label}: {fig.value:g} {fig.unit}"
    if due is not None:
        text += f", {'by' if fig.deadline else 'from'} {due}"
    timing_ok = when is None or due is None or due_agrees(when, fig)
    if when is not None and due is None and fig.deadline is None and fig.year is None:
        timing_ok = claim.deadline is None and claim.within is None and claim.year is None
    if not ok:
        text += f", not {_n(stated)} as stated"
        if precision == 0 and not money and abs(fig.value - stated) <= 0.2:
            # "calls 2% sufficient" of Spain's 2.1%: the figure rounded, or another one (but
            # "4%" is no rounding of The Hague's 3.5%)
            return ("unverifiable", f"{text}; {fig.value:g} is close to the whole number stated",
                    tolerance)  # fmt: skip
    if not timing_ok and claim.deadline_apart:
        timing_ok = True  # "3.5% by 2032": the deadline is judged as a claim of its own
        text += f"; the deadline stated, {when}, is judged on its own"
    elif not timing_ok and due is not None and claim.deadline is not None:
        text += f"; the deadline the commitment sets is {due}, not {when} as the text says"
    elif not timing_ok:
        text += f"; the text says {when}, the commitment {due if due else 'names no year'}"
    verdict = "supported" if ok and timing_ok else "contradicted"
    if ok and not timing_ok and due is None:
        verdict = "unverifiable"  # "3% in the next parliament, which begins in 2029"
        text += ": milex holds no year to check it against"
    if ahead > 0:
        text += f"; agreed {ahead} day{'s' * (ahead > 1)} after the article, on terms set before it"
    return verdict, text + ".", tolerance


def commitment(claim: Claim, day: date) -> Checked:
    table = figure_table()
    if not claim.figures:
        why = (
            "; ".join(claim.doubts)
            or "the commitment this figure belongs to is not among those milex holds"
        )
        return unverifiable(claim, why)
    candidates = [table[fid][0] for fid in claim.figures if fid in table]
    timed = (
        [f for f in candidates if _timing(claim, f) in (f.deadline, f.year)]
        if _timing_given(claim)
        else []
    )
    pool = timed or candidates
    judged = [(f, *_judge(claim, f, day)) for f in pool]
    agreeing = [j for j in judged if j[1] == "supported"]
    if len(pool) > 1 and agreeing:
        judged = agreeing[:1]
    elif len(pool) > 1:
        # the figure the text most likely means: same value, else the commitment's headline
        stated = _stated_in_figure_unit(claim)
        judged.sort(key=lambda j: (abs(j[0].value - stated) > 1e-9, j[0].id != j[0].commitment))
        judged = judged[:1]
    fig, verdict, text, tolerance = judged[0]
    if verdict == "contradicted":
        fig, verdict, text, tolerance = _other_commitment(claim, day, table, judged[0])
    if verdict == "contradicted" and fig.agreed > day:
        # on the eve of a summit the text to be agreed is known; what differs from it may
        # describe a draft or a proposal, which only the text's own date could settle
        verdict, text = "unverifiable", text[:-1] + ": the text may describe an earlier proposal."
    if claim.doubts and verdict == "supported":
        verdict, text = "unverifiable", text + " But " + "; ".join(claim.doubts) + "."
    evid = Evidence("milex.commitments", None, fig.agreed.isoformat(), None, fig.commitment,
                    fig.unit, fig.ally, fig.deadline or fig.year, fig.value,
                    note=f"{fig.id}: {fig.name}. {fig.note}".strip())  # fmt: skip
    return Checked(claim, verdict, text, tolerance, evid)


def _other_commitment(claim: Claim, day: date, table: dict, judged: tuple) -> tuple:
    """A figure the words matched to one commitment may state another: the 20% equipment
    guideline under 'the NATO target', Spain's own 2.1% beside The Hague's 3.5%. When the
    value is exactly another commitment's, that one is judged; a value that matches but a
    year that does not (Germany's own 3.5% by 2029) may be another plan: unverifiable."""
    stated = _stated_in_figure_unit(claim)
    first = judged[0]
    named = set(claim.nearby_subjects) | {claim.subject_code}
    # another commitment with exactly that value: a pledge of an ally named beside it, or,
    # when the words picked a NATO guideline far from the value, another NATO guideline ("the
    # NATO target of 20%" is the equipment one); "up to 2%" for The Hague's 1.5% stays wrong
    far = max(stated, first.value) >= 1.5 * max(min(stated, first.value), 1e-9)
    same = [f for f, _kind in table.values()
            if abs(f.value - stated) < 1e-9 and f.agreed <= day
            and f.commitment != first.commitment
            and ((f.ally in named and f.ally is not None and f.unit == first.unit)
                 or (f.ally is None and first.ally is None and far))]  # fmt: skip
    for j in [(f, *_judge(claim, f, day)) for f in same]:
        if j[1] == "supported":
            return j
    if not claim.commitment_named:
        fig, _verdict, text, tolerance = judged
        what = "The value is the commitment's, the year is not" if abs(
            first.value - stated) < 1e-9 else "The figure is not the commitment's"  # fmt: skip
        return (fig, "unverifiable", f"{text} {what}, and the text does not tie it to NATO's "
                "commitment: it may speak of a national plan or pledge.", tolerance)  # fmt: skip
    if stated > 2 * judged[0].value or stated < 0.5 * judged[0].value:
        fig, _verdict, text, tolerance = judged
        return (fig, "unverifiable", text + " The figure is far from any value of that "
                "commitment: it is probably not a statement of it.", tolerance)  # fmt: skip
    return judged


def _timing_given(claim: Claim) -> bool:
    return bool(claim.within or claim.deadline or claim.year)


def _n(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


_BY_VALUE = {2.0: "2pct", 20.0: "20pct-equipment", 3.5: "hague-core", 5.0: "hague-total",
             1.5: "hague-total"}  # fmt: skip


def adoption(claim: Claim, day: date) -> Checked:
    """'The 2% goal, set in 2006': a year the guideline was agreed (MILESTONES). A year of a
    renewal milex does not list may be one of the summits that restated it: unverifiable."""
    if claim.milestone == "deadline":
        return _deadline(claim, day)
    cid = _BY_VALUE.get(claim.threshold if claim.threshold is not None else claim.value)
    if cid is None:
        return unverifiable(claim, "the guideline is not one milex holds the history of")
    held = {y: what for y, what in reference.MILESTONES[cid].items() if y <= day.year}
    year = claim.year
    name = reference.commitment(cid).name
    listed = "; ".join(f"{y}: {what}" for y, what in held.items())
    if claim.milestone == "floor" and cid in reference.FLOOR_YEAR:
        ok = year == reference.FLOOR_YEAR[cid]
    elif year in held:
        ok = True
    elif claim.milestone == "renewal" or not held or year < min(held):
        return unverifiable(claim, f"{name}: {listed}. milex holds the years it was agreed, "
                                   "not every summit that restated it")  # fmt: skip
    else:
        ok = False
    text = (f"{name}: {listed}; the text says {year}, which "
            f"{'agrees' if ok else 'does not agree'}.")  # fmt: skip
    evid = Evidence("milex.commitments", None, None, None, cid, "year", None, year,
                    float(year if ok else max(held)), note=listed)  # fmt: skip
    return Checked(claim, "supported" if ok else "contradicted", text, "the same year", evid)


def _deadline(claim: Claim, day: date) -> Checked:
    """'3.5% ... by 2032': the year a commitment's figure is due, against the commitment's
    own (The Hague: 2035). The figure stated picks the commitment; one agreed only after the
    article, or naming no year, leaves the deadline open."""
    table = figure_table()
    figs = [table[f][0] for f in claim.figures if f in table]
    figs = [f for f in figs if abs(f.value - (claim.threshold or 0.0)) < 1e-9] or figs
    timed = [f for f in figs if (f.deadline or f.year) is not None]
    if not timed:
        return unverifiable(claim, "the commitment names no year: milex holds none to check "
                                   "the deadline against")  # fmt: skip
    fig = next((f for f in timed if due_agrees(claim.year, f)), timed[0])
    due = fig.deadline or fig.year
    label = f"{fig.name} (agreed {fig.agreed:%-d %B %Y})"
    if (fig.agreed - day).days > EVE_DAYS:
        return unverifiable(claim, f"No such commitment existed on {day:%-d %B %Y}: {label} "
                                   "came later")  # fmt: skip
    ok = due_agrees(claim.year, fig)
    text = (f"{label}: {fig.value:g} {fig.unit} {'by' if fig.deadline else 'from'} {due}, "
            f"which {'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'")  # fmt: skip
    verdict = "supported" if ok else "contradicted"
    if not ok and fig.agreed > day:
        verdict, text = "unverifiable", text + ": the text may describe an earlier proposal"
    evid = Evidence("milex.commitments", None, fig.agreed.isoformat(), None, fig.commitment,
                    "year", fig.ally, due, float(due), note=f"{fig.id}: {fig.name}")  # fmt: skip
    return Checked(claim, verdict, text + ".", "the same year", evid)


def event_date(claim: Claim) -> Checked:
    """'the June 26-27 summit in The Hague', 'adopted today (27 May)': the day held for the
    event. A summit's days include the day it adopted its declaration, the only day held: a
    span of at most two days that includes it agrees, one that leaves it out does not."""
    event = next((e for e in reference.EVENTS if e.id in claim.figures), None)
    if event is not None and event.precision == "year":  # "due to be reviewed in 2029"
        ok = claim.year == event.day.year
        evid = Evidence("milex.commitments", None, str(event.day.year), None, event.id, "year",
                        claim.subject, event.day.year, float(event.day.year),
                        note=f"policy fact {event.fact}")  # fmt: skip
        text = (f"{event.name[0].upper()}{event.name[1:]} is set for {event.day.year}, which "
                f"{'agrees' if ok else 'does not agree'} with '{claim.text.strip()}'.")  # fmt: skip
        return Checked(claim, "supported" if ok else "contradicted", text, "the same year", evid)
    if event is None or not claim.stated_days:
        return unverifiable(claim, "no date is held for the event the text names")
    first, last = claim.stated_days[0], claim.stated_days[-1]
    held = event.day.isoformat()
    evid = Evidence("milex.commitments", None, held, None, event.id, "date", claim.subject,
                    event.day.year, float(event.day.year), note=f"policy fact {event.fact}")  # fmt: skip
    stated = claim.text.strip()
    summit = event.kind == "summit"
    said = (f"{event.name[0].upper()}{event.name[1:]} was adopted at the summit on "
            f"{event.day:%-d %B %Y}" if summit else
            f"{event.name[0].upper()}{event.name[1:]} took place on {event.day:%-d %B %Y}")  # fmt: skip
    if len(first) == 7:  # a month
        ok, tolerance = held[:7] == first, "the same month"
    elif summit:
        tolerance = "the day held is one of the days stated"
        ok = first <= held <= last
        if ok and (date.fromisoformat(last) - date.fromisoformat(first)).days > 1:
            return unverifiable(claim, f"{said}, one of the days of '{stated}'; the summit's "
                                       "other days are not held")  # fmt: skip
    else:
        ok, tolerance = first == held == last, "the same day"
    if summit and not ok:
        text = f"{said}, a day of the summit that '{stated}' leaves out."
    else:
        text = f"{said}, which {'agrees' if ok else 'does not agree'} with '{stated}'."
    return Checked(claim, "supported" if ok else "contradicted", text, tolerance, evid)
