"""Other readings of the words near a figure under which it would agree with the data: the
checker calls a figure contradicted only when none of them holds (another ally or year named
beside it, SIPRI's figure for an unattributed one, a commitment's value under discussion, the
ally's own pledge)."""

from __future__ import annotations

import statistics

from milex.claims import evidence as ev
from milex.claims.clause import GROUP_NAMES
from milex.claims.policy import figure_table
from milex.reference import publications as pubs
from milex.reference.alliance import name_of

# points by which a nominal change may exceed a real one (inflation in allied economies peaked
# near 10% in 2022): a larger gap is not explained by the price base
INFLATION_GAP = 5.0

_HALF_WHOLE: float = 0.5  # half a whole number: what rounding to it moves a figure by

# values of the commitments themselves, in % of GDP: "the 5% benchmark", "3.5% core"
COMMITMENT_SHARES = frozenset({1.5, 2.0, 2.5, 3.0, 3.5, 5.0})
# and in % of defence spending, by the measure they are shares of: Wales's 20% on equipment
COMMITMENT_PARTS: dict[str, frozenset[float]] = {
    "share_of_gdp": COMMITMENT_SHARES,
    "equipment_share": frozenset({20.0}),
}


def other_reading(claim, source, pub, measure, scale, currency, day) -> str | None:
    """Another reading of the words near a figure under which it agrees with the data.

    A contradiction accuses the text of an error: it is called only when no ally, group or
    year named beside the figure, and no commitment under discussion, would make it right.
    """
    money = claim.kind in ev.AMOUNT_KINDS  # money, and counts of people

    def agrees_with(code, year):
        found = ev.lookup(source, pub.edition, measure, code, year, currency)
        if found is None:
            return None
        value = found[1] / scale
        ok, _ = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, value, money=money)
        return value if ok else None

    # an ally named in the figure's own stretch of words owns it: no other subject is tried
    others = [] if claim.subject_code in claim.own_subjects else claim.nearby_subjects
    if claim.subject_code == "USA" and "NATO_EC" in claim.nearby_subjects:
        others = [*others, "NATO"]  # "Europe and Canada at 2.27%; with the US, 2.76%": the whole
    for code in others:
        if code != claim.subject_code and (v := agrees_with(code, claim.year)) is not None:
            return f"{GROUP_NAMES.get(code) or name_of(code)}'s {claim.year} figure ({ev.figure_text(v)})"
    for year in claim.nearby_years if claim.year_basis != "stated" else ():
        if year != claim.year and (v := agrees_with(claim.subject_code, year)) is not None:
            return f"{claim.subject}'s {year} figure ({ev.figure_text(v)})"
    latest = _latest_unsaid(claim, source, pub, measure)
    if latest is not None and (v := agrees_with(claim.subject_code, latest)) is not None:
        # "In 2024 Latvia put 3.36% into defence. Finland was at 2.77%": read as of the past
        # year the paragraph spoke of, but the edition's latest figure, which a figure of no
        # year of its own may mean, agrees
        return f"{claim.subject}'s {latest} figure ({ev.figure_text(v)}), the edition's latest"
    if latest is not None:  # (or that year's estimate in the edition before, still cited)
        for older in [p for p in pubs.publications(source) if p.edition < pub.edition][-1:]:
            found = ev.lookup(source, older.edition, measure, claim.subject_code, claim.year,
                              currency)  # fmt: skip
            if found is not None and ev.agrees(claim.value, claim.high, claim.hedge,
                                               claim.precision, found[1] / scale, money=money)[0]:  # fmt: skip
                return (f"the {older.edition} edition's {claim.year} figure "
                        f"({ev.figure_text(found[1] / scale)}), an earlier estimate the text may "
                        "cite")  # fmt: skip
    if measure == "share_of_gdp" and claim.gdp_unnamed and claim.precision >= 1 and not claim.hedge:
        # "Italy's budget moved 0.12% in real terms; the UK managed 0.87%": a percentage no
        # word calls a share of GDP, which as the same year's real change (up or down) agrees
        # at the precision written, may be that change (not a hedged one: "around 1.8%",
        # "over 2.5%" agree with too many figures to excuse)
        found = ev.lookup(source, pub.edition, "real_change", claim.subject_code, claim.year,
                          currency)  # fmt: skip
        if found is not None and ev.agrees(abs(claim.value), claim.high, claim.hedge,
                                           claim.precision, abs(found[1]))[0]:  # fmt: skip
            return (f"{claim.subject}'s {claim.year} real change ({found[1]:+.2f}%), and no "
                    "word near the figure says it is a share of GDP")  # fmt: skip
    if measure == "real_change" and claim.precision == 0 and not claim.hedge:
        # "CZE -1%" of -1.35: the change rounds to the whole number written, which the 10%
        # bound of a whole-number share (a level, DOMAIN.md) may not be meant to hold it to
        found = ev.lookup(source, pub.edition, measure, claim.subject_code, claim.year, currency)
        if found is not None and abs(found[1] - claim.value) <= _HALF_WHOLE:
            return (f"{claim.subject}'s {claim.year} real change ({ev.figure_text(found[1])}) "
                    "rounded to the whole number, though not within 10% of it")  # fmt: skip
    if measure == "real_change" and claim.year_basis != "stated" and claim.since is None:
        # "its real spending grew 43%", no period said: perhaps since 2014, as Table 4 adds up
        found = ev.lookup(source, pub.edition, "real_change_since_2014", claim.subject_code,
                          claim.year, currency)  # fmt: skip
        if found is not None and ev.agrees(claim.value, claim.high, claim.hedge, claim.precision,
                                           found[1])[0]:  # fmt: skip
            return (f"{claim.subject}'s real change since 2014 ({ev.figure_text(found[1])}), "
                    "and the text names no period")  # fmt: skip
    later = ev.article_year_edition(claim, source, pub, measure, day)
    found = ev.lookup(source, later.edition, measure, claim.subject_code, day.year,
                      currency) if later else None  # fmt: skip
    if found is not None:
        v = found[1] / scale
        if ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, v, money=money)[0]:
            return (f"the {day.year} figure of the {later.edition} edition ({ev.figure_text(v)}), "
                    "published later (the text gives no year, and a writer may know the "
                    "year's budgets)")  # fmt: skip
    if claim.average and measure == "share_of_gdp" and claim.subject_code in ("NATO", "NATO_EC"):
        shares = ev.allies_values(source, pub.edition, measure, claim.year,
                                  europe=claim.subject_code == "NATO_EC")  # fmt: skip
        for what, v in (("mean", statistics.fmean(shares) if shares else None),
                        ("median", statistics.median(shares) if shares else None)):  # fmt: skip
            if (
                v is not None
                and ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, v)[0]
            ):
                return (f"the {what} of the allies' shares ({ev.figure_text(v)}), one way to read "
                        "'average'; NATO publishes only the combined share")  # fmt: skip
    for edition in ev.year_before_editions(claim, source, pub):
        found = ev.lookup(source, edition.edition, measure, claim.subject_code, claim.year - 1,
                          currency)  # fmt: skip
        if found is not None and ev.agrees(claim.value, claim.high, claim.hedge, claim.precision,
                                           found[1] / scale, money=money)[0]:  # fmt: skip
            return (f"the {edition.edition} edition's {claim.year - 1} figure "
                    f"({ev.figure_text(found[1] / scale)}; the text gives no year, and a writer "
                    "may cite the last year reported)")  # fmt: skip
    # an unattributed amount may be SIPRI's ("the US spent $997bn last year"); a share too, with
    # a decimal and its year ("Germany spent 1.9% of GDP in 2024"), or at two decimals, of the
    # year before when the text gives none ("Luxembourg (0.96%) sits at the bottom"): only to
    # abstain (but "Belgium still spends less than 1.5%", in 2026, is not SIPRI's 2024 figure)
    stated = claim.year_basis in ("stated", "header")  # ("in 2025: Hungary 2.16%, ...": a
    # year the list's header gives is said as plainly as one beside the figure)
    share = measure == "share_of_gdp" and claim.precision >= (1 if stated else 2)
    if source == "NATO" and not claim.source_text and (measure == "spending_usd_current" or share):
        sipri, _note = ev.edition_for("SIPRI", measure, day)
        later, out = "", None
        if sipri is None:  # no SIPRI release held was out by the date (SIPRI 2024 is not
            # held): the first held since, for a year a release out by then covered, whose
            # figure that release may well have given too; only ever a reason to abstain
            sipri = next((p for p in pubs.publications("SIPRI") if p.published > day), None)
            later = f" in its {sipri.edition} release, published later" if sipri else ""
            out = ev.latest_year_out("SIPRI", day)
            if out is None:
                sipri = None
        for year in (claim.year, claim.year - 1) if share and not stated else (claim.year,):
            if out is not None and year > out:
                continue
            found = ev.lookup("SIPRI", sipri.edition, measure, claim.subject_code, year,
                            currency) if sipri is not None else None  # fmt: skip
            if found is not None and ev.agrees(claim.value, claim.high, claim.hedge,
                                               claim.precision, found[1] / scale, money=money)[0]:  # fmt: skip
                return (f"SIPRI's {year} figure ({ev.figure_text(found[1] / scale)}){later}, and "
                        "the text does not say whose figure it is")  # fmt: skip
    pledge = own_pledge(claim, day)
    if pledge:
        return pledge
    meets = claim.hedge in ("at_least", "more_than", "less_than")  # "met (missed) the 2% target"
    if (claim.policy_words and not meets
            and claim.value in COMMITMENT_PARTS.get(claim.kind, frozenset())):  # fmt: skip
        # "... beating the 20% guideline": the guideline's value beside the ally's own figure
        of = "of GDP" if claim.kind == "share_of_gdp" else "of defence spending on equipment"
        return f"a commitment's value ({claim.value:g}% {of}) named in the same sentence"
    return None


