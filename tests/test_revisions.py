"""Revisions between editions, NATO beside SIPRI, and burden-sharing, against the official tables."""

from __future__ import annotations

import pandas as pd
import pytest

import milex
from milex.errors import BadParameter

AGGREGATES = {"NATO Total", "NATO Europe and Canada"}


def official(sources, edition: int) -> pd.DataFrame:
    frame = pd.read_csv(sources / f"nato-{edition}" / f"nato_{edition}_tables_long.csv")
    frame["table"] = frame["table"].astype(str)
    return frame


def official_share(sources, edition, ally, year) -> float:
    t = official(sources, edition)
    row = t[
        (t["table"] == "3")
        & (t["measure"] == "def_exp_pct_gdp")
        & (t["ally"] == ally)
        & (t["year"] == year)
    ]
    return float(row["value"].iloc[0])


def core_share(sources, geo, year) -> float:
    """Table 3 of the 2026 edition (core defence expenditure), from the conversion we hold."""
    t = pd.read_csv(sources / "nato-2026" / "nato_defence_2026_conversion.csv")
    row = t[(t["geo"] == geo) & (t["measure"] == "core_share_gdp") & (t["year"] == year)]
    return float(row["value"].iloc[0])


@pytest.mark.parametrize(
    "ally, geo, before, after, core",
    [("Poland", "PL", 4.12, 3.79, 3.75), ("Germany", "DE", 2.12, 2.00, 2.00)],
)
def test_value_in_every_edition(sources, ally, geo, before, after, core):
    assert round(official_share(sources, 2024, ally, 2024), 2) == before
    assert round(official_share(sources, 2025, ally, 2024), 2) == after
    assert core_share(sources, geo, 2024) == core
    rows = milex.revision_history(ally, "share_of_gdp", years=2024)
    assert rows["edition"].tolist() == [2024, 2025, 2026]
    assert rows["value"].round(2).tolist() == [before, after, core]
    assert rows["change_from_previous"].iloc[1] == pytest.approx(
        official_share(sources, 2025, ally, 2024) - official_share(sources, 2024, ally, 2024)
    )
    assert rows["price_base"].tolist() == ["constant 2015", "constant 2021", "constant 2021"]
    # 2025 -> 2026 is a change of definition (core defence expenditure), never a plain revision
    assert rows["change_kind"].tolist()[1:] == ["revision", "change of definition"]
    assert rows["basis"].tolist()[1:] == ["defence expenditure", "core defence expenditure"]
    assert any("core defence expenditure" in n for n in rows.attrs["notes"])


def test_poland_2025_from_the_2025_to_the_2026_edition_is_a_change_of_definition(sources):
    assert core_share(sources, "PL", 2025) == 4.25
    row = milex.largest_revisions(ally="Poland", years=2025).iloc[0]  # default: 2025 -> 2026
    assert (row["from_edition"], row["to_edition"]) == (2025, 2026)
    assert (round(row["value_from"], 2), row["value_to"]) == (4.48, 4.25)
    assert row["change_kind"] == "change of definition"
    assert (row["basis_from"], row["basis_to"]) == (
        "defence expenditure",
        "core defence expenditure",
    )


def test_largest_revisions_between_the_two_editions(sources):
    a = official(sources, 2024)
    b = official(sources, 2025)
    key = ["ally", "year"]
    pick = (a["table"] == "3") & (a["measure"] == "def_exp_pct_gdp")
    both = a[pick][[*key, "value"]].merge(
        b[(b["table"] == "3") & (b["measure"] == "def_exp_pct_gdp")][[*key, "value"]], on=key
    )
    both = both[~both["ally"].isin(AGGREGATES)]
    both["revision"] = both["value_y"] - both["value_x"]
    expected = both.reindex(both["revision"].abs().sort_values(ascending=False).index).head(5)

    got = milex.largest_revisions("share_of_gdp", 2024, 2025, n=5)
    assert list(zip(got["ally"], got["year"], strict=True)) == list(
        zip(expected["ally"], expected["year"], strict=True)
    )
    assert got["revision"].tolist() == pytest.approx(expected["revision"].tolist())
    assert set(got["change_kind"]) == {"revision"}
    poland = milex.largest_revisions(
        from_edition=2024, to_edition=2025, ally="Poland", years=2024
    ).iloc[0]
    assert (round(poland["value_from"], 2), round(poland["value_to"], 2)) == (4.12, 3.79)


def test_nato_beside_sipri_states_why_they_differ(sources):
    sipri = pd.read_csv(sources / "sipri" / "sipri_milex_long.csv", low_memory=False)
    frame = milex.nato_vs_sipri("Germany", years=2024, edition=2024)
    row = frame.iloc[0]
    assert row["nato"] == pytest.approx(official_share(sources, 2024, "Germany", 2024))
    assert row["nato_edition"] == 2024 and row["sipri_edition"] == 2025
    assert row["difference"] == pytest.approx(row["sipri"] - row["nato"])
    expected = sipri[
        (sipri["country"] == "Germany")
        & (sipri["measure"] == "milex_pct_gdp")
        & (sipri["year"] == 2024)
    ]["value"]
    assert row["sipri"] == pytest.approx(float(expected.iloc[0]))
    notes = " ".join(frame.attrs["notes"])
    for reason in ("paramilitary", "Ukraine", "fiscal year", "GDP source", "real GDP"):
        assert reason.lower() in notes.lower()
    us = milex.nato_vs_sipri("US", years=2024)
    assert "aid to Ukraine" in us["note"].iloc[0]
    assert us["nato_edition"].iloc[0] == 2026  # the latest edition: on the core basis, said so
    assert any("core defence expenditure" in n for n in us.attrs["notes"])


def test_compare_refuses_measures_with_different_price_bases():
    with pytest.raises(BadParameter, match="base years"):
        milex.nato_vs_sipri("Germany", measure="spending_usd_constant")


def test_burden_sharing_shares_from_the_official_tables(sources):
    t = official(sources, 2024)
    t = t[(t["year"] == 2024) & ~t["ally"].isin(AGGREGATES)]
    gdp = t[t["measure"] == "gdp_usd_current"].set_index("ally")["value"]
    spend = t[t["measure"] == "def_exp_usd_current"].set_index("ally")["value"]
    since = t[t["measure"] == "def_exp_real_change_2014_2024_pct"].set_index("ally")["value"]
    b = milex.burden_sharing(2024, edition=2024).set_index("ally")
    assert len(b) == 32
    for ally in ("United States", "Poland", "Germany", "Iceland"):
        assert b.loc[ally, "gdp_share"] == pytest.approx(gdp[ally] / gdp.sum() * 100)
    assert b.loc["Poland", "spending_share"] == pytest.approx(spend["Poland"] / spend.sum() * 100)
    assert pd.isna(b.loc["Iceland", "spending_share"])
    # Compounding Table 3's annual real changes gives NATO's Table 4 figure.
    for ally in since.index:
        assert b.loc[ally, "real_change_since_2014"] == pytest.approx(since[ally], rel=1e-6)
    assert b.loc["Poland", "rank_share_of_gdp"] == 1
    assert b.loc["United States", "rank_spending"] == 1


def test_burden_sharing_for_the_2025_edition_says_where_money_comes_from():
    b = milex.burden_sharing(edition=2025)
    assert (b["money_edition"] == 2024).all() and (b["year"] == 2024).all()
    assert any("from the 2024 edition" in n for n in b.attrs["notes"])
