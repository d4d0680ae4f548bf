"""The claim checker on sums in the currencies of smaller allies: the codes BGN, MKD and ALL
before a sum (ALL only in capitals, as 'all' is a word), and 'leva' or 'leks' after one.

Official values in the comments are NATO's Table 1 (national currency, current prices, million)
in the 2024 edition, read with
`milex.observations("spending_nc_current", ally, years=[2024], edition=2024)`.
"""

from __future__ import annotations

import milex

DAY = "2024-07-01"  # the 2024 edition (17 June 2024) is current


def claims(text: str) -> list[tuple[str, str, float | None, str | None]]:
    """(verdict, subject, value, currency) of every claim the checker finds."""
    report = milex.check(text, date=DAY)
    return [
        (c.verdict, str(c.claim.subject), c.claim.value, c.claim.currency) for c in report.claims
    ]


def test_bulgarian_leva_by_code_and_by_name():
    # Bulgaria 2024: BGN 4,217 m (a sum in the national currency that names no source may be
    # the national budget: a wrong one is contradicted when NATO's figure is meant)
    assert claims("Bulgaria budgets BGN 4.2 billion for its armed forces this year.") == [
        ("supported", "Bulgaria", 4.2, "BGN")
    ]
    assert claims("Bulgaria spends 4.2 billion leva on defence this year.") == [
        ("supported", "Bulgaria", 4.2, "BGN")
    ]
    assert claims("NATO puts Bulgaria's defence spending this year at BGN 5.1 billion.") == [
        ("contradicted", "Bulgaria", 5.1, "BGN")
    ]


def test_albanian_lek_in_capitals_only():
    # Albania 2024: ALL 49,842 m
    assert claims("Albania's military outlays come to ALL 49.8 billion this year.") == [
        ("supported", "Albania", 49.8, "ALL")
    ]
    assert claims("NATO puts Albania's defence spending this year at ALL 41.0 billion.") == [
        ("contradicted", "Albania", 41.0, "ALL")
    ]
    assert claims("Albania spends 49.8 billion leks on defence this year.")[0][::3] == (
        "supported",
        "ALL",
    )
    # "all" in lower case stays a word: a count of every ally, not a sum in lek
    assert all(c[3] is None for c in claims("All 32 allies now spend at least 1% of GDP."))


def test_macedonian_denar_code():
    # North Macedonia 2024: MKD 20,128 m
    assert claims("North Macedonia puts MKD 20.1 billion into defence this year.") == [
        ("supported", "North Macedonia", 20.1, "MKD")
    ]
    assert claims(
        "NATO puts North Macedonia's defence spending this year at MKD 25.0 billion."
    ) == [("contradicted", "North Macedonia", 25.0, "MKD")]


def test_a_sum_restating_a_share_of_gdp_said_of_the_ally():
    # North Macedonia 2024: 2.22% of GDP (Table 3), MKD 20,128 m: a sentence with no word of
    # defence whose share of GDP is the ally's, then the same spending as a sum
    text = "North Macedonia climbs to 2.22% of GDP this year on NATO's estimates - MKD {} billion."
    assert ("supported", "North Macedonia", 20.1, "MKD") in claims(text.format("20.1"))
    assert ("contradicted", "North Macedonia", 25.0, "MKD") in claims(text.format("25.0"))