def unreached_year(claim, source, pub, measure, currency, day) -> str:
    """'Ten allies should meet 2% in 2020. Greece is put at 2.68%': a figure dated only by its
    tense, after the text named a year that has come by the date but that the edition does
    not reach yet, may be of that year rather than of the edition's latest ("" if none). So
    may a figure dated only by the future tense after the text named a year to come ('the
    parliament passed the 2025 budget. Defence will take 3.3% of GDP', in December 2024): a
    plan for that year, not this year's level."""
    if claim.year_basis not in ("tense", "future") or claim.year is None:
        return ""
    last = day.year if claim.year_basis == "tense" else claim.year + 1
    for year in claim.nearby_years:
        if (
            claim.year < year <= last
            and ev.lookup(source, pub.edition, measure, claim.subject_code, year, currency) is None
        ):
            return (f"the text has just named {year}, which the {pub.edition} edition does not "
                    f"reach: the figure may be of {year}, not {claim.year}")  # fmt: skip
    return ""


def own_pledge(claim, day) -> str:
    """'According to Spain, 2.1% will be enough': the value of the ally's own commitment, made
    by the article's date ("Germany is paying 1%" in 2024 is not the 2025 debt-brake rule)."""
    if claim.kind != "share_of_gdp" or claim.hedge in ("at_least", "more_than") or claim.spent:
        return ""
    for fig, _kind in figure_table().values():
        if claim.precision > _decimals(fig.value):
            continue  # "the UK (2.50%)": a table's figure to more decimals than the pledge's 2.5
        if (fig.ally == claim.subject_code and fig.unit == "% of GDP"
                and fig.value == claim.value and fig.agreed <= day):  # fmt: skip
            return f"{claim.subject}'s own commitment ({fig.name})"
    return ""


