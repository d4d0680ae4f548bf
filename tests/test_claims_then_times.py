"""'Then' as a time word pointing back at a time the text named: 'by then' after a deadline
is that deadline ('to reach 1.76% by 2029-30 ... only 1.42% by then': a forecast for 2029, not
a level measured now); ', then at 1.01%,' set against 'now' is the earlier year the text named
('Three met it in 2014 ... Canada, then at 1.01%, is now at 1.37%'). And a year opening the
sentence before a 'when' clause on the adoption of a guideline ('In 2014, when the 2% goal
was agreed, Canada spent ...') dates the main clause too, not only the adoption. Before, the
first was judged as this year's level, and the other two took the latest year.

NATO's 2024 edition, milex.observations("share_of_gdp", "Canada", years=[2014, 2024],
edition=2024): 2014 1.0064, 2024 1.3652 (estimate).
"""

import milex

CA = "Canada"


def _read(text, date="2024-07-10"):
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_by_then_is_the_deadline_named_before():
    got = _read("The budget office expects that, instead of hitting 1.76 percent by 2029-30, "
                "Canada would reach only 1.42 percent of GDP by then.")  # fmt: skip
    assert got[1.42][0] == "unverifiable"
    assert got[1.42][2] == 2029  # a year NATO's tables do not cover yet


def test_then_set_against_now_is_the_earlier_year():
    got = _read("Only three allies were at 2% in 2014. This year 23 are. Canada, then at "
                "1.01%, now stands at 1.37%.")  # fmt: skip
    assert got[1.01] == ("supported", CA, 2014)
    assert got[1.37] == ("supported", CA, 2024)


def test_a_wrong_level_then_is_contradicted():
    got = _read("Only three allies were at 2% in 2014. This year 23 are. Canada, then at "
                "1.21%, now stands at 1.37%.")  # fmt: skip
    assert got[1.21] == ("contradicted", CA, 2014)


def test_a_year_before_a_when_clause_dates_the_main_clause():
    got = _read("In 2014, when the 2% guideline was agreed, Canada spent 1.01 per cent.")
    assert got[1.01] == ("supported", CA, 2014)


def test_a_wrong_level_in_that_year_is_contradicted():
    got = _read("In 2014, when the 2% guideline was agreed, Canada spent 1.11 per cent.")
    assert got[1.11] == ("contradicted", CA, 2014)
