"""The claim checker on a chart of one ally's figures by year, its title naming the ally, the
measure and the span of years, and its values in one row of 'year: figure' labels ('2014:
1.19 · 2019: 1.35 · 2024e: 2.12'), in our own words: each figure is that ally's in the year
labelling it (the title's span is the chart's range, not a year of its own). Official values:
NATO's 2024 edition, Table 3: Germany 1.19 (2014), 1.35 (2019), 2.12 (2024, estimate)."""

from __future__ import annotations

import milex

_CHART = ("Chart: Germany's defence spending as a share of GDP, 2014–2024e. 2014: 1.19 · "
          "2019: {mid} · 2024e: 2.12.")  # fmt: skip


def _claims(mid: str) -> list[tuple]:
    found = milex.check(_CHART.format(mid=mid), date="2024-06-25").claims
    return [(c.claim.subject, c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in found]  # fmt: skip


def test_each_year_label_dates_its_figure_for_the_titles_ally():
    assert _claims("1.35") == [
        ("Germany", "share_of_gdp", 1.19, 2014, "supported"),
        ("Germany", "share_of_gdp", 1.35, 2019, "supported"),
        ("Germany", "share_of_gdp", 2.12, 2024, "supported"),
    ]


def test_a_wrong_labelled_figure_is_contradicted_for_its_year():
    # Germany 2019 = 1.35, not 1.55
    assert ("Germany", "share_of_gdp", 1.55, 2019, "contradicted") in _claims("1.55")
