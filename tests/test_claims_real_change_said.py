"""A percentage the sentence calls a real change in words away from the figure: 'grew in real
terms in 2023 (0.08 per cent)', 'real-terms growth has been modest: 0.87 per cent',
'After deflation, the increase shrinks to 0.1 per cent'. With no word of GDP in the sentence,
such a figure is NATO's annual real change (Table 3), not a share of GDP (before, each was
judged as a share of GDP and contradicted). A figure reached with 'to' stays a level unless
a rise noun is the verb's subject ('lifted it to the 2% mark' is a level). The figure's own
words decide whether it is nominal: 'against a nominal rise of some 3 per cent' is the 3's.

Official values, NATO 2024 edition (17 June 2024), Table 3, looked up with
`milex.observations("real_change", ALLY, years=[YEAR], edition=2024)`: Italy 2024 0.117
(cell N58), United Kingdom 2023 0.866 (M74) and 2024 1.730 (N74), United States 2024 7.214
(N75), France 2024 6.054 (N54).
"""

from __future__ import annotations

import milex

DATE = "2024-11-20"  # the 2024 edition is current


def _read(text: str) -> dict[float, tuple[str, str, str | None, int | None]]:
    return {
        c.claim.value: (c.verdict, c.claim.kind, c.claim.subject, c.claim.year)
        for c in milex.check(text, date=DATE).claims
    }


def test_growth_in_real_terms_with_the_figure_in_brackets():
    got = _read("Britain's spending grew in real terms in 2024 (1.7 per cent), a modest pace.")
    assert got[1.7] == ("supported", "real_change", "United Kingdom", 2024)


def test_a_wrong_real_growth_in_brackets_is_contradicted_as_a_change():
    got = _read("Britain's spending grew in real terms in 2024 (4.7 per cent), a brisk pace.")
    assert got[4.7] == ("contradicted", "real_change", "United Kingdom", 2024)  # 1.73


def test_real_terms_growth_judged_before_a_colon():
    got = _read("British real-terms growth has been slow: 0.87 per cent in 2023 and an "
                "estimated 1.73 per cent in 2024.")  # fmt: skip
    assert got[0.87] == ("supported", "real_change", "United Kingdom", 2023)
    assert got[1.73] == ("supported", "real_change", "United Kingdom", 2024)


def test_a_wrong_year_of_real_growth_before_a_colon_is_contradicted():
    got = _read("British real-terms growth has been slow: 0.87 per cent in 2023 and an "
                "estimated 2.73 per cent in 2024.")  # fmt: skip
    assert got[2.73] == ("contradicted", "real_change", "United Kingdom", 2024)


def test_an_increase_after_deflation_that_shrinks_to_a_figure():
    got = _read("Once deflated, no: after deflation, Italy's 2024 increase shrinks to only "
                "0.1 per cent, against a nominal rise of some 3 per cent.")  # fmt: skip
    assert got[0.1] == ("supported", "real_change", "Italy", 2024)
    assert got[3.0][0] == "unverifiable"  # the nominal rise: not in NATO's tables


def test_a_wrong_increase_after_deflation_is_contradicted():
    got = _read("After deflation, France's 2024 increase shrinks to just 1.1 per cent.")
    assert got[1.1] == ("contradicted", "real_change", "France", 2024)  # 6.05
    # (but a level reached after a real rise stays a level)
    got = _read("France's spending rose 6% in real terms in 2024, lifting it to the 2% mark.")
    assert got[2.0][1] == "share_of_gdp"


# Poland, NATO 2024 edition: constant 2015 USD 8,556.5 m in 2014 (Table 2, D66) and 26,838.5 m
# in 2024 (N66); real change since 2014: 213.66% (Table 4, F44), looked up with
# milex.observations("real_change_since_2014", "Poland", years=[2024], edition=2024).
def test_a_change_apposed_to_a_span_from_one_sum_to_another_runs_since_its_start():
    text = ("At constant 2015 prices, Poland's defence spending went from $8.6 billion in 2014 "
            "to $26.8 billion in 2024, a real increase of about {} per cent.")  # fmt: skip
    got = _read(text.format(214))
    assert got[214.0] == ("supported", "real_change", "Poland", 2024)
    got = _read(text.format(164))
    assert got[164.0] == ("contradicted", "real_change", "Poland", 2024)  # 213.66
