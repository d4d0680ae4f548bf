"""The guidelines and pledges allies are measured against, as data.

Each commitment says what is measured (a measure of the dataset, or None when NATO's
tables do not measure it), the threshold, who it binds, when it was agreed, by when it is
due, and where it was published. Facts come from the official texts; where only press
copies were available the note says so.
"""

from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass
from datetime import date


@dataclass(frozen=True)
class Commitment:
    id: str
    name: str
    kind: str  # "guideline" (all allies), "pledge" (one ally), "plan" (EU), "fiscal rule"
    measure: str | None  # dataset measure it is judged on; None when NATO does not measure it
    threshold: float
    unit: str
    agreed: date
    deadline: int | None  # year by which it is due; None for a standing floor
    ally: str | None  # ISO3 when it binds one ally
    source_url: str
    note: str = ""

    def as_row(self) -> dict:
        row = asdict(self)
        row["agreed"] = self.agreed.isoformat()
        return row


_WALES = "https://www.nato.int/cps/en/natohq/official_texts_112964.htm"
_VILNIUS = "https://www.nato.int/cps/en/natohq/official_texts_217320.htm"
# The Hague declaration's nato.int page was not among the stored copies; this press page
# reproduces its full text.
_HAGUE = (
    "https://www.firstpost.com/world/"
    "nato-pledges-5-gdp-defense-spending-by-2035-reaffirms-support-for-ukraine-13900463.html"
)
_UK = "https://www.gov.uk/government/speeches/pm-statement-on-defence-spending-25-february-2025"
# The Commission President's statement of 4 March 2025, as reported the same day.
_REARM = (
    "https://sofiaglobe.com/2025/03/04/"
    "vdl-rearm-europe-plan-could-mobilise-close-to-800b-euro-for-a-safe-and-resilient-europe/"
)

COMMITMENTS: tuple[Commitment, ...] = (
    Commitment(
        "2pct",
        "2% of GDP on defence",
        "guideline",
        "share_of_gdp",
        2.0,
        "% of GDP",
        date(2014, 9, 5),
        2024,
        None,
        _WALES,
        "First agreed by defence ministers in 2006; at Wales (2014) allies below 2% undertook "
        "to move towards it within a decade; at Vilnius (11 July 2023, " + _VILNIUS + ") it "
        "became a floor: at least 2% every year.",
    ),
    Commitment(
        "20pct-equipment",
        "20% of defence spending on major equipment",
        "guideline",
        "equipment_share",
        20.0,
        "% of defence expenditure",
        date(2014, 9, 5),
        2024,
        None,
        _WALES,
        "Wales Defence Investment Pledge: major new equipment including related research and "
        "development, within a decade.",
    ),
    Commitment(
        "hague-core",
        "3.5% of GDP on core defence by 2035",
        "guideline",
        "share_of_gdp",
        3.5,
        "% of GDP",
        date(2025, 6, 25),
        2035,
        None,
        _HAGUE,
        "The Hague: 5% of GDP by 2035 = at least 3.5% on core defence (NATO's definition, the "
        "part NATO's tables measure) + up to 1.5% on defence- and security-related spending, "
        "which NATO's tables do not measure. Trajectory reviewed in 2029. Spain obtained "
        "flexibility and says it will stay around 2.1%.",
    ),
    Commitment(
        "hague-total",
        "5% of GDP on defence and security by 2035",
        "guideline",
        None,
        5.0,
        "% of GDP",
        date(2025, 6, 25),
        2035,
        None,
        _HAGUE,
        "Core (3.5%) plus related (up to 1.5%) spending; the related part is not in NATO's "
        "expenditure tables, so the total cannot be scored from them.",
    ),
    Commitment(
        "uk-2.5pct",
        "United Kingdom: 2.5% of GDP from April 2027",
        "pledge",
        "share_of_gdp",
        2.5,
        "% of GDP",
        date(2025, 2, 25),
        2027,
        "GBR",
        _UK,
        "2.6% counting the intelligence services; funded by cutting aid from 0.5% to 0.3% of "
        "GNI. The UK fiscal year 2027/28 is NATO's 2027.",
    ),
    Commitment(
        "uk-3pct",
        "United Kingdom: 3% of GDP in the next parliament",
        "pledge",
        "share_of_gdp",
        3.0,
        "% of GDP",
        date(2025, 2, 25),
        None,
        "GBR",
        _UK,
        "An ambition for the parliament after the election due by 2029; no year was set.",
    ),
    Commitment(
        "spain-2.1pct",
        "Spain: about 2.1% of GDP (its reading of The Hague)",
        "pledge",
        "share_of_gdp",
        2.1,
        "% of GDP",
        date(2025, 6, 22),
        None,
        "ESP",
        _HAGUE,
        "Spain's government said it would not commit to 5% and would keep core defence "
        "spending around 2.1%; the declaration itself names no exception.",
    ),
    Commitment(
        "de-debt-brake-1pct",
        "Germany: defence spending above 1% of GDP exempt from the debt brake",
        "fiscal rule",
        None,
        1.0,
        "% of GDP",
        date(2025, 3, 18),
        None,
        "DEU",
        "https://euro-sd.com/2025/03/major-news/43183/german-defence-spending-rise",
        "Basic Law amended by the Bundestag on 18 March 2025 (513 to 207) and the Bundesrat on "
        "21 March 2025. A fiscal rule, not a target: nothing to meet.",
    ),
    Commitment(
        "rearm-europe",
        "EU ReArm Europe / Readiness 2030: close to EUR 800 bn",
        "plan",
        None,
        800.0,
        "billion EUR",
        date(2025, 3, 4),
        2029,
        None,
        _REARM,
        "EUR 150 bn of SAFE loans (adopted 27 May 2025) + close to EUR 650 bn of fiscal space "
        "over four years if EU member states raise defence spending by 1.5% of GDP on average.",
    ),
)

