"""A capital opening the sentence as its frame ('In Ottawa, 1.37% is the level to beat')
stands for its country, as 'In Canada, ...' would: the figure is Canada's, not the ally the
sentence before spoke of (it was read as the UK's and contradicted).

NATO's 2024 edition, milex.observations("share_of_gdp", COUNTRY, years=[2024],
edition=2024): Canada 1.3652, United Kingdom 2.33 (estimates).
"""

import milex

CA = "Canada"


def _read(text, date="2024-07-10"):
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_a_fronted_capital_is_its_country():
    got = _read("Britain's 2.33% this year keeps it above the line. In Ottawa, 1.37% is the "
                "level to beat.")  # fmt: skip
    assert got[1.37] == ("supported", CA, 2024)


def test_a_wrong_figure_there_is_contradicted_as_the_capitals():
    got = _read("Britain's 2.33% this year keeps it above the line. In Ottawa, 1.17% is the "
                "level to beat.")  # fmt: skip
    assert got[1.17] == ("contradicted", CA, 2024)
