"""Figures whose source, year or measure a label, a header or a table's printing decides.

Each case: (what it shows, article date, text, expected claims), an expected claim being
(subject, value, year, verdict). The official figure each verdict rests on is in the comment
above the case, read with milex.observations(measure, ally, years=..., edition=...).
"""

from __future__ import annotations

import pytest

import milex

CASES = [
    # --- (a) a bare "NATO" or "SIPRI" beside another body's name labels its own figure -------
    # NATO 2025 edition, Table 3, 2024: Poland 3.79, Germany 2.00; SIPRI (April 2025), 2024:
    # Poland 4.15, Germany 1.89
    (
        "two bodies named, the second as a bare label",
        "2025-09-15",
        "For Poland, SIPRI has 4.2% of GDP in 2024 and NATO 4.15%.",
        [("Poland", 4.2, 2024, "supported"), ("Poland", 4.15, 2024, "contradicted")],
    ),
    (
        "labels before each figure, allies after colons",
        "2025-09-15",
        "Poland: SIPRI 4.2%, NATO 4.15% (2024). Germany: SIPRI 1.9%, NATO 2.0% (2024).",
        [
            ("Poland", 4.15, 2024, "contradicted"),
            ("Germany", 1.9, 2024, "supported"),
            ("Germany", 2.0, 2024, "supported"),
        ],
    ),
    (
        "a label with 'at'",
        "2025-09-15",
        "SIPRI puts Poland at 4.2% of GDP for 2024, NATO at 3.8%.",
        [("Poland", 4.2, 2024, "supported"), ("Poland", 3.8, 2024, "supported")],
    ),
    (
        "possessive labels",
        "2025-09-15",
        "In 2024, SIPRI's 4.2% for Poland compares with NATO's 4.15%.",
        [("Poland", 4.2, 2024, "supported"), ("Poland", 4.15, 2024, "contradicted")],
    ),
    # NATO 2024 edition (current on 1 May 2025), Table 3, 2024e: Poland 4.12
    (
        "the label's figure judged on the edition of the day",
        "2025-05-01",
        "The gap is wider for Poland: SIPRI has 4.5%, NATO 4.1%.",
        [("Poland", 4.5, 2024, "contradicted"), ("Poland", 4.1, 2024, "supported")],
    ),
    (
        "a table whose columns are headed by the two bodies",
        "2025-09-15",
        "| Ally | SIPRI 2024 (% of GDP) | NATO 2024 (% of GDP) |\n|---|---|---|\n"
        "| Germany | 1.9 | 1.89 |\n| Poland | 4.2 | 3.79 |",
        [
            ("Germany", 1.9, 2024, "supported"),
            ("Germany", 1.89, 2024, "contradicted"),
            ("Poland", 4.2, 2024, "supported"),
            ("Poland", 3.79, 2024, "supported"),
        ],
    ),
    (
        "the body after the year in the column's header",
        "2025-09-15",
        "| Ally | 2024, SIPRI (% GDP) | 2024, NATO (% GDP) |\n|---|---|---|\n| Germany | 1.9 | 2.00 |",
        [("Germany", 1.9, 2024, "supported"), ("Germany", 2.0, 2024, "supported")],
    ),
    # --- (d) a writer rounds the figure as NATO prints it (two decimals), not the raw value ---
    # NATO 2024 edition, Table 3, 2024e: Latvia 3.148 (printed 3.15), Lithuania 2.8496 (2.85)
    (
        "the printed two-decimal figure rounded again",
        "2024-06-20",
        "In 2024 the Baltic states lead the way, with Latvia at 3.2% of GDP and Lithuania at 2.9%.",
        [("Latvia", 3.2, 2024, "supported"), ("Lithuania", 2.9, 2024, "supported")],
    ),
    (
        "rounded from the raw value, or from the printed one",
        "2024-06-20",
        "Latvia will spend 3.1% of GDP on defence in 2024 and Lithuania 2.9%.",
        [("Latvia", 3.1, 2024, "supported"), ("Lithuania", 2.9, 2024, "supported")],
    ),
    (
        "one step away from the printed figure is still wrong",
        "2024-06-20",
        "Latvia will spend 3.3% of GDP on defence in 2024 and Lithuania 2.9%.",
        [("Latvia", 3.3, 2024, "contradicted"), ("Lithuania", 2.9, 2024, "supported")],
    ),
    # 'exactly' keeps two decimals: Latvia 3.148 is 3.15, not 3.2
    (
        "'exactly' is read at two decimals",
        "2024-06-20",
        "Latvia will spend exactly 3.2% of GDP on defence in 2024, Lithuania 2.9%.",
        [("Latvia", 3.2, 2024, "contradicted"), ("Lithuania", 2.9, 2024, "supported")],
    ),
    # a printed figure at the half rounds up: NATO 2024 ed. Table 3, Portugal 2024e 1.548,
    # printed 1.55: 1.6 is its rounding (1.5 the raw value's)
    (
        "a printed half rounds up",
        "2024-06-20",
        "Portugal will spend 1.6% of GDP on defence in 2024, not the 1.7% once hoped for.",
        [("Portugal", 1.6, 2024, "supported")],
    ),
    # --- (b) a year on a line of its own heads the items below it ---------------------------
    # NATO 2024 edition, Table 3: Poland 2023 3.26, 2024e 4.12; Germany 2023 1.64, 2024e 2.12
    (
        "a bold year heading, first line of the text",
        "2024-07-01",
        "**2023**\n- Poland – 4.1%\n- Germany – 1.6%",
        [("Poland", 4.1, 2023, "contradicted"), ("Germany", 1.6, 2023, "supported")],
    ),
    # NATO 2024 edition, Table 3, 2014: Poland 1.88, Germany 1.19
    (
        "a markdown heading on the first line",
        "2024-07-01",
        "### 2014\nPoland 1.88%\nGermany 1.19%",
        [("Poland", 1.88, 2014, "supported"), ("Germany", 1.19, 2014, "supported")],
    ),
    (
        "a plain year line after an opening paragraph",
        "2024-07-01",
        "How two allies compare, by NATO's count.\n\n2023\nPoland 3.3%\nGermany 2.1%",
        [("Poland", 3.3, 2023, "supported"), ("Germany", 2.1, 2023, "contradicted")],
    ),
    (
        "two sections, each under its own year",
        "2024-07-01",
        "# 2023\n\n- Poland: 3.26%\n- Germany: 1.64%\n\n# 2014\n\n- Poland: 1.88%\n- Germany: 1.5%",
        [
            ("Poland", 3.26, 2023, "supported"),
            ("Germany", 1.64, 2023, "supported"),
            ("Poland", 1.88, 2014, "supported"),
            ("Germany", 1.5, 2014, "contradicted"),
        ],
    ),
    # --- (c) a header of shares of defence spending: its items are those shares -----------
    # NATO 2024 edition, Table 8, 2024e equipment share: Poland 51.13, Hungary 47.81, Albania
    # 47.74, Belgium 15.16
    (
        "a header of the equipment share over bullets",
        "2024-07-01",
        "Share of defence spending going on major equipment in 2024:\n- Poland 51.1%\n- Belgium 25.2%",
        [("Poland", 51.1, 2024, "supported"), ("Belgium", 25.2, 2024, "contradicted")],
    ),
    (
        "the equipment share first, the budget after",
        "2024-07-01",
        "Equipment share of defence budgets, 2024:\n- Poland 51.1%\n- Hungary 47.8%",
        [("Poland", 51.1, 2024, "supported"), ("Hungary", 47.8, 2024, "supported")],
    ),
    (
        "header and items on one line, the last after a semicolon",
        "2024-07-01",
        "Share of defence spending on major equipment in 2024: Hungary 47.8%, Albania 47.7% and "
        "Poland 51.1%; Belgium trails at 15.2%.",
        [
            ("Hungary", 47.8, 2024, "supported"),
            ("Albania", 47.7, 2024, "supported"),
            ("Poland", 51.1, 2024, "supported"),
            ("Belgium", 15.2, 2024, "supported"),
        ],
    ),
    (
        "a table under a header of the equipment share, bare numbers in its cells",
        "2024-07-01",
        "Share of defence spending going on major equipment:\n\n| Ally | 2024 |\n|---|---|\n"
        "| Poland | 51.1 |\n| Hungary | 37.8 |",
        [("Poland", 51.1, 2024, "supported"), ("Hungary", 37.8, 2024, "contradicted")],
    ),
    # NATO 2024 edition, Table 8, 2024e personnel share: Belgium 50.17, Poland 29.52
    (
        "a header of the personnel share",
        "2024-07-01",
        "Personnel costs as a share of defence spending, 2024:\n- Belgium 50.2%\n- Poland 20.1%",
        [("Belgium", 50.2, 2024, "supported"), ("Poland", 20.1, 2024, "contradicted")],
    ),
    # a share of 51.1% is no ally's share of GDP (Poland 2024: 4.12), and the header does not
    # say of what: no verdict; Belgium's 1.3 is its share of GDP (1.30)
    (
        "a large share under a header that does not say of what",
        "2024-07-01",
        "Where allies stood in 2024:\n- Poland 51.1%\n- Belgium 1.3%",
        [("Poland", 51.1, 2024, "unverifiable"), ("Belgium", 1.3, 2024, "supported")],
    ),
]


