"""A number with decimals and no unit in the slot of a share of GDP said just before with its
unit is a share of GDP too: after an ally's name and 'at' in a run ('Norway is at 2.20 percent,
Bulgaria at 2.18'), after a word setting it against the share ('..., against 1.66 in 2023';
'from 2.80 to 3.08'), followed by its own time as the share was ('2.05 percent this year, 1.66
last year'), or in the next sentence after a verb of spending ('In 2023 they spent 1.81').
The decimals must be written as the share's were (but an ally's 'at' needs no more).

Values from NATO's 2024 edition, looked up with milex.observations("share_of_gdp", ALLY,
years=[2023, 2024], edition=2024): Norway 2024 2.20, 2023 1.81; Bulgaria 2024 2.18;
Netherlands 2024 2.05, 2023 1.66; Greece 2024 3.08, 2023 2.80; Canada 2024 1.37.
"""

from __future__ import annotations

import pytest

import milex


def read(text: str):
    return [(c.claim.subject, c.claim.year, c.claim.value, c.verdict)
            for c in milex.check(text, date="2024-07-05").claims
            if c.claim.kind == "share_of_gdp"]  # fmt: skip


@pytest.mark.parametrize(("bare", "verdict"), [("2.18", "supported"), ("2.81", "contradicted")])
def test_an_allys_at_in_a_run(bare, verdict):
    got = read(f"Norway is at 2.20 percent this year and Bulgaria at {bare}.")
    assert got[1:] == [("Bulgaria", 2024, float(bare), verdict)]
    # (after a share said in words too)
    got = read("Some allies are still under two percent, Canada at 1.37 for one.")
    assert [(s, v, w) for s, _y, v, w in got] == [("Canada", 1.37, "supported")]


@pytest.mark.parametrize(("bare", "verdict"), [("1.66", "supported"), ("1.96", "contradicted")])
def test_set_against_the_share(bare, verdict):
    got = read(f"The Netherlands spends 2.05% of GDP this year, against {bare} in 2023.")
    assert got[1:] == [("Netherlands", 2023, float(bare), verdict)]


@pytest.mark.parametrize(("bare", "verdict"), [("2.80", "supported"), ("2.08", "contradicted")])
def test_a_move_from_a_bare_start(bare, verdict):
    got = read(f"Greece went from {bare} in 2023 to 3.08 percent this year.")
    assert ("Greece", 2023, float(bare), verdict) in got


@pytest.mark.parametrize(("bare", "verdict"), [("1.66", "supported"), ("1.16", "contradicted")])
def test_its_own_time_as_the_share_had(bare, verdict):
    got = read(f"Dutch spending: 2.05 percent of GDP this year, {bare} last year.")
    assert got[1:] == [("Netherlands", 2023, float(bare), verdict)]


@pytest.mark.parametrize(("bare", "verdict"), [("1.81", "supported"), ("1.18", "contradicted")])
def test_the_next_sentence_spends_it(bare, verdict):
    got = read(f"Norway spends 2.20 percent of GDP this year. In 2023 it spent {bare}.")
    assert got[1:] == [("Norway", 2023, float(bare), verdict)]
    # other decimals, or no share's slot: unread
    got = read("Norway spends 2.20 percent of GDP this year; its frigates cost 1.5 each.")
    assert [v for _s, _y, v, _w in got] == [2.2]
    got = read("Norway spends 2.20 percent of GDP this year. Its index stood near 1.8.")
    assert [v for _s, _y, v, _w in got] == [2.2]
