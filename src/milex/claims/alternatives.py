"""The last check before a figure is called contradicted: a bounded search of the other
readings of the same figure that its words leave open (issue #14).

`abstain.other_reading` tries readings that each round's text showed one at a time; this
module tries them by kind, each only where the text does not settle that slot:

- another subject: a second ally named in the figure's own stretch of words ("Greece, long at
  the top with the US, spends 3.08%": whose is it?), unless that ally has a figure of its own
  of the kind and year in the sentence (a swap is an error); or another of the alliance's
  aggregates (the whole alliance, Europe and Canada, the US) when the subject is one of them
  that the figure's own words do not name, and the text names one;
- another year: another year the sentence names, when it names several and none is written
  right beside the figure (the pairing of figures to years is open); never the year either
  side of a figure dated by its tense alone ("2.37% this year" of last year's 2.37 is wrong);
- another measure: a part of a budget read as another part ("personnel take 58.45%" read as
  equipment), a share no word calls one of GDP read as the real change, or a change read as
  the share of GDP; only a figure written to a decimal with no hedge, where a match is no
  chance, and never a measure another figure of the sentence is given for the same subject
  and year (a swap of labels is an error).

Not tried: an earlier edition of the same figure when the text names none (in the rounds, 45
labelled contradictions of superseded estimates would have been lost), another source (a
text naming SIPRI is judged on SIPRI, and SIPRI is tried for unattributed figures in
abstain.other_reading).

Only one slot is changed at a time. Agreeing under such a reading makes the figure
unverifiable, naming the reading; it never makes it supported.
"""

from __future__ import annotations

from milex.claims import evidence as ev
from milex.claims.clause import GROUP_NAMES
from milex.reference.alliance import name_of

# the alliance's aggregates, whose figures a text may give one for another
AGGREGATES: tuple[str, ...] = ("NATO", "NATO_EC")
# and the ally whose share sets them apart ("take out the US": Europe and Canada)
APART: tuple[str, ...] = (*AGGREGATES, "USA")
# the parts of a defence budget NATO's Table 8 splits it into
BUDGET_PARTS: tuple[str, ...] = ("equipment_share", "personnel_share", "infrastructure_share")
# what each measure is called in an explanation
MEASURE_NAMES: dict[str, str] = {
    "share_of_gdp": "share of GDP",
    "real_change": "real change",
    "equipment_share": "share of spending on equipment",
    "personnel_share": "share of spending on personnel",
    "infrastructure_share": "share of spending on infrastructure",
}


def alternative_reading(claim, source: str, pub, measure: str, scale: float, currency,
                        day) -> str | None:  # fmt: skip
    """Another reading of the figure, left open by its words, under which it agrees with the
    data ("Greece's 2024 share of GDP (3.08)"), or None."""
    if claim.year is None or claim.subject_code is None or pub is None:
        return None
    money = claim.kind in ev.AMOUNT_KINDS

    def agrees(code: str, year: int, what: str, edition: int) -> float | None:
        found = ev.lookup(source, edition, what, code, year, currency)
        if found is None:
            return None
        value = found[1] / scale if what == measure else found[1]
        stated = abs(claim.value) if what != measure else claim.value
        shown = abs(value) if what != measure else value
        ok, _ = ev.agrees(stated, claim.high, claim.hedge, claim.precision, shown, money=money)
        return value if ok else None

    def named(code: str) -> str:
        return GROUP_NAMES.get(code) or name_of(code)

    what = MEASURE_NAMES.get(measure, "figure")
    for code in _other_subjects(claim):
        if (v := agrees(code, claim.year, measure, pub.edition)) is not None:
            return (f"{named(code)}'s {claim.year} {what} ({ev.figure_text(v)}), another "
                    f"subject the words around it name, not {claim.subject}'s")  # fmt: skip
    for year in _other_years(claim):
        if (v := agrees(claim.subject_code, year, measure, pub.edition)) is not None:
            return (f"{claim.subject}'s {year} {what} ({ev.figure_text(v)}), another year the "
                    f"text leaves open, not {claim.year}")  # fmt: skip
    for other in _other_measures(claim, measure):
        if other in claim.kinds_taken:
            continue  # ("equipment 38.2%, personnel 31.0%": a swap of labels is an error)
        if (v := agrees(claim.subject_code, claim.year, other, pub.edition)) is not None:
            return (f"{claim.subject}'s {claim.year} {MEASURE_NAMES[other]} "
                    f"({ev.figure_text(v)}), and no word near the figure says it is the {what}")  # fmt: skip
    return None


