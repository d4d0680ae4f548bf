"""A phrase after a figure that gives its cause ('after a one-off change to pension
accounting', 'because of the pension reform') names what moved the figure, not what it
measures: a word of another field there (pensions) does not set the figure aside, and the
pronoun's figure is still judged as the defence share the paragraph speaks of.

Official values (milex.observations("share_of_gdp", "Canada", years=[2017, 2019],
edition=2019)): NATO 2019 edition, Canada 2017 1.44 (1.436), 2019 1.27 (1.273, estimate).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, int | None]]:
    report = milex.check(text, date=day)
    return [(c.claim.value, c.verdict, c.claim.year) for c in report.claims]


@pytest.mark.parametrize("peak, verdict", [("1.44", "supported"), ("1.64", "contradicted")])
@pytest.mark.parametrize(
    "cause", ["after a one-time shift in how pensions were booked", "because of pension reform"]
)
def test_a_cause_after_the_figure_does_not_set_it_aside(peak, verdict, cause):
    text = (
        "On the alliance's figures Canada devotes 1.27% of GDP to defence this year. "
        f"Its high point was {peak}% in 2017 {cause}."
    )
    assert judged(text, "2019-06-26") == [(1.27, "supported", 2019), (float(peak), verdict, 2017)]
    # a figure of pensions themselves is still set aside
    assert judged("Pension outlays rose 3% after a reform.", "2019-06-26") == []
