"""A sum whose own noun names a country's own measure of its defence budget ('the MoD's own
budget of GBP 54.2bn') is that national budget, not NATO's figure, even when the sentence
names NATO's definition for its other figures: unverifiable (milex holds no national
budgets). Before, it was contradicted against NATO's total.

NATO's 2024 edition, milex.observations("spending_nc_current", "United Kingdom",
years=[2024], edition=2024): 64,583.8 (GBP m, estimate).
"""

import milex

UK = "United Kingdom"


def _read(text, date="2024-09-20"):
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_the_ministrys_own_budget_beside_natos_figure():
    got = _read("Under NATO's definition, the UK will spend £64.6bn in 2024/25, comfortably more "
                "than the MoD's own budget of £54.2bn.")  # fmt: skip
    assert got[64.6] == ("supported", UK, 2024)
    assert got[54.2][0] == "unverifiable"


def test_a_wrong_nato_figure_beside_it_is_still_contradicted():
    got = _read("Under NATO's definition, the UK will spend £70.6bn in 2024/25, comfortably more "
                "than the MoD's own budget of £54.2bn.")  # fmt: skip
    assert got[70.6] == ("contradicted", UK, 2024)
    assert got[54.2][0] == "unverifiable"
