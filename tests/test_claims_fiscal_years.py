"""Relative fiscal years ('last fiscal year', 'the current financial year') for allies whose
fiscal year is not the calendar year.

NATO labels a fiscal year by the calendar year holding most of its months: Canada's and the
UK's 2024 is April 2024 to March 2025, the United States' 2024 October 2023 to September
2024. So in January 2025 Canada's "this fiscal year" is NATO's 2024 and its "last fiscal year"
NATO's 2023; in November 2024 the US's "last fiscal year" is NATO's 2024.

Figures quoted are NATO's 2024 edition (17 June 2024), Table 3, share of GDP (%).
"""

from __future__ import annotations

from datetime import date

import pytest

import milex
from milex.reference.alliance import fiscal_year


def verdicts(text: str, day: str) -> list[tuple[str, str | None, int | None, str]]:
    report = milex.check(text, date=day)
    return [(c.claim.text, c.claim.subject_code, c.claim.year, c.verdict) for c in report.claims]


def test_fiscal_year_labels():
    assert fiscal_year("CAN", date(2025, 1, 20)) == 2024  # FY 2024/25
    assert fiscal_year("GBR", date(2025, 4, 1)) == 2025  # FY 2025/26 has begun
    assert fiscal_year("USA", date(2024, 11, 20)) == 2025  # FY Oct 2024 - Sep 2025
    assert fiscal_year("USA", date(2024, 9, 30)) == 2024
    assert fiscal_year("DEU", date(2025, 1, 20)) == 2025  # the calendar year
    assert fiscal_year("NATO", date(2025, 1, 20)) is None  # no ally, no calendar of its own


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Canada 2024 = 1.37 (FY 2024/25), 2023 = 1.31 (FY 2023/24)
        (
            "Ottawa expects its military outlays to come to 1.37 per cent of GDP this fiscal "
            "year, compared with 1.31 per cent last fiscal year.",
            "2025-01-20",
            [(2024, "supported"), (2023, "supported")],
        ),
        # UK 2023 = 2.30 (FY 2023/24)
        ("Britain spent 2.30% of GDP on defence last fiscal year.", "2025-02-26",
         [(2023, "supported")]),
        ("The UK put 2.30% of national income into defence in the last financial year.",
         "2025-02-26", [(2023, "supported")]),
        # UK 2024 = 2.33 (FY 2024/25, the current one on 20 January 2025)
        ("This fiscal year, the UK devotes 2.33% of GDP to its armed forces.",
         "2025-01-20", [(2024, "supported")]),
        # Canada 2023 = 1.31: with no year before, the date's previous fiscal year
        ("Canada spent 1.31 per cent of GDP on defence in the previous fiscal year.",
         "2025-01-20", [(2023, "supported")]),
        # United States 2024 = 3.38 (FY Oct 2023 - Sep 2024: the last one in November 2024)
        ("The United States spent 3.38% of GDP on defence last fiscal year.", "2024-11-20",
         [(2024, "supported")]),
    ],
)  # fmt: skip
def test_right_figures_of_a_relative_fiscal_year_are_supported(text, day, expected):
    found = [(year, verdict) for _t, _c, year, verdict in verdicts(text, day)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Canada 2023 = 1.31, not 1.20
        ("Canada spent 1.20 per cent of GDP on defence last fiscal year.", "2025-01-20",
         [(2023, "contradicted")]),
        # UK 2023 = 2.30, not 2.40
        ("Britain spent 2.40% of GDP on defence in the past financial year.", "2025-02-26",
         [(2023, "contradicted")]),
        # UK 2024 = 2.33, not 2.50 (this financial year, on 26 February 2025, is 2024/25)
        ("Britain will spend 2.50% of GDP on defence this financial year.", "2025-02-26",
         [(2024, "contradicted")]),
        # United States 2024 = 3.38, not 3.10
        ("The United States spent 3.10% of GDP on defence last fiscal year.", "2024-11-20",
         [(2024, "contradicted")]),
    ],
)  # fmt: skip
def test_wrong_figures_of_a_relative_fiscal_year_are_contradicted(text, day, expected):
    found = [(year, verdict) for _t, _c, year, verdict in verdicts(text, day)]
    assert found == expected


