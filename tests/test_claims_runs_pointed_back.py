"""A clause after a semicolon that opens on words pointing back to a run of allies ('...;
all three are', '...; they are', '...; both are') speaks of the allies that run named before
the semicolon: its figures are theirs, and figures said 'respectively' pair with them in order.
A count that does not match the run ('all three' after two allies) points nowhere.

Official values (NATO, Defence Expenditure of NATO Countries, 2024 edition, 17 June 2024),
looked up with milex.observations("share_of_gdp", ally, years=[2024], edition=2024):
Belgium 2024 1.30, Spain 2024 1.28, Italy 2024 1.49.
"""

from __future__ import annotations

import milex

DAY = "2024-09-10"  # the 2024 edition is current; "this year" is 2024


def _verdicts(text: str) -> list[tuple[float, str | None, int | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.subject, c.claim.year, c.verdict) for c in report.checked]


def test_counted_run_after_semicolon_pairs_figures_respectively():
    got = _verdicts(
        "Belgium, Spain and Italy trail far behind; all three are under 1.5% this year, at "
        "1.30%, 1.28% and 1.49% respectively."
    )
    assert (1.3, "Belgium", 2024, "supported") in got
    assert (1.28, "Spain", 2024, "supported") in got
    assert (1.49, "Italy", 2024, "supported") in got
    assert (1.5, "Spain", 2024, "supported") in got


def test_counted_run_after_semicolon_contradicts_a_wrong_figure():
    # Spain's 2024 share is 1.28, not 1.38
    got = _verdicts(
        "Belgium, Spain and Italy trail far behind; all three are under 1.5% this year, at "
        "1.30%, 1.38% and 1.49% respectively."
    )
    assert (1.38, "Spain", 2024, "contradicted") in got
    assert (1.3, "Belgium", 2024, "supported") in got


def test_pronoun_after_semicolon_gives_the_run_a_shared_level():
    got = _verdicts("Belgium and Spain trail far behind; they are under 1.4% this year.")
    assert (1.4, "Belgium", 2024, "supported") in got
    assert (1.4, "Spain", 2024, "supported") in got
    got = _verdicts("Belgium and Spain trail far behind; both are under 1.4% this year.")
    assert (1.4, "Belgium", 2024, "supported") in got
    assert (1.4, "Spain", 2024, "supported") in got
    # a count that is not the run's points to no one of it
    got = _verdicts("Belgium and Spain trail far behind; all three are under 1.4% this year.")
    assert not [v for v in got if v[1] in ("Belgium", "Spain")]


def test_shared_level_wrong_for_the_run_is_contradicted():
    # both shares are above 1.2 (1.30 and 1.28)
    got = _verdicts("Belgium and Spain trail far behind; both are under 1.2% this year.")
    assert (1.2, "Belgium", 2024, "contradicted") in got
    assert (1.2, "Spain", 2024, "contradicted") in got