def _other_subjects(claim) -> list[str]:
    """The subjects the words leave open besides the claim's: the other allies named in the
    figure's own stretch when it names more than one (but not one given a figure of its own
    of that kind and year in the sentence: "Latvia is at 3.38% and Estonia at 3.73%"), and
    the alliance's other aggregates when the figure's subject is one of them that its own
    words do not name, and the text names an aggregate ("Europe & Canada +18% / NATO avg
    2.71% / US 3.38%"; not "NATO puts the average at 2.5%", NATO's own average)."""
    mine = claim.subject_code
    out = [c for c in claim.own_subjects if c != mine and c not in claim.rivals] if len(
        claim.own_subjects) > 1 else []  # fmt: skip
    near = set(claim.nearby_subjects)
    if mine in AGGREGATES and mine not in claim.own_subjects and near & set(APART):
        out += [c for c in APART if c != mine and c not in out and c not in claim.rivals
                and (c != "USA" or "USA" in near)]  # fmt: skip
    return out


def _other_years(claim) -> list[int]:
    """Other years the text leaves open: any other year the figure's sentence names, when it
    names several and none is written right after the figure ("Latvia 0.97% -> 3.73%
    (2014-2025)"); none for a figure dated by its tense alone (a figure of last year given
    as this year's is wrong)."""
    if claim.year_basis not in ("stated", "header") or claim.since is not None:
        return []
    if claim.year_beside:
        return []  # ("from 1.37% in 2022 to 2.37% in 2023": each figure's year beside it)
    years = sorted(set(claim.nearby_years))
    return [y for y in years if y != claim.year] if len(years) > 1 else []


def _other_measures(claim, measure: str) -> list[str]:
    """Other measures a percentage written to a decimal, with no hedge, may be of: another
    part of a budget for a part (Table 8's parts are read from nearby words); a change (either
    sign) for a share no word calls one of GDP; a share of GDP for a change (a change is read
    from cues that may belong to another figure of the sentence)."""
    if claim.precision < 1 or claim.hedge is not None or claim.unit != "%":
        return []
    if measure in BUDGET_PARTS:
        return [m for m in BUDGET_PARTS if m != measure]
    if measure == "share_of_gdp" and claim.gdp_unnamed:
        return ["real_change"]  # (not a budget's part: infrastructure's 1.94% is no reading)
    if measure == "real_change":  # ("Poland again at the top at 4.48%", after a rise)
        return ["share_of_gdp"]
    return []


def note_rivals(claims: list) -> None:
    """Set each claim's rivals: the subjects of the other claims of the same kind and year in
    the same sentence whose stretch names them (another figure's owner, or a sharer of this
    figure: "Estonia, Latvia and Lithuania each spend more than 3%" is said of all three);
    and its kinds taken: the kinds of the other claims of the same subject and year there."""
    groups: dict[tuple[int, str, int], list] = {}
    kinds: dict[tuple[int, str, int], list] = {}
    for c in claims:
        if c.year is not None:
            groups.setdefault((c.sentence, c.kind, c.year), []).append(c)
            if c.subject_code is not None:
                kinds.setdefault((c.sentence, c.subject_code, c.year), []).append(c)
    for group in groups.values():
        if len(group) < 2:
            continue
        for c in group:
            c.rivals = sorted({o.subject_code for o in group if o is not c
                               and o.subject_code is not None
                               and o.subject_code in o.own_subjects})  # fmt: skip
    for group in kinds.values():
        if len(group) < 2:
            continue
        for c in group:
            c.kinds_taken = sorted({o.kind for o in group if o is not c and o.kind != c.kind})
