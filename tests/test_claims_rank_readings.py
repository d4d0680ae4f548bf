"""Rankings worded as real articles word them: the table named after the rank ('third ...
for spending growth'), 'the biggest spender after the United States', a world ranking that the
next sentence goes on with, and a rank whose ally comes after its verb ('At the foot of the
table is Spain').

Each case is (what it guards, article date, text, expected claims); an expected claim is
(kind, subject, year, value, verdict) and must be among the claims milex finds. The official
figures behind each verdict are quoted beside it (NATO tables 2 and 3; SIPRI, April 2025).
"""

from __future__ import annotations

import pytest

import milex

RANK_READINGS = [
    ("the table named after the rank: 'for ... growth' is by real change", "2025-09-01",
     "Sweden's military budget rose by more than a third in real terms last year, which puts it "
     "third, behind Czechia and Türkiye, for spending growth.",
     # NATO 2025 edition, real change 2024: Czechia 58.71, Türkiye 48.78, Sweden 37.76
     [("ranking", "Sweden", 2024, 3, "supported")]),
    ("'by growth' before the rank is by real change, and a wrong place is contradicted",
     "2025-09-01",
     "By growth, Romania came second among the allies in 2024.",
     # 2025 edition, real change 2024: Czechia, Türkiye, Sweden 37.76, Romania 36.95 (4th)
     [("ranking", "Romania", 2024, 2, "contradicted")]),
    ("'in terms of growth' opening the sentence is by real change", "2024-07-01",
     "In terms of growth, Poland ranked third in 2023.",
     # NATO 2024 edition, real change 2023: Denmark 50.04, Albania 49.27, Poland 46.61
     [("ranking", "Poland", 2023, 3, "supported")]),
    ("'the biggest spender after A and B' is third", "2024-07-01",
     "According to the alliance's latest figures, the United Kingdom is now NATO's biggest "
     "spender after the US and Germany.",
     # NATO 2024 edition, Table 2, current USD m, 2024e: US 967,707, Germany 97,686, UK 82,107
     [("ranking", "United Kingdom", 2024, 3, "supported")]),
    ("'the biggest spender in the alliance behind A' is second, and a wrong one contradicted",
     "2024-07-01",
     "France is the biggest spender in the alliance behind the United States.",
     # Table 2, 2024e: US 967,707, Germany 97,686, UK 82,107, France 64,271 (4th, not 2nd)
     [("ranking", "France", 2024, 2, "contradicted")]),
    ("'Behind only A, B fields the largest ...': the ally after the comma, second",
     "2024-07-01",
     "Behind only the United States, Türkiye fields the alliance's largest armed forces.",
     # NATO 2024 edition, Table 7, thousands, 2024e: US 1,300.2, Türkiye 481.0
     [("ranking", "Türkiye", 2024, 2, "supported")]),
    ("'the lowest share after A' is one place above the bottom", "2024-07-01",
     "Slovenia had the alliance's lowest share of GDP after Spain in 2024.",
     # 2024 edition, Table 3, 2024e: Spain 1.28 (31st), Slovenia 1.29 (30th), Luxembourg 1.29
     [("ranking", "Slovenia", 2024, 30, "supported")]),
    ("'the world's biggest after A, B and C' counts the countries outside the alliance too",
     "2025-05-01",
     "SIPRI says Germany was the world's biggest military spender after the US, China and "
     "Russia in 2024.",
     # SIPRI April 2025, current USD m, 2024: US 997,309, China 313,658, Russia 148,967,
     # Germany 88,458
     [("ranking", "Germany", 2024, 4, "supported")]),
    ("'among the world's biggest spenders' is a world ranking; 'from 12th' is the year "
     "before, and a bare place next goes on with the world ranking", "2025-05-01",
     "Italy slipped from 12th to 14th place among the world's biggest military spenders in "
     "2024, SIPRI reported. Poland was 13th.",
     # SIPRI April 2025, current USD: 2023 Italy 12th (36,933 m); 2024 Poland 13th (38,001 m),
     # Italy 14th (37,965 m)
     [("ranking", "Italy", 2023, 12, "supported"),
      ("ranking", "Italy", 2024, 14, "supported"),
      ("ranking", "Poland", 2024, 13, "supported")]),
    ("a bare place after a ranking among the European allies is among them too", "2024-07-01",
     "Among the European allies, the UK was the second-biggest spender in 2024. France was third.",
     # NATO 2024 edition, Table 2, 2024e: Germany 97,686, UK 82,107, France 64,271 (the US,
     # 967,707, is not European)
     [("ranking", "United Kingdom", 2024, 2, "supported"),
      ("ranking", "France", 2024, 3, "supported")]),
    ("a bare place after a ranking goes on with its table, not the share beside it",
     "2024-07-01",
     "In cash terms Italy was NATO's sixth-largest spender in 2024, at 1.5% of GDP. Canada was "
     "seventh.",
     # Table 2, 2024e: ... Poland 34,975, Italy 34,462, Canada 30,495 (Canada is 28th by share)
     [("ranking", "Italy", 2024, 6, "supported"),
      ("ranking", "Canada", 2024, 7, "supported")]),
    ("'At the bottom of the table in 2024 was A': the ally after the verb, not the one before",
     "2025-09-01",
     "Poland led the alliance in 2024 with 3.79% of GDP, ahead of Estonia. At the bottom of the "
     "table in 2024 was Luxembourg, at 1.19%.",
     # NATO 2025 edition, Table 3, 2024e: Poland 3.79 (1st) ... Belgium 1.29, Luxembourg 1.19
     # (31st of 31)
     [("ranking", "Luxembourg", 2024, 31, "supported"),
      ("ranking", "Poland", 2024, 1, "supported")]),
    ("an inverted bottom place of the wrong ally is contradicted", "2024-07-01",
     "Estonia spent 3.04% of GDP in 2023. At the bottom of the list last year was Belgium, on "
     "1.21%.",
     # NATO 2024 edition, Table 3, 2023: Luxembourg 1.12, Spain 1.19, Belgium 1.21 (28th of 30)
     [("ranking", "Belgium", 2023, 30, "contradicted"),
      ("share_of_gdp", "Belgium", 2023, 1.21, "supported")]),
    ("'At the foot of the table sits A'", "2024-07-01",
     "Poland heads the table with 4.12%. At the foot of the table sits Spain on 1.28%.",
     # NATO 2024 edition, Table 3, 2024e: Poland 4.12 (1st), Spain 1.28 (31st of 31)
     [("ranking", "Spain", 2024, 31, "supported")]),
    ("'At the bottom of the list are A and B': both among the lowest two", "2024-07-01",
     "Poland heads the table with 4.12%. At the bottom of the list are Slovenia and Spain, both "
     "on about 1.3%.",
     # NATO 2024 edition, Table 3, 2024e: Spain 1.28 (31st), Slovenia 1.29 (30th)
     [("ranking", "Spain", 2024, 2, "supported")]),
    ("'the world's' before a later rank is that rank's scope, not the alliance rank's",
     "2025-05-01",
     "The United Kingdom is NATO's third-biggest spender and the world's sixth-largest.",
     # NATO 2024 edition, Table 2, 2024e: US, Germany, UK (3rd); SIPRI April 2025, 2024: US,
     # China, Russia, Germany, India, UK (6th)
     [("ranking", "United Kingdom", 2024, 3, "supported"),
      ("ranking", "United Kingdom", 2024, 6, "supported")]),
    ("'apart from A' only leaves A out: second or first, not exactly second", "2024-07-01",
     "Apart from the US, Poland is the alliance's biggest spender relative to GDP.",
     # NATO 2024 edition, Table 3, 2024e: Poland 4.12 (1st), Estonia 3.43, US 3.38 (3rd)
     [("ranking", "Poland", 2024, 2, "supported")]),
]  # fmt: skip

