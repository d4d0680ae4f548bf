"""A run claimed over every year since a start ('has stayed above 2% of GDP each year since
2015') that holds in its latest year but fails in earlier ones is wrong, and the verdict rests
on the first year it fails: the claim is reported for that year with that year's figure, never
with the latest year's, which agrees.

Official values (NATO 2024 edition, 17 June 2024, `milex.observations("share_of_gdp",
"Poland", years=list(range(2014, 2025)), edition=2024)`): Poland 2015 2.23, 2016 2.00,
2017 1.89, 2018 2.02, 2019 1.99, 2020 2.23, 2021 2.22, 2022 2.23, 2023 3.26, 2024 4.12
(estimate); Estonia (same call) 2015 2.03, 2016 2.07, 2017 2.01, 2018 2.01, 2019 2.04,
2020 2.30, 2021 2.03, 2022 2.16, 2023 3.04, 2024 3.43.
"""

from __future__ import annotations

import milex

DAY = "2024-09-12"


def _one(text: str, value: float):
    (claim,) = [c for c in milex.check(text, date=DAY).claims if c.claim.value == value]
    return claim


def test_run_wrong_in_earlier_years_rests_on_the_first_failing_year():
    claim = _one("According to NATO, Warsaw has kept its military outlays over 2% of GDP "
                 "in each year since 2016.", 2.0)  # fmt: skip
    assert claim.claim.subject == "Poland"
    assert claim.verdict == "contradicted"
    assert claim.claim.year == 2017  # 1.89, the first year below 2 (2016 is 2.00, not over)
    assert claim.evidence.year == 2017
    assert round(claim.evidence.value, 2) == 1.89
    assert "2019 (1.99)" in claim.explanation  # the other failing year is named too


def test_run_that_holds_every_year_is_supported_on_its_latest_year():
    claim = _one("Estonia has spent more than 2% of GDP every year since 2015, NATO says.", 2.0)
    assert claim.verdict == "supported"  # lowest 2.01 (2017, 2018)
    assert claim.claim.year == 2024


def test_run_failing_in_its_latest_year_stays_on_that_year():
    claim = _one("Estonia has spent more than 3.5% of GDP every year since 2020, NATO says.", 3.5)
    assert claim.verdict == "contradicted"  # 3.43 in 2024 is itself below
    assert claim.claim.year == 2024
