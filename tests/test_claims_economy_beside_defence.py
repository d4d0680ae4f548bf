"""Figures of the economy set beside defence shares are no defence figures: a place's growth
('Italian growth of 0.6% this year, 0.9% in 2025'; 'eurozone growth of 0.8%'), an effect on
the economy ('would raise the level of output by about 0.4%') and a budget gap named right
after a sentence on deficits ('EU rules cap deficits at 3%. Italy expects a gap of 3.8%').
They had been read as real changes or shares of GDP of the ally beside them (a 2.1% 'Spanish
growth' contradicted as Spain's real change). The defence figures next to them are judged.

NATO's 2024 edition, looked up with milex.observations(measure, ally, years=[2024],
edition=2024): share_of_gdp Italy 2024 = 1.49 (1.4911), Spain 2024 = 1.28 (1.2825);
real_change Spain 2024 (the growth sentence's rival reading).
"""

import milex

DATE = "2024-07-15"


def _claims(text):
    return milex.check(text, date=DATE).claims


def _values(claims):
    return sorted(c.claim.value for c in claims)


def test_a_countrys_growth_series_is_no_real_change():
    claims = _claims(
        "Forecasters see Italian growth of 0.6% this year, 0.9% in 2025 and 1.1% in 2026. "
        "Italy spends 1.49% of GDP on defence, NATO says."
    )
    assert _values(claims) == [1.49]
    assert claims[0].verdict == "supported"


def test_a_wrong_share_beside_the_growth_series_is_contradicted():
    claims = _claims(
        "Forecasters see Italian growth of 0.6% this year, 0.9% in 2025 and 1.1% in 2026. "
        "Italy spends 1.9% of GDP on defence, NATO says."
    )
    assert _values(claims) == [1.9]
    assert claims[0].verdict == "contradicted"  # 1.49


def test_a_demonyms_growth_is_not_the_allys_defence():
    claims = _claims(
        "The bank forecasts Spanish growth of 2.1% this year. "
        "Spain spends 1.28% of GDP on defence, NATO says."
    )
    assert _values(claims) == [1.28]
    assert claims[0].verdict == "supported"


def test_eurozone_growth_is_no_unread_defence_figure():
    claims = _claims(
        "Forecasters see eurozone growth of 0.8% this year, and Italy spends 1.49% of GDP on "
        "defence, NATO says."
    )
    assert _values(claims) == [1.49]


def test_a_gap_after_deficits_is_the_deficit():
    claims = _claims(
        "EU rules cap deficits at 3% of GDP. Italy expects a gap of 3.8% for 2024 and aims for "
        "3.3% next year. It spent 1.49% of GDP on defence in 2024, NATO estimates."
    )
    assert _values(claims) == [1.49]
    assert claims[0].verdict == "supported"
    claims = _claims(
        "EU rules cap deficits at 3% of GDP. Italy expects a gap of 3.8% for 2024 and aims for "
        "3.3% next year. It spent 1.9% of GDP on defence in 2024, NATO estimates."
    )
    assert _values(claims) == [1.9]
    assert claims[0].verdict == "contradicted"  # 1.49


def test_an_effect_on_output_is_no_change_in_spending():
    claims = _claims(
        "Rome plans to lift defence to 2% of GDP by 2028. That would raise the level of output "
        "in 2030 by about 0.4%, the bank says. Italy spends 1.9% of GDP on defence, NATO says."
    )
    assert 0.4 not in _values(claims)
    (now,) = [c for c in claims if c.claim.value == 1.9]
    assert now.verdict == "contradicted"  # 1.49
    # (a raise of defence spending by a figure is still its change)
    (c,) = _claims("Rome raised defence spending by 1.5% this year.")
    assert c.claim.kind == "real_change"
