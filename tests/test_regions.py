"""SIPRI's world and regional totals in the dataset: found by name and code, kept apart from
countries, checked by the build, and leaving every country-level answer as it was.

Figures from SIPRI's April 2025 release (its fact sheet quotes the world's $2718 bn and
Europe's $693 bn for 2024).
"""

from __future__ import annotations

import sqlite3

import pandas as pd
import pycountry
import pytest

import milex
from milex import dataset
from milex.dataset import build
from milex.dataset.export import export
from milex.dataset.sql import query
from milex.dataset.totals import region_total
from milex.errors import UnknownName
from milex.reference import alliance, regions
from milex.reference.publications import PUBLICATIONS


def test_world_and_europe_in_2024_by_name_and_by_code():
    world = milex.observations("spending_usd_current", "World", 2024, source="SIPRI")
    assert len(world) == 1 and round(world["value"].iloc[0] / 1000) == 2718  # million -> bn
    row = world.iloc[0]
    assert (row["iso3"], row["entity"], row["unit"], row["price_base"]) == (
        "SIPRI:WORLD", "region", "million USD", "current"
    )  # fmt: skip
    europe = milex.observations("spending_usd_current", "SIPRI:EUROPE", 2024, source="SIPRI")
    assert europe["country"].tolist() == ["Europe"]
    assert round(europe["value"].iloc[0] / 1000) == 693
    constant = milex.observations("spending_usd_constant", "world", 2024, source="SIPRI")
    assert round(constant["value"].iloc[0] / 1000) == 2677
    assert constant["price_base"].iloc[0] == "constant 2023"


def test_region_total_gives_one_figure_with_its_provenance():
    world = region_total("World", 2024)
    assert round(world.value / 1e6, 2) == 2.72  # "$2.72 trillion"
    assert (world.edition, world.row.cell, world.row.published) == (2025, "AM15", "2025-04-28")
    west = region_total("SIPRI:WESTERN_EUROPE", 2024, "spending_usd_constant")
    assert round(west.value / 1000, 1) == 385.4 and west.row.price_base == "constant 2023"
    assert region_total("North America", 2024, as_of="2025-05-01").region.parent == (
        "SIPRI:AMERICAS"
    )
    assert region_total("World", 2023) is None  # current prices: the last year only
    assert region_total("World", 1991, "spending_usd_constant") is None  # SIPRI's ". ."
    with pytest.raises(UnknownName, match="Western Europe"):
        region_total("Westren Europe", 2024)
    with pytest.raises(UnknownName):
        region_total("World", 2024, "share_of_gdp")


def test_region_codes_cannot_be_taken_for_countries():
    iso = {c.alpha_3 for c in pycountry.countries} | {
        c.alpha_3 for c in pycountry.historic_countries
    }
    codes = {r.code for r in regions.REGIONS}
    assert len(codes) == len(regions.REGIONS) == 19
    assert not codes & (iso | set(alliance.AGGREGATES.values()))
    obs = dataset.table("observations")
    assert set(obs.loc[obs["entity"] == "region", "iso3"]) == codes
    assert set(obs["entity"]) == set(regions.ENTITIES)
    assert set(obs.loc[obs["entity"] == "aggregate", "country"]) == set(alliance.AGGREGATES)
    assert obs.loc[obs["entity"] == "organisation", "country"].unique().tolist() == [
        "European Union"
    ]


def test_sql_and_exports_show_the_totals(tmp_path):
    regional = query(
        "select country, round(value / 1000) as billions from observations "
        "where entity = 'region' and year = 2024 and measure = 'spending_usd_current' "
        "order by value desc limit 3"
    )
    assert regional.to_dict("list") == {
        "country": ["World", "Americas", "North America"],
        "billions": [2718.0, 1100.0, 1027.0],
    }
    out = export("sqlite", tmp_path / "milex.db")
    with sqlite3.connect(out) as con:
        query_text = "select count(*) from observations where entity = 'region'"
        (count,) = con.execute(query_text).fetchone()
    assert count == 19 * 38 - 3  # 37 years at constant prices + 2024 current, less 3 ". ."
    fields = {f["name"]: f for f in _observation_fields()}
    assert "SIPRI:WORLD" in fields["entity"]["description"]


def _observation_fields() -> list[dict]:
    pkg = dataset.package()
    return next(r for r in pkg["resources"] if r["name"] == "observations")["schema"]["fields"]


