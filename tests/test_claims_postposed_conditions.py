"""A condition put after what it conditions, opened by 'had' before its subject ('..., against
$1.2 trillion had budgets remained at 2%'), makes every figure of its clause what would have
been: no claim of spending (both had been contradicted as the alliance's). A past perfect ('it
had already reached 1.49%') stays a measured figure.

NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Italy", years=[2024],
edition=2024): Italy 2024 = 1.49 (1.4911).
"""

import milex

DATE = "2024-07-15"
CONDITION = (
    "Analysts put the alliance's total at $1.6 trillion by 2030, against $1.2 trillion "
    "had budgets remained at 2%."
)


def _claims(text):
    return milex.check(text, date=DATE).claims


def _conditioned(claims):
    return [c for c in claims if c.claim.value in (1.2, 2.0)]


def test_figures_under_a_postposed_had_are_no_claims():
    claims = _claims(f"{CONDITION} Italy spends 1.49% of GDP on defence.")
    assert _conditioned(claims) == []
    (italy,) = [c for c in claims if c.claim.subject == "Italy"]
    assert (italy.claim.value, italy.verdict) == (1.49, "supported")


def test_a_wrong_figure_beside_the_condition_is_still_contradicted():
    claims = _claims(f"{CONDITION} Italy spends 1.9% of GDP on defence.")
    assert _conditioned(claims) == []
    (italy,) = [c for c in claims if c.claim.subject == "Italy"]
    assert italy.verdict == "contradicted"  # 1.49


def test_a_past_perfect_is_no_condition():
    claims = _claims(f"{CONDITION} Italy says that by June it had already reached 1.49% of GDP.")
    assert _conditioned(claims) == []
    (italy,) = [c for c in claims if c.claim.subject == "Italy"]
    assert (italy.claim.value, italy.verdict) == (1.49, "supported")
    claims = _claims(f"{CONDITION} Italy says that by June it had already reached 1.9% of GDP.")
    (italy,) = [c for c in claims if c.claim.subject == "Italy"]
    # a measured figure still, but Italy's own word for it, judged as a government's figure
    # ('the government says ...'): supported by NATO's table when they agree, never
    # contradicted (see test_claims_ally_speaks)
    assert italy.verdict == "unverifiable"
    assert "whose data milex does not hold" in italy.explanation
