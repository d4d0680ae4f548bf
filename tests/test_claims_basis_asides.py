"""The claim checker on a publication that gives an ally's figure past an aside naming its
basis or its release: "NATO's 2026 report, on core defence, gives 2.32% for 2025". The
publication gives a measured value (not the 3.5% core guideline, not a donation 'given'):
the aside sits between the report and its verb.

Official values: NATO's 2026 edition (7 July 2026, core defence expenditure), Table 3, read
with `milex.observations("share_of_gdp", "United Kingdom", years=[2025, 2026], edition=2026)`:
2025 2.32, 2026 2.56; Germany (same call): 2025 2.22, 2026 2.69.
"""

from __future__ import annotations

import milex

DAY = "2026-08-10"


def shares(text: str) -> list[tuple[str, str, str | None, int | None, float | None]]:
    report = milex.check(text, date=DAY)
    return [(c.verdict, c.claim.kind, c.claim.subject, c.claim.year, c.claim.value)
            for c in report.claims]  # fmt: skip


def test_a_core_figure_past_a_basis_aside_is_measured():
    # UK 2025: 2.32, 2026: 2.56 (2026 ed.)
    got = shares("Britain's ministers speak of 2.4% of GDP. NATO's 2026 report, on core "
                 "defence, gives 2.32% for 2025 and 2.56% for 2026.")  # fmt: skip
    assert ("supported", "share_of_gdp", "United Kingdom", 2025, 2.32) in got
    assert ("supported", "share_of_gdp", "United Kingdom", 2026, 2.56) in got
    assert not any(kind == "guideline_value" for _v, kind, *_ in got)


def test_a_figure_past_a_release_aside_is_the_ally_carried():
    # Germany 2025: 2.22 (2026 ed.)
    got = shares("Germany says it spent 2.4% of GDP last year. NATO's tables, published in "
                 "July, give 2.22% for 2025.")  # fmt: skip
    assert ("supported", "share_of_gdp", "Germany", 2025, 2.22) in got


def test_a_wrong_figure_past_the_aside_is_contradicted():
    # Germany 2026: 2.69 (2026 ed.), not 3.1
    got = shares("Germany says it will spend more. NATO's 2026 report, on core defence, gives "
                 "3.1% for 2026.")  # fmt: skip
    assert ("contradicted", "share_of_gdp", "Germany", 2026, 3.1) in got


def test_a_release_with_a_participle_gives_a_measured_figure():
    # Germany 2025: 2.22 (2026 ed.); 'tables published in July give': no donation
    got = shares("Berlin claims 2.4% of GDP. NATO's tables published in July give 2.22% "
                 "for 2025.")  # fmt: skip
    assert ("supported", "share_of_gdp", "Germany", 2025, 2.22) in got


def test_a_wrong_figure_after_a_participle_is_contradicted():
    # Germany 2026: 2.69 (2026 ed.), not 2.2
    got = shares("Berlin claims 2.4% of GDP. NATO's tables released in July give 2.2% "
                 "for 2026.")  # fmt: skip
    assert ("contradicted", "share_of_gdp", "Germany", 2026, 2.2) in got
