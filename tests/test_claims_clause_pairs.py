"""Each clause of a sentence pairs its own allies with its own figures. 'Estonia and Latvia
put 3.38% and 3.73% into defence, while the Netherlands and Greece are on 2.49% and 2.85%'
joins two runs of allies to two runs of figures; the pairing in order (said 'respectively'
or not) holds for every such clause, not only for the sentence's last or stated one, so a
figure is never judged as the other ally's of its pair.

Official values (NATO 2025 edition, 28 August 2025), `milex.observations("share_of_gdp",
<ally>, years=[2025], edition=2025)`: Estonia 3.38, Latvia 3.73, Netherlands 2.49,
Greece 2.85.
"""

from __future__ import annotations

import pytest

import milex

DAY = "2025-09-15"


def _verdicts(text: str) -> dict[tuple[str, float], str]:
    return {(str(c.claim.subject), c.claim.value): c.verdict
            for c in milex.check(text, date=DAY).claims}  # fmt: skip


@pytest.mark.parametrize("word", ["", " respectively"])
def test_second_clause_pairs_its_own_allies(word):
    text = ("Estonia and Latvia put 3.38% and 3.73% of GDP into defence" + word +
            ", NATO reports, while the Netherlands and Greece are on 2.49% and 2.85%.")  # fmt: skip
    assert _verdicts(text) == {
        ("Estonia", 3.38): "supported", ("Latvia", 3.73): "supported",
        ("Netherlands", 2.49): "supported", ("Greece", 2.85): "supported",
    }  # fmt: skip


def test_first_clause_pairs_before_a_stated_respectively():
    text = (
        "The Netherlands and Greece are on 2.49% and 2.85%, NATO reports, while Estonia "
        "and Latvia put 3.38% and 3.73% of GDP into defence respectively."
    )
    assert _verdicts(text) == {
        ("Netherlands", 2.49): "supported", ("Greece", 2.85): "supported",
        ("Estonia", 3.38): "supported", ("Latvia", 3.73): "supported",
    }  # fmt: skip


def test_swapped_figures_in_the_other_clause_are_contradicted():
    # Greece 2.49 and the Netherlands 2.85 are each the other's figure: both wrong as written
    text = (
        "Estonia and Latvia put 3.38% and 3.73% of GDP into defence respectively, NATO "
        "reports, while the Netherlands and Greece are on 2.85% and 2.49%."
    )
    verdicts = _verdicts(text)
    assert verdicts[("Netherlands", 2.85)] == "contradicted"
    assert verdicts[("Greece", 2.49)] == "contradicted"
    assert ("Greece", 2.85) not in verdicts and ("Netherlands", 2.49) not in verdicts
