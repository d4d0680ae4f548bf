"""'NATO's figure ... was X': a figure predicated of a body's figure noun is that body's
measured figure. Set against the clause before ('SIPRI reckons Germany spent 1.9% in 2024,
while NATO's figure was 2.21%') it is of that clause's ally; dated by its publication ('NATO's
figure, published last June') it is judged on that release, held, whatever came after; named
as NATO's figure while a think tank relays it, it is NATO's; and with 'core' in its noun it is
still a measured figure, not the value of The Hague's 3.5% core commitment.

Official values: NATO 2024 edition (17 June 2024) Germany 2024 = 2.12 (estimate); SIPRI April
2025 release Germany 2024 = 1.89; NATO 2026 edition (7 July 2026, core) Italy 2025 = 2.09
(milex.observations("share_of_gdp", ..., years=[...], edition=...)).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, day: str) -> list[tuple[float, str, str, str | None, int | None]]:
    report = milex.check(text, date=day)
    return [
        (c.claim.value, c.verdict, c.claim.kind, c.claim.subject, c.claim.year)
        for c in report.claims
    ]


@pytest.mark.parametrize("nato, verdict", [("2.12", "supported"), ("2.21", "contradicted")])
def test_a_body_figure_set_against_the_clause_before(nato, verdict):
    # late April 2025: NATO's March annual report is out but not held; the text names the
    # June release, which is
    text = (
        "The Stockholm institute puts Germany at 1.9% of GDP for 2024, while NATO's figure, "
        f"published last June, was {nato}%."
    )
    assert judged(text, "2025-04-29")[-1] == (
        float(nato),
        verdict,
        "share_of_gdp",
        "Germany",
        2024,
    )


def test_but_opens_the_other_bodys_clause_too():
    text = "SIPRI has Germany at 1.9% of GDP in 2024, but NATO's estimate was 2.12%."
    assert judged(text, "2024-09-01")[-1] == (2.12, "supported", "share_of_gdp", "Germany", 2024)


@pytest.mark.parametrize("italy, verdict", [("2.09", "supported"), ("2.19", "contradicted")])
def test_a_core_figure_is_measured_not_a_commitment(italy, verdict):
    text = (
        "Rome says it reached 2% in 2025. NATO's new core figure for that year is "
        f"{italy}%, a think tank points out."
    )
    assert judged(text, "2026-07-10")[-1] == (
        float(italy),
        verdict,
        "share_of_gdp",
        "Italy",
        2025,
    )


@pytest.mark.parametrize("earlier, verdict", [("1.96", "supported"), ("1.89", "contradicted")])
def test_a_release_named_by_its_month_is_judged_on_it(earlier, verdict):
    # June 2025: NATO's April 2025 annual report is out but not held; the text names the June
    # 2024 edition, held (France 2023 = 1.96, 2024 = 2.06 there), so a wrong figure of it is
    # wrong, not within what the unheld report might say
    text = (
        f"In its June 2024 estimates, NATO had France at 2.06% of GDP for 2024, after "
        f"{earlier}% in 2023."
    )
    assert judged(text, "2025-06-01")[-1] == (
        float(earlier),
        verdict,
        "share_of_gdp",
        "France",
        2023,
    )
