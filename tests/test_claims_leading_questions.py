"""A question that opens on a frame asserting its that-clause ('Is it not the case that ...?',
'Will the Minister confirm that ...?', 'Does she not agree that ...?') states the figures of
that clause as the speaker's own; a plain question ('Is Italy at 2%?', 'Is it true that
...?') still asks and carries no claim.

Values from NATO's 2024 edition (17 June 2024), Table 3, share of GDP, 2024e: Greece 3.08,
Latvia 3.15, Canada 1.37, Spain 1.28, Italy 1.49.
"""

from __future__ import annotations

import milex


def verdicts(text: str, date: str = "2024-07-10") -> dict:
    return {(c.claim.subject_code, c.claim.value): c.verdict
            for c in milex.check(text, date=date).claims if c.claim.kind == "share_of_gdp"}  # fmt: skip


def test_is_it_not_the_case_that_states_its_clause():
    got = verdicts("Is it not the case that Latvia and Greece devote 3.15% and 3.08% of GDP "
                   "respectively?")  # fmt: skip
    assert got == {("LVA", 3.15): "supported", ("GRC", 3.08): "supported"}
    got = verdicts("Is it not the case that Italy spends 1.8% of GDP on defence?")
    assert got == {("ITA", 1.8): "contradicted"}


def test_confirm_that_states_the_figures_in_its_clause():
    got = verdicts("Will the Minister confirm that Spain, at 1.28%, and Canada, at 1.37%, "
                   "remain far below the guideline?")  # fmt: skip
    # (each is also read as below the 2% guideline, which both are)
    assert got == {("ESP", 1.28): "supported", ("CAN", 1.37): "supported",
                   ("ESP", 2.0): "supported", ("CAN", 2.0): "supported"}  # fmt: skip
    got = verdicts("Will the Minister confirm that Spain, at 1.6%, still trails its allies?")
    assert got == {("ESP", 1.6): "contradicted"}


def test_plain_questions_still_ask():
    assert verdicts("Is Italy at 1.49% of GDP?") == {}
    assert verdicts("Is it true that Italy spends 1.49% of GDP?") == {}
    assert verdicts("Can the Minister say whether Italy spends 1.49% of GDP?") == {}