# ---------------------------------------------------------------- the build's checks
def test_a_lost_region_year_and_a_total_off_its_parts_are_violations():
    obs = dataset.table("observations")
    lost = (obs["country"] == "Central Europe") & (obs["year"] == 2010)
    bad = obs[~lost].copy()
    west = (bad["country"] == "Western Europe") & (bad["year"] == 2020)
    bad.loc[west, "value"] += 1000.0  # a billion more than SIPRI printed
    problems = [p for p in build.sanity_violations(bad) if p.startswith("SIPRI")]
    assert problems == [  # Europe 2020: 427.4 bn in SIPRI's sheet
        "SIPRI 2025 spending_usd_constant 2020: Europe 427,398.8 is not the sum of its parts "
        "(428,398.8)",
        "SIPRI 2025 regional totals: Central Europe 2010 spending_usd_constant missing",
    ]


# ---------------------------------------------------------------- country answers unchanged
ARTICLE = (
    "Date: 2025-04-30\n\n"
    "Germany is now the fourth-largest military spender worldwide, SIPRI said on Monday. The "
    "United States remains the world's biggest military spender.\n\n"
    "The United States spent $997 billion on its armed forces last year. Poland spent 4.2% "
    "of its GDP, the highest share of any NATO ally, and Germany 1.9%.\n\n"
    "World military spending reached $2.72 trillion.\n"
)


def _countries_only(frame: pd.DataFrame) -> pd.DataFrame:
    """The article's claims about countries (its world total is checked on the totals)."""
    kept = frame[~frame["subject"].fillna("").str.endswith("(SIPRI)")]
    return kept.reset_index(drop=True).convert_dtypes()


def _country_answers() -> dict:
    return {
        "scorecard 2024 ed.": milex.compliance("2pct", year=2024, edition=2024),
        "scorecard 2025 ed.": milex.compliance("2pct", year=2024, edition=2025),
        "counts": milex.counts("2pct", years=list(range(2014, 2025)), edition=2024),
        "compare": milex.nato_vs_sipri("Germany"),
        "compare money": milex.nato_vs_sipri("Poland", measure="spending_usd_current"),
        "burden": milex.burden_sharing(year=2024, edition=2024),
        "sipri shares": milex.observations("share_of_gdp", years=2024, source="SIPRI"),
        "article": _countries_only(milex.check(ARTICLE).to_frame()),
        "example": milex.check(open("examples/article-2025-09.txt").read()).to_json(),
    }


def test_country_answers_are_the_same_with_and_without_the_totals(tmp_path, monkeypatch):
    after = _country_answers()  # the packaged dataset, with the totals
    obs = dataset.table("observations")
    pkg = dataset.package()
    inputs = {s["id"]: s["files"] for s in pkg["sources"] if "id" in s}
    held = [p for p in PUBLICATIONS if p.id in inputs]
    without = obs[obs["entity"] != "region"].reset_index(drop=True)
    build.save(without, tmp_path / "dataset", held, inputs)
    monkeypatch.setenv("MILEX_DATA_DIR", str(tmp_path))  # the dataset in use from now on
    dataset.clear_cache()
    try:
        assert "SIPRI:WORLD" not in set(dataset.table("observations")["iso3"].dropna())
        before = _country_answers()
    finally:
        monkeypatch.delenv("MILEX_DATA_DIR")
        dataset.clear_cache()
    for name, answer in before.items():
        if isinstance(answer, pd.DataFrame):
            pd.testing.assert_frame_equal(answer, after[name], obj=name)
        else:
            assert answer == after[name], name
    # and what the official tables say, whichever dataset answers: 23 allies at 2% in NATO's
    # 2024 edition; SIPRI's countries ranked by 2024 spending: US first, Germany fourth (its
    # regional totals, World and Americas, are no countries to rank among)
    assert after["counts"].set_index("year").loc[2024, "meeting"] == 23
    ranks = after["article"].set_index("text")
    assert ranks.loc["fourth-largest", "verdict"] == "supported"
    assert ranks.loc["world's biggest military", "verdict"] == "supported"
    # the world total itself, from the totals: SIPRI's 2,718 bn (current prices, 2024)
    world = milex.check(ARTICLE).claims[-1]
    assert (world.claim.subject, world.verdict) == ("World (SIPRI)", "supported")
    assert world.evidence.value == pytest.approx(2_718_183.7, abs=1)
