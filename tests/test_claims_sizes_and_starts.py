"""Sizes and starting points written the way outlets outside Europe write them.

- Armed forces 'about 481,000 strong' after the noun of the forces, and a 'troop count'
  that 'is expected to reach about 495,000' (a forecast, as NATO's estimates are, not an
  army the ally plans to build), are counts of personnel.
- A sum in another money set beside the ally's share of GDP, and its conversion into
  dollars in brackets ('2.12% of its GDP ..., about EUR 90.6 billion ($97.7 billion)'): the
  dollars restate that ally's spending of that year.
- 'falls to 27 percent, down from 33.36 percent' with the year said in the sentence before:
  the start is of the year before the end point's (supported there, never contradicted on
  that guess).

Values (milex.observations): NATO 2024 edition: Türkiye personnel 2024 481.0 thousand;
Germany 2024 2.12% of GDP, EUR 90,586 m, USD 97,686 m. NATO 2025 edition: Türkiye personnel
2025 494.5 thousand; Türkiye equipment share 2025 27.00%, 2024 33.36%.
"""

from __future__ import annotations

import milex


def _of(text: str, day: str, value: float) -> list:
    return [c for c in milex.check(text, date=day).claims if c.claim.value is not None
            and abs(abs(c.claim.value) - value) < 1e-6]  # fmt: skip


def test_an_army_so_many_strong():
    got = _of("Türkiye keeps the alliance's second-largest army, some 481,000 strong.",
              "2024-07-01", 481.0)  # fmt: skip
    assert [(c.claim.kind, c.verdict, c.claim.year) for c in got] == [
        ("personnel", "supported", 2024)
    ]
    got = _of("Türkiye keeps the alliance's second-largest army, some 381,000 strong.",
              "2024-07-01", 381.0)  # fmt: skip
    assert [(c.claim.kind, c.verdict) for c in got] == [("personnel", "contradicted")]


def test_a_troop_count_expected_to_reach():
    text = "Türkiye spends 2.33% of GDP this year. Its troop count is expected to reach about {}."
    got = _of(text.format("495,000"), "2025-09-01", 495.0)
    assert [(c.claim.kind, c.verdict, c.claim.year) for c in got] == [
        ("personnel", "supported", 2025)
    ]
    got = _of(text.format("430,000"), "2025-09-01", 430.0)
    assert [(c.claim.kind, c.verdict) for c in got] == [("personnel", "contradicted")]


def test_dollars_in_brackets_after_a_sum_beside_a_share():
    text = "Germany will spend 2.12% of its GDP on defence this year, about EUR 90.6 billion ({})."
    got = _of(text.format("$97.7 billion"), "2024-06-25", 97.7)
    assert [(c.claim.subject, c.verdict, c.claim.year) for c in got] == [
        ("Germany", "supported", 2024)
    ]
    got = _of(text.format("$91.2 billion"), "2024-06-25", 91.2)
    assert [(c.claim.subject, c.verdict) for c in got] == [("Germany", "contradicted")]


def test_down_from_with_the_year_said_before():
    text = ("Türkiye will raise its budget again this year. Its equipment share, though, "
            "drops to 27 percent, down from {} percent.")  # fmt: skip
    got = _of(text.format("33.36"), "2025-09-01", 33.36)
    assert [(c.verdict, c.claim.year) for c in got] == [("supported", 2024)]
    got = _of(text.format("31.5"), "2025-09-01", 31.5)
    assert [c.verdict for c in got] == ["unverifiable"]  # (never contradicted on the guess)
