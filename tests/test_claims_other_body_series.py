"""A share of GDP read from another body's series: the US Defense Department's (the
Pentagon's) 'national defense' figures are not NATO's, so a figure said to come from them is
unverifiable, whatever NATO's tables give; the same figure put on NATO's data is judged.

Official value (milex.observations("share_of_gdp", "United States", years=[2016],
edition=2019)): NATO 2019 edition, United States 2016 3.52 (3.519).
"""

from __future__ import annotations

import milex


def verdicts(text: str, day: str) -> list[tuple[float, str]]:
    return [(c.claim.value, c.verdict) for c in milex.check(text, date=day).claims]


def test_the_pentagons_series_is_another_bodys():
    text = (
        "According to the Pentagon's figures, national defense claimed 3.1 percent of GDP in 2016."
    )
    assert verdicts(text, "2019-07-10") == [(3.1, "unverifiable")]
    text = "Defense department data show US national defense at 3.1 percent of GDP in 2016."
    assert verdicts(text, "2019-07-10") == [(3.1, "unverifiable")]
    # the same figure on NATO's data is NATO's, and wrong
    text = "NATO's figures put US defence spending at 3.1 percent of GDP in 2016."
    assert verdicts(text, "2019-07-10") == [(3.1, "contradicted")]
