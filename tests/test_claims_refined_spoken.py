"""A speaker who rounds a figure and then says it closely ('Latvia is north of three - three
point one five'; 'just over two - two point one' as an answer's opening) states the close
figure as the ally's share of GDP, as a guess of measure: supported when the data agree,
unverifiable when not, and contradicted once the conversation said its shares are of GDP.
Both must be said in words: written '2 - 2.5' is a range.

Official values (NATO 2024 edition, 17 June 2024): `milex.observations("share_of_gdp",
<ally>, years=[2024], edition=2024)` Latvia 3.15, Estonia 3.43.
"""

from __future__ import annotations

import milex

DAY = "2024-11-20"


def _latvia(text: str) -> list:
    return [c for c in milex.check(text, date=DAY).claims if c.claim.subject == "Latvia"]


def test_the_close_figure_after_the_round_one_is_the_allys():
    (claim,) = _latvia("GUEST: Latvia is well north of three — three point one five this year.")
    assert (claim.verdict, claim.claim.value, claim.claim.year) == ("supported", 3.15, 2024)


def test_a_wrong_close_figure_is_contradicted_once_shares_of_gdp_were_said():
    text = ("HOST: Estonia is at 3.43% of GDP this year.\n"
            "GUEST: And Latvia is well north of three — three point five one.")  # fmt: skip
    (claim,) = _latvia(text)
    assert (claim.verdict, claim.claim.value, claim.claim.year) == ("contradicted", 3.51, 2024)
    # (a written range is no such restatement)
    assert _latvia("GUEST: Latvia is well north of 3 - 3.5 in most years.") == []


def test_an_answer_opening_on_the_round_figure():
    text = "HOST: And Latvia?\nGUEST: Just over three — three point one five."
    (claim,) = _latvia(text)
    assert (claim.verdict, claim.claim.value) == ("supported", 3.15)
