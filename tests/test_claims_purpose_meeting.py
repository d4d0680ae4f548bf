"""'To meet' after a modal of obligation ('Belgium would have to find billions to meet the
3.5% floor', 'needs more money to hit 3.5%') says what an ally must do for a guideline, not a
level it is at: no claim that it meets it (it had been read as 'at least 3.5%' and
contradicted). Stated as done ('has managed to meet', 'meets'), it is still judged.

NATO's 2026 edition: milex.observations("share_of_gdp", "Belgium", years=[2026],
edition=2026) = 2.00.
"""

import milex

DATE = "2026-08-20"


def _verdicts(text):
    return [(c.claim.value, c.verdict) for c in milex.check(text, date=DATE).claims]


def test_an_obligation_to_meet_a_floor_is_no_level():
    assert _verdicts("Belgium would have to find more money to meet the 3.5% floor.") == []
    assert _verdicts("Belgium needs far more money to hit the 3.5% floor.") == []
    # stated as done, a floor met is still judged
    assert _verdicts("Belgium has managed to meet the 2% floor.") == [(2.0, "supported")]
    assert _verdicts("Belgium meets the 3.5% floor.") == [(3.5, "contradicted")]  # 2.00
