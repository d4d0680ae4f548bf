"""A sentence that dates the figures it speaks of ('SIPRI's figures for 2023 ...', 'NATO's 2023
data ...') gives its year to the figures of the sentences after it in its paragraph that name
no time of their own ('Canada (1.25%) and Luxembourg (0.77%) sit near the bottom'), whatever
their tense, as it gives them its source. They had been read as of the latest year.

Not a year that dates an event ('In 2014 only three allies met it.'), nor past a sentence that
names a time of its own or the paragraph's end.

SIPRI's April 2025 release, milex.observations("share_of_gdp", [...], source="SIPRI"):
Canada 2023 1.25, 2024 1.31; Luxembourg 2023 0.77, 2024 0.96; Portugal 2023 1.47, 2024 1.53.
NATO's 2025 edition (edition=2025): Norway 2023 1.82, 2025 3.35 (estimate); Canada 2025 2.01.
"""

import milex

DATE = "2025-10-01"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_the_dated_figures_carry_their_year_to_the_next_sentence():
    canada, luxembourg = _claims(
        "SIPRI's figures for 2023 put Poland at the head of the alliance. Canada (1.25%) and "
        "Luxembourg (0.77%) sit near the bottom."
    )
    assert (canada.verdict, canada.claim.year, canada.claim.source) == ("supported", 2023, "SIPRI")
    assert (luxembourg.verdict, luxembourg.claim.year) == ("supported", 2023)


def test_a_later_year_figure_under_the_dated_figures_is_contradicted():
    _canada, luxembourg = _claims(
        "SIPRI's figures for 2023 put Poland at the head of the alliance. Canada (1.25%) and "
        "Luxembourg (0.96%) sit near the bottom."
    )
    assert (luxembourg.verdict, luxembourg.claim.year) == ("contradicted", 2023)  # 0.77


def test_the_year_holds_through_the_paragraph():
    *_, portugal = _claims(
        "SIPRI's 2023 data put Poland at the head of the alliance. Canada (1.25%) sits near the "
        "bottom. Portugal, on 1.47% of GDP, is not far ahead."
    )
    assert (portugal.verdict, portugal.claim.year) == ("supported", 2023)


def test_not_past_the_paragraph_nor_from_an_event_year():
    norway, later = _claims(
        "NATO's figures for 2023 put Poland first. Norway (1.82%) sits mid-table.\n\n"
        "Norway, at 3.35% of GDP, ranks far higher."
    )
    assert (norway.verdict, norway.claim.year) == ("supported", 2023)
    assert (later.verdict, later.claim.year) == ("supported", 2025)
    found = _claims(
        "In 2014 only three allies met the guideline. Norway (3.35%) and Canada (2.01%) clear it."
    )
    levels = [c for c in found if c.claim.value in (3.35, 2.01)]
    assert [(c.verdict, c.claim.year) for c in levels] == [("supported", 2025)] * 2
