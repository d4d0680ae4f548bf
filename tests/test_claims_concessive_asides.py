"""A share of GDP named in a concessive aside ('Italy, despite its low share of GDP, has raised
real spending by 43% since 2014') does not make the change after it a change of the share:
the change is of real spending, judged on NATO's Table 4; and a 'Since 2014' opening the
sentence without its comma still dates the change past such an aside. Official values: NATO's
2024 edition, Table 4 (real change 2014-2024: Italy 43.49%), looked up with
milex.observations("real_change_since_2014", "Italy", years=[2024], edition=2024)."""

from __future__ import annotations

from tests.conftest import one_with_value

DAY = "2024-07-01"  # after the 2024 edition (17 June 2024)


def test_a_change_after_a_concessive_aside_on_the_share_is_of_spending():
    # 2024 ed. Table 4: Italy 43.49%
    text = "Italy, despite its low share of GDP, has raised real spending by 43% since 2014."
    found = one_with_value(text, DAY, 43.0, "Italy")
    assert (found.claim.kind, found.claim.since, found.verdict) == ("real_change", 2014,
                                                                    "supported")  # fmt: skip


def test_a_wrong_change_after_a_concessive_aside_is_contradicted():
    # 2024 ed. Table 4: Italy 43.49%, not 53% (nor is 53% its 2024 change, 0.12%)
    text = "Since 2014 Italy, though its share of GDP is low, has raised real spending by 53%."
    found = one_with_value(text, DAY, 53.0, "Italy")
    assert (found.claim.kind, found.claim.since, found.verdict) == ("real_change", 2014,
                                                                    "contradicted")  # fmt: skip
