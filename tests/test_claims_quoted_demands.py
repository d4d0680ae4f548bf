"""A level someone says an ally 'must' reach is a demand, not a figure of what it spent: no
verdict of its own, while a spent figure beside it is still judged.

Official value (NATO's 2024 edition, 17 June 2024, Table 3, looked up with
`milex.observations("share_of_gdp", "Italy", years=[2024], edition=2024)`): Italy 2024 = 1.49.
"""

from __future__ import annotations

import milex


def verdicts(text: str, day: str = "2024-06-20") -> dict[float, str]:
    return {c.claim.value: c.verdict for c in milex.check(text, date=day).claims}


def test_a_level_an_ally_must_reach_is_no_measured_figure():
    found = verdicts("'Italy must get to 3%,' a fund manager told clients. Rome spent 1.49% of "
                     "GDP on defence in 2024.")  # fmt: skip
    assert found.get(3.0) in (None, "unverifiable")
    assert found[1.49] == "supported"


def test_a_spent_figure_after_the_demand_is_still_judged():
    # after the colon the clause states what was spent: 3% is wrong for 2024 (1.49)
    found = verdicts("Italy must do more: it spent 3% of GDP on defence in 2024, NATO says.")
    assert found[3.0] == "contradicted"


def test_a_must_of_a_named_commitment_states_it():
    # The Hague, 25 June 2025: 5% of GDP by 2035, as a rule the sentence reports
    report = milex.check("Under the Hague deal, allies must reach 5% of GDP by 2035.",
                         date="2025-07-20")  # fmt: skip
    assert [(c.claim.kind, c.verdict) for c in report.claims] == [("guideline_value", "supported")]
