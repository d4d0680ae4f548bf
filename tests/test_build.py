"""The build: deterministic, all-or-nothing, and loud about what is wrong."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from milex import dataset
from milex.dataset import build
from milex.errors import MilexError, SanityCheckError, SourceLayoutError


def test_rebuilding_gives_the_packaged_dataset_byte_for_byte(sources, tmp_path):
    out = tmp_path / "data"
    build.build(sources, out)
    for name in (
        "observations.parquet",
        "allies.csv",
        "commitments.csv",
        "editions.csv",
        "datapackage.json",
    ):
        assert (out / name).read_bytes() == (dataset.DATA / name).read_bytes(), name


def test_a_broken_source_leaves_the_existing_dataset_untouched(sources, tmp_path):
    broken = tmp_path / "sources"
    shutil.copytree(sources, broken, ignore=shutil.ignore_patterns("*_long.csv"))
    csv_path = broken / "nato-2025" / "shareofgdp.csv"
    csv_path.write_text(csv_path.read_text().replace("3.788", "n/a", 1))
    out = tmp_path / "data"
    shutil.copytree(dataset.DATA, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(SourceLayoutError, match="shareofgdp.csv"):
        build.build(broken, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not list(tmp_path.glob(".milex-build-*"))


def test_the_public_build_is_the_function_even_once_its_module_is_loaded(tmp_path):
    import milex

    assert build.build is milex.build
    with pytest.raises(MilexError, match="sources folder not found"):
        milex.build(tmp_path / "nowhere", tmp_path / "data")


def test_missing_sources_folder_is_a_clear_error(tmp_path):
    with pytest.raises(MilexError, match="sources folder not found"):
        build.build(tmp_path / "nowhere", tmp_path / "data")


def test_sanity_checks_list_every_violation():
    good = dataset.table("observations")
    nato = good[(good["source"] == "NATO") & (good["edition"] == 2024)]
    bad = pd.concat([nato, nato.head(1)], ignore_index=True)  # a duplicate key
    share_rows = bad.index[bad["measure"] == "share_of_gdp"]
    bad.loc[share_rows[0], "value"] = 55.0  # an impossible share of GDP
    bad = bad[~((bad["country"] == "Poland") & (bad["table"] == "7"))]  # an ally missing
    with pytest.raises(SanityCheckError) as err:
        build.check(bad)
    text = str(err.value)
    assert "duplicate key" in text
    assert "outside [0.0, 10.0]" in text
    assert "table 7: Poland missing" in text
    assert len(err.value.violations) >= 3


def test_the_real_dataset_passes_its_sanity_checks():
    assert build.sanity_violations(dataset.table("observations")) == []


def test_every_allowlisted_oddity_is_still_in_the_sources():
    found = {key for key, _ in build._violations(dataset.table("observations"))}
    assert set(build.ALLOWLIST) <= found  # a stale entry would hide nothing and mislead
