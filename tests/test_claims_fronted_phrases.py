"""Phrases that open a sentence before its main clause: a level fronted with 'at' and dated
to this year ('At 2.00% this year, Belgium would have to find ...') is measured, stated as a
fact the modal reasons from, not a projection (it had been left unverifiable); an undated one
('At 3.5% of GDP, Belgium would have to borrow') supposes the level and stays unjudged. A
circumstance of another field ('Amid a 15% tariff on its car exports, ...') does not make the
main clause's defence share another field's (it had been dropped).

NATO's 2026 edition: milex.observations("share_of_gdp", "Belgium", years=[2026],
edition=2026) = 2.00.
"""

import milex

DATE = "2026-08-20"


def _claims(text):
    return milex.check(text, date=DATE).claims


def _level(text, value):
    return [(c.claim.year, c.verdict) for c in _claims(text) if c.claim.value == value]


def test_a_dated_level_fronted_before_a_modal_is_measured():
    assert _level("At 2.00% this year, Belgium would have to borrow heavily to go further.",
                  2.0) == [(2026, "supported")]  # fmt: skip
    assert _level("At 2.30% this year, Belgium would have to borrow heavily to go further.",
                  2.3) == [(2026, "contradicted")]  # fmt: skip
    (c,) = _claims("At 3.5% of GDP, Belgium would have to borrow billions.")
    assert c.verdict == "unverifiable"  # a level supposed, not measured


def test_a_circumstance_of_another_field_is_set_apart():
    assert _level("Amid a 15% tariff on its car exports, Belgium's 2.00% defence share this year "
                  "looks hard to raise.", 2.0) == [(2026, "supported")]  # fmt: skip
    assert _level("Amid a 15% tariff on its car exports, Belgium's 2.25% defence share this year "
                  "looks hard to raise.", 2.25) == [(2026, "contradicted")]  # fmt: skip
    assert _claims("Amid tariffs, Belgium's car exports fell 2.5% this year.") == []
