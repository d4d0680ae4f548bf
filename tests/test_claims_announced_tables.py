"""Tables as official papers set them out:

- a sentence announcing the lines below ('The table below shows ...'), after a label and
  its colon or alone, heads those lines as a title does: its ally and measure are theirs;
- a row of figures alone ('| 2.29 | 2.30 |') under a header row of years (fiscal ones too:
  '2022-23' is NATO's 2022 for the UK) under a title naming one ally is that ally's row;
- a numbered label before a title's colon ('Spring Statement 2024, table 4.1:') names the
  document: its year is not the year of the figures.

Official values (NATO 2024 edition, 17 June 2024, Table 3, looked up with
milex.observations("share_of_gdp", "United Kingdom", years=[year], edition=2024)): United
Kingdom 2021 2.29 (K40), 2022 2.29 (L40), 2023 2.30 (M40), 2024 2.33 (N40).
"""

from __future__ import annotations

import pytest

import milex


def judged(text: str, date: str = "2024-10-01") -> dict:
    return {(c.claim.subject, c.claim.year, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims}  # fmt: skip


@pytest.mark.parametrize("label", ["Parliamentary answer (Defence): ", ""])
def test_an_announcing_sentence_heads_the_lines_below(label):
    got = judged(f"{label}The table below shows British defence spending as a share of GDP, "
                 "on NATO's definition.\n2021-22: 2.29%\n2022-23: 2.39%\n2024-25: 2.33%")  # fmt: skip
    assert got[("United Kingdom", 2021, 2.29)] == "supported"
    assert got[("United Kingdom", 2022, 2.39)] == "contradicted"
    assert got[("United Kingdom", 2024, 2.33)] == "supported"


@pytest.mark.parametrize(("last", "verdict"), [("2.33", "supported"), ("2.53", "contradicted")])
def test_a_row_of_figures_under_fiscal_years_is_the_titles_allys(last, verdict):
    got = judged("UK defence spending on the NATO definition, % of GDP\n"
                 f"| 2021-22 | 2023-24 | 2024-25 |\n| 2.29 | 2.30 | {last} |")  # fmt: skip
    assert got[("United Kingdom", 2021, 2.29)] == "supported"
    assert got[("United Kingdom", 2023, 2.3)] == "supported"
    assert got[("United Kingdom", 2024, float(last))] == verdict


@pytest.mark.parametrize(("first", "verdict"), [("2.29", "supported"), ("2.09", "contradicted")])
def test_a_numbered_labels_year_is_the_documents(first, verdict):
    got = judged("Spring Statement 2024, table 4.1: UK defence spending, % of GDP\n"
                 f"| 2022 | 2023 |\n| {first} | 2.30 |")  # fmt: skip
    assert got[("United Kingdom", 2022, float(first))] == verdict
    assert got[("United Kingdom", 2023, 2.3)] == "supported"
