"""A timeline's items: lines that open on a year and a dash or a colon, after a bullet or not,
under a heading naming the ally ('2014 – 1.15', '- 2023: 1.66%', '• 2024 – joins the top
group; 2.05%'). Each line's figures are the heading's ally's, in the line's own year, the
measure from the heading ('% of GDP') or from the figure's own '%'. Before, a line of a
year, a dash and a bare share was read as nobody's (no letters) or not read at all, and a
line with words took the year of the article. A heading such as 'Norway's road to 2%' names
a goal, not a level spent.

Official values (NATO 2024 edition, milex.observations("share_of_gdp", ALLY, years=[...],
edition=2024)): Netherlands 2014 1.15, 2019 1.32, 2022 1.44, 2023 1.66, 2024 2.05; Norway
2014 1.54, 2019 1.84, 2023 1.81, 2024 2.20.
"""

from __future__ import annotations

import milex

DAY = "2024-07-10"  # the 2024 edition is current


def _read(text: str, day: str = DAY) -> dict[float, tuple[str, str, int | None]]:
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=day).claims
    }


def test_a_timeline_of_bare_shares_under_a_title_naming_the_ally_and_gdp():
    got = _read("The Dutch defence effort (NATO figures, % of GDP)\n2014 – 1.15\n2019 – 1.32\n"
                "2023 – 1.76\n2024 – 2.05 (est.)")  # fmt: skip
    assert got[1.15] == ("supported", "Netherlands", 2014)
    assert got[1.32] == ("supported", "Netherlands", 2019)
    assert got[1.76] == ("contradicted", "Netherlands", 2023)  # 1.66
    assert got[2.05] == ("supported", "Netherlands", 2024)


def test_a_timeline_of_percentages_under_a_heading_of_the_allys_name_alone():
    got = _read("Norway\n2014 – 1.54%\n2019 – 1.84%\n2023 – 1.91%\n2024 – 2.20%")
    assert got[1.54] == ("supported", "Norway", 2014)
    assert got[1.84] == ("supported", "Norway", 2019)
    assert got[1.91] == ("contradicted", "Norway", 2023)  # 1.81
    assert got[2.2] == ("supported", "Norway", 2024)


def test_bulleted_items_with_a_colon_after_the_year():
    got = _read("Netherlands\n- 2022: 1.44%\n- 2023: 1.66%\n- 2024: 2.05% (estimate)")
    assert got[1.44] == ("supported", "Netherlands", 2022)
    assert got[1.66] == ("supported", "Netherlands", 2023)
    assert got[2.05] == ("supported", "Netherlands", 2024)


def test_an_item_with_words_before_its_figure_keeps_the_lines_year():
    got = _read("Norway\n2023 – 1.81%\n2024 – passes the guideline at last; 2.20%")
    assert got[2.2] == ("supported", "Norway", 2024)


def test_an_item_of_counts_is_of_its_year():
    got = _read("Milestones of the 2% guideline\n2014 – Wales: the pledge; three allies meet "
                "it.\n2023 – Vilnius: 2% becomes a floor; ten allies meet it.")  # fmt: skip
    assert got[3] == ("supported", "NATO", 2014)
    assert got[10] == ("supported", "NATO", 2023)


def test_a_heading_naming_the_road_to_a_level_is_no_level_spent():
    got = _read("Norway's road to 2%\n2014 – 1.54%\n2019 – 1.84%")
    assert got[2][0] == "unverifiable"  # a goal (Norway spent 2.20% in 2024: no verdict)
    assert got[1.54] == ("supported", "Norway", 2014)


def test_a_span_opening_a_line_is_no_items_year():
    got = _read("Norway\n2014 – 2024: from 1.54% to 2.20%")
    assert got[1.54] == ("supported", "Norway", 2014)
    assert got[2.2] == ("supported", "Norway", 2024)
