"""A signed percentage right after a name that is no ally ('Leonardo -3%', 'Thales +2%') is a
market quote in a digest, not a figure of spending: no claim, not even an unread one; a
figure of an ally in the same digest is judged as before.

Official value (NATO's 2024 edition, 17 June 2024, Table 3, looked up with
`milex.observations("share_of_gdp", "Italy", years=[2024], edition=2024)`): Italy 2024 = 1.49.
"""

from __future__ import annotations

import pytest

import milex


def verdicts(text: str, day: str = "2024-06-20") -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=day).claims}


@pytest.mark.parametrize("italy, verdict", [("1.49", "supported"), ("2.4", "contradicted")])
def test_quotes_in_a_digest_are_no_claims(italy, verdict):
    found = verdicts(f"Defence movers: Leonardo -3%, Thales +2%. Italy spent {italy}% of GDP on "
                     "defence in 2024, NATO says.")  # fmt: skip
    assert 3.0 not in found and 2.0 not in found
    assert found[float(italy)] == verdict


def test_a_signed_figure_of_an_ally_is_still_read():
    # a change of 2024 over 2023 for Italy is no market quote: it gets a claim of its own
    found = verdicts("NATO's real change for 2024: Italy -1%.")
    assert -1.0 in found  # (read with its sign: a fall of 1%)


@pytest.mark.parametrize("france, verdict", [("2.06", "supported"), ("2.6", "contradicted")])
def test_moves_sharing_a_company_verb_are_no_claims(france, verdict):
    # France 2024 = 2.06 (NATO 2024 edition, Table 3)
    found = verdicts(f"Thales and Saab rallied 3% and 6% after NATO said France spent {france}% "
                     "of GDP on defence in 2024.")  # fmt: skip
    assert not {3.0, 6.0} & set(found)
    assert found[float(france)] == verdict


def test_a_gapped_company_move_is_not_the_allies_of_the_sentence_before():
    found = verdicts("European allies lifted defence spending sharply. Leonardo added 9% and "
                     "Dassault Aviation 7%.")  # fmt: skip
    assert found == {}