def _found(report, subject: str, value: float):
    return [c for c in report.claims if c.claim.subject == subject
            and c.claim.value is not None and abs(c.claim.value - value) < 1e-9]  # fmt: skip


@pytest.mark.parametrize("case, day, text, expected", CASES, ids=[c[0] for c in CASES])
def test_verdicts(case, day, text, expected):
    report = milex.check(text, date=day)
    for subject, value, year, verdict in expected:
        hits = _found(report, subject, value)
        assert hits, f"{case}: no claim {subject} {value}; got " + "; ".join(
            f"{c.claim.subject} {c.claim.value} {c.claim.year}" for c in report.claims
        )
        c = hits[0]
        assert (c.claim.year, c.verdict) == (year, verdict), (case, c.claim.year, c.explanation)


def test_each_label_gives_its_figure_its_source():
    text = "Poland: SIPRI 4.2%, NATO 4.15% (2024)."
    report = milex.check(text, date="2025-09-15")
    assert [(c.claim.value, c.claim.source) for c in report.claims] == [
        (4.2, "SIPRI"),
        (4.15, "NATO"),
    ]


def test_the_tolerance_says_the_printed_figure_was_used():
    report = milex.check("Latvia will spend 3.2% of GDP on defence in 2024.", date="2024-06-20")
    c = _found(report, "Latvia", 3.2)[0]
    assert c.verdict == "supported" and "as published, 3.15" in c.tolerance
