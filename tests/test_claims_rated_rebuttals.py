"""The claim checker on fact-check items: someone's claim, NATO's figure, and a rating.

- A figure from someone whose data milex does not hold (a minister, an MP) is unverifiable on
  its own; when the text answers it with NATO's figure for the same ally, measure and year and
  rates it wrong ('FALSE.', 'Verdict: overstated.'), the text itself judges it on NATO's
  table, and so does milex.
- A figure right after a rating and its colon ('False: 1.58%'), with no time of its own, is
  of the year of the claim it answers, not of the article's.

Official values: NATO's 2025 edition (28 August 2025), Table 3, read with
`milex.observations("share_of_gdp", ally, years=[2024, 2025], edition=2025)`: Portugal 2024
1.58, 2025 2.00; Denmark 2024 2.27, 2025 3.22. NATO's 2019 edition (25 June 2019), same call
with edition=2019: Netherlands 2019 1.35.
"""

from __future__ import annotations

import milex


def shares(text: str, day: str) -> list[tuple[str, str | None, int | None, float | None]]:
    report = milex.check(text, date=day)
    return [(c.verdict, c.claim.subject, c.claim.year, c.claim.value) for c in report.claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


def test_a_ministers_figure_rated_false_against_nato_is_contradicted():
    # Netherlands 2019: 1.35 (2019 ed.), not 1.6
    got = shares("A Dutch minister said the Netherlands spends \"1.6% of GDP\". NATO's tables "
                 "out this week show 1.35% for 2019. FALSE.", "2019-06-28")  # fmt: skip
    assert ("contradicted", "Netherlands", 2019, 1.6) in got
    assert ("supported", "Netherlands", 2019, 1.35) in got


def test_a_verdict_label_rates_the_claim_too():
    # Denmark 2025: 3.22 (2025 ed.), not 3.6
    got = shares("Denmark's minister claimed Denmark was \"at 3.6 percent\" this year. NATO's "
                 "August tables give 3.22 percent for 2025. Verdict: overstated.", "2025-09-10")  # fmt: skip
    assert ("contradicted", "Denmark", 2025, 3.6) in got
    # without the rating, the minister may count differently: left open
    got = shares(
        "Denmark's minister said Denmark was \"at 3.6 percent\" this year. NATO's "
        "August tables give 3.22 percent for 2025.",
        "2025-09-10",
    )
    assert ("unverifiable", "Denmark", 2025, 3.6) in got


def test_a_rated_figure_takes_the_year_of_the_claim_it_answers():
    # Portugal 2024: 1.58 (2025 ed.); 2025 would be 2.00
    got = shares("An MP claimed Portugal spent 2.2% last year. False: 1.58%.", "2025-09-05")
    assert ("supported", "Portugal", 2024, 1.58) in got
    assert ("contradicted", "Portugal", 2024, 2.2) in got


def test_a_wrong_rated_figure_is_contradicted_in_that_year():
    # Portugal 2024: 1.58, not 1.8
    got = shares("An MP claimed Portugal spent 2.2% last year. Wrong: 1.8%.", "2025-09-05")
    assert ("contradicted", "Portugal", 2024, 1.8) in got
