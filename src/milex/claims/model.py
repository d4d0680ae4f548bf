"""What the claim checker hands from step to step: a claim, the evidence, the verdict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

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
    "share_of_government_spending",  # military spending as a share of government spending (SIPRI's)
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
# a ranking's measure_basis when no words or figures give its table ("Canada ranks 27th of
# the 31 allies"): read by share of GDP, which may support it but never refute it
UNSTATED_BASIS: str = "unstated"
# the most allies a vague count of none allows ("almost no ally", "hardly any ally"): said of
# 0 to 3 it agrees; said of more it is judged only when at least half of them are at the level
VAGUE_FEW: float = 3.0


def field_values(obj) -> tuple:
    """A data class's fields in order: what its written-out __init__ takes to rebuild it.

    Such a class (Claim, Token, Quantity, ...: mypyc compiles an __init__ written in the class,
    not the one @dataclass generates) returns (type, field_values(self)) from __reduce__, as
    copy.deepcopy and pickle (the web's check pool sends reports between processes) could not
    otherwise make one: a compiled class runs its __init__ when it is created.
    """
    return tuple(getattr(obj, f.name) for f in fields(obj))


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
    # "future": no time words, future tense (the article's year); "header": the year of the
    # list's or table's header above the line
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
    # biggest" (read as the top three), "group" for "among the lowest in NATO" (read as the
    # quarter at that end), the allies ranked ("europe": without the US and Canada)
    # and where the ranked table came from ("stated", "figures", "carried" from a sentence before;
    # on a sum, "labelled": its own words say current prices, "$34.5bn in current dollars")
    # (rank_scope "eu" on a count: counted among the allies that are EU member states)
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
    # the allies a count names as all it counts ('Four allies - Poland, Lithuania, Latvia and
    # Estonia - spend more than 3.5%'): one of them not at the level makes the count wrong
    counted: list[str] = field(default_factory=list)
    average: bool = (
        False  # "the NATO average", "on average": perhaps the allies' mean, not the total
    )
    earlier_edition: bool = False  # "the 23 previously estimated": an earlier edition's figure
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
    # read as a share of GDP under a table's header that names no measure ("| Ally | 2014 |
    # 2024 |"): agreeing supports, disagreeing may be another measure's figure
    measure_unstated: bool = False
    # a rise named as a noun with no time in its sentence ("cited a 70% increase in defence
    # spending"): agreeing with the latest year supports, disagreeing may be another period's
    period_unstated: bool = False
    # the latest year the article gives figures of this claim's source for, when only a
    # release milex does not hold covers it ("in 2025 ..., SIPRI said on Monday"): that
    # release was out by the article's date, and a figure with no year may be of that year
    year_out_named: int | None = None
    named_edition: int | None = None  # "the estimate NATO published in June 2024": its year
    named_month: int | None = None  # and the month it was published in, when the text says it
    # a body other than NATO and SIPRI that the article names before any of them, as the
    # source of its data ("the European Defence Agency"): an unattributed figure that NATO's
    # tables contradict may be that body's
    other_body: str = ""
    # the figure's clause says "core defence": the 2026 edition's measure, so a figure of the
    # older definition is no excuse for a disagreement with it
    core_named: bool = False
    # the words beside an amount name a national budget line ("the regular defence budget of
    # EUR 51.95 billion", "EUR 19.8 billion from the special fund"): not NATO's measure
    budget_line: bool = False
    # a sum in national currency beside its own conversion into US dollars, given as SIPRI's
    # ("EUR 77.8 billion ($88.5 billion)"): SIPRI's own figure when it agrees, perhaps the
    # writer's conversion of the dollars when it does not
    converted_pair: bool = False
    # a comparison with 'still' and a 'since' ("a share still under 1.5% since 2014"): the
    # level now is claimed, a run over every year since perhaps not; the run's failing years
    # alone do not make it wrong
    since_unsure: bool = False
    # the words of a run of years said with no number ("for years", "for a decade": see
    # patterns "loose_runs"): a comparison held every year of the run ending in the claim's
    # year, the run's length the fewest years the words can mean; "" when none
    since_words: str = ""
    # the starting point of 'from X to Y' no words date: the year before the end point's,
    # the one reading under which it may be supported (never contradicted: verify.py)
    start_guess: int | None = None
    # the text gives the figures of a release it says comes out on its own day ("Today I can
    # share our latest figures."): one milex does not hold unless an edition held came out then
    day_release: bool = False
    # and the one past year the sentence before named ("When Russia invaded in 2022, ..." then
    # "Poland's share has doubled, from 2.2% to 4.5%"), the other reading under which it may
    # be supported (never contradicted either)
    start_carried: int | None = None
    # and the dated start of another ally's move in the same sentence ("Latvia went from
    # 0.94% (2014) to 3.15% (2024), and Lithuania from 0.88% to 2.58% over the same period"),
    # a third such reading, with its reason
    start_span: int | None = None
    start_span_why: str = ""
    # read as a share of GDP though no word near it names GDP ("Italy's spending moved just
    # 0.1% in real terms ... the UK managed 0.87%"): the default reading of a percentage, so a
    # figure that disagrees but agrees with the subject's real change may mean that instead
    gdp_unnamed: bool = False
    # the subjects given another figure of the same kind and year in the figure's sentence
    # ("Latvia is at 3.38% and Estonia at 3.73%": Estonia's is the 3.73): no other reading
    # of this figure makes it theirs (alternatives.py)
    rivals: list[str] = field(default_factory=list)
    # the kinds of the other figures of the same subject and year in the sentence
    # ("equipment 38.2%, personnel 31.0%"): no other reading of this figure is of those
    kinds_taken: list[str] = field(default_factory=list)
    # a year written right beside the figure ("2.37% in 2023", "last year's 3.4%"), or years
    # paired with figures by 'respectively': its year is settled, though the sentence names
    # others
    year_beside: bool = False
    # how the subject was guessed rather than read ("'we' read as the one ally the text
    # names"): a figure so owned is judged only to support, never called wrong
    subject_guess: str = ""
    # a count of allies the text gives as a share of them ("two-thirds of the allies"): that
    # share in percent (66.7), reported as the claim's value once judged; `value` holds the
    # count it stands for over the members (21.33 of 32), on which it is judged
    of_allies: float | None = None

    # Written out (the defaults as above; a list's None is a new empty list): mypyc compiles
    # this __init__, where the one @dataclass generates would run interpreted for every
    # figure read (tests/test_claims_model.py checks that the two agree).
    def __init__(
        self,
        kind: str,
        value: float,
        unit: str,
        text: str,
        sentence: int,
        start: int,
        end: int,
        subject: str | None = None,
        subject_code: str | None = None,
        measure: str | None = None,
        year: int | None = None,
        year_basis: str = "stated",
        high: float | None = None,
        hedge: str | None = None,
        precision: int = 0,
        currency: str | None = None,
        source: str = "NATO",
        source_text: str = "",
        speaker: str | None = None,
        in_quote: bool = False,
        total: int | None = None,
        threshold: float | None = None,
        threshold_high: float | None = None,
        threshold_guessed: bool = False,
        comparator: str | None = None,
        order: str | None = None,
        milestone: str | None = None,
        ranked_with: list[str] | None = None,
        rank_scope: str | None = None,
        measure_basis: str = "stated",
        deadline: int | None = None,
        deadline_apart: bool = False,
        within: int | None = None,
        since: int | None = None,
        price_base: str | None = None,
        as_of: str | None = None,
        stated_days: list[str] | None = None,
        ahead_of: str | None = None,
        joiners: list[str] | None = None,
        members: list[str] | None = None,
        counted: list[str] | None = None,
        average: bool = False,
        earlier_edition: bool = False,
        figures: list[str] | None = None,
        doubts: list[str] | None = None,
        nearby_subjects: list[str] | None = None,
        own_subjects: list[str] | None = None,
        nearby_years: list[int] | None = None,
        policy_words: bool = False,
        spent: bool = False,
        commitment_named: bool = False,
        real_unstated: bool = False,
        measure_unstated: bool = False,
        period_unstated: bool = False,
        year_out_named: int | None = None,
        named_edition: int | None = None,
        named_month: int | None = None,
        other_body: str = "",
        core_named: bool = False,
        budget_line: bool = False,
        converted_pair: bool = False,
        since_unsure: bool = False,
        since_words: str = "",
        start_guess: int | None = None,
        day_release: bool = False,
        start_carried: int | None = None,
        start_span: int | None = None,
        start_span_why: str = "",
        gdp_unnamed: bool = False,
        rivals: list[str] | None = None,
        kinds_taken: list[str] | None = None,
        year_beside: bool = False,
        subject_guess: str = "",
        of_allies: float | None = None,
    ) -> None:
        self.kind = kind
        self.value = value
        self.unit = unit
        self.text = text
        self.sentence = sentence
        self.start = start
        self.end = end
        self.subject = subject
        self.subject_code = subject_code
        self.measure = measure
        self.year = year
        self.year_basis = year_basis
        self.high = high
        self.hedge = hedge
        self.precision = precision
        self.currency = currency
        self.source = source
        self.source_text = source_text
        self.speaker = speaker
        self.in_quote = in_quote
        self.total = total
        self.threshold = threshold
        self.threshold_high = threshold_high
        self.threshold_guessed = threshold_guessed
        self.comparator = comparator
        self.order = order
        self.milestone = milestone
        self.ranked_with = [] if ranked_with is None else ranked_with
        self.rank_scope = rank_scope
        self.measure_basis = measure_basis
        self.deadline = deadline
        self.deadline_apart = deadline_apart
        self.within = within
        self.since = since
        self.price_base = price_base
        self.as_of = as_of
        self.stated_days = [] if stated_days is None else stated_days
        self.ahead_of = ahead_of
        self.joiners = [] if joiners is None else joiners
        self.members = [] if members is None else members
        self.counted = [] if counted is None else counted
        self.average = average
        self.earlier_edition = earlier_edition
        self.figures = [] if figures is None else figures
        self.doubts = [] if doubts is None else doubts
        self.nearby_subjects = [] if nearby_subjects is None else nearby_subjects
        self.own_subjects = [] if own_subjects is None else own_subjects
        self.nearby_years = [] if nearby_years is None else nearby_years
        self.policy_words = policy_words
        self.spent = spent
        self.commitment_named = commitment_named
        self.real_unstated = real_unstated
        self.measure_unstated = measure_unstated
        self.period_unstated = period_unstated
        self.year_out_named = year_out_named
        self.named_edition = named_edition
        self.named_month = named_month
        self.other_body = other_body
        self.core_named = core_named
        self.budget_line = budget_line
        self.converted_pair = converted_pair
        self.since_unsure = since_unsure
        self.since_words = since_words
        self.start_guess = start_guess
        self.day_release = day_release
        self.start_carried = start_carried
        self.start_span = start_span
        self.start_span_why = start_span_why
        self.gdp_unnamed = gdp_unnamed
        self.rivals = [] if rivals is None else rivals
        self.kinds_taken = [] if kinds_taken is None else kinds_taken
        self.year_beside = year_beside
        self.subject_guess = subject_guess
        self.of_allies = of_allies

    def __reduce__(self) -> tuple:  # (see model.field_values)
        return type(self), field_values(self)

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

    # written out for mypyc, as Claim's
    def __init__(
        self,
        source: str,
        edition: int | None,
        published: str | None,
        table: str | None,
        measure: str | None,
        unit: str | None,
        country: str | None,
        year: int | None,
        value: float | None,
        estimate: bool | None = None,
        price_base: str | None = None,
        file: str | None = None,
        sheet: str | None = None,
        cell: str | None = None,
        note: str = "",
        basis: str | None = None,
    ) -> None:
        self.source = source
        self.edition = edition
        self.published = published
        self.table = table
        self.measure = measure
        self.unit = unit
        self.country = country
        self.year = year
        self.value = value
        self.estimate = estimate
        self.price_base = price_base
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.note = note
        self.basis = basis

    def __reduce__(self) -> tuple:  # (see model.field_values)
        return type(self), field_values(self)

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

    # written out for mypyc, as Claim's (the list's None: a new empty list)
    def __init__(
        self,
        claim: Claim,
        verdict: str,
        explanation: str,
        tolerance: str = "",
        evidence: Evidence | None = None,
        other_editions: list[dict] | None = None,
        revised: str | None = None,
    ) -> None:
        self.claim = claim
        self.verdict = verdict
        self.explanation = explanation
        self.tolerance = tolerance
        self.evidence = evidence
        self.other_editions = [] if other_editions is None else other_editions
        self.revised = revised

    def __reduce__(self) -> tuple:  # (see model.field_values)
        return type(self), field_values(self)

    def as_dict(self) -> dict:
        out: dict[str, object] = {"claim": self.claim.as_dict(), "verdict": self.verdict}
        out["explanation"] = self.explanation
        out["tolerance"] = self.tolerance
        out["evidence"] = self.evidence.as_dict() if self.evidence else None
        out["other_editions"] = self.other_editions
        out["revised"] = self.revised
        return out
