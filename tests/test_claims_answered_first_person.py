"""A fact-check's quoted claim in the first person by a speaker of no known country ('CLAIM:
"We spend 2.5% of our GDP," the prime minister said.') is about the one ally its answer, a few
sentences on, gives the same kind of figure for (corrections.answered_we); only under a
fact-check's labels: in running text 'we' stays untied.

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", "Italy",
years=[2024], edition=2024): Italy 2024: 1.49.
"""

from __future__ import annotations

import pytest

import milex


def first(text: str):
    return milex.check(text, date="2024-07-20").claims[0]


@pytest.mark.parametrize(("share", "verdict"), [("2.5", "contradicted"), ("1.5", "supported")])
def test_the_answer_names_whom_we_means(share, verdict):
    got = first(f'CLAIM: "We already spend {share}% of our GDP on defence," the prime minister '
                "told parliament.\nVERDICT: False.\nNATO's June estimates put Italian defence "
                "spending at 1.49% of GDP this year.")  # fmt: skip
    assert (got.claim.subject, got.verdict) == ("Italy", verdict)


def test_without_a_fact_checks_labels_we_stays_untied():
    got = first('"We already spend 2.5% of our GDP on defence," the prime minister told '
                "parliament. NATO's June estimates put Italian defence spending at 1.49% of GDP "
                "this year.")  # fmt: skip
    assert got.claim.value == 2.5 and got.verdict == "unverifiable"
