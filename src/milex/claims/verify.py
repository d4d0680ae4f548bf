"""Claims -> verdicts: supported, contradicted or unverifiable, with the evidence.

A claim is judged against the edition current on the article's date (see evidence.py), at
the precision and hedge the text uses; later and earlier editions are reported beside it
("revised since: 3.79 in the 2025 edition"). Whatever cannot be settled — no subject, no
year, no data for that ally-year-measure, a source milex does not hold — is unverifiable
with the reason: a claim is never supported for lack of contrary evidence.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date

from milex.claims import (
    derived,
    eu_counts,
    money_since,
    patterns,
    ratios,
    streaks,
    verify_alliance,
    verify_commitments,
    verify_membership,
    verify_rank,
    verify_world,
)
from milex.claims import evidence as ev
from milex.claims.abstain import (
    INFLATION_GAP,
    national_budget,
    nominal_change,
    other_reading,
    rebased,
    unreached_year,
)
from milex.claims.alternatives import alternative_reading
from milex.claims.clause import CARRIED, ELSEWHERE, set_subject
from milex.claims.explain import (
    MILLIONS,
    editions_of,
    explain,
    failing_text,
    later_text,
    measure_of,
    missing_text,
    revised_text,
    years_failing,
)
from milex.claims.model import Checked, Claim
from milex.claims.numbers import dot_may_be_thousands
from milex.claims.verdicts import (
    NO_FORCES,
    SETTLED,
    edition_label,
    held_agree,
    stale_verdict,
    unverifiable,
)
from milex.claims.years import START_UNSAID
from milex.reference import publications as pubs
from milex.reference import regions
from milex.reference.alliance import ALLIES, name_of

NOT_PUBLISHED = {
    "EU": "neither NATO nor SIPRI publishes a figure for the EU's members as a group",
    "EUROPE": "NATO publishes European allies only together with Canada, SIPRI not as a group",
}
NOT_PUBLISHED["EUROPE_AREA"] = NOT_PUBLISHED["EUROPE"]
_SOURCES = {"NATO": "NATO", "SIPRI": "SIPRI"}


def _older_agrees(claim: Claim, pub: pubs.Publication, others: list) -> str:
    """An edition before `pub` (itself the one before the day's, for a figure the text calls an
    earlier estimate) whose figure agrees with the stated one: "" when none does."""
    money = claim.kind in ev.AMOUNT_KINDS
    for o in sorted(others, key=lambda o: -o["edition"]):
        if o["edition"] >= pub.edition:
            continue
        shown = o["value"]  # (in the claim's unit already: explain.editions_of)
        if ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, shown, money=money)[0]:
            return (f"the {o['edition']} edition, earlier still, had {shown:g}: the text does "
                    "not say which earlier estimate it means")  # fmt: skip
    return ""


def check(claim: Claim, day: date) -> Checked:
    """The verdict on one claim made in an article published on `day`."""
    checked = _check(claim, day)
    if claim.of_allies is not None and claim.hedge != "range":
        checked = _share_of_allies(checked, claim.of_allies)
    if checked.verdict == "contradicted" and claim.subject_guess:
        # (whatever the measure: a subject guessed, "we" read as the one ally the text
        # names, is never called wrong)
        checked.verdict = "unverifiable"
        checked.explanation = f"{checked.explanation}; but {claim.subject_guess}"
    return checked


def _share_of_allies(checked: Checked, share: float) -> Checked:
    """A count the text gives as a share of the allies ("two-thirds of the allies"), judged
    as the count it stands for over the members: reported as that share (66.7, "% of
    allies"), its evidence the share of the members the edition counts (23 of 32: 71.9)."""
    claim = copy.deepcopy(checked.claim)
    members = round(claim.value * 100 / share)  # (the count is the share of the members)
    if members <= 0:
        return checked
    claim.value, claim.unit, claim.precision = share, SHARE_OF_ALLIES, 1
    evid = copy.deepcopy(checked.evidence)
    text = checked.explanation
    if evid is not None and evid.value is not None and evid.unit == "allies":
        part = round(100 * evid.value / members, 1)
        text = (f"{text.rstrip('.')}; as a share of the {members} members, Iceland among "
                f"them: {evid.value:.0f} of {members} = {part:g}%, against the text's "
                f"{share:g}%.")  # fmt: skip
        evid.value, evid.unit = part, SHARE_OF_ALLIES
    others = [{**o, "value": round(100 * float(o["value"]) / members, 1)}
              if isinstance(o.get("value"), (int, float)) else o
              for o in checked.other_editions]  # fmt: skip
    tolerance = (f"on the count it stands for ({share:g}% of {members}: {checked.claim.value:g} "
                 f"allies), {checked.tolerance}")  # fmt: skip
    return Checked(claim, checked.verdict, text, tolerance, evid, others, checked.revised)


def _check(claim: Claim, day: date) -> Checked:
    if claim.members:
        return _members(claim, day)
    if (claim.kind == "spending_amount" and ev.CURRENCY_UNSAID in claim.doubts
            and claim.value * MILLIONS.get(claim.unit.split()[-1], 0.0) >= 1e3):  # fmt: skip
        # (a billion or more: not "a country of 37 million")
        return _currencies(claim, day)
    if claim.kind == "spending_amount" and ev.PER_HEAD_UNPRICED in claim.doubts:
        return _per_head_prices(claim, day)
    if (claim.kind == "spending_amount" and ev.DOLLAR_UNSAID in claim.doubts
            and claim.currency == "USD" and claim.price_base is None
            and claim.measure == "spending_usd_current"):  # fmt: skip
        return _dollars_either(claim, day)
    if claim.kind == "spending_amount" and ev.CARRIED_PRICES in claim.doubts:
        return _carried_prices(claim, day)
    if claim.kind in _MEASURED:
        if claim.measure in derived.MEASURES or _aggregate_since_2014(claim):
            # "a combined 16% over the two years", "7% a year since 2014", "the median ally"
            return derived.judge(claim, day, _sipri_season(claim, day))
        if claim.measure == ev.MONEY_CHANGE and claim.since is not None:
            return money_since.judge(claim, day)  # "added $200 billion since 2014"
        if claim.measure in (ev.MONEY_TOTAL, ev.MONEY_YEARLY):
            return money_since.total(claim, day)  # "spent $11 trillion since 2014"
        judge: Callable[..., Checked] = _measured
    else:
        judge = _JUDGES.get(claim.kind, verify_commitments.commitment)
        if claim.kind in _ON_DATA and claim.source not in _SOURCES:
            return _other_source(claim, day)  # a think tank's ranking is on its own data
    if _sipri_season(claim, day):
        return _sipri_or_nato(claim, day, judge)
    if _sipri_sole_holder(claim):
        return _on_sole_holder(claim, day, judge)
    if (claim.kind in _SEASONED and claim.source == "SIPRI"
            and claim.source_text.endswith((CARRIED, ELSEWHERE))):  # fmt: skip
        return _sipri_named_elsewhere(claim, day, judge)
    return judge(claim, day)


def _aggregate_since_2014(claim: Claim) -> bool:
    """A real change since 2014 of the allies or of Europe and Canada, which Table 4 does not
    give (derived.py compounds the yearly changes); one for an ally of an earlier span, taken
    from an earlier sentence, is judged as it was read."""
    return claim.measure == "real_change_since_2014" and claim.subject_code in derived.AGGREGATES


def _members(claim: Claim, day: date) -> Checked:
    """'Among them are Belgium, Canada and Spain' (of 'eight allies below 2%'): each ally on
    the threshold; contradicted if one disagrees (naming it), supported if all agree."""
    each = []
    for code in claim.members:
        one = copy.deepcopy(claim)
        one.members, one.subject_code, one.subject = [], code, name_of(code)
        one.rivals = [*claim.rivals, *claim.members]  # (the figure is said of each of them)
        if claim.kind == "share_of_gdp":  # (a sum keeps its own words: "less than $100bn")
            one.text = _THRESHOLD_WORDS.get(claim.hedge, "{:g}%").format(claim.value, claim.high)
        each.append(check(one, day))
    wrong = [c for c in each if c.verdict == "contradicted"]
    unsure = [c for c in each if c.verdict == "unverifiable"]
    shown = wrong or unsure or each
    if wrong:
        verdict = "contradicted"
        lead = f"{len(wrong)} of the {len(each)} allies named {_do(wrong)} not agree"
    elif unsure:
        verdict = "unverifiable"
        lead = f"{len(unsure)} of the {len(each)} allies named cannot be checked"
    else:
        verdict, lead = "supported", f"all {len(each)} allies named agree"
    values = "; ".join(f"{c.claim.subject} {ev.figure_text(c.evidence.value)}"
                       for c in each if c.evidence and c.evidence.value is not None)  # fmt: skip
    text = (
        f"{lead} ({values}). {shown[0].explanation}"
        if values
        else f"{lead}. {shown[0].explanation}"
    )
    return Checked(claim, verdict, text, shown[0].tolerance, shown[0].evidence,
                   shown[0].other_editions, shown[0].revised)  # fmt: skip


def _currencies(claim: Claim, day: date) -> Checked:
    """'NATO puts Italy's outlay at 28.6 billion': a sum with no currency, read in the ally's own
    currency and in US dollars."""
    own = _own_currency(claim.subject_code, claim.year)
    if own is None and claim.subject_code in _DOLLAR_ONLY:
        # "The US alone nine hundred ninety-seven billion": the US's own money is the dollar,
        # and a country outside NATO has its sums held in dollars only (SIPRI's): in dollars
        usd = _without(claim, ev.CURRENCY_UNSAID)
        usd.currency, usd.unit = "USD", f"USD {claim.unit.split()[-1]}"
        if claim.subject_code == "USA":
            claim.doubts, claim.currency, claim.unit = usd.doubts, usd.currency, usd.unit
            return check(claim, day)
        in_dollars = check(copy.deepcopy(usd), day)
        if in_dollars.verdict == "supported":  # (wrong in dollars, it may be right in its own
            # money)
            return _readings(claim, day, ev.CURRENCY_UNSAID, [("in USD", usd)])
    if own is None:
        return _measured(claim, day)
    each = []
    for currency in dict.fromkeys((own, "USD")):
        one = _without(claim, ev.CURRENCY_UNSAID)
        one.currency, one.unit = currency, f"{currency} {claim.unit.split()[-1]}"
        each.append((f"in {currency}", one))
    return _readings(claim, day, ev.CURRENCY_UNSAID, each)


def _dollars_either(claim: Claim, day: date) -> Checked:
    """'Canada spent $37.8 billion on defence in 2023-24': a sum in '$' of Canada that nothing
    says are US dollars, read in Canadian dollars (Table 1) and in US dollars (Table 2), or in
    Canadian dollars only under a Canadian dateline. Right in one reading only, it is right in
    that one; never called wrong (a writer's rounding of the other money, or a third source,
    may explain a miss)."""
    cad = _without(claim, ev.DOLLAR_UNSAID)
    cad.doubts = [d for d in cad.doubts if d != ev.DOLLAR_DATELINE]
    cad.currency, cad.unit = "CAD", f"CAD {claim.unit.split()[-1]}"
    cad.measure = "spending_nc_current"
    readings = [("in Canadian dollars", cad)]
    if ev.DOLLAR_DATELINE not in claim.doubts:
        usd = _without(claim, ev.DOLLAR_UNSAID)
        readings.insert(0, ("in US dollars", usd))
    unsaid = ev.DOLLAR_DATELINE if len(readings) == 1 else ev.DOLLAR_UNSAID
    each = [(label, check(copy.deepcopy(one), day)) for label, one in readings]
    if sum(c.verdict == "supported" for _label, c in each) == 1:
        return _readings(claim, day, unsaid, readings)
    text = "; ".join(f"{label}, {c.explanation.rstrip('.')}" for label, c in each)
    _settled_year(claim, [c for _label, c in each])
    return unverifiable(claim, f"{unsaid}: {text}", other_editions=each[0][1].other_editions)


def _per_head_prices(claim: Claim, day: date) -> Checked:
    """'Poland spends $926 per person': a sum per head at prices the text leaves unsaid, read
    at the edition's constant prices (NATO's table, which with no base year named only
    supports) and at current prices (derived: evidence.nato_per_head_current)."""
    constant = _without(claim, ev.PER_HEAD_UNPRICED)
    current = _without(claim, ev.PER_HEAD_UNPRICED)
    current.measure, current.price_base = ev.PER_HEAD_CURRENT, None
    return _readings(claim, day, ev.PER_HEAD_UNPRICED,
                     [("at constant prices", constant), ("at current prices", current)])  # fmt: skip


def _carried_prices(claim: Claim, day: date) -> Checked:
    """'At constant 2015 prices, US spending was $755bn. Germany's rose from $39.3bn to
    $76.9bn.': a sum after sums at constant prices, in a sentence naming none, read at those
    prices and at current prices."""
    constant = _without(claim, ev.CARRIED_PRICES)
    current = _without(claim, ev.CARRIED_PRICES)
    current.price_base = None
    current.measure = current.measure.replace("_constant", "_current") if current.measure else None
    return _readings(claim, day, ev.CARRIED_PRICES,
                     [("at the constant prices before", constant),
                      ("at current prices", current)])  # fmt: skip


MEASURE_UNSTATED: str = ("the text does not say what its figures measure, and as shares of GDP "
                         "they do not agree")  # fmt: skip
# the bare figures of one list that must agree, to the hundredth, with their allies' shares of
# GDP for the list's other figures to be read as shares of GDP too
SIBLINGS_AGREEING: int = 3
_LIST_GAP: int = 3  # sentences at most between two figures of one list (a rank's "27." apart)


def measured_by_siblings(checked: list[Checked], day: date) -> list[Checked]:
    """A list's bare figures whose measure the text leaves unsaid ('Table - last year's
    estimates: Finland 2.98; Sweden 2.51; Denmark 3.22; Norway 3.35') are read as shares of
    GDP only to support. When three or more of one list under a header that dates them, of
    one year and source, agree with
    their allies' shares of GDP to the hundredth, and they outnumber those that do not, the
    list itself says what its figures measure: the others are judged as shares of GDP too,
    and a wrong one is contradicted (said so in its explanation)."""
    runs: list[list[int]] = []
    last: dict[tuple[int, str], int] = {}
    for n, c in enumerate(checked):
        claim = c.claim
        if (not claim.measure_unstated or claim.kind != "share_of_gdp" or claim.year is None
                or claim.year_basis != "header"):  # fmt: skip
            continue  # (a row with no header says neither its year nor its measure: never)
        key = (claim.year, claim.source)
        at = last.get(key, -1)
        if at >= 0 and claim.sentence - checked[runs[at][-1]].claim.sentence <= _LIST_GAP:
            runs[at].append(n)
        else:
            last[key] = len(runs)
            runs.append([n])
    out = list(checked)
    for run in runs:
        agree = [n for n in run if checked[n].verdict == "supported"
                 and checked[n].claim.precision >= 2 and checked[n].claim.hedge is None]  # fmt: skip
        doubted = [n for n in run if checked[n].verdict == "unverifiable"
                   and checked[n].claim.doubts == [MEASURE_UNSTATED]]  # fmt: skip
        if len(agree) < SIBLINGS_AGREEING or len(agree) <= len(doubted):
            continue
        for n in doubted:
            one = _without(checked[n].claim, MEASURE_UNSTATED)
            one.measure_unstated = False
            again = check(one, day)
            if again.verdict != "contradicted":
                continue
            again.explanation = (f"{again.explanation} The text does not say what its figures "
                                 f"measure, but {len(agree)} others of its list agree with their "
                                 "allies' shares of GDP to the hundredth: read as one too.")  # fmt: skip
            out[n] = again
    return out


_RATINGS: frozenset[str] = patterns.word_set("rebutting_ratings")
_RATING_LABELS: frozenset[str] = patterns.word_set("rating_labels")
_OTHER_BODY: str = "the article gives its figures from "
_WORDS: re.Pattern[str] = re.compile(r"\w+|[^\w\s]")  # (the report's sentences hold text only)
_RATED_WITHIN: int = 3  # sentences from the claim to the rating that answers it


def _rates_false(lows: list[str]) -> bool:
    """Does the sentence open on a rating that calls a claim wrong ('FALSE.', 'False: 1.95%',
    'Verdict: overstated.', 'Our verdict: wrong')?"""
    k = 0
    while k < len(lows) and k < 2 and (lows[k] in ("our", "the") or lows[k] in _RATING_LABELS):
        k += 1
    if 0 < k and lows[k : k + 1] == [":"]:
        k += 1  # ("Verdict: overstated")
    elif k:
        return False
    return (
        k < len(lows) and lows[k] in _RATINGS and lows[k + 1 : k + 2] in ([], ["."], [":"], ["!"])
    )


def rebutted_by_nato(checked: list[Checked], day: date, sentences: list) -> list[Checked]:
    """A figure the text gives from someone whose data milex does not hold (a minister, an MP),
    judged unverifiable for that alone, that the text itself answers with NATO's figure for the
    same ally, measure and year and rates wrong in a sentence of a rating ('A minister claimed
    Belgium spends 1.3%. NATO's figures say 0.93% for 2019. FALSE.'): the text checks the claim
    against NATO's table, and so does milex; contradicted when NATO's figure disagrees."""
    rated = [s.index for s in sentences if _rates_false(_WORDS.findall(s.text.lower()))]
    if not rated:
        return checked
    out = list(checked)
    for n, c in enumerate(checked):
        claim = c.claim
        if (c.verdict != "unverifiable" or not claim.other_body or len(claim.doubts) != 1
                or not claim.doubts[0].startswith(_OTHER_BODY)):  # fmt: skip
            continue
        answer = next((a for a in checked if a.verdict == "supported"
                       and a.claim.source == "NATO" and not a.claim.other_body
                       and a.claim.subject == claim.subject and a.claim.kind == claim.kind
                       and a.claim.measure == claim.measure and a.claim.year == claim.year
                       and claim.sentence < a.claim.sentence <= claim.sentence + _RATED_WITHIN
                       and a.claim.value != claim.value), None)  # fmt: skip
        if answer is None or not any(
            answer.claim.sentence <= k <= claim.sentence + _RATED_WITHIN for k in rated
        ):
            continue
        one = _without(claim, claim.doubts[0])
        one.other_body = ""
        again = check(one, day)
        if again.verdict != "contradicted":
            continue
        again.explanation = (f"{again.explanation} The text answers {claim.other_body}'s figure "
                             f"with NATO's ({answer.claim.value:g}) and rates it wrong: judged "
                             "on NATO's table.")  # fmt: skip
        out[n] = again
    return out


_ANY_RATING: frozenset[str] = _RATINGS | patterns.word_set("affirming_ratings")
_AGREES_ELSEWHERE: str = "the figure agrees with "


def answered_years(checked: list[Checked], day: date, sentences: list) -> list[Checked]:
    """A figure right after a rating and its colon, with no time of its own ('A Bulgarian MP
    said Bulgaria spent 2.5% last year. False: 1.95%.'), answers the claim the sentence before
    made of the same ally and measure: it is of that claim's year, not of the article's."""
    out = list(checked)
    for n, c in enumerate(checked):
        claim = c.claim
        if claim.year_basis != "tense" or not 0 < claim.sentence < len(sentences):
            continue
        sentence = sentences[claim.sentence]
        lead = _WORDS.findall(sentence.text[: max(0, claim.start - sentence.start)].lower())
        if len(lead) != 2 or lead[0] not in _ANY_RATING or lead[1] != ":":
            continue
        rated = [a.claim for a in checked if a.claim.sentence == claim.sentence - 1
                 and a.claim.subject == claim.subject and a.claim.kind == claim.kind
                 and a.claim.measure == claim.measure and a.claim.year is not None
                 and a.claim.year_basis in ("stated", "header")]  # fmt: skip
        if not rated or rated[-1].year == claim.year:
            continue
        one = copy.deepcopy(claim)
        one.doubts = [d for d in claim.doubts if not d.startswith(_AGREES_ELSEWHERE)]
        one.year, one.year_basis = rated[-1].year, "loose"
        again = check(one, day)
        again.explanation = (f"{again.explanation} Its year is that of the claim the rating "
                             f"before it answers ({rated[-1].year}).")  # fmt: skip
        out[n] = again
    return out


def _without(claim: Claim, doubt: str) -> Claim:
    one = copy.deepcopy(claim)
    one.doubts = [d for d in claim.doubts if d != doubt]
    return one


def _readings(claim: Claim, day: date, unsaid: str, readings: list[tuple[str, Claim]]) -> Checked:
    """The verdict on a figure the text leaves open to several readings (its currency, its
    prices), each checked: wrong in every one, it is wrong; right in one only, it is right
    in that one (said so); otherwise it cannot be checked."""
    each = [(label, check(one, day)) for label, one in readings]
    right = [(label, c) for label, c in each if c.verdict == "supported"]
    if len(right) == 1 or all(c.verdict == "contradicted" for _label, c in each):
        label, shown = right[0] if right else each[0]
        read = (f"read {label}, the only reading in which it agrees" if right
                else "wrong " + " and ".join(label for label, _c in each))  # fmt: skip
        text = f"{unsaid[0].upper()}{unsaid[1:]} ({read}): {shown.explanation}"
        if not right:
            text += " " + " ".join(c.explanation for _label, c in each[1:])
        _settled_year(claim, [shown])
        return Checked(claim, shown.verdict, text, shown.tolerance, shown.evidence,
                       shown.other_editions, shown.revised)  # fmt: skip
    text = "; ".join(f"{label}, {c.explanation.rstrip('.')}" for label, c in each)
    _settled_year(claim, [c for _label, c in each])
    return unverifiable(claim, f"{unsaid}: {text}", other_editions=each[0][1].other_editions)


def _settled_year(claim: Claim, shown: list[Checked]) -> None:
    """A figure of no year of its own takes the one year its readings settled on, as their
    evidence says ('read as 2024, the latest year of the edition current at the date')."""
    years = {c.claim.year for c in shown}
    if claim.year_basis == "tense" and len(years) == 1:
        year = years.pop()
        if year is not None:
            claim.year = year


def _own_currency(code: str | None, year: int | None) -> str | None:
    """The currency NATO's tables give an ally's spending in, for the year (the newest edition
    that has it): 'EUR' for Italy, 'PLN' for Poland; None for the US or an ally with none."""
    if code is None or year is None or code == "USA":
        return None
    for pub in reversed(pubs.publications("NATO")):
        row = ev.row("NATO", pub.edition, "spending_nc_current", code, year)
        if row is not None:
            return row.unit.split()[-1]
    return None


_THRESHOLD_WORDS = {"less_than": "less than {:g}%", "more_than": "more than {:g}%",
                    "at_least": "at least {:g}%", "range": "between {:g}% and {:g}%"}  # fmt: skip


def _do(some: list) -> str:
    return "does" if len(some) == 1 else "do"


_MEASURED = frozenset({"share_of_gdp", "equipment_share", "personnel_share", "infrastructure_share",
                       "other_share", "share_of_government_spending", "real_change",
                       "spending_amount", "personnel"})  # fmt: skip
# kinds judged on the series of one source: a figure another body gives is on its own data
_ON_DATA = frozenset({"ranking", "alliance_share", "streak", "first_time", "world_share"})
# every other kind's judge, called as judge(claim, day); commitments' by default
_JUDGES = {
    "count_meeting": verify_alliance.count,
    "alliance_share": verify_alliance.alliance_share,
    "ranking": verify_rank.ranking,
    "membership_count": verify_membership.membership,
    "accession": verify_membership.accession,
    "coverage": verify_membership.coverage,
    "world_share": verify_world.world_share,
    "eu_count": eu_counts.eu_count,
    "ratio": lambda claim, _day: ratios.ratio(claim),
    "first_time": streaks.first_time,
    "streak": streaks.streak,
    "event_date": lambda claim, _day: verify_commitments.event_date(claim),
    "commitment_year": verify_commitments.adoption,
    "unread": lambda claim, _day: unverifiable(claim, "; ".join(claim.doubts)),
}


# the unit of a count of allies given as a share of them ("two-thirds of the allies")
SHARE_OF_ALLIES: str = "% of allies"
# The countries outside NATO, whose figures NATO's tables do not hold.
_OUTSIDE: frozenset[str] = frozenset(patterns.load()["subjects"]["foreign_codes"].values()) - {
    a.iso3 for a in ALLIES
}
# whose sums with no currency said are read in US dollars: the US, and the countries outside NATO
_DOLLAR_ONLY: frozenset[str] = _OUTSIDE | {"USA"}
# what names a government's own figures among other bodies' ("draft budget", "the ministry")
_NATIONAL_BODY: frozenset[str] = patterns.word_set("national_body_words")
# the money of a country outside NATO whose spending SIPRI gives in it -> the country
_COUNTRY_MONEY: dict[str, str] = dict(patterns.load()["currency_countries"])
_SEASONED = ("spending_amount", "share_of_gdp", "real_change", "count_meeting", "alliance_share")


# how a national amount is marked when the amounts just before it are NATO's table's
BESIDE_NATO: str = "NATO (as the amounts just before it, which agree with NATO's table)"
_BUDGET_WORD: re.Pattern[str] = re.compile(r"\bbudget", re.IGNORECASE)


def quoted_beside(claim: Claim, checked: list[Checked], sentences: list) -> bool:
    """Is an unattributed amount in the ally's own currency ('against 98.0 billion in 2023',
    'Norway's figure is 168.2 billion kroner'), which alone may be the country's own budget,
    quoted from the same table as the amounts in its own currency just before it, in its
    sentence or the one before in its paragraph, that agree with NATO's table to a decimal
    ('estimated at 112.2 billion kroner this year', 'Sweden will spend 217.9 billion kronor
    on core defence in 2026, ..., NATO says')? Not when its sentence speaks of a budget."""
    if (
        claim.kind != "spending_amount"
        or claim.currency in (None, "USD")
        or claim.source != "NATO"
        or claim.source_text
        or claim.budget_line
        or not 0 <= claim.sentence < len(sentences)
        or _BUDGET_WORD.search(_sentence_of(sentences, claim.sentence).text)
    ):
        return False
    paragraph = _sentence_of(sentences, claim.sentence).paragraph
    for c in reversed(checked):
        before = c.claim
        if before.sentence < claim.sentence - 1:
            break
        if (
            before.sentence >= 0
            and _sentence_of(sentences, before.sentence).paragraph == paragraph
            and before.kind == "spending_amount"
            and before.currency not in (None, "USD")
            and before.source == "NATO"
            and before.precision >= 1
            and c.verdict == "supported"
            and not before.doubts
        ):
            return True
    return False


def _sentence_of(sentences: list, index: int):
    """The sentence a claim's index names: the one at that place, unless the reader numbered
    the sentences again (lines read as one, or left out: interpret._captioned,
    _without_elisions), then the last one that bears the index."""
    if sentences[index].index == index:
        return sentences[index]
    for k in range(len(sentences) - 1, -1, -1):  # (no reversed() over a list of Any:
        if sentences[k].index == index:  # mypyc cannot type its items)
            return sentences[k]
    return sentences[index]


def _sipri_season(claim: Claim, day: date) -> bool:
    """An unattributed dollar amount, share of GDP, growth or count of allies in the days after
    SIPRI's yearly release: the news then reports SIPRI's figures, mostly without saying so."""
    if claim.kind not in _SEASONED:
        return False
    if claim.source != "NATO":
        return False
    if claim.source_text or claim.price_base:
        return False
    if claim.kind == "spending_amount" and claim.currency != "USD":
        return False
    return ev.sipri_news(day)


def _sipri_sole_holder(claim: Claim) -> bool:
    """A figure of a country outside NATO that the text gives as no one's, or as NATO's (whose
    tables do not hold the country): a dollar amount, share of GDP or growth, which among the
    tables milex holds only SIPRI's give (readings.py reads it only when no other body is
    named); a sum in the country's own money too, where SIPRI gives it in that money ('13.8
    trillion roubles')."""
    return (
        claim.kind in _SEASONED
        and claim.source == "NATO"
        and claim.subject_code in _OUTSIDE
        and not claim.price_base
        and not (
            claim.kind == "spending_amount"
            and claim.currency != "USD"
            and _COUNTRY_MONEY.get(claim.currency or "") != claim.subject_code
        )
    )


def _on_sole_holder(claim: Claim, day: date, judge) -> Checked:
    """Judged on SIPRI, the only source held with figures for the country, saying so: supported
    when SIPRI agrees; when it disagrees, unverifiable, for the text does not name its source
    and the figure may be another body's (a government's budget, the IISS's)."""
    trial = copy.deepcopy(claim)
    trial.source = "SIPRI"
    sipri = judge(trial, day)
    sole = (f"the text does not name its source, and SIPRI is the only source held with "
            f"figures for {claim.subject}")  # fmt: skip
    if sipri.verdict == "contradicted":
        return unverifiable(sipri.claim, f"{sipri.explanation.rstrip('.')}; but {sole}: the "
                                   "figure may be another body's",
                            sipri.evidence, other_editions=sipri.other_editions)  # fmt: skip
    if sipri.verdict == "supported" and claim.other_body:
        return unverifiable(sipri.claim, f"{sipri.explanation.rstrip('.')}; but the article "
                                   f"gives its figures from {claim.other_body}, whose data milex "
                                   "does not hold",
                            sipri.evidence, other_editions=sipri.other_editions)  # fmt: skip
    if sipri.verdict == "supported":
        sipri.explanation += (" The text does not name its source; SIPRI is the only source "
                              f"held with figures for {claim.subject}, and its figure matches.")  # fmt: skip
    return sipri


def _sipri_or_nato(claim: Claim, day: date, judge) -> Checked:
    """Judged on NATO; if NATO disagrees and SIPRI's fresh figure agrees, on SIPRI, saying so."""
    nato = judge(copy.deepcopy(claim), day)
    if nato.verdict == "supported":
        return nato
    trial = copy.deepcopy(claim)
    trial.source = "SIPRI"
    sipri = judge(trial, day)
    if sipri.verdict == "contradicted" and claim.subject_code in _OUTSIDE:
        # ("India spent 2.5% of GDP" that week): NATO has no figure of a country outside the
        # alliance, and SIPRI's disagrees; but the text does not name SIPRI, and the figure
        # may be another body's (a government's budget, the IISS's): not called wrong
        return unverifiable(sipri.claim, f"{sipri.explanation.rstrip('.')}; but the text does not "
                                   "name its source, and the figure may be another body's",
                            sipri.evidence, other_editions=sipri.other_editions)  # fmt: skip
    if sipri.verdict != "supported":
        return nato
    sipri.explanation += (" The text does not name its source; it appeared in the days after "
                          "SIPRI's yearly release, whose figure it matches.")  # fmt: skip
    return sipri


def _sipri_named_elsewhere(claim: Claim, day: date, judge) -> Checked:
    """SIPRI named in another sentence ('SIPRI published its figures in April. Poland spends
    4.12%') does not make every figure after it SIPRI's: one SIPRI contradicts but NATO's
    tables agree with, each read at its own latest year, is not called wrong."""
    sipri = judge(copy.deepcopy(claim), day)
    unanswered = sipri.verdict == "unverifiable" and sipri.evidence is None
    if sipri.verdict == "supported":
        return sipri
    trial = copy.deepcopy(claim)
    trial.source, trial.source_text = "NATO", ""
    nato = judge(trial, day)
    if (
        nato.verdict == "unverifiable"
        and sipri.verdict == "contradicted"
        and (claim.source_text.endswith(ELSEWHERE))
    ):
        # "The UK spent 2.29% in 2022. ... SIPRI ranks the UK sixth": SIPRI named only further
        # on, and NATO's tables of the date cannot say: not SIPRI's error to call
        return unverifiable(claim, f"{sipri.explanation.rstrip('.')}; but the text names SIPRI "
                                   "only elsewhere, and the figure may be NATO's, which the "
                                   f"tables of the date cannot check: {nato.explanation}",
                            sipri.evidence, other_editions=sipri.other_editions)  # fmt: skip
    if nato.verdict != "supported":
        return sipri
    if unanswered:  # "SIPRI put world spending at $2.4tn. As of June, 23 allies met 2%": SIPRI
        # has no figure for it, NATO's agrees
        nato.explanation += (" The text names SIPRI only for other figures, and SIPRI has no "
                             "figure for this.")  # fmt: skip
        return nato
    return unverifiable(claim, f"{sipri.explanation.rstrip('.')}; but the text names SIPRI only "
                               "in another sentence, and NATO's figure agrees: "
                               f"{nato.explanation.rstrip('.')}",
                        sipri.evidence, other_editions=sipri.other_editions)  # fmt: skip


def _europe_region(claim: Claim, day: date) -> Checked:
    """'European military spending climbed to $693 billion', said of SIPRI's figures: SIPRI's
    region Europe (with Russia, Ukraine and other states outside NATO) when it agrees; SIPRI
    has no total of the European allies to say it is wrong."""
    trial = copy.deepcopy(claim)
    set_subject(trial, "SIPRI:EUROPE")
    judged = _measured(trial, day)
    if judged.verdict != "supported":
        why = NOT_PUBLISHED["EUROPE"]
        if judged.evidence is not None:  # what SIPRI says of Europe as a region, for the reader
            why += f"; {judged.explanation.rstrip('.')} (a region with Russia and Ukraine)"
        return unverifiable(claim, why)
    judged.explanation += (" SIPRI's region Europe includes Russia, Ukraine and other states "
                           "outside NATO.")  # fmt: skip
    if claim.source != "SIPRI":
        judged.explanation += (
            " The text does not name its source; SIPRI's is the only total for Europe."
        )
    return judged


def _europe_subregion(claim: Claim, day: date) -> Checked:
    """'Spending across Western Europe rose to $397 billion' with no source named: SIPRI's
    subregion when it agrees; but writers also name parts of Europe loosely ('NATO's eastern
    flank, from the Baltics to Eastern Europe'), so only SIPRI named says it is wrong."""
    trial = copy.deepcopy(claim)
    trial.source_text = _SUBREGION_TRIAL
    judged = _measured(trial, day)
    trial.source_text = claim.source_text
    if judged.verdict == "contradicted":
        return unverifiable(claim, f"{judged.explanation.rstrip('.')}; but the text does not "
                                   "name SIPRI, and may not mean SIPRI's subregion of Europe")  # fmt: skip
    return judged


_SUBREGION_TRIAL: str = "SIPRI (its subregion of Europe)"


def _european_allies(claim: Claim, day: date) -> Checked:
    """'European allies spent $476 billion': the sum of their figures, grouped as the source
    groups them; only support, since writers also say 'European' of Europe and Canada."""
    judged = _measured(copy.deepcopy(claim), day, summed=True)
    if judged.verdict != "supported":
        return unverifiable(claim, NOT_PUBLISHED["EUROPE"] + ", and the sum of the European "
                            "allies' figures does not settle it: the words may mean another group")  # fmt: skip
    judged.explanation += " milex summed the allies' figures: the source prints no such total."
    return judged


def _sipri_share_of_budget(claim: Claim, day: date) -> Checked:
    """'Defence took 8.5% of government spending', with no source: only SIPRI publishes the
    share, but a government's own budget share is another measure, so SIPRI only supports."""
    trial = copy.deepcopy(claim)
    trial.source = "SIPRI"
    judged = _measured(trial, day)
    if judged.verdict == "contradicted":
        return unverifiable(claim, f"{judged.explanation.rstrip('.')}; but the text names no "
                                   "source, and a government's own budget share is measured "
                                   "otherwise")  # fmt: skip
    return judged


_TABLE_NOUNS: frozenset[str] = patterns.word_set("source_table_nouns")


def _named_table(claim: Claim, source: str) -> bool:
    """Does the text give the figure as NATO's own table's ('NATO's table in constant dollars
    shows', 'according to NATO's data'), in the figure's own sentence? Then its constant
    prices are that table's, whose base year the edition current at the date fixes, though the
    text names none."""
    if source != "NATO" or claim.source != "NATO" or ELSEWHERE in claim.source_text:
        return False
    words = set(re.findall(r"[a-z]+", claim.source_text.lower()))
    return "nato" in words and not _TABLE_NOUNS.isdisjoint(words)


def _measured(claim: Claim, day: date, summed: bool = False) -> Checked:
    code = claim.subject_code
    if claim.source not in _SOURCES:  # "world spending rose 7.4%, the IISS said": its own data,
        return _other_source(claim, day)  # not SIPRI's though SIPRI alone counts the world here
    if code is not None and regions.is_region(code):
        claim.source = "SIPRI"  # "world military spending": only SIPRI counts the world
        if regions.resolve(code).parent == "SIPRI:EUROPE" and not claim.source_text:
            return _europe_subregion(claim, day)
    if claim.kind == "share_of_government_spending" and claim.source == "NATO":
        if claim.source_text:
            return unverifiable(claim, "NATO publishes no share of government spending; SIPRI does")
        return _sipri_share_of_budget(claim, day)
    if code == "EUROPE_AREA" and (claim.source == "SIPRI" or not claim.source_text):
        return _europe_region(claim, day)  # (SIPRI totals Europe; no one its allies)
    if code == "EUROPE" and not summed and claim.kind in ("spending_amount", "real_change"):
        return _european_allies(claim, day)
    if code is None:
        return unverifiable(
            claim, "; ".join(claim.doubts) or "the text does not say whose figure this is"
        )
    if code in NOT_PUBLISHED and not summed:
        return unverifiable(claim, NOT_PUBLISHED[code])
    if code in NO_FORCES:
        return unverifiable(claim, f"{name_of(code)} has no armed forces and no defence-spending "
                                   "figures in any NATO edition")  # fmt: skip
    measure, scale, currency = measure_of(claim)
    if measure is None:
        return unverifiable(claim, f"no edition held gives spending at {claim.price_base} prices")
    if (claim.year is None and claim.doubts == [START_UNSAID]
            and (claim.start_guess is not None or claim.start_carried is not None
                 or claim.start_span is not None)):  # fmt: skip
        return _start_guessed(claim, day, summed)
    if claim.year is None:
        return unverifiable(claim, "; ".join(claim.doubts) or "the year is unclear")
    source = claim.source
    pub, note = ev.edition_for(source, measure, day)
    fallback = bool(note)  # the edition of the day lacks the table: an older one answers
    pub, named_note = ev.named(pub, claim, source, day)
    note = named_note or note
    if pub is not None and claim.earlier_edition and claim.year is not None:
        older, note = ev.earlier_estimate(pub, source, measure, claim.year, day)
        if older is None:
            return unverifiable(claim, note)
        pub = older
    tense_note = ""
    if pub is not None and measure != "real_change_since_2014" and not note:
        tense_note = ev.settle_tense_year(claim, source, pub.edition, measure, day)
        note = "; ".join(x for x in (note, tense_note) if x)
    if pub is not None and measure == "real_change_since_2014" and claim.year_basis == "tense":
        # "has risen 214% since 2014": up to the latest year the edition has
        held = [y for y in ev.years_held(source, pub.edition, measure) if y <= claim.year]
        if held:
            claim.year = max(held)
    if pub is not None and not claim.earlier_edition and not named_note:
        note = "; ".join(x for x in (note, ev.not_held_note(source, day)) if x)
    before_first = ""
    if pub is None:
        first = pubs.publications(source)[0]
        tense_note = ev.settle_tense_year(claim, source, None, measure, day)
        later = editions_of(claim, source, measure, scale, currency)
        before_first = (f"no {source} edition held was published by {day:%-d %B %Y} (the first "
                        f"held is the {first.edition} edition of {first.published:%-d %B %Y})")  # fmt: skip
        if not later or claim.earlier_edition or named_note:
            return unverifiable(claim, before_first + later_text(later), other_editions=later)
        # judged on the first edition held that has the figure, and only called wrong when every
        # edition held is further from it than any revision seen between editions
        pub = pubs.publication(source, later[0]["edition"])
        note = "; ".join(x for x in (f"{before_first}: judged on the editions published since",
                                     tense_note) if x)  # fmt: skip
    found = ev.lookup(source, pub.edition, measure, code, claim.year, currency)
    others = editions_of(claim, source, measure, scale, currency)
    if found is None:
        why = missing_text(source, pub, measure, code, claim.year, currency)
        only_newer = ev.not_held_reason(source, claim.year, day)
        if only_newer:
            why = f"{only_newer}; {why}"
        if tense_note:  # why that year ("read as 2025, the latest year the article gives")
            why = f"{why}; {tense_note}"
        if claim.doubts:  # what makes the figure no claim to check comes first ("a bill's")
            why = "; ".join([*claim.doubts, why])
        return unverifiable(claim, why + later_text([o for o in others if o["edition"] != pub.edition]),
                            other_editions=others)  # fmt: skip
    row, value, conv = found
    if (
        claim.price_base
        and pub.constant_prices
        and claim.price_base not in (f"constant {pub.constant_prices}", ev.UNSTATED_BASE)
    ):
        return unverifiable(claim, f"the text gives {claim.price_base} prices; {edition_label(pub)} "
                                   f"gives constant {pub.constant_prices} prices", other_editions=others)  # fmt: skip
    shown = value / scale
    money = claim.kind in ev.AMOUNT_KINDS  # money, and counts of people
    ok, tolerance = ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, shown,
                              money=money)  # fmt: skip
    if claim.hedge in ("more_than", "less_than") and _CLOSE.match(claim.text):
        # "just under 2.3%", "slightly above 2%": on that side and close to it, as "nearly" is
        width = max(ev.half_unit(claim.precision, claim.value, money), ev.NEARLY * abs(claim.value))
        ok = ok and abs(shown - claim.value) <= width
        tolerance += f", and within {width:g} of it"
    if not ok and claim.hedge == "more_than" and not money and abs(shown - claim.value) < 1e-4:
        # "scrapes over 2%" of Slovakia's 2.000, which meets the line (but Lithuania's 3.9993 is
        # under 4, and "has yet to reach 2%" is wrong of 2.000)
        claim.doubts.append(f"the data give exactly {claim.value:g}: at the line, which 'over' "
                            "may or may not mean")  # fmt: skip
    if ok and money and claim.hedge in ("more_than", "at_least") and shown >= 100 * claim.value:
        ok = False  # "tops $1.47 billion" of USD 1,474 bn: a thousandfold slip, not a floor
        claim.doubts.append(f"the data are {shown / claim.value:,.0f} times the figure: a slip of "
                            "scale ('billion' for 'trillion'?), which the words' floor does not "
                            "settle")  # fmt: skip
    if (
        not ok
        and money
        and claim.precision == 3
        and dot_may_be_thousands(claim.text)
        and ev.agrees(claim.value * 1000, claim.high, claim.hedge, 0, shown, money=True)[0]
    ):  # "21.270 million dollars" of USD 21,269 m: the dot may separate thousands
        claim.doubts.append(f"the dot in '{claim.text}' may separate thousands "
                            f"({claim.value * 1000:,.0f}), which agrees with the data")  # fmt: skip
    failing: list[tuple[int, float]] = []
    if claim.since_words and claim.year is not None:
        # "for years it has fallen short of 2%": the run ends in the year settled, as long as
        # the fewest years the words can mean
        claim.since = claim.year - LOOSE_RUNS[claim.since_words] + 1
    if ok and claim.since is not None and claim.hedge in _COMPARISONS and claim.since < claim.year:
        # "over 2% since 2019": every year from 2019 on, not only the latest
        failing = years_failing(claim, source, pub.edition, measure, scale, currency)
        if failing:
            ok = False
            note = "; ".join(x for x in (note, f"since {claim.since} it was not so in "
                                         + failing_text(failing)) if x)  # fmt: skip
        earliest = min(ev.years_held(source, pub.edition, measure), default=None)
        if (
            not failing
            and earliest is not None
            and claim.since < earliest
            and claim.kind != "real_change"
        ):
            # "has not topped 4% since 2010": the years before the edition's first are unknown
            claim.doubts.append(f"the text claims every year since {claim.since}, and "
                                f"{edition_label(pub)} begins in {earliest}")  # fmt: skip
        if failing and not claim.since_words and not claim.since_unsure:
            # "above 2% every year since 2015" of 4.12 in 2024: true of the latest year, wrong of
            # 2017 (1.89); the verdict rests on the first year it fails, not on one that agrees
            first = ev.lookup(source, pub.edition, measure, code, failing[0][0], currency)
            if first is not None:
                claim.year = failing[0][0]
                row, value = first[0], first[1]
                shown = value / scale
                others = editions_of(claim, source, measure, scale, currency)
        if failing and claim.since_words and not any(f[0] == claim.year - 1 for f in failing):
            # "for years": a miss in the year before the figure's proves it wrong whatever the
            # run's length; one only further back, not under a shorter reading of the words
            claim.doubts.append(f"'{claim.since_words}' gives no number of years: it holds in "
                                f"{claim.year - 1} and {claim.year}, not in every year of a "
                                f"{LOOSE_RUNS[claim.since_words]}-year run")  # fmt: skip
        if not failing and claim.since_words:
            note = "; ".join(x for x in (note, f"'{claim.since_words}' read as at least "
                                         f"{claim.year - claim.since + 1} years: so in every "
                                         f"year {claim.since}-{claim.year}") if x)  # fmt: skip
        if failing and claim.since_unsure:
            # "still under 1.5% since 2014": true of the level now; of every year since only
            # if the writer meant a run, which the words do not settle
            claim.doubts.append(f"'still' may claim the level in {claim.year} only, which "
                                f"agrees; not every year since {claim.since}")  # fmt: skip
    evid = ev.evidence(source, pub.edition, measure, code, claim.year, row, value=value,
                       note="; ".join(x for x in (note, conv) if x))  # fmt: skip
    verdict = "supported" if ok else "contradicted"
    if claim.real_unstated:
        note = "; ".join(x for x in (note, "the text does not say real or nominal: compared with "
                                     f"{source}'s real change") if x)  # fmt: skip
    if not ok and claim.threshold_guessed:
        claim.doubts.append(
            "the text does not name the target, and the article names none "
            "before: it was read as 2%"
        )
    if claim.budget_line:  # a national budget line is another measure, even when it agrees
        claim.doubts.append(national_budget(claim))
    if claim.doubts:
        verdict = "unverifiable"
    elif (
        not ok
        and claim.real_unstated
        and abs(claim.value - shown) <= max(INFLATION_GAP, 0.3 * abs(shown))
    ):
        verdict = "unverifiable"
        claim.doubts.append("a nominal change could differ from NATO's real one by this much")
    elif (
        not ok
        and claim.real_unstated
        and measure == "real_change"
        and (nominal := nominal_change(claim, source, day)) is not None
        and ev.agrees(claim.value, claim.high, claim.hedge, claim.precision, nominal)[0]
    ):
        verdict = "unverifiable"
        claim.doubts.append(f"the change at current prices, {nominal:.1f}% (Table 1), agrees, "
                            "and the text does not say real or nominal")  # fmt: skip
    elif not ok and claim.kind == "other_share":
        verdict = "unverifiable"  # "25.6% on operations": NATO's "other" holds more than that
        claim.doubts.append("NATO's 'other' category holds operations and maintenance with other "
                            "items, which the text may not count")  # fmt: skip
    elif not ok and claim.measure == ev.MONEY_CHANGE:  # never called wrong: see measures.py
        verdict = "unverifiable"
        claim.doubts.append("a change in money may be of a national budget or at other prices")
    elif not ok and claim.measure == ev.SHARE_CHANGE:
        verdict = "unverifiable"  # a writer may take the two years from two editions
        claim.doubts.append("the two years' shares may come from two different editions")
    elif not ok and claim.period_unstated:
        verdict = "unverifiable"
        claim.doubts.append("the text names a rise or a cut with no period and no time at all: "
                            "it may span several years or be a plan, not one year's real "
                            "change")  # fmt: skip
    elif not ok and claim.measure_unstated:
        verdict = "unverifiable"
        claim.doubts.append(MEASURE_UNSTATED)
    elif not ok and claim.price_base == ev.UNSTATED_BASE and not _named_table(claim, source):
        verdict = "unverifiable"
        claim.doubts.append("the text does not say the base year of its constant prices")
    elif not ok and claim.price_base == ev.UNSTATED_BASE:
        note = "; ".join(x for x in (note, f"read at the edition's constant {pub.constant_prices} "
                                     "prices: the text names no base year, but gives the "
                                     "figure as NATO's table's") if x)  # fmt: skip
    if ok and claim.subject_guess:
        note = "; ".join(x for x in (note, claim.subject_guess) if x)
    if ok and claim.price_base == ev.UNSTATED_BASE:
        note = "; ".join(x for x in (note, f"read at the edition's constant {pub.constant_prices} "
                                     "prices: the text names no base year") if x)  # fmt: skip
    elif (
        not ok
        and not failing
        and (
            other := other_reading(claim, source, pub, measure, scale, currency, day)
            or alternative_reading(claim, source, pub, measure, scale, currency, day)
        )
    ):  # (not when the year said holds and a year of the span said breaks it)
        verdict = "unverifiable"
        claim.doubts.append(f"the figure agrees with {other}, which the text may mean instead")
    elif not ok and not failing and (unreached := unreached_year(claim, source, pub, measure,
                                                                 currency, day)):  # fmt: skip
        verdict = "unverifiable"
        claim.doubts.append(unreached)
    elif not ok and claim.other_body:
        verdict = "unverifiable"
        claim.doubts.append(f"the article gives its figures from {claim.other_body}, whose data "
                            "milex does not hold, and does not say this one is NATO's")  # fmt: skip
    elif not ok and claim.converted_pair and measure.startswith("spending_nc"):
        verdict = "unverifiable"
        claim.doubts.append("SIPRI gives its figures in US dollars: the sum beside the dollars "
                            "may be the writer's conversion of them, not SIPRI's own figure in "
                            "national currency")  # fmt: skip
    elif not ok and (budget := national_budget(claim)):
        verdict = "unverifiable"
        claim.doubts.append(budget)
    elif not ok and claim.earlier_edition and (older := _older_agrees(claim, pub, others)):
        # "the 4.12% announced at the time": an earlier estimate, but the text does not say
        # which one; an edition earlier still that agrees leaves it open
        verdict = "unverifiable"
        claim.doubts.append(older)
    # (the text names the very release held, "NATO's figure, published last June": judged on
    # it, whatever releases milex lacks came after)
    named_held = (claim.named_month, claim.named_edition) == (pub.published.month,
                                                              pub.published.year)  # fmt: skip
    current = not claim.earlier_edition and not named_note and not named_held  # the day's release
    lag = "edition" if before_first else ev.stale(source, day)
    if not lag and fallback and not named_note:
        lag = (
            "update"  # agreeing with the older table is support; disagreeing, only beyond revisions
        )
    if not lag and claim.day_release and (day - pub.published).days > _DAY_RELEASE_DAYS:
        # "Today I can share our latest figures": a release of the article's day, and the
        # edition held came out long before it: judged as against a release milex lacks
        lag = "update"
    if verdict != "unverifiable" and current and lag:
        held = [shown] + [o["value"] for o in others]
        if claim.kind == "spending_amount" and claim.price_base is None:
            # the release of the day may state constant prices of a recent base year (NATO's
            # annual reports do): the figure at those prices, from the tables held, bounds it too
            held += rebased(claim, source, pub, measure, scale, currency)
        spread = ev.revision_spread(source, measure) / scale
        # (only a final figure of an edition held from before the date: an estimate of the
        # year is what the releases since have revised)
        bracketed = not before_first and not row.estimate
        verdict = stale_verdict(claim, ok, lag, held, spread, bracketed=bracketed)
        if verdict != "unverifiable" and held_agree(claim, held, bracketed):
            note = "; ".join(x for x in (note, SETTLED) if x)
    if verdict == "contradicted" and claim.year is not None and claim.year > day.year:
        verdict = "unverifiable"  # "from 2024 Spain will spend 2%", written in 2023: a plan
        claim.doubts.append(f"a figure for {claim.year}, after the article's date, is a plan or "
                            "a forecast that later data cannot prove wrong")  # fmt: skip
    revised = revised_text(pub, others, shown, row.basis)
    text = explain(claim, pub, shown, row.estimate, ok, verdict, note, conv, revised)
    doubt = (
        ev.basis_doubt(pub, others) if verdict == "contradicted" and not claim.core_named else ""
    )
    if doubt:
        verdict, text = "unverifiable", f"{doubt[0].upper()}{doubt[1:]}. {text}"
    return Checked(claim, verdict, text, tolerance, evid, others, revised)