# a place the words do not give for the year read: nothing is judged of it
RANK_NOT_READ = [
    ("the place a move started from over a decade has no year", "2024-07-01",
     "Poland climbed from seventh to fifth among NATO's biggest spenders in dollar terms over "
     "the past decade.",
     ("ranking", "Poland", 7)),
    ("an inverted bottom place is not the ally of the sentence before", "2024-07-01",
     "Poland heads the table with 4.12%. At the bottom of the list is Spain, on 1.28%.",
     ("ranking", "Poland", 31)),
]  # fmt: skip


@pytest.mark.parametrize(
    "case, day, text, absent", RANK_NOT_READ, ids=[r[0] for r in RANK_NOT_READ]
)
def test_rank_not_read(case, day, text, absent):
    claims = milex.check(text, date=day).claims
    got = [(c.claim.kind, c.claim.subject, c.claim.value) for c in claims]
    kind, subject, value = absent
    assert not any(k == kind and s == subject and v == value for k, s, v in got), (case, got)


@pytest.mark.parametrize(
    "case, day, text, expected", RANK_READINGS, ids=[r[0] for r in RANK_READINGS]
)
def test_rank_readings(case, day, text, expected):
    claims = milex.check(text, date=day).claims
    got = [(c.claim.kind, c.claim.subject, c.claim.year, c.claim.value, c.verdict) for c in claims]
    for kind, subject, year, value, verdict in expected:
        assert any(
            k == kind and s == subject and y == year and abs(v - value) < 0.02 and vd == verdict
            for k, s, y, v, vd in got
        ), f"{case}: expected {kind} {subject} {year} {value} {verdict}, got {got}"
