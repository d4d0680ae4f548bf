"""A year that belongs to something else in the figure's sentence does not date the figure:
the level it is said to equal ('much the same as in 2025', 'unchanged from 2025') or an event
named in an aside ('venue of last year's summit'). With no other time words the figure is the
article's year's (it had been read as 2025's and judged on that year's value).

NATO's 2026 edition, looked up with milex.observations("share_of_gdp", ALLY,
years=[2025, 2026], edition=2026): Italy 2025 = 2.09, 2026 = 2.10; Hungary 2025 = 2.06,
2026 = 2.09; Denmark 2025 = 3.27, 2026 = 3.49; United States 2026 = USD 1,032,849 m
(milex.observations("spending_usd_current", "United States", years=[2026], edition=2026)).
"""

import milex

DATE = "2026-07-20"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_the_level_a_figure_equals_is_not_its_year():
    (c,) = _claims("Italy's share holds at 2.10% of GDP, much the same as in 2025.")
    assert (c.claim.year, c.verdict) == (2026, "supported")
    (c,) = _claims("Italy's share holds at 2.30% of GDP, much the same as in 2025.")
    assert (c.claim.year, c.verdict) == (2026, "contradicted")  # 2.10


def test_unchanged_from_a_year_names_the_base():
    (c,) = _claims("Hungary's share, at 2.09% of GDP, is nearly unchanged from 2025.")
    assert (c.claim.year, c.verdict) == (2026, "supported")


def test_a_sum_after_the_comparison_keeps_the_articles_year():
    claims = _claims(
        "The US holds at 3.17% of GDP, the same as in 2025, as its budget climbs to $1.03 trillion."
    )
    money = [c for c in claims if c.claim.kind == "spending_amount"]
    assert [(c.claim.year, c.verdict) for c in money] == [(2026, "supported")]
    claims = _claims(
        "The US holds at 3.17% of GDP, the same as in 2025, as its budget climbs to $1.25 trillion."
    )
    money = [c for c in claims if c.claim.kind == "spending_amount"]
    assert [(c.claim.year, c.verdict) for c in money] == [(2026, "contradicted")]


def test_an_event_in_an_aside_does_not_date_the_figure():
    (c,) = _claims("Denmark, venue of last year's summit, is at 3.49% of GDP.")
    assert (c.claim.year, c.verdict) == (2026, "supported")
    (c,) = _claims("Denmark, venue of last year's summit, is at 3.10% of GDP.")
    assert (c.claim.year, c.verdict) == (2026, "contradicted")  # 3.49
