"""Shapes of informal posts and digests that had a figure judged as someone else's, as another
measure or of another year:

- an item of a run headed by the alliance as a whole ('..., all of NATO 2.71%', '..., the
  whole alliance +5.6%') is the alliance's, not the group named in the item before;
- after a change, a level the spending 'reached' ('went +51% real and still only reached
  2.02%') is a share of GDP, not a second change;
- a label naming a level and the year it was spent in ('Core spending 2026: 3.22% of GDP') is
  that year's level, never the value of the core commitment;
- a year with its century cut off ("in '22") is that year.

Official values, looked up with milex.observations:
("share_of_gdp", "NATO", years=[2024], edition=2024) 2.71 (TABLE3 N43); "NATO Europe and
  Canada" 2.02 (N42); "France" 2023 = 1.96 (M20), 2022 = 1.88 (L20).
("real_change", "NATO", years=[2026], edition=2026) 5.64 (R1522C6); "NATO Europe and Canada"
  10.98 (R1509C6).
("real_change", "Slovenia", years=[2025], edition=2025) 51.47 (R27C13); ("share_of_gdp",
  "Slovenia", ...) 2.02 (R27C13).
("share_of_gdp", "Norway", years=[2026], edition=2026) 3.17 (R1977C6).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple[str | None, str, float, int | None, str]]:
    return [(c.claim.subject, c.claim.kind, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


@pytest.mark.parametrize("nato, verdict", [("2.71", "supported"), ("2.91", "contradicted")])
def test_all_of_nato_closing_a_run(nato, verdict):
    text = f"NATO's 2024 estimates, in one line: Europe & Canada 2.02%, all of NATO {nato}%."
    found = _found(text, "2024-06-20")
    assert ("Europe and Canada", "share_of_gdp", 2.02, 2024, "supported") in found
    assert ("NATO", "share_of_gdp", float(nato), 2024, verdict) in found


@pytest.mark.parametrize("nato, verdict", [("5.6", "supported"), ("8.6", "contradicted")])
def test_the_whole_alliance_closing_a_run_of_changes(nato, verdict):
    text = (
        "This year's core table, real terms: Europe and Canada +11.0%, "
        f"the whole alliance +{nato}%."
    )
    found = _found(text, "2026-07-12")
    assert ("Europe and Canada", "real_change", 11.0, 2026, "supported") in found
    assert ("NATO", "real_change", float(nato), 2026, verdict) in found


@pytest.mark.parametrize("level, verdict", [("2.02", "supported"), ("2.42", "contradicted")])
def test_a_level_reached_after_a_change(level, verdict):
    text = (
        f"Slovenia grew its spending 51% in real terms this year and still only reached {level}%."
    )
    found = _found(text, "2025-09-01")
    assert ("Slovenia", "real_change", 51.0, 2025, "supported") in found
    assert ("Slovenia", "share_of_gdp", float(level), 2025, verdict) in found


def test_a_dated_label_is_no_commitment():
    text = "Norway, by the numbers.\nCore spending 2026: 3.17% of GDP."
    found = _found(text, "2026-07-10")
    assert not any(kind == "guideline_value" for _s, kind, *_rest in found)
    assert [f for f in found if f[2] == 3.17 and f[4] == "contradicted"] == []


@pytest.mark.parametrize("earlier, verdict", [("1.88", "supported"), ("1.68", "contradicted")])
def test_years_with_their_century_cut_off(earlier, verdict):
    text = f"France: 1.96% of GDP in '23, {earlier}% in '22 (NATO, 2024 tables)."
    found = _found(text, "2024-06-20")
    assert ("France", "share_of_gdp", 1.96, 2023, "supported") in found
    assert ("France", "share_of_gdp", float(earlier), 2022, verdict) in found


def test_a_signed_item_under_a_plain_header_is_a_change():
    # a '+' figure under a header naming no measure is a change, never a share of GDP
    found = _found("This year's core table: Europe and Canada +11.0%.", "2026-07-12")
    assert found == [("Europe and Canada", "real_change", 11.0, 2026, "supported")]
