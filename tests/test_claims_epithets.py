"""An ally called by the name its press gives it instead of its own ('the Federal Republic'
for Germany, 'the Grand Duchy' for Luxembourg) is that ally; the figures had no subject.
Followed by 'of', the words name another state ('the Federal Republic of Yugoslavia').

Looked up with milex.observations("share_of_gdp", ...): Germany 2019 = 1.36 and 2018 = 1.24
(edition=2019); Luxembourg 2025 = 2.00 and 2024 = 1.19 (edition=2025).
"""

import milex


def _claims(text, date):
    return milex.check(text, date=date).claims


def test_the_federal_republic_is_germany():
    now, before = _claims(
        "NATO says the Federal Republic devotes 1.36% of GDP to defence in 2019, after 1.24% "
        "in 2018.",
        "2019-07-01",
    )
    assert (now.claim.subject_code, now.verdict) == ("DEU", "supported")
    assert (before.claim.subject_code, before.verdict) == ("DEU", "supported")


def test_a_wrong_figure_for_the_federal_republic_is_contradicted():
    (c,) = _claims(
        "NATO says the Federal Republic devotes 1.6% of GDP to defence in 2019.", "2019-07-01"
    )
    assert (c.claim.subject_code, c.verdict) == ("DEU", "contradicted")  # 1.36


def test_the_grand_duchy_is_luxembourg():
    (c,) = _claims(
        "According to NATO, the Grand Duchy spends 2.00% of GDP on defence in 2025.",
        "2025-09-01",
    )
    assert (c.claim.subject_code, c.verdict) == ("LUX", "supported")
    (c,) = _claims(
        "According to NATO, the Grand Duchy spent 1.5% of GDP on defence in 2024.",
        "2025-09-01",
    )
    assert (c.claim.subject_code, c.verdict) == ("LUX", "contradicted")  # 1.19


def test_another_federal_republic_is_not_germany():
    claims = _claims(
        "The Federal Republic of Yugoslavia spent 5.2% of GDP on its army in 1999.", "2019-07-01"
    )
    assert all(c.claim.subject_code != "DEU" for c in claims)
