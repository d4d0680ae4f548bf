"""Projections and the ReArm arithmetic, checked against NATO's and SIPRI's published numbers.

Expected values are worked out here by hand from the official cells, never taken from the
functions under test.
"""

from __future__ import annotations

import csv
import json
import sys

import pytest

import milex
from milex.errors import BadParameter, NoData, UnknownAlly
from milex.reference.commitments import commitment

# NATO 2024 edition (17 June 2024), Germany, 2024 (NATO estimates):
SHARE_DE_2024 = 2.118977088667619  # Table 3, sheet TABLE3 cell N21, % of GDP (2015 prices)
GDP_DE_2024 = 3631139.2446252853  # Table 5, sheet TABLE5 cell N56, million USD, constant 2015
GDP_DE_2024_CURRENT = 4610035.219652863  # Table 5, sheet TABLE5 cell N21, million USD, current
GDP_DE_2019 = 3603917.037506204  # Table 5, constant 2015, 2019
GDP_DE_2019_CURRENT = 3896534.0833997754  # Table 5, current, 2019
SPENDING_DE_2024 = 76943.01  # Table 2, sheet TABLE2 cell N55, million USD, constant 2015 (rounded)
CENT = 0.005e-6  # half a cent, in million USD


def _nato_2024(sources, ally, measure, year):
    with open(sources / "nato-2024" / "nato_2024_tables_long.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if (row["ally"], row["measure"], row["year"]) == (ally, measure, str(year)):
                return float(row["value"])
    raise LookupError((ally, measure, year))


def _nato_2026(sources, geo: str, measure: str, year: int) -> float:
    """A cell of the 2026 edition (core defence expenditure), from the conversion in sources."""
    path = sources / "nato-2026" / "nato_defence_2026_conversion.csv"
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if (row["geo"], row["measure"], row["year"]) == (geo, measure, str(year)):
                return float(row["value"])
    raise LookupError((geo, measure, year))


def _nato_2026_shares(sources, year: int) -> dict[str, float]:
    path = sources / "nato-2026" / "nato_defence_2026_conversion.csv"
    with open(path, encoding="utf-8") as f:
        return {
            row["geo"]: float(row["value"])
            for row in csv.DictReader(f)
            if row["measure"] == "core_share_gdp" and row["year"] == str(year)
        }


def _nato_2025_shares(sources) -> dict[str, dict[int, float]]:
    out: dict[str, dict[int, float]] = {}
    with open(sources / "nato-2025" / "nato_2025_tables_long.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["measure"] == "def_exp_pct_gdp" and row["value"]:
                out.setdefault(row["ally"], {})[int(row["year"])] = float(row["value"])
    return out


def test_literals_are_the_official_cells(sources):
    assert _nato_2024(sources, "Germany", "def_exp_pct_gdp", 2024) == SHARE_DE_2024
    assert _nato_2024(sources, "Germany", "gdp_usd_constant_2015", 2024) == GDP_DE_2024
    assert _nato_2024(sources, "Germany", "gdp_usd_current", 2024) == GDP_DE_2024_CURRENT
    assert _nato_2024(sources, "Germany", "gdp_usd_constant_2015", 2019) == GDP_DE_2019


def test_hand_computed_path_matches_to_the_cent():
    """Germany, 2024 edition, 3.5% by 2030, linear, 1% real growth, 2% USD inflation."""
    p = milex.project("Germany", 3.5, 2030, growth=1.0, inflation=2.0, edition=2024)
    cum_const = cum_curr = 0.0
    for k in range(1, 7):  # 2025..2030
        share = SHARE_DE_2024 + (3.5 - SHARE_DE_2024) * k / 6
        gdp = GDP_DE_2024 * 1.01**k
        deflator = GDP_DE_2024_CURRENT / GDP_DE_2024 * 1.02**k
        extra = (share - SHARE_DE_2024) / 100 * gdp
        cum_const += extra
        cum_curr += extra * deflator
    last = p.path.iloc[-1]
    assert last["year"] == 2030
    assert last["spending_musd_constant"] == pytest.approx(share / 100 * gdp, abs=CENT)
    assert last["spending_musd_current"] == pytest.approx(share / 100 * gdp * deflator, abs=CENT)
    assert last["cum_extra_musd_constant"] == pytest.approx(cum_const, abs=CENT)
    assert last["cum_extra_musd_current"] == pytest.approx(cum_curr, abs=CENT)
    # the start year is Table 3 x Table 5, which reproduces Table 2's spending
    first = p.path.iloc[0]
    assert (first["year"], first["basis"]) == (2024, "estimate, NATO 2024 ed.")
    assert first["spending_musd_constant"] == pytest.approx(SPENDING_DE_2024, abs=0.01)


def test_default_growth_is_the_five_year_trend_of_table5():
    # the 2025 edition holds no Table 5: its GDP is the 2024 edition's, the latest before it
    p = milex.project("Germany", 3.5, 2035, edition=2025)
    trend = 100 * ((GDP_DE_2024 / GDP_DE_2019) ** (1 / 5) - 1)
    deflator = 100 * (
        ((GDP_DE_2024_CURRENT / GDP_DE_2024) / (GDP_DE_2019_CURRENT / GDP_DE_2019)) ** (1 / 5) - 1
    )
    row = p.allies.iloc[0]
    assert row["growth_pct"] == pytest.approx(trend, abs=1e-9)
    assert row["inflation_pct"] == pytest.approx(deflator, abs=1e-9)
    assert any("2019-2024" in a and f"{trend:.2f}%" in a for a in p.assumptions)
    gdp_2025 = p.path.loc[p.path["year"] == 2025, "gdp_musd_constant"].iloc[0]
    assert gdp_2025 == pytest.approx(GDP_DE_2024 * (1 + trend / 100), rel=1e-12)


def test_germany_starts_from_its_2024_figure_in_the_2025_edition(sources):
    official = _nato_2025_shares(sources)["Germany"]
    assert 2025 not in official  # no adopted budget at NATO's cut-off
    p = milex.project("Germany", 3.5, 2035, edition=2025)
    first = p.path.iloc[0]
    assert first["year"] == 2024 and first["basis"] == "estimate, NATO 2025 ed."
    assert first["share_of_gdp_pct"] == pytest.approx(official[2024], abs=1e-9)
    said = " ".join(p.assumptions)
    assert "no 2025 figure in the NATO 2025 edition" in said
    assert "2024 edition" in said and "Table 5" in said  # where the GDP levels come from
    assert p.path.iloc[-1]["share_of_gdp_pct"] == pytest.approx(3.5)


def test_constant_share_costs_nothing():
    p = milex.project("Germany", SHARE_DE_2024, 2030, edition=2024, growth=2.0)
    assert (p.path["share_of_gdp_pct"] == SHARE_DE_2024).all()
    assert (p.path["extra_musd_constant"].abs() < CENT).all()
    assert p.summary()["cum_extra_musd_current"].iloc[0] == pytest.approx(0, abs=CENT)


def test_target_already_met_gives_a_flat_path_and_says_so(sources):
    poland = _nato_2025_shares(sources)["Poland"][2025]  # 4.48, above 3.5
    p = milex.project("Poland", 3.5, 2030, edition=2025)
    assert p.path["share_of_gdp_pct"].tolist() == [pytest.approx(poland)] * 6
    assert (p.path["cum_extra_musd_constant"] == 0).all()
    assert p.allies["status"].iloc[0] == "met"
    assert any("Already at or above 3.5%" in a and "flat" in a for a in p.assumptions)


def test_shapes_start_and_end_alike_and_differ_in_between():
    runs = {
        s: milex.project("Germany", 3.5, 2030, shape=s, edition=2024).path.set_index("year")
        for s in ("linear", "front-loaded", "back-loaded", "step")
    }
    for path in runs.values():
        assert path.loc[2024, "share_of_gdp_pct"] == SHARE_DE_2024
        assert path.loc[2030, "share_of_gdp_pct"] == pytest.approx(3.5)
    mid = {s: path.loc[2027, "share_of_gdp_pct"] for s, path in runs.items()}
    assert mid["linear"] == pytest.approx((SHARE_DE_2024 + 3.5) / 2)
    assert mid["front-loaded"] > mid["linear"] > mid["back-loaded"] > mid["step"]
    assert (runs["step"].loc[2024:2029, "share_of_gdp_pct"] == SHARE_DE_2024).all()
    cum = {s: path.loc[2030, "cum_extra_musd_constant"] for s, path in runs.items()}
    assert cum["front-loaded"] > cum["linear"] > cum["back-loaded"] > cum["step"] > 0


def test_growth_band_gives_a_range():
    p = milex.project("France", 3.5, 2035, growth=(0.5, 2.0))
    summary = p.summary().set_index("scenario")
    assert list(summary.index) == ["low", "high"]
    assert (
        summary.loc["high", "cum_extra_musd_constant"]
        > summary.loc["low", "cum_extra_musd_constant"]
    )
    assert any(a.startswith("Range: cumulative extra") for a in p.assumptions)


def test_the_2026_edition_is_the_new_baseline_on_the_core_measure(sources):
    """The Hague's 3.5% is core defence expenditure, which is what the 2026 edition measures."""
    p = milex.project("Germany", 3.5, 2035)
    first = p.path.iloc[0]
    assert (first["year"], first["basis"]) == (2026, "estimate, NATO 2026 ed.")
    assert round(first["share_of_gdp_pct"], 2) == _nato_2026(sources, "DE", "core_share_gdp", 2026)
    said = " ".join(p.assumptions)
    assert "core defence expenditure" in said and "NATO 2026 edition, Table 5" in said
    # GDP at its 2026 level is the edition's Table 5 (whole million USD, 2021 prices)
    gdp = p.path.loc[p.path["year"] == 2026, "gdp_musd_constant"].iloc[0]
    assert gdp == _nato_2026(sources, "DE", "gdp_usd_2021_m", 2026)
    poland = milex.project("Poland", 3.5, 2035)
    assert poland.allies["status"].iloc[0] == "met"
    assert poland.path["share_of_gdp_pct"].iloc[0] == 4.68


def test_alliance_totals_are_the_sum_of_allies_and_iceland_is_left_out(sources):
    p = milex.project("nato", 3.5, 2035, growth=1.0)
    assert any(a.startswith("Iceland has no armed forces") for a in p.assumptions)
    assert len(p.allies) == 31 and "ISL" not in set(p.allies["iso3"])
    end = p.ally_paths[p.ally_paths["year"] == 2035]
    last = p.path.iloc[-1]
    assert last["spending_musd_constant"] == pytest.approx(end["spending_musd_constant"].sum())
    assert last["share_of_gdp_pct"] == pytest.approx(
        100 * end["spending_musd_constant"].sum() / end["gdp_musd_constant"].sum()
    )
    assert p.path["year"].iloc[0] == 2026  # every ally has a 2026 figure in the 2026 edition
    # "met": the 2026 core share at or above 3.5%, read from the conversion of NATO's file
    shares = _nato_2026_shares(sources, 2026)
    met = {geo for geo, s in shares.items() if "NATO" not in geo and s >= 3.5}
    assert met == {"LT", "EE", "LV", "PL", "EL"}
    found = set(p.allies.loc[p.allies["status"] == "met", "ally"])
    assert found == {"Lithuania", "Estonia", "Latvia", "Poland", "Greece"}


def test_on_track_follows_its_stated_definition(sources):
    shares = _nato_2025_shares(sources)
    frame = milex.on_track(3.5, 2035, edition=2025).set_index("ally")
    for ally in ("United Kingdom", "Denmark", "Czechia", "Estonia"):
        latest, before = shares[ally][2025], shares[ally][2024]
        reached = latest + (latest - before) * (2035 - 2025)
        expected = "met" if latest >= 3.5 else "on track" if reached >= 3.5 else "off track"
        assert frame.loc[ally, "status"] == expected, ally
    assert frame.loc["United Kingdom", "status"] == "off track"  # 2.40 + 10 x 0.063 = 3.02
    assert any("'on track'" in a for a in frame.attrs["assumptions"])


def test_group_of_eu_allies_and_a_list():
    eu = milex.project("eu", 2.0, 2030)
    assert len(eu.allies) == 23
    pair = milex.project(["Spain", "Italy"], 3.5, 2030)
    assert set(pair.allies["ally"]) == {"Spain", "Italy"}
    assert pair.who == "Spain, Italy"


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"by": 2020}, BadParameter),
        ({"target": -1}, BadParameter),
        ({"target": 25}, BadParameter),
        ({"growth": 500}, BadParameter),
        ({"growth": (2, 1)}, BadParameter),
        ({"inflation": 90}, BadParameter),
        ({"shape": "zigzag"}, BadParameter),
        ({"who": "Germny"}, UnknownAlly),
        ({"who": "Iceland"}, NoData),
    ],
)
def test_bad_parameters_raise_clear_errors(kwargs, error):
    args = {"who": "Germany", "target": 3.5, "by": 2035} | kwargs
    with pytest.raises(error) as caught:
        milex.project(**args)
    assert str(caught.value)
    if error is UnknownAlly:
        assert "Germany" in caught.value.suggestions


