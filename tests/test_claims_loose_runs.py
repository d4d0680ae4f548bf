"""A level compared over a run of years that names no number ('for years it has stayed under
1.5%', 'for a decade it has spent less than ...') holds in every year of the run, as long as
the fewest years the words can mean (patterns 'loose_runs'). It had been left unverifiable (a
period, not a year) or read as the latest year only.

A miss in the figure's year or the year before proves the run wrong however long it is; a miss
only further back leaves it open.

NATO's 2024 edition, looked up with milex.observations("share_of_gdp", [...], edition=2024):
Portugal 2014-2024 1.24-1.55 (2022 1.40, 2023 1.48, 2024 1.55); Greece 2022 3.88, 2023 2.80,
2024 3.08; Poland 2022 2.23, 2023 3.26, 2024 4.12; Slovenia 2015-2024 0.93-1.34.
"""

import milex

DATE = "2024-10-01"  # the 2024 edition current; its latest year 2024


def _only(text):
    (c,) = milex.check(text, date=DATE).claims
    return c


def test_for_years_below_a_level_checks_each_year_of_the_run():
    c = _only("For years now, Portugal has kept its defence budget below 1.6% of GDP.")
    assert (c.verdict, c.claim.year) == ("supported", 2024)
    assert "every year 2022-2024" in c.explanation


def test_for_years_after_the_level():
    c = _only("Portugal has put less than 1.6% of its GDP into defence for many years.")
    assert (c.verdict, c.claim.year) == ("supported", 2024)
    assert "'for many years' read as at least 3 years" in c.explanation


def test_a_miss_the_year_before_contradicts_the_run():
    # Greece 2023 = 2.80, under 3 (2024: 3.08 is over it)
    c = _only("Greece has devoted more than 3% of GDP to its armed forces for years.")
    assert c.verdict == "contradicted"
    assert "2023 (2.80)" in c.explanation


def test_a_miss_in_the_latest_year_contradicts():
    c = _only("For years Portugal has spent above 1.6% of GDP on defence.")
    assert c.verdict == "contradicted"  # 2024: 1.55


def test_a_miss_only_further_back_is_left_open():
    # Poland over 3% in 2023 and 2024, not in 2022 (2.23): 'for years' may mean two
    c = _only("Poland has spent more than 3% of GDP on defence for years.")
    assert c.verdict == "unverifiable"
    assert "gives no number of years" in c.explanation


def test_a_decade_is_ten_years():
    c = _only("For a decade, Slovenia has spent less than 1.4% of GDP on its military.")
    assert c.verdict == "supported"
    assert "every year 2015-2024" in c.explanation
    # no comparison: which year's level is meant is unsaid
    c = _only("For years, Slovenia spent 1.3% of GDP on defence.")
    assert c.verdict == "unverifiable"
