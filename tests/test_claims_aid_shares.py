"""Aid to Ukraine measured against the donor's GDP (or its defence budget) is no figure of
the donor's own defence spending: a share whose own words call it aid, a place in a table of
donors, and a ratio that points back to a sentence about aid get no claim, while a defence
figure in the same sentence is still judged (measures.aid_figure, rankings._among_donors,
readings._restated_other). A possessive in an aside after the ally names whose the aside's
noun is, not whose the figure is (subjects._apposed_owner).

Values looked up with milex.observations("share_of_gdp", <ally>, years=[<year>],
edition=<edition>):
  2024 edition: Germany 2024 = 2.12, United States 2024 = 3.38
  2025 edition: Finland 2024 = 2.40, Netherlands 2025 = 2.49, Norway 2025 = 3.35
"""

from __future__ import annotations

import pytest

import milex


def _got(text: str, date: str) -> list[tuple[float | None, str | None, str]]:
    return [(c.claim.value, c.claim.subject, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize(("own", "verdict"), [("3.35", "supported"), ("3.05", "contradicted")])
def test_aid_named_right_after_the_share(own, verdict):
    # the aid is what the share is "in": Norway's aid, not Norway's defence (3.35 in 2025)
    text = (f"Oslo has committed 1.10% of its GDP in bilateral military assistance to Kyiv. "
            f"Norway itself will spend {own}% of GDP on defence this year, the alliance says.")  # fmt: skip
    assert _got(text, "2025-12-05") == [(float(own), "Norway", verdict)]


@pytest.mark.parametrize(("own", "verdict"), [("2.12", "supported"), ("2.42", "contradicted")])
def test_aid_named_before_the_share(own, verdict):
    # the 2% is the aid a tracker puts on Germany's economy, on top of its own 2.12 (2024)
    text = (
        f"Germany spent {own}% of GDP on its own forces last year, by the alliance's count, "
        "beyond the aid to Ukraine that the Kiel tracker reckons at around 2% of GDP since 2022."
    )
    assert _got(text, "2025-03-10") == [(float(own), "Germany", verdict)]


@pytest.mark.parametrize(("own", "verdict"), [("2.49", "supported"), ("2.94", "contradicted")])
def test_aid_given_to_the_recipient_in_an_aside(own, verdict):
    # Netherlands 2025 = 2.49 in the 2025 edition; "given Kyiv 1.1% of GDP in aid" is aid
    text = (
        f"The Netherlands, which has given Kyiv 1.1% of GDP in military aid, will spend "
        f"{own}% of GDP on defence this year."
    )
    got = [(v, verdict) for v, _s, verdict in _got(text, "2025-11-20")]
    assert got == [(float(own), verdict)]


@pytest.mark.parametrize(("own", "verdict"), [("2.40", "supported"), ("2.70", "contradicted")])
def test_donor_aside_after_a_defence_share(own, verdict):
    # Finland 2024 = 2.40 in the 2025 edition; the share after "donor ..., at" is its aid
    text = (
        f"Finland, at {own}% of GDP last year, is also a mid-sized donor relative to "
        "its economy, at 0.7%."
    )
    assert _got(text, "2025-10-10") == [(float(own), "Finland", verdict)]


def test_a_figure_set_against_an_aid_average_is_aid_too():
    text = (
        "Ukraine's ten largest backers averaged 0.45% of GDP a year in donor support, "
        "against a NATO-wide mean of 0.2%."
    )
    assert _got(text, "2025-07-15") == []


@pytest.mark.parametrize(("own", "verdict"), [("2.40", "supported"), ("2.70", "contradicted")])
def test_a_place_among_donors_is_no_rank_of_spending(own, verdict):
    # Finland 2024 = 2.40 in the 2025 edition; "sixth among donors" ranks its aid
    text = (
        f"Finland, which put {own}% of GDP into defence last year, comes sixth among "
        "donors when aid to Ukraine is set against the size of each economy."
    )
    assert _got(text, "2025-09-10") == [(float(own), "Finland", verdict)]


def test_the_ratio_after_a_sentence_about_aid():
    text = (
        "Estonia's aid to Ukraine last year came to 90% of its military budget, "
        "according to one tracker. For Germany the ratio was 9%, for Italy 4%."
    )
    got = [(v, verdict) for v, _s, verdict in _got(text, "2024-07-02")]
    assert all(v not in (9.0, 4.0) for v, _ in got)


@pytest.mark.parametrize(("own", "verdict"), [("3.38", "supported"), ("3.68", "contradicted")])
def test_a_possessive_in_an_aside_is_not_the_subject(own, verdict):
    # United States 2024 = 3.38 in the 2024 edition; Germany 2024 is 2.12
    text = f"The United States, Germany's largest ally, spends {own}% of GDP on defence."
    assert _got(text, "2024-07-10") == [(float(own), "United States", verdict)]


@pytest.mark.parametrize(("own", "verdict"), [("3.38", "supported"), ("3.68", "contradicted")])
def test_a_capital_possessive_in_an_aside(own, verdict):
    # and the share after the semicolon is its aid, not a second defence figure
    text = (
        f"The United States, Kyiv's largest backer in dollar terms, spends {own}% of GDP "
        "on defence; its aid to Ukraine comes to roughly 0.3% of GDP."
    )
    assert _got(text, "2024-07-10") == [(float(own), "United States", verdict)]