def test_rearm_arithmetic_from_held_gdp(sources):
    r = milex.rearm_europe()
    assert len(r.countries) == 27
    # NATO's rate: Table 1 (EUR) / Table 2 (USD) for a euro-area ally, 2026 edition, 2026;
    # held in whole millions, so allies agree to about 1e-3
    eur = _nato_2026(sources, "DE", "core_nat_currency_current_m", 2026)
    usd = _nato_2026(sources, "DE", "core_usd_current_m", 2026)
    assert (eur, usd) == (124660.0, 147002.0)
    assert r.usd_per_eur == pytest.approx(usd / eur, rel=1e-3)
    by_country = r.countries.set_index("country")
    france = _nato_2026(sources, "FR", "gdp_usd_current_m", 2026)
    assert by_country.loc["France", "gdp_musd_current"] == france
    # Austria: SIPRI spending / SIPRI share of GDP, 2024
    sipri = {}
    with open(sources / "sipri" / "sipri_milex_long.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["country"] == "Austria" and row["year"] == "2024":
                sipri[row["measure"]] = float(row["value"])
    austria = sipri["milex_usd_current"] / (sipri["milex_pct_gdp"] / 100)
    assert by_country.loc["Austria", "gdp_musd_current"] == pytest.approx(austria)
    total_eur_bn = by_country["gdp_musd_current"].sum() / r.usd_per_eur / 1000
    assert r.fiscal_space_beur == pytest.approx(total_eur_bn * 0.015 * 4)
    summary = r.summary.set_index("item")["billion_eur"]
    assert summary["Commission: fiscal space"] + summary["Commission: SAFE loans"] == (
        commitment("rearm-europe").threshold
    )
    assert summary["difference: ours - Commission"] == pytest.approx(r.fiscal_space_beur - 650)
    assert any("Table 1" in a and "Table 2" in a for a in r.assumptions)


def test_rearm_rate_is_overridable_and_checked():
    base = milex.rearm_europe()
    other = milex.rearm_europe(usd_per_eur=1.10)
    assert other.fiscal_space_beur == pytest.approx(
        base.fiscal_space_beur * base.usd_per_eur / 1.10
    )
    assert any("user rate" in a for a in other.assumptions)
    with pytest.raises(BadParameter):
        milex.rearm_europe(usd_per_eur=7)
    with pytest.raises(BadParameter):
        milex.rearm_europe(extra_share=-1)


def _cli(monkeypatch, capsys, *args):
    from milex.cli import main

    monkeypatch.setattr(sys, "argv", ["milex", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_project_prints_the_path_and_assumptions(monkeypatch, capsys):
    code, out, _ = _cli(
        monkeypatch, capsys, "project", "Germany", "--target", "3.5", "--by", "2035",
        "--edition", "2025",
    )  # fmt: skip
    assert code == 0
    assert "2035" in out and "3.50" in out and "█" in out
    assert "no 2025 figure in the NATO 2025 edition" in out


def test_cli_json_and_chart(monkeypatch, capsys, tmp_path):
    chart = tmp_path / "path.svg"
    code, out, _ = _cli(
        monkeypatch, capsys, "project", "nato", "--target", "5", "--by", "2035",
        "--growth", "0.5,2", "--format", "json", "--chart", str(chart),
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert {r["scenario"] for r in data["path"]} == {"low", "high"}
    assert any("The Hague" in a for a in data["assumptions"])
    assert chart.read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_cli_eu_rearm(monkeypatch, capsys):
    code, out, _ = _cli(monkeypatch, capsys, "project", "eu-rearm", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["countries"]) == 27
    assert any(
        r["item"] == "Commission: total" and r["billion_eur"] == 800 for r in data["summary"]
    )


@pytest.mark.parametrize(
    "args",
    [
        ["project", "Germany", "--target", "3.5", "--by", "2020"],
        ["project", "Germany", "--target", "-1", "--by", "2035"],
        ["project", "Germany", "--target", "30", "--by", "2035"],
        ["project", "Germny", "--target", "3.5", "--by", "2035"],
        ["project", "Germany", "--target", "3.5", "--by", "2035", "--growth", "500"],
        ["project", "Germany", "--target", "3.5", "--by", "2035", "--shape", "zigzag"],
        ["project", "Germany", "--target", "3.5"],
    ],
)
def test_cli_bad_parameters_give_one_line_and_fail(monkeypatch, capsys, args):
    code, out, err = _cli(monkeypatch, capsys, *args)
    assert code != 0
    assert err.startswith("milex: ") and err.count("\n") == 1
    assert out == ""
