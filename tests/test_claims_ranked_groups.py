"""'The four members which put the least of their GDP into defence in 2023 — A, B, C and D':
a group named by its place at one end of the ranking, its allies listed after a dash, a colon
or a bracket, is a ranking claim (each listed ally in the last, or first, N places), not a
count of the allies at a level (the group's size had been read as one).

Values (share of GDP), milex.observations("share_of_gdp", [...], years=[...], edition=...):
- NATO 2024 edition, 2023: Luxembourg 1.117, Spain 1.194, Belgium 1.209, Canada 1.308 (the four
  lowest), Slovenia 1.339, Czechia 1.370, Portugal 1.477 (7th lowest).
- NATO 2025 edition, 2024: Poland 3.789, Estonia 3.366, Latvia 3.360 (the three highest),
  United States 3.205 (4th).
"""

import milex


def _ranks(text, date):
    return [c for c in milex.check(text, date=date).claims if c.claim.kind == "ranking"]


def test_the_bottom_group_listed_after_a_dash_is_ranked():
    got = _ranks(
        "The four members which put the least of their GDP into defence in 2023 — Luxembourg, "
        "Spain, Belgium and Canada — are all in western Europe or North America.",
        "2024-09-01",
    )
    assert len(got) == 1
    assert got[0].verdict == "supported"
    assert got[0].claim.year == 2023
    # a list of another length than the group's is not the group: no rank is read
    assert not _ranks(
        "The four members which put the least of their GDP into defence in 2023 — Luxembourg, "
        "Spain and Belgium — are all in western Europe.",
        "2024-09-01",
    )


def test_a_listed_ally_outside_the_bottom_group_is_contradicted():
    got = _ranks(
        "The four members which put the least of their GDP into defence in 2023: Luxembourg, "
        "Spain, Belgium and Portugal.",
        "2024-09-01",
    )
    assert len(got) == 1
    assert got[0].verdict == "contradicted"  # Portugal is 7th lowest (1.477)


def test_the_top_group_in_brackets_is_ranked():
    got = _ranks(
        "The three nations that devoted the most relative to GDP in 2024 (Poland, Estonia and "
        "Latvia) border Russia or Belarus.",
        "2025-09-15",
    )
    assert [c.verdict for c in got] == ["supported"]


def test_the_top_group_with_a_wrong_ally_is_contradicted():
    got = _ranks(
        "The three nations that devoted the most relative to GDP in 2024 (Poland, Estonia and "
        "the United States) border Russia or Belarus.",
        "2025-09-15",
    )
    assert [c.verdict for c in got] == ["contradicted"]  # the US is 4th (3.205)


def test_the_group_size_is_not_a_count_of_allies_at_a_level():
    report = milex.check(
        "The four members which put the least of their GDP into defence in 2023 — Luxembourg, "
        "Spain, Belgium and Canada — stayed below 2%.",
        date="2024-09-01",
    )
    assert not [c for c in report.claims if c.claim.kind == "count_meeting"]


# 'ranked from the bottom up: A (x%), B (y%), ...': the order of the list is a claim of its own.
# NATO 2024 edition, 2023: Poland 3.260, United States 3.232, Estonia 3.037, Latvia 2.874 (the
# four highest, in that order).


def test_a_list_in_the_order_said_is_supported():
    got = _ranks(
        "The alliance's 2023 stragglers, from lowest to highest: Luxembourg (1.12% of GDP), "
        "Spain (1.19%), Belgium (1.21%) and Canada (1.31%).",
        "2024-09-01",
    )
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].claim.ranked_with == ["LUX", "ESP", "BEL", "CAN"]


def test_a_list_out_of_the_order_said_is_contradicted():
    got = _ranks(
        "The biggest spenders relative to GDP in 2023, in descending order: Poland, Estonia, "
        "the United States and Latvia.",
        "2024-09-01",
    )
    assert [c.verdict for c in got] == ["contradicted"]  # the US (3.232) is above Estonia
