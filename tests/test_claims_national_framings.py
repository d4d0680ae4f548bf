"""Figures framed as a country's own (a Treasury's figure, a change in its own currency, a
budget passed for the year to come, the government's pledge) are not NATO's measure: the
checker abstains on them, and still contradicts a wrong figure framed as NATO's.

Values cited are from NATO's tables as milex holds them:
- United Kingdom share of GDP, 2024 edition (17 June 2024), Table 3: 2023 = 2.30.
- Norway real change, 2025 edition (28 August 2025), Table 3: 2025 = 49.88.
- Latvia share of GDP, 2024 edition, Table 3: 2024 = 3.15 (no 2025 figure in that edition).
- Germany share of GDP, 2019 edition (25 June 2019), Table 3: 2019 = 1.36.
"""

from __future__ import annotations

import milex


def verdicts(text: str, day: str) -> dict[str, tuple[str, str | None, int | None]]:
    report = milex.check(text, date=day)
    return {c.claim.text: (c.verdict, c.claim.kind, c.claim.year) for c in report.claims}


def test_a_treasury_figure_is_national():
    # milex.observations("share_of_gdp", "United Kingdom", years=[2023], edition=2024): 2.30
    got = verdicts(
        "On NATO's numbers Britain spent 2.30% of GDP in 2023. The Treasury's figure for "
        "2023-24 is lower, at 2.19%.",
        "2024-06-20",
    )
    assert got["2.30%"][0] == "supported"
    assert got["2.19%"][0] == "unverifiable"
    wrong = verdicts("On NATO's numbers Britain spent 2.19% of GDP in 2023.", "2024-06-20")
    assert wrong["2.19%"][0] == "contradicted"


def test_a_finance_ministry_figure_is_national():
    got = verdicts(
        "Britain's defence outlay came to 2.19% of GDP in 2023, according to a finance "
        "ministry figure.",
        "2024-06-20",
    )
    assert got["2.19%"][0] == "unverifiable"


def test_a_change_in_the_countrys_own_currency_is_nominal():
    # milex.observations("real_change", "Norway", years=[2025], edition=2025): 49.88
    got = verdicts(
        "Oslo's military budget grew by roughly 60% in kroner this year, while NATO puts "
        "the real-terms rise at 49.9%.",
        "2025-09-10",
    )
    assert got["roughly 60%"][0] == "unverifiable"
    assert got["49.9%"][0] == "supported"
    alone = verdicts("Norway's military budget grew by roughly 60% in kroner this year.",
                     "2025-09-10")  # fmt: skip
    assert alone["roughly 60%"][0] == "unverifiable"
    # the same figure said in real terms is NATO's measure, and wrong
    real = verdicts("Norway's military spending grew by roughly 60% in real terms this year.",
                    "2025-09-10")  # fmt: skip
    assert real["roughly 60%"] == ("contradicted", "real_change", 2025)


def test_a_future_level_after_next_years_budget_is_a_plan():
    # milex.observations("share_of_gdp", "Latvia", years=[2024], edition=2024): 3.15; the
    # 2024 edition has no 2025 figure
    got = verdicts(
        "Latvia's parliament approved the 2025 budget on Thursday. Defence will get 3.45% of GDP.",
        "2024-12-05",
    )
    assert got["3.45%"][0] == "unverifiable"
    # this year's level, said as such, is judged
    now = verdicts("Latvia's defence takes 3.45% of GDP this year, NATO says.", "2024-12-05")
    assert now["3.45%"] == ("contradicted", "share_of_gdp", 2024)


def test_the_governments_pledge_is_not_natos_guideline():
    # milex.observations("share_of_gdp", "Germany", years=[2019], edition=2019): 1.36
    got = verdicts(
        "Germany's budget grows again. According to NATO that is 1.36% of GDP this year, and "
        "the government has promised 1.5% by 2024.",
        "2019-07-01",
    )
    assert got["1.36%"][0] == "supported"
    assert got["1.5%"][0] in ("unverifiable",)
    assert got["1.5%"][1] != "guideline_value"
    # NATO's own guideline stated wrong is still contradicted (2% by 2024, agreed at Wales)
    wrong = verdicts("At Wales, NATO asked its members to reach 1.5% by 2024.", "2019-07-01")
    assert wrong["1.5%"][0] == "contradicted"
