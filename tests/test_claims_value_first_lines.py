"""The claim checker on a 'by the numbers' box whose lines open with their figure and then name
what it is of ('• $314bn — China'), in our own words: each line's figure is its own line's
country's, also outside NATO, never the one the line above named. Official values: SIPRI's
April 2025 release, military expenditure in current US dollars, 2024."""

from __future__ import annotations

import milex

_BOX = """Big spenders in 2024, by SIPRI's count
• $88.5bn — Germany
• $314bn — China
• $149bn — Russia
• $86bn — India"""


def _of(text: str, subject: str):
    found = [c for c in milex.check(text, date="2025-05-02").claims
             if c.claim.subject == subject and c.claim.kind == "spending_amount"]  # fmt: skip
    assert len(found) == 1, [(c.claim.value, c.verdict) for c in found]
    return found[0]


def test_each_value_first_line_is_its_own_countrys():
    # SIPRI 2024, current USD: China 313.7 bn, Russia 149.0 bn, India 86.1 bn
    for country, value in (("China", 314.0), ("Russia", 149.0), ("India", 86.0)):
        found = _of(_BOX, country)
        assert (found.claim.value, found.claim.year, found.verdict) == (value, 2024, "supported")


def test_no_line_lends_its_country_to_the_next_figure():
    # the figures of China's and Russia's lines are not judged as Germany's or China's
    claims = milex.check(_BOX, date="2025-05-02").claims
    germany = [c.claim.value for c in claims if c.claim.subject == "Germany"]
    assert germany == [88.5]
    assert [c.claim.value for c in claims if c.claim.subject == "China"] == [314.0]


def test_a_wrong_value_first_line_is_contradicted():
    # SIPRI 2024: Russia 149.0 bn, not 169
    text = _BOX.replace("$149bn", "$169bn")
    found = _of(text, "Russia")
    assert (found.claim.value, found.verdict) == (169.0, "contradicted")
