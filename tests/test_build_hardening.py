"""The build never destroys a user's file and refuses a source table that lost rows."""

from __future__ import annotations

import shutil

import pytest

from milex import dataset
from milex.dataset import build
from milex.errors import MilexError, SanityCheckError


@pytest.fixture(scope="module")
def built(sources, tmp_path_factory):
    """A build into a folder that held a user's notes and beside a user's '<out>.old'."""
    root = tmp_path_factory.mktemp("build")
    out = root / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my notes")
    (root / "mine.old").mkdir()
    (root / "mine.old" / "keep.txt").write_text("older notes")
    with pytest.raises(MilexError, match="not empty"):
        build.build(sources, out)
    assert (out / "notes.txt").read_text() == "my notes" and len(list(out.iterdir())) == 1
    build.build(sources, out, force=True)
    return root


def test_a_forced_build_keeps_the_users_files(built):
    assert (built / "mine" / "notes.txt").read_text() == "my notes"
    assert (built / "mine.old" / "keep.txt").read_text() == "older notes"


def test_a_forced_build_writes_the_dataset(built):
    for name in ("observations.parquet", "datapackage.json"):
        assert (built / "mine" / name).read_bytes() == (dataset.DATA / name).read_bytes()


def test_a_rebuild_into_a_dataset_folder_needs_no_force(built, sources):
    build.build(sources, built / "mine")
    assert (built / "mine" / "notes.txt").read_text() == "my notes"


def test_a_source_table_cut_short_is_refused_with_its_file_named(sources, tmp_path):
    cut = tmp_path / "sources"
    shutil.copytree(sources, cut, ignore=shutil.ignore_patterns("*_long.csv"))
    table = cut / "nato-2025" / "realchange.csv"
    table.write_text("".join(table.read_text().splitlines(keepends=True)[:3]))
    out = tmp_path / "data"
    shutil.copytree(dataset.DATA, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(SanityCheckError, match=r"nato-2025/realchange\.csv"):
        build.build(cut, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