# how many days after an edition held its figures may still be announced as 'today's'
_DAY_RELEASE_DAYS: int = 3


def _start_guessed(claim: Claim, day: date, summed: bool) -> Checked:
    """'from 2.08% to 2.00%', the start undated: supported when the year before the end
    point's agrees (the plain reading of a move from one year to the next), or the one past
    year the sentence before named ('When Russia invaded in 2022, ...' then 'from 2.2% to
    4.5%'), or the start of the span the sentence sets the move in ('over the decade');
    otherwise unverifiable, as the start may be of any earlier year."""
    if claim.start_guess is not None and claim.start_guess == claim.start_span:
        # "Canada 1.27% this year, down from 0.99% in 2018; Norway 1.70%, up from 1.96%": the
        # year before the end point's is the year the sentence dates the other start by, two
        # readings that agree: the start's year, judged either way
        firm = copy.deepcopy(claim)
        firm.year, firm.doubts, firm.year_basis = claim.start_guess, [], "loose"
        firm.start_guess, firm.start_carried, firm.start_span = None, None, None
        judged = _measured(firm, day, summed)
        judged.explanation += (f" The text gives no year for the starting point: read as "
                               f"{firm.year}, the year before the end point's and "
                               f"{claim.start_span_why}.")  # fmt: skip
        return judged
    guesses = [(y, why) for y, why in ((claim.start_guess, "the year before the end point's"),
                                      (claim.start_carried, "the year the sentence before "
                                       "names"),
                                      (claim.start_span, claim.start_span_why))
               if y is not None]  # fmt: skip
    found: Checked | None = None
    for year, why in guesses:
        trial = copy.deepcopy(claim)
        trial.year, trial.doubts, trial.year_basis = year, [], "loose"
        trial.start_guess, trial.start_carried, trial.start_span = None, None, None
        found = _measured(trial, day, summed)
        if found.verdict == "supported":
            found.explanation += (f" The text gives no year for the starting point: read as "
                                  f"{year}, {why}.")  # fmt: skip
            return found
    assert found is not None
    tried = " nor ".join(f"{why} ({year})" for year, why in guesses)
    tried = f"neither {tried} agrees" if len(guesses) > 1 else f"{tried} does not agree"
    return unverifiable(claim, f"{START_UNSAID}; {tried}, and the text may start from any "
                               "earlier year", found.evidence,
                        other_editions=found.other_editions)  # fmt: skip