_BY_ID = {c.id: c for c in COMMITMENTS}
_ALIASES = {
    "2": "2pct",
    "2%": "2pct",
    "two-percent": "2pct",
    "20": "20pct-equipment",
    "20%": "20pct-equipment",
    "equipment": "20pct-equipment",
    "3.5": "hague-core",
    "3.5%": "hague-core",
    "3.5pct": "hague-core",
    "hague": "hague-core",
    "5": "hague-total",
    "5%": "hague-total",
    "5pct": "hague-total",
}


def commitment(key: str) -> Commitment:
    """Look up a commitment by id or a common shorthand ("2%", "3.5", "equipment")."""
    from milex.errors import UnknownName

    k = str(key).strip().lower()
    k = _ALIASES.get(k, k)
    if k not in _BY_ID:
        raise UnknownName("guideline", key, difflib.get_close_matches(k, list(_BY_ID), n=3))
    return _BY_ID[k]


def scored_guidelines() -> list[Commitment]:
    """Guidelines for all allies that NATO's tables can score."""
    return [c for c in COMMITMENTS if c.kind == "guideline" and c.measure]


# The figures a commitment's text states besides its headline threshold: the parts of a plan,
# the variants of a pledge. The claim checker compares published figures with these; the
# headline of each commitment (threshold, deadline) is one of them too, see `figures()`.
@dataclass(frozen=True)
class PolicyFigure:
    id: str
    commitment: str  # id in COMMITMENTS
    name: str
    value: float
    unit: str  # "% of GDP", "% of defence expenditure", "billion EUR", "billion GBP a year"
    qualifier: str  # how the text states it: "exactly", "close to", "at least", "up to", "about"
    year: int | None  # the year it applies in or from; None when not tied to one
    deadline: int | None  # the year by which it is due
    agreed: date
    ally: str | None  # ISO3, "EU" for the European Union, None for all allies
    note: str = ""


FIGURES: tuple[PolicyFigure, ...] = (
    PolicyFigure("2pct-floor", "2pct", "Vilnius: at least 2% of GDP every year, a floor", 2.0,
                 "% of GDP", "at least", None, None, date(2023, 7, 11), None,
                 "Vilnius Summit Communiqué, paragraph 27."),
    PolicyFigure("hague-related", "hague-total",
                 "The Hague: up to 1.5% of GDP on defence- and security-related spending", 1.5,
                 "% of GDP", "up to", None, 2035, date(2025, 6, 25), None,
                 "Critical infrastructure, networks, civil preparedness and resilience, "
                 "innovation, the defence industrial base."),
    PolicyFigure("uk-2.6pct-intelligence", "uk-2.5pct",
                 "United Kingdom: 2.6% of GDP from 2027 counting the intelligence services",
                 2.6, "% of GDP", "exactly", 2027, None, date(2025, 2, 25), "GBR"),
    PolicyFigure("uk-13.4bn", "uk-2.5pct",
                 "United Kingdom: GBP 13.4 bn more on defence every year from 2027", 13.4,
                 "billion GBP a year", "exactly", 2027, None, date(2025, 2, 25), "GBR",
                 "The extra spending the 2.5% pledge means, per the Downing Street release."),
    PolicyFigure("uk-4.1pct-hague", "uk-2.5pct",
                 "United Kingdom: at least 4.1% of GDP on defence and security in 2027 under "
                 "The Hague's definitions", 4.1, "% of GDP", "at least", 2027, None,
                 date(2025, 6, 25), "GBR",
                 "Said by the Prime Minister at The Hague; reported by the press only (medium "
                 "confidence); 2.6% of it core defence."),
    PolicyFigure("de-infrastructure-fund", "de-debt-brake-1pct",
                 "Germany: a EUR 500 bn special fund for infrastructure outside the debt brake",
                 500.0, "billion EUR", "exactly", None, None, date(2025, 3, 18), "DEU",
                 "Voted with the Basic Law amendment (Bundestag 18 March 2025)."),
    PolicyFigure("de-climate-100bn", "de-debt-brake-1pct",
                 "Germany: EUR 100 bn of the infrastructure fund for climate protection", 100.0,
                 "billion EUR", "exactly", None, None, date(2025, 3, 18), "DEU"),
    PolicyFigure("rearm-safe", "rearm-europe",
                 "ReArm Europe: EUR 150 bn of loans (SAFE, adopted 27 May 2025)", 150.0,
                 "billion EUR", "up to", None, None, date(2025, 3, 4), "EU",
                 "Proposed 4 March 2025, adopted by the Council 27 May 2025."),
    PolicyFigure("rearm-fiscal-space", "rearm-europe",
                 "ReArm Europe: close to EUR 650 bn of fiscal space over four years", 650.0,
                 "billion EUR", "close to", None, 2029, date(2025, 3, 4), "EU",
                 "National escape clause of the Stability and Growth Pact."),
    PolicyFigure("rearm-average-rise", "rearm-europe",
                 "ReArm Europe: an average rise in defence spending of 1.5% of GDP behind the "
                 "fiscal space", 1.5, "% of GDP", "exactly", None, None, date(2025, 3, 4), "EU"),
)  # fmt: skip

