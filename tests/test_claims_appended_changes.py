"""A change appended to a level after a comma ('will spend 2.77% of GDP this year, NATO says,
up 17.2% in real terms') does not pass its measure on to the next ally's bare figure: 'Latvia
reaches 3.73%' parallels the level, a share of GDP (it had been read as a real change and
contradicted).

NATO's 2025 edition, looked up with milex.observations(measure, ally, years=[2025],
edition=2025): share_of_gdp Finland 2025 = 2.77 (2.7726), Latvia 2025 = 3.73 (3.7321);
real_change Finland 2025 = 17.23.
"""

import milex

DATE = "2025-09-20"
FINLAND = "Finland will spend 2.77% of GDP this year, NATO says, up 17.2% in real terms;"


def _claims(text):
    return {c.claim.value: c for c in milex.check(text, date=DATE).claims}


def test_the_next_allys_figure_parallels_the_level():
    claims = _claims(f"{FINLAND} Latvia reaches 3.73%.")
    latvia = claims[3.73]
    assert (latvia.claim.subject, latvia.claim.kind, latvia.verdict) == (
        "Latvia",
        "share_of_gdp",
        "supported",
    )
    assert claims[17.2].claim.kind == "real_change"


def test_a_wrong_share_after_the_appended_change_is_contradicted_as_a_share():
    latvia = _claims(f"{FINLAND} Latvia reaches 3.3%.")[3.3]
    assert (latvia.claim.kind, latvia.verdict) == ("share_of_gdp", "contradicted")  # 3.73