_COMPARISONS = ("more_than", "at_least", "less_than", "at_most")
# a run of years with no number ("for years") -> the fewest years it can mean (readings.py)
LOOSE_RUNS: dict[str, int] = {k: int(v) for k, v in patterns.load()["loose_runs"].items()}
_CLOSE = re.compile(
    r"(just|slightly|a little|marginally|fractionally|a shade|a touch) ", re.IGNORECASE
)


def _other_source(claim: Claim, day: date) -> Checked:
    _latest_year_of_date(claim, day)
    text = (claim.source_text or "another body").removeprefix("according to ")
    text = text.removesuffix(" says").removesuffix(" said")  # "the defence ministry says"
    name, sep, rest = text.partition(" (")
    if name.isalpha() and len(name) <= 4:  # a body's initials, read in lower case: "IISS"
        text = name.upper() + sep + rest
    return unverifiable(claim, f"the figure is attributed to {text}, whose data milex does not "
                               "hold; NATO's and SIPRI's definitions differ from other bodies'")  # fmt: skip


def _latest_year_of_date(claim: Claim, day: date) -> None:
    """A figure of another body with no year ('Germany spent $86 billion, the IISS said', in
    February 2025) is of the latest year the tables current at the date cover (2024), as a
    NATO or SIPRI figure would be: the year a reader means, not the article's own (but a
    government's budget or forecast speaks of its own year)."""
    if claim.year_basis != "tense" or claim.year is None:
        return
    if not _NATIONAL_BODY.isdisjoint(re.findall(r"[a-z']+", claim.source_text.lower())):
        return  # ("Under the new draft budget, defence spending falls to 2.1%": the budget's year)
    outside = claim.subject_code in _OUTSIDE or regions.is_region(claim.subject_code)
    source = "SIPRI" if outside else "NATO"
    measure = claim.measure or "share_of_gdp"
    pub, _note = ev.edition_for(source, measure, day)
    if pub is None:
        pub, _note = ev.edition_for(source, "share_of_gdp", day)
    if pub is not None:
        ev.settle_tense_year(claim, source, pub.edition, measure, day)
