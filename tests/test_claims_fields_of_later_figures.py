"""A word of another field in the main clause that comes right before a figure of its own,
past a comma after a defence figure ('Italy's climb to 1.49% of GDP this year, a real-terms
rise of 21%, has pushed its deficit towards 4.4%') names that figure's field, not the defence
figures before it: those are read and judged (they had given no claim at all). A field's word
right after its own figure ('a 7.2% deficit') is still that figure's.

NATO's 2024 edition, looked up with milex.observations(measure, "Italy", years=[2024],
edition=2024): share_of_gdp Italy 2024 = 1.49 (1.4911); real_change Italy 2024 = 0.12.
"""

import milex

DATE = "2024-07-15"
TAIL = "has pushed its deficit towards 4.4%, analysts warn."


def _claims(text):
    return {c.claim.value: c for c in milex.check(text, date=DATE).claims}


def test_figures_before_a_deficits_own_figure_are_read():
    claims = _claims(f"Italy's climb to 1.49% of GDP this year, a real-terms rise of 21%, {TAIL}")
    assert 4.4 not in claims
    assert (claims[1.49].claim.kind, claims[1.49].verdict) == ("share_of_gdp", "supported")
    assert (claims[21].claim.kind, claims[21].verdict) == ("real_change", "contradicted")  # 0.12


def test_a_wrong_share_before_a_deficits_figure_is_contradicted():
    claims = _claims(f"Italy's climb to 1.9% of GDP this year, a real-terms rise of 21%, {TAIL}")
    assert claims[1.9].verdict == "contradicted"  # 1.49
    # (the field's word right after its own figure stays that figure's)
    claims = _claims("Italy ran a 7.2% deficit in 2024, while its defence spending rose 21%.")
    assert 7.2 not in claims
