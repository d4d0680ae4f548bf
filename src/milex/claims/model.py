"""What the claim checker hands from step to step: a claim, the evidence, the verdict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = (
    "share_of_gdp",
    "spending_amount",
    "count_meeting",
    "guideline_value",
    "membership_count",
    "policy_amount",
    "equipment_share",
    "personnel_share",
    "infrastructure_share",
    "other_share",
    "real_change",
    "ranking",
    "personnel",
    "accession",
    "alliance_share",
    "commitment_year",
    "unread",  # a defence figure no reader could place: reported, never judged
    "event_date",
    "streak",
    "world_share",
    "first_time",
    "coverage",
    "ratio",
    "eu_count",
)
VERDICTS = ("supported", "contradicted", "unverifiable")


@dataclass
class Claim:
    """One checkable figure as the text states it, turned into a question on the data."""

    kind: str
    value: float  # as stated, in `unit` ("USD bn": 968 for $968bn)
    unit: str  # "%", "USD bn", "EUR tn", "allies", "rank", "members"
    text: str  # the words of the figure, hedge included: "more than 4%"
    sentence: int  # index of the sentence in the article
    start: int  # character offsets of `text` in the article
    end: int
    subject: str | None = None  # display name: "Poland", "NATO", "Europe and Canada", "EU"
    subject_code: str | None = None  # ISO3, "NATO", "NATO_EC", "EU", "EUROPE"
    measure: str | None = None  # dataset measure it is checked on
    year: int | None = None
    # "stated" beside the figure in the text ("loose": further off in its clause); "tense": no time words, present tense (the article's year, or the
    # latest year of the edition current at the date when that edition stops before it);
    # "future": no time words, future tense (the article's year)
    year_basis: str = "stated"
    high: float | None = None  # upper end of a range ("between 2.1 and 2.3%")
    hedge: str | None = None  # about, nearly, barely, more_than, at_least, less_than, at_most,
    # exactly, range, times ("tripled": a round multiple)
    precision: int = 0  # decimals written
    currency: str | None = None
    source: str = "NATO"  # whose figure the text says it is: NATO, SIPRI, other
    source_text: str = ""
    speaker: str | None = None
    in_quote: bool = False
    # kind-specific details: total and threshold of a count, order of a ranking, deadline of a
    # guideline, base year of a real change, the commitment figures a policy claim may mean
    total: int | None = None
    threshold: float | None = None
    threshold_high: float | None = None  # "between 2% and 2.5%": a band
    threshold_guessed: bool = False  # "the target" with no guideline named before: read as 2%
    comparator: str | None = None  # how allies are counted against the threshold: >=, >, <
    order: str | None = None  # "highest" or "lowest"
    milestone: str | None = None  # a guideline's year: "origin", "renewal" or "floor" (binding)
    # a ranking's details: the allies named together as the top (bottom) N ("Poland and
    # Lithuania lead the way"), "<=" for "among the three biggest", "vague" for "one of the
    # biggest" (read as the top three), the allies ranked ("europe": without the US and Canada)
    # and where the ranked table came from ("stated", "figures", "carried" from a sentence before)
    ranked_with: list[str] = field(default_factory=list)
    rank_scope: str | None = None
    measure_basis: str = "stated"
    deadline: int | None = None
    deadline_apart: bool = False  # the deadline is judged as a claim of its own ("by 2032")
    within: int | None = None  # "within a decade": years after the commitment was agreed
    since: int | None = None
    price_base: str | None = None
    as_of: str | None = None
    # a calendar date the text states for an accession or an event: ["2024-03-07"], a span
    # ["2025-06-26", "2025-06-27"] or a month ["2023-04"]
    stated_days: list[str] = field(default_factory=list)
    ahead_of: str | None = None  # "A and B among the nations ahead of it": the ally they lead
    joiners: list[str] = field(default_factory=list)  # the allies 'seven countries joined' lists
    # the allies a count names, judged together, each on the count's threshold ('eight allies
    # are below 2%: Belgium, Canada, ...'); subject_code is the first of them
    members: list[str] = field(default_factory=list)
    average: bool = (
        False  # "the NATO average", "on average": perhaps the allies' mean, not the total
    )
    earlier_edition: bool = False  # "the 23 previously estimated": an earlier edition's figure  # the day a membership count refers to, when not the article's
    figures: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # why the question may be unclear
    # Other readings the words around the figure allow: allies and groups named in its
    # sentence or carried into it, years named there, and whether commitment words surround
    # it. A disagreement that one of them would explain is not called a contradiction.
    nearby_subjects: list[str] = field(default_factory=list)
    own_subjects: list[str] = field(default_factory=list)  # named in the figure's own stretch
    nearby_years: list[int] = field(default_factory=list)
    policy_words: bool = False  # commitment words around it, and no ally of its own
    spent: bool = False  # a verb of spending right before it ("Britain spent 2.5%")
    commitment_named: bool = False
    real_unstated: bool = False
    # the latest year the article gives figures of this claim's source for, when only a
    # release milex does not hold covers it ("in 2025 ..., SIPRI said on Monday"): that
    # release was out by the article's date, and a figure with no year may be of that year
    year_out_named: int | None = None
    named_edition: int | None = (
        None  # "the estimate NATO published in June 2024": its year  # a change the text does not call real or nominal  # a commitment's figure whose sentence names NATO or it
    )

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Evidence:
    """The published number a claim was compared with, and where it sits in the source."""

    source: str
    edition: int | None
    published: str | None
    table: str | None
    measure: str | None
    unit: str | None
    country: str | None
    year: int | None
    value: float | None
    estimate: bool | None = None
    price_base: str | None = None
    file: str | None = None
    sheet: str | None = None
    cell: str | None = None
    note: str = ""
    basis: str | None = None  # "defence expenditure", "core defence expenditure" (NATO 2026)...

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Checked:
    """A claim with its verdict, the evidence, the tolerance applied and what changed since."""

    claim: Claim
    verdict: str
    explanation: str
    tolerance: str = ""
    evidence: Evidence | None = None
    other_editions: list[dict] = field(default_factory=list)  # {"edition", "value", "verdict"}
    revised: str | None = None  # "revised since: 3.79 in the 2025 edition"

    def as_dict(self) -> dict:
        out = {"claim": self.claim.as_dict(), "verdict": self.verdict}
        out["explanation"] = self.explanation
        out["tolerance"] = self.tolerance
        out["evidence"] = self.evidence.as_dict() if self.evidence else None
        out["other_editions"] = self.other_editions
        out["revised"] = self.revised
        return out
