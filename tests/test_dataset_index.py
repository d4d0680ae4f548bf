"""The dataset's index (what the checker and the resolver read without pandas): NATO's own
figures, everything the table holds, rebuilt when its file is damaged, and no pandas on the
checker's path once it is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from milex.dataset import index, load
from milex.reference import alliance
from tests.conftest import official_share


@pytest.fixture
def own_folder(tmp_path, monkeypatch):
    """A user data folder of the test's own, so the index file is written there afresh."""
    monkeypatch.setenv("MILEX_DATA_DIR", str(tmp_path))
    load.clear_cache()
    index._open.cache_clear()
    yield tmp_path
    monkeypatch.undo()
    load.clear_cache()
    index._open.cache_clear()


@pytest.mark.parametrize("edition, year", [(2024, 2024), (2024, 2014), (2025, 2025)])
def test_the_index_gives_nato_s_table_3(sources, edition, year):
    official = official_share(sources, edition, year)
    rows = index.rows("NATO", edition, "share_of_gdp")
    assert len(official) >= 30
    for ally, value in official.items():
        found = rows[(alliance.resolve(ally), year)]
        assert found.value == pytest.approx(value, abs=0.005), ally
        assert found.table == "3"
    assert year in index.holdings()[("NATO", edition, "share_of_gdp")]


def test_the_index_holds_every_row_of_the_table():
    table = load.table("observations")
    groups = table.groupby(["source", "edition", "measure"])["year"].unique()
    held = index.holdings()
    assert held == {(s, int(e), m): set(map(int, ys)) for (s, e, m), ys in groups.items()}
    for row in table.sample(2000, random_state=1).itertuples():
        if not isinstance(row.iso3, str):
            continue
        found = index.rows(row.source, row.edition, row.measure)[(row.iso3, row.year)]
        assert (found.value, found.estimate, found.cell, found.published, found.basis) == (
            row.value, row.estimate, row.cell, row.published, row.basis
        )  # fmt: skip


def test_a_damaged_index_file_is_rebuilt(own_folder):
    first = index.rows("NATO", 2024, "share_of_gdp")[("POL", 2024)].value
    (written,) = (own_folder / "cache").iterdir()
    header, _, rows = written.read_bytes().partition(b"\n")
    for damage in (b"not json\n", header + b"\n" + b"x" * len(rows)):
        written.write_bytes(damage)
        index._open.cache_clear()
        assert index.rows("NATO", 2024, "share_of_gdp")[("POL", 2024)].value == first
        assert index.revision_spread("NATO", "share_of_gdp") > 0
    assert round(first, 2) == 4.12  # NATO 2024, Table 3: Poland 2024e


def test_the_checker_reads_its_figures_without_pandas(own_folder):
    """The first check writes the index; the next ones read it and never load pandas."""
    article = Path(__file__).resolve().parents[1] / "examples" / "article-2025-09.txt"
    code = (
        "import json, sys, milex\n"
        f"report = milex.check(open({str(article)!r}).read())\n"
        "print(json.dumps([[c.claim.text, c.verdict] for c in report.checked]))\n"
        "print('pandas' in sys.modules)\n"
    )
    env = {**os.environ, "MILEX_DATA_DIR": str(own_folder)}
    run = [sys.executable, "-c", code]
    runs = [
        subprocess.run(
            run, capture_output=True, text=True, env=env, timeout=300, check=True
        ).stdout.splitlines()
        for _ in range(2)
    ]
    assert runs[0][1] == "True" and runs[1][1] == "False"
    assert runs[0][0] == runs[1][0]
    verdicts = json.loads(runs[1][0])
    assert len(verdicts) > 10 and {"supported", "contradicted"} <= {v for _, v in verdicts}
