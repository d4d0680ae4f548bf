"""The British chancellor named by surname ('Chancellor Rachel Reeves says ...') speaks for
the United Kingdom, as the prime minister and the defence secretary do: the starting level of
her pledge ('the move to 2.5% of GDP from the current 2.3%') is the UK's share of GDP, judged
(it had given no claim, no ally being named).

NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "United Kingdom",
years=[2024], edition=2024): United Kingdom 2024 = 2.33.
"""

import milex

DATE = "2025-02-20"


def _start(level):
    text = (
        "Chancellor Rachel Reeves says savings will pay for the move to 2.5% of GDP from the "
        f"current {level}%."
    )
    (c,) = [c for c in milex.check(text, date=DATE).claims if c.claim.value == level]
    return c


def test_the_current_level_of_the_chancellors_pledge_is_the_uks():
    c = _start(2.3)
    assert (c.claim.subject, c.claim.year, c.verdict) == ("United Kingdom", 2024, "supported")


def test_a_wrong_current_level_is_contradicted():
    c = _start(2.1)
    assert (c.claim.subject, c.verdict) == ("United Kingdom", "contradicted")  # 2.33
