"""What a later word points back to in an informal post: the year before the figure just
given, not before a count read after it; a re-dating sentence with an adjective before its
noun ("That was 2024's old figure"); the guideline the sentence before gave the value of, for
'there' in a count ('3.5% of that is core.' then 'only five allies are there').

Official values, looked up with milex.observations (2026 edition, core basis):
("share_of_gdp", "Czechia", years=[2025, 2026], edition=2026) 1.86 (R1729C6), 2.01 (R1730C6);
("share_of_gdp", "Spain", years=[2024], edition=2026) 1.42 (R1793C6);
("share_of_gdp", None, years=[2026], edition=2026) at or above 3.5: Estonia 5.10, Greece
3.65, Latvia 4.92, Lithuania 5.33, Poland 4.68 (five allies).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple[str | None, str, float, int | None, str]]:
    return [(c.claim.subject, c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize("before, verdict", [("1.86", "supported"), ("1.66", "contradicted")])
def test_the_year_before_a_figure_not_a_later_count(before, verdict):
    text = (
        "A thread on Czechia. NATO's new table has it at 2.01% of GDP in 2026. "
        f"The year before it was at {before}%, one of just three allies below 2%."
    )
    found = _found(text, "2026-08-01")
    assert ("Czechia", "share_of_gdp", float(before), 2025, verdict) in found


@pytest.mark.parametrize("level, verdict", [("1.4", "supported"), ("1.9", "contradicted")])
def test_an_old_figure_redated(level, verdict):
    text = f"A chart going round says Spain is at {level}%. That was 2024's old figure."
    assert _found(text, "2026-07-10") == [("Spain", "share_of_gdp", float(level), 2024, verdict)]


@pytest.mark.parametrize("count, verdict", [("five", "supported"), ("two", "contradicted")])
def test_there_is_the_line_given_last(count, verdict):
    text = (
        "Quick thread. 1/ The Hague goal is 5% by 2035. 2/ 3.5% of that is core. "
        f"3/ This year only {count} allies are there."
    )
    counts = [f for f in _found(text, "2026-07-10") if f[1] == "count_meeting"]
    value = {"five": 5.0, "two": 2.0}[count]  # (two are at 5%: not the line spoken of)
    assert counts == [("NATO", "count_meeting", value, 2026, verdict)]