# How each headline is stated in the official text (the part `Commitment` does not record).
_HEADLINE_QUALIFIER = {
    "rearm-europe": "close to",
    "hague-core": "at least",
    "spain-2.1pct": "about",
}
_HEADLINE_YEAR = {"uk-2.5pct": 2027}


# The years each guideline was agreed (policy facts guideline_2006, wales_2pct, vilnius_floor,
# hague_*), and what happened then; "floor" marks the year it became a binding minimum.
MILESTONES: dict[str, dict[int, str]] = {
    "2pct": {2006: "first agreed by NATO defence ministers",
             2014: "pledged at the Wales Summit (5 September 2014)",
             2023: "made an enduring floor at the Vilnius Summit (11 July 2023)"},
    "20pct-equipment": {2014: "pledged at the Wales Summit (5 September 2014)"},
    "hague-core": {2025: "agreed at The Hague Summit (25 June 2025)"},
    "hague-total": {2025: "agreed at The Hague Summit (25 June 2025)"},
}  # fmt: skip
FLOOR_YEAR = {"2pct": 2023}


def figures() -> list[PolicyFigure]:
    """Every figure the commitments state: each headline threshold, then the parts in FIGURES."""
    out = []
    for c in COMMITMENTS:
        ally = "EU" if c.kind == "plan" else c.ally
        deadline = None if c.id in _HEADLINE_YEAR else c.deadline
        out.append(
            PolicyFigure(c.id, c.id, c.name, c.threshold, c.unit,
                         _HEADLINE_QUALIFIER.get(c.id, "exactly"), _HEADLINE_YEAR.get(c.id),
                         deadline, c.agreed, ally, c.note)
        )  # fmt: skip
    return out + list(FIGURES)


# Days on which the commitments' events took place, from the policy facts (the row each
# comes from is named): the day a summit adopted its declaration, a programme was adopted, a
# chamber voted. Only the declaration's day of a summit is held, not the summit's other days.
@dataclass(frozen=True)
class Event:
    id: str
    name: str
    kind: str  # "summit", "adoption", "vote"
    day: date
    subject: str  # "NATO", "EU" or the ISO3 code of the ally
    fact: str  # id of the row in the policy-facts table
    precision: str = "day"  # "year" when only the year is held


EVENTS: tuple[Event, ...] = (
    Event("wales-summit", "the Wales Summit Declaration", "summit", date(2014, 9, 5), "NATO",
          "wales_2pct"),
    Event("vilnius-summit", "the Vilnius Summit Communiqué", "summit", date(2023, 7, 11), "NATO",
          "vilnius_floor"),
    Event("hague-summit", "The Hague Summit Declaration", "summit", date(2025, 6, 25), "NATO",
          "hague_5pct_total"),
    Event("hague-review", "the review of The Hague's spending trajectory", "review",
          date(2029, 1, 1), "NATO", "hague_review_2029", "year"),
    Event("safe-adopted", "the Council's adoption of the SAFE regulation", "adoption",
          date(2025, 5, 27), "EU", "safe_adopted"),
    Event("bundestag-vote", "the Bundestag's vote exempting defence from the debt brake", "vote",
          date(2025, 3, 18), "DEU", "de_debt_brake_bundestag"),
    Event("bundesrat-vote", "the Bundesrat's vote exempting defence from the debt brake", "vote",
          date(2025, 3, 21), "DEU", "de_debt_brake_bundesrat"),
)  # fmt: skip
