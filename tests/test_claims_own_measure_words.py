"""A percentage with a measure of its own never falls back to a share of GDP, nor takes the
measure another item of its sentence names.

- A weight in a fund ('at 9.4%, 8.8% and 6.1% of the fund', 'its top holdings') measures a
  portfolio: no figure of defence, whatever ally the sentence before spoke of.
- A measure named in a label right before the figure and a comma ('the real rise in defence
  spending this year, 12.8%; the share of GDP, 2.71%; and the equipment share, 36%') is that
  figure's, not the equipment share named further on.
- 'A real decline of 1.4%' is a real change, downwards, not a share of GDP.

Official values (NATO 2025 edition, 28 August 2025, `milex.observations(measure, ally,
years=[2025], edition=2025)`): Sweden 2025 share of GDP 2.51% (2.5087), real change +10.79%,
equipment 35.83% of defence spending; Hungary 2025 real change -1.37%.
SIPRI (April 2025): the United States 2024 about 37% of world military spending.
"""

from __future__ import annotations

import pytest

import milex


def _at(text: str, day: str, value: float) -> list:
    return [c for c in milex.check(text, date=day).claims if abs(c.claim.value - value) < 1e-9]


@pytest.mark.parametrize(
    "second",
    [
        "The fund's biggest holdings are Leonardo, Hensoldt and Saab, at 9.4%, 8.8% and 6.1% "
        "of the fund.",
        "Its top holdings are Leonardo, Hensoldt and Saab, at 9.4%, 8.8% and 6.1%.",
    ],
)
def test_fund_weights_are_no_figure_of_defence(second: str) -> None:
    text = "The US accounts for 37% of world military spending. " + second
    claims = milex.check(text, date="2025-05-12").claims
    assert not [c for c in claims if c.claim.value in (9.4, 8.8, 6.1)]
    assert [c.verdict for c in claims if c.claim.value == 37.0] == ["supported"]


SNAPSHOT = ("Our Sweden snapshot: the real rise in defence spending this year, {rise}%; the "
            "share of GDP, {share}%; and the equipment share, 36%.")  # fmt: skip


def test_labels_before_the_figures_give_each_its_measure() -> None:
    claims = milex.check(SNAPSHOT.format(rise="10.8", share="2.51"), date="2025-09-10").claims
    got = {(c.claim.value, c.claim.kind): c.verdict for c in claims}
    assert got[(10.8, "real_change")] == "supported"  # 10.79
    assert got[(2.51, "share_of_gdp")] == "supported"  # 2.5087
    assert got[(36.0, "equipment_share")] == "supported"  # 35.83


def test_wrong_figures_under_labels_are_contradicted_on_their_own_measure() -> None:
    claims = milex.check(SNAPSHOT.format(rise="12.8", share="2.71"), date="2025-09-10").claims
    got = {(c.claim.value, c.claim.kind): c.verdict for c in claims}
    assert got[(12.8, "real_change")] == "contradicted"
    assert got[(2.71, "share_of_gdp")] == "contradicted"
    assert not any(c.claim.kind == "equipment_share" and c.claim.value in (12.8, 2.71)
                   for c in claims)  # fmt: skip


@pytest.mark.parametrize("value, verdict", [(1.4, "supported"), (4.4, "contradicted")])
def test_a_real_decline_of_is_a_fall_in_real_terms(value: float, verdict: str) -> None:
    text = f"Hungary spent 2.2% of GDP this year, NATO says, a real decline of {value}%."
    claims = _at(text, "2025-10-01", -value)
    assert [(c.claim.kind, c.verdict) for c in claims] == [("real_change", verdict)]
    assert not _at(text, "2025-10-01", value)  # (no share of GDP of that value)
