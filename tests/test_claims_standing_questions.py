"""A bare figure answering a question that has a verb of its own, when the question asks where
an ally stands ("Where does Italy stand? 1.49%.") or what share of GDP the figure just given
is ("What share of GDP is that? 4.12%."): what is measured now, so the figure is the ally's
share of GDP (a line of a figure alone was read as no one's, and a question with a verb of
its own, "What should Italy aim for? 3.5%.", still frames its answer as a goal).

Values from NATO's 2024 edition (17 June 2024), Table 3, looked up with
milex.observations("share_of_gdp", ["Italy", "Poland"], years=[2024], edition=2024): Italy
1.49 and Poland 4.12 in 2024 (estimates).
"""

from __future__ import annotations

import pytest

import milex


def _shares(text: str) -> list:
    return [(c.claim.subject_code, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date="2024-07-05").claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("1.49", 1.49, "supported"),
                                                        ("1.7", 1.7, "contradicted")])  # fmt: skip
def test_where_does_an_ally_stand(said, value, verdict):
    text = f"Explainer\nQ. Where does Italy stand?\n{said}%."
    assert _shares(text) == [("ITA", value, 2024, verdict)]
    # (but a question of a goal frames its answer as one: no share measured)
    assert _shares("Explainer\nWhat should Italy aim for? 3.5%.") == []


@pytest.mark.parametrize(("said", "value", "verdict"), [("4.12", 4.12, "supported"),
                                                        ("3.6", 3.6, "contradicted")])  # fmt: skip
def test_what_share_of_gdp_the_figure_before_is(said, value, verdict):
    text = (
        "Poland's military budget grew faster than any other ally's this year.\n"
        f"What share of GDP is that? {said}%."
    )
    assert _shares(text) == [("POL", value, 2024, verdict)]
