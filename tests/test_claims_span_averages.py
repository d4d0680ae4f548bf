"""'Its average over the past decade was roughly 1.27%': an ally's share of GDP averaged over the
last N years, after a share of GDP of the same ally (it had been left unread). 'The past
decade' said in 2024 may end with 2024 (an estimate) or with 2023: a verdict only when both
spans give the same one.

NATO 2024 edition, share of GDP (milex.observations("share_of_gdp", ally,
years=range(2014, 2025), edition=2024)), means computed from the yearly figures:
- Canada: 2015-2024 mean 1.294, 2014-2023 mean 1.258 (2024: 1.365).
- Poland: 2015-2024 mean 2.418, 2014-2023 mean 2.193 (2024: 4.12).
"""

import milex

DATE = "2024-09-10"


def _at(text, value):
    return [c for c in milex.check(text, date=DATE).claims if c.claim.value == value]


def test_an_average_over_the_past_decade_that_agrees_is_supported():
    (got,) = _at(
        "Canada put 1.37% of GDP into defence in 2024; its average over the past decade was "
        "roughly 1.27%.",
        1.27,
    )
    assert got.verdict == "supported"  # 1.294 and 1.258, both within 5% of 1.27
    assert got.claim.subject_code == "CAN"


def test_an_average_far_from_both_spans_is_contradicted():
    (got,) = _at(
        "Canada put 1.37% of GDP into defence in 2024; its average over the past decade was "
        "roughly 1.5%.",
        1.5,
    )
    assert got.verdict == "contradicted"


def test_an_average_right_for_one_span_only_is_unverifiable():
    (got,) = _at(
        "Poland spent 4.12% of GDP on defence in 2024, and its average over the last decade "
        "was about 2.2%.",
        2.2,
    )
    assert got.verdict == "unverifiable"  # 2.193 over 2014-2023, 2.418 over 2015-2024
    assert "2023" in got.explanation
