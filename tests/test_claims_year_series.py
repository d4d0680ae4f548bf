"""A header naming one ally and a unit, then, on the same line after its colon, a series of
items each led by its (fiscal) year: 'British defence outlays as NATO counts them (GBP m):
2019/20 46,509; 2022/23 57,269'. Each item's one figure is that ally's in its year (a
fiscal year's label names the year it starts in, as NATO's tables do). Before, the series
was not read at all: the header's unit asked for a line with no figure, and the year items
were only read one to a line. (A sum in the ally's own money that names no source may be
its national budget: a wrong one abstains, so the texts here name NATO.)

NATO's 2024 edition, milex.observations(MEASURE, "United Kingdom", years=[...],
edition=2024): spending_nc_current 2019 46,508.9, 2020 49,494.6, 2022 57,268.9,
2024 64,583.8 (GBP m); share_of_gdp 2019 2.08, 2020 2.35, 2022 2.29, 2024 2.33.
"""

import milex

DATE = "2024-07-15"


def _read(text):
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=DATE).claims
    }


UK = "United Kingdom"


def test_a_series_in_the_allys_own_money():
    got = _read("British defence outlays as NATO counts them (GBP m): 2019/20 46,509; "
                "2022/23 57,269; 2024/25 64,584 (est.).")  # fmt: skip
    assert got[46509] == ("supported", UK, 2019)
    assert got[57269] == ("supported", UK, 2022)
    assert got[64584] == ("supported", UK, 2024)


def test_a_wrong_sum_in_the_series_is_contradicted():
    got = _read("British defence outlays as NATO counts them (GBP m): 2019/20 46,509; "
                "2020/21 52,100.")  # fmt: skip
    assert got[46509] == ("supported", UK, 2019)
    assert got[52100] == ("contradicted", UK, 2020)  # 49,494.6


def test_a_series_of_shares_of_gdp():
    got = _read("UK defence spending, % of GDP: 2019/20 2.08; 2022/23 2.29; 2024/25 2.53")
    assert got[2.08] == ("supported", UK, 2019)
    assert got[2.29] == ("supported", UK, 2022)
    assert got[2.53] == ("contradicted", UK, 2024)  # 2.33