def test_the_us_current_fiscal_year_from_october_is_the_next_label():
    # On 20 November 2024 the US is in fiscal 2025, which the 2024 edition does not cover
    # (3.38 is its 2024): no verdict on the wrong year
    found = verdicts("The United States will spend 3.38% of GDP on defence this fiscal year.",
                     "2024-11-20")  # fmt: skip
    assert [(year, verdict) for _t, _c, year, verdict in found] == [(2025, "unverifiable")]


def test_each_ally_of_a_pair_gets_its_own_fiscal_year():
    # Canada 2023 = 1.31 (FY 2023/24); Germany's fiscal year is the calendar's: 2024 = 2.12
    found = verdicts("Canada and Germany spent 1.31 and 2.12 per cent of GDP last fiscal year.",
                     "2025-01-20")  # fmt: skip
    assert [(code, year, verdict) for _t, code, year, verdict in found] == [
        ("CAN", 2023, "supported"),
        ("DEU", 2024, "supported"),
    ]
    # Canada 2023 = 1.31, not 1.37 (its 2024): contradicted
    found = verdicts("Germany and Canada spent 2.12 and 1.37 per cent of GDP last fiscal year, "
                     "respectively.", "2025-01-20")  # fmt: skip
    assert [(code, year, verdict) for _t, code, year, verdict in found] == [
        ("DEU", 2024, "supported"),
        ("CAN", 2023, "contradicted"),
    ]


def test_the_previous_fiscal_year_after_a_year_is_the_one_before_it():
    # Canada 2024 = 1.37 and 2023 = 1.31: "the previous fiscal year" is before the one just read
    found = verdicts("Canada spends 1.37 per cent of GDP this fiscal year. It spent 1.31 per cent "
                     "the previous fiscal year.", "2025-01-20")  # fmt: skip
    assert [(year, verdict) for _t, _c, year, verdict in found] == [
        (2024, "supported"),
        (2023, "supported"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Canada 2023 = 1.31: the fiscal year ending March 2024 is 2023/24, NATO's 2023
        ("Canada spent 1.31 per cent of GDP on defence in the fiscal year ending March 2024.",
         (2023, "supported")),
        ("Canada's military outlays came to 1.37 per cent of GDP in the year to March 2024.",
         (2023, "contradicted")),  # 1.37 is its 2024 (FY 2024/25)
        # UK 2023 = 2.30
        ("Britain put 2.30% of GDP into defence in the financial year ending in March 2024.",
         (2023, "supported")),
    ],
)  # fmt: skip
def test_a_fiscal_year_named_by_its_last_month_takes_nato_s_label(text, expected):
    found = verdicts(text, "2025-01-20")
    assert [(year, verdict) for _t, _c, year, verdict in found] == [expected]


def test_the_current_one_after_a_fiscal_year_is_a_fiscal_year():
    text = ("Britain spent 2.30 per cent of GDP last fiscal year and is set for 2.33 per cent in "
            "the current one, on NATO's latest estimates. Canada spent 1.31 per cent last fiscal "
            "year and 1.47 per cent in this one.")  # fmt: skip
    got = {(c.claim.subject, c.claim.value): (c.claim.year, c.verdict)
           for c in milex.check(text, date="2025-02-26").checked}  # fmt: skip
    # 2024 edition: UK 2023 = 2.30, 2024 = 2.33; Canada 2023 = 1.31, 2024 = 1.37
    assert got[("United Kingdom", 2.30)] == (2023, "supported")
    assert got[("United Kingdom", 2.33)] == (2024, "supported")
    assert got[("Canada", 1.31)] == (2023, "supported")
    assert got[("Canada", 1.47)] == (2024, "contradicted")
