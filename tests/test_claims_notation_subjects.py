"""How a figure is written and whose it is: a dot between thousands in text with decimal
commas, a round count of people, the group 'Europe and Canada', a rank by money beside a
share in brackets, a company's share price after an ally's figure, and a summit's name before
its guideline.

Values from NATO's 2024 edition (17 June 2024) unless said otherwise.
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, date: str) -> dict:
    return {(c.claim.kind, c.claim.subject, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


def by_value(text: str, date: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=date).claims}


# --- a round count of people is bounded like an amount of money -----------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Canada 2024e: 77.056 thousand personnel; 100,000 overstates it by 30%
        ("Canada's armed forces number about 100,000 personnel.", "contradicted"),
        ("Canada's regular force numbers 100,000, NATO figures show.", "contradicted"),
        ("Canada's armed forces number roughly 77,000 personnel.", "supported"),
        # Poland 2024e: 216.081 thousand; 200,000 is 8% short, more than an amount's 5%
        ("Poland fields 200,000 troops, NATO says.", "contradicted"),
        ("Poland fields some 216,000 troops, NATO says.", "supported"),
        # Germany 2024e: 185.641 thousand, within 5% of 'about 180,000'
        ("Germany has about 180,000 soldiers, NATO says.", "supported"),
    ],
)
def test_a_round_headcount_is_within_five_percent(text, verdict):
    got = [c for c in milex.check(text, date="2024-07-01").claims if c.claim.kind == "personnel"]
    assert [c.verdict for c in got] == [verdict]
    if verdict == "contradicted" and "about" not in text:
        assert "within 5%" in got[0].tolerance  # the bound says so


# --- a dot between thousands ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "value", "verdict"),
    [
        # Spain 2024e: EUR 19,723.45 m; the text writes its share with a decimal comma
        ("This year Spain puts 19.723 million euros into defence, 1,28% of its GDP, NATO says.",
         "2024-06-20", 19723.0, "supported"),
        # a wrong amount written the same way is still wrong (EUR 19,723 m, not 18,723)
        ("According to NATO, Spain's defence spending this year is 18.723 million euros, 1,28% "
         "of GDP.",
         "2024-06-20", 18723.0, "contradicted"),
        # Italy 2023: EUR 31,302.95 m; before 'million' an amount's dot separates thousands
        ("According to NATO estimates, in 2023 Rome spent 31.300 million euros on defence.",
         "2024-08-03", 31300.0, "supported"),
        ("NATO estimates that Italy spent EUR 35.300m on defence in 2023.",
         "2024-08-03", 35300.0, "contradicted"),
        # Spain 2024e: USD 21,269.29 m; the decimal commas are in the sentence before
        ("Spain will spend 1,28% of its GDP on defence this year, NATO says. Its estimated "
         "spending is 21.270 million dollars.", "2024-06-18", 21270.0, "supported"),
        # Spain 2024e: 117.4 thousand personnel; no 'million', but the text's decimal commas
        ("Spain spends 1,28% of GDP on defence. Its armed forces number 117.400 personnel, NATO "
         "says.", "2024-07-01", 117.4, "supported"),
        ("Spain spends 1,28% of GDP on defence. Its armed forces number 127.400 personnel, NATO "
         "says.", "2024-07-01", 127.4, "contradicted"),
        # Estonia 2024e: USD 1.44 bn; a billion keeps its decimals ('$1.475 billion' is wrong)
        ("Estonia spent $1.475 billion on defence this year, NATO says.", "2024-07-01", 1.475,
         "contradicted"),
    ],
)  # fmt: skip
def test_a_dot_before_three_digits_separates_thousands(text, date, value, verdict):
    got = by_value(text, date)
    assert got[value].verdict == verdict


# --- 'Europe + Canada': the group, whatever joins its parts ----------------------------------


@pytest.mark.parametrize(
    ("text", "verdicts_by_value"),
    [
        # NATO Europe and Canada 2024e: USD 506.69 bn, real change 17.95%
        ("1/ Allied defence spending is up again this year. 2/ Europe + Canada = $507bn, +18% "
         "real.", {507.0: "supported", 18.0: "supported"}),
        ("Europe & Canada: $507bn on defence in 2024 (+17.9% real). US: $968bn.",
         {507.0: "supported", 17.9: "supported", 968.0: "supported"}),
        ("European allies & Canada: $527bn on defence in 2024, up 15.9% in real terms.",
         {527.0: "contradicted", 15.9: "contradicted"}),
    ],
)  # fmt: skip
def test_a_sign_joins_europe_and_canada(text, verdicts_by_value):
    got = by_value(text, "2024-07-05")
    for value, verdict in verdicts_by_value.items():
        assert got[value].verdict == verdict
        if value != 968.0:
            assert got[value].claim.subject == "Europe and Canada"


# --- 'the second-largest': a budget ranked by money, not by the share beside it --------------


@pytest.mark.parametrize(
    ("text", "ally", "place", "verdict"),
    [
        # 2024e, USD bn: United States 967.71, Germany 97.69, United Kingdom 82.11, France 64.27
        ("In 2024 Germany's defence budget came to US$97.7 billion, or 2.12% of GDP, by NATO's "
         "estimate, which makes it the second-largest in the alliance.", "Germany", 2.0,
         "supported"),
        ("This year the UK's defence expenditure is US$82.1 billion (2.33% of GDP), the "
         "third-biggest in NATO.", "United Kingdom", 3.0, "supported"),
        # France is fourth by money (and 17th by share)
        ("France's defence budget reached $64.3 billion in 2024, or 2.06% of GDP, making it the "
         "second-largest in the alliance.", "France", 2.0, "contradicted"),
        # a share named right after the superlative is ranked as a share: Poland 4.12%, first
        ("Poland's defence budget, at 4.12% of GDP, is the largest share in NATO this year.",
         "Poland", 1.0, "supported"),
    ],
)  # fmt: skip
def test_a_budget_is_ranked_by_money(text, ally, place, verdict):
    got = verdicts(text, "2024-09-01")
    assert got[("ranking", ally, place)] == verdict


# --- a company's share price after an ally's figure --------------------------------------------


@pytest.mark.parametrize(
    "mover",
    ["Hensoldt climbed 5.3%.", "Saab shares jumped by 4%.", "Thales gained 3.1% in Paris."],
)
def test_a_company_moving_is_not_the_ally_before(mover):
    # Germany 2024e: 2.12% of GDP, real change 29.45%: the company's move is not Germany's,
    # but spending rising in the sentence after it still is ('Spending' names no company)
    text = (f"NATO said on Monday that Germany would spend 2.12% of GDP on defence this year. "
            f"{mover} Spending rose 29.4% in real terms.")  # fmt: skip
    got = milex.check(text, date="2024-06-18").claims
    assert [(c.claim.value, c.claim.subject, c.verdict) for c in got] == [
        (2.12, "Germany", "supported"),
        (29.4, "Germany", "supported"),
    ]


# --- a summit's name right before a guideline's value --------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # 2026 ed. (core): Estonia 5.10, Lithuania 5.33; The Hague: 3.5% core, 5% in all
        ("Core spending this year: Estonia 5.10%, Lithuania 5.33%. The Hague 3.5% already "
         "cleared by both.", "2026-07-08", 3.5),
        ("Spain is at 1.28% this year, NATO says. The Hague 5% is a long way off for Madrid.",
         "2026-07-08", 5.0),
        # 2024 ed.: Poland 4.12%; Wales: 2% of GDP
        ("Poland is at 4.12% this year, NATO says. The Wales summit 2% is long behind it.",
         "2024-07-08", 2.0),
    ],
)  # fmt: skip
def test_a_summit_before_a_value_names_its_guideline(text, date, value):
    got = by_value(text, date)
    assert got[value].claim.kind == "guideline_value"
    assert got[value].claim.subject == "NATO"
    assert got[value].verdict == "supported"
