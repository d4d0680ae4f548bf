"""Readings where the source, the release or the price basis of a figure decides its verdict.

Each entry: (case, article date, text, expected claims). An expected claim is
(kind, subject, year, value, verdict) as in READINGS (tests/test_claims.py), optionally with
a sixth item, words the explanation must contain (the reason of an "unverifiable"). The
official figure each verdict rests on is in the comment beside it (from the published tables,
not from milex's output).
"""

from __future__ import annotations

import pytest

import milex

SOURCE_READINGS = [
    # SIPRI, April 2025 release: world 2024 = USD 2,718 bn, real change +9.4%
    ("another body named at the sentence's end: its own world total", "2025-06-10",
     "Worldwide military spending climbed 8% in real terms in 2024, reaching $2.6 trillion, the IISS estimated.",
     [("real_change", "World (SIPRI)", 2024, 8, "unverifiable", "IISS"),
      ("spending_amount", "World (SIPRI)", 2024, 2.6, "unverifiable", "IISS")]),
    ("another body named at the end, the year from 'last year'", "2025-06-10",
     "Global defence spending grew by 8% in real terms last year to $2.6 trillion, the IISS estimated in its yearly survey.",
     [("real_change", "World (SIPRI)", 2024, 8, "unverifiable", "IISS"),
      ("spending_amount", "World (SIPRI)", 2024, 2.6, "unverifiable", "IISS")]),
    # NATO 2024 edition, Table 2 (current USD): Germany 2024 97,686 of the allies' 1,474,399 m =
    # 6.6%; NATO's annual report of 24 April 2025 (not held) came out before the article
    ("an ally's share of the alliance's spending after a report milex lacks", "2025-05-10",
     "Germany accounted for 6.2% of the allies' combined defence spending in 2024, according to NATO's latest annual report.",
     [("alliance_share", "Germany", 2024, 6.2, "unverifiable", "not held")]),
    # US 2024: 967,707 of 1,474,399 m = 65.6% (2024 edition), same report not held
    ("the US share after the annual report, year from 'last year'", "2025-05-02",
     "The United States made up 63% of total NATO defence spending last year, the alliance's annual report showed.",
     [("alliance_share", "United States", 2024, 63, "unverifiable", "not held")]),
    # the US share in every year of every edition held lies between 65% and 72% (2024 edition:
    # 2014 69.3%, 2019 71.3%, 2024 65.6%): 40% is wrong whatever the release
    ("a share far from every edition is still wrong after the report", "2025-05-02",
     "The United States accounts for 40% of NATO's total defence spending.",
     [("alliance_share", "United States", 2024, 40, "contradicted")]),
    # SIPRI's April 2025 release (the latest held) ends in 2024 (Germany's real rise in 2024:
    # 86,301 / 67,285 m at constant 2023 prices = +28.3%); the article gives SIPRI's 2025
    # figures, so a release milex lacks was out, and the unstated year of the rise is 2025
    ("after a release milex lacks, an unstated year is the new release's", "2026-05-04",
     "According to SIPRI's new figures, Germany spent $110 billion on its military in 2025. Its spending rose 23% in real terms, the fastest pace among the big European powers.",
     [("spending_amount", "Germany", 2025, 110, "unverifiable"),
      ("real_change", "Germany", 2025, 23, "unverifiable", "the latest year the article gives")]),
    # NATO 2024 edition, Table 4: Poland's real change 2014-2024 = 213.66%; a figure of three
    # digits ending in zero may be rounded to the ten (205-215), and no further
    ("a round real change since 2014 rounded to the ten", "2024-07-01",
     "In real terms, Poland's defence spending has risen by 210 percent since 2014, NATO says.",
     [("real_change", "Poland", 2024, 210, "supported")]),
    ("a round real change since 2014 off by more than the ten", "2024-07-01",
     "In real terms, Poland's defence spending has risen by 230 percent since 2014, NATO says.",
     [("real_change", "Poland", 2024, 230, "contradicted")]),
    # NATO 2024 edition, Table 2: United States 2023 = USD 875,603 m (estimate)
    ("a round amount in billions rounded to the ten", "2024-07-01",
     "The United States spent $880 billion on defence in 2023, according to NATO.",
     [("spending_amount", "United States", 2023, 880, "supported")]),
    ("a round amount off by more than the ten", "2024-07-01",
     "The United States spent $890 billion on defence in 2023, according to NATO.",
     [("spending_amount", "United States", 2023, 890, "contradicted")]),
    # NATO 2024 edition: Poland, constant 2015 USD, 2014 = 8,557 m and 2024 = 26,839 m (current
    # USD: 10,107 and 34,975); Table 4, real change 2014-2024 = 213.66% (2024 alone: 30.07%)
    ("'constant dollars' without a base year, over the past decade", "2024-06-25",
     "Measured in constant dollars, Poland's defence spending grew by 210 percent over the past decade, from $8.6 billion in 2014 to an estimated $26.8 billion this year, according to NATO.",
     [("real_change", "Poland", 2024, 210, "supported"),
      ("spending_amount", "Poland", 2014, 8.6, "supported", "constant 2015 prices"),
      ("spending_amount", "Poland", 2024, 26.8, "supported", "constant 2015 prices")]),
    # NATO 2024 edition, Table 4: Germany 2014-2024 = 95.91% (2024 alone: 29.45%)
    ("'over the decade' is the change since 2014, not the year's", "2024-06-25",
     "Adjusted for inflation, Germany's defence spending grew by 96 percent over the decade, NATO's figures show.",
     [("real_change", "Germany", 2024, 96, "supported")]),
    # NATO 2024 edition: France, constant 2015 USD, 2014 = 43,935 m, 2024 = 55,195 m (current
    # USD: 52,022 and 64,271)
    ("money 'in constant dollars' is read at the edition's constant prices", "2024-06-25",
     "In constant dollars, France's defence spending rose from $43.9 billion in 2014 to $55.2 billion in 2024, NATO's data show.",
     [("spending_amount", "France", 2014, 43.9, "supported"),
      ("spending_amount", "France", 2024, 55.2, "supported")]),
    # Germany 2023: NATO 2024 edition USD 73,138 m (estimate); SIPRI (April 2025 release, the
    # first SIPRI release held, out after the article) USD 67,285 m: an unattributed amount
    # that SIPRI's figure agrees with is not called wrong, though no SIPRI release was held yet
    ("an unattributed amount SIPRI agrees with, before any SIPRI release held", "2025-01-15",
     "Germany spent about $67 billion on defence in 2023.",
     [("spending_amount", "Germany", 2023, 67, "unverifiable", "SIPRI's 2023 figure")]),
    # ... and one neither NATO nor SIPRI agrees with stays wrong
    ("an unattributed amount neither source agrees with", "2025-01-15",
     "Germany spent about $58 billion on defence in 2023.",
     [("spending_amount", "Germany", 2023, 58, "contradicted")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "case, day, text, expected", SOURCE_READINGS, ids=[r[0] for r in SOURCE_READINGS]
)
def test_source_readings(case, day, text, expected):
    claims = milex.check(text, date=day).claims
    got = [(c.claim.kind, c.claim.subject, c.claim.year, c.claim.value, c.verdict, c.explanation)
           for c in claims]  # fmt: skip
    for kind, subject, year, value, verdict, *why in expected:
        assert any(
            k == kind and s == subject and y == year and abs(v - value) < 0.02 and vd == verdict
            and all(w in text for w in why)
            for k, s, y, v, vd, text in got
        ), f"{case}: expected {kind} {subject} {year} {value} {verdict} {why}, got {got}"  # fmt: skip