def _decimals(value: float) -> int:
    """The decimals a commitment's value is written with (2.5 -> 1, 2.0 -> 0)."""
    text = f"{value:g}"
    return len(text.split(".")[1]) if "." in text else 0


def nominal_change(claim, source: str, day) -> float | None:
    """An ally's change in spending at current prices (Table 1) for the claim's year, from
    the money edition of the date: what 'spending rose by a third' may mean when the text
    does not say real or nominal (Poland 2024: +36% nominal, +30% real in the 2024 edition)."""
    if source != "NATO" or claim.subject_code is None or claim.year is None:
        return None
    pub, _note = ev.edition_for(source, "spending_nc_current", day)
    if pub is None:
        return None
    now, before = (ev.row(source, pub.edition, "spending_nc_current", claim.subject_code, y)
                   for y in (claim.year, claim.year - 1))  # fmt: skip
    if now is None or before is None or not before.value:
        return None
    return (now.value / before.value - 1) * 100


REBASE_YEARS = 5  # base years a release may price its money at: the figure's year and before


def rebased(claim, source: str, pub, measure: str, scale: float, currency) -> list[float]:
    """The claim's figure at constant prices of each recent base year (the year and the
    REBASE_YEARS before it), from one held edition's current and constant series: value at
    base B = constant(year) x current(B) / constant(B). What a release milex lacks may have
    printed ('$818 billion' for the US in April 2025, at 2021 prices)."""
    constant = measure.replace("_current", "_constant")
    if constant == measure or claim.year is None:
        return []

    def value(m, y):
        found = ev.lookup(source, pub.edition, m, claim.subject_code, y, currency)
        return found[1] / scale if found is not None else None

    now = value(constant, claim.year)
    if not now:
        return []
    out = []
    for base in range(claim.year - REBASE_YEARS, claim.year + 1):
        cur, const = value(measure, base), value(constant, base)
        if cur and const:
            out.append(now * cur / const)
    return out


def national_budget(claim) -> str:
    """'Poland's defence budget is PLN 159 billion': an amount in the ally's own currency, not
    attributed to NATO, may be its national budget, on its own definition of defence, which
    NATO's figure need not match (but "PLN 111.26 billion" is quoted from a table). Words
    naming a line of that budget beside the amount ("the regular defence budget", "from the
    special fund": Claim.budget_line) settle it, however precise the amount."""
    if claim.kind != "spending_amount":
        return ""
    if claim.budget_line:
        return (
            "the text gives a line of the country's own budget (a regular or core budget, a "
            "ministry's, a special fund, what its legislature appropriated), not its whole "
            "defence spending on NATO's definition; milex does not hold national budgets"
        )
    if claim.currency not in (None, "USD") and not claim.source_text and claim.precision < 2:
        return (
            "the text may give the country's own budget, on its national definition of "
            "defence spending, which milex does not hold"
        )
    return ""


def _latest_unsaid(claim, source: str, pub, measure: str) -> int | None:
    """The latest year of the edition, for a figure with no time words that was read as of an
    earlier year the text spoke of before it (basis "tense", a past year): None otherwise."""
    if claim.year_basis != "tense" or claim.year is None or claim.since is not None:
        return None
    held = ev.years_held(source, pub.edition, measure)
    latest = max(held) if held else None
    return latest if latest is not None and latest > claim.year else None
