"""Checking an archive: the same rows whatever the engine, the input form or an interruption.

Figures quoted (Poland 4.12% of GDP in 2024, Germany 1.5% contradicted) are NATO's 2024
edition's Table 3, as in test_claims.py.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import milex
from milex.batch import Columns, check_archive, partition, sources, synthetic
from milex.batch.store import spool_path
from milex.cli import app
from tests.test_cli import milex as milex_cli

ARTICLES = 2_000
PART = 100


def tables(out: Path) -> dict[str, pd.DataFrame]:
    """Both result tables of an output folder, partitions in order."""
    frames = {}
    for name in ("articles", "claims"):
        files = sorted((out / name).glob("part-*.parquet"))
        frames[name] = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    return frames


def done_so_far(out: Path, spools: bool = True) -> int:
    """Articles with a result on disk: finished partitions, plus what the spools hold."""
    manifest = json.loads((out / "manifest.json").read_text())
    count = sum(p["articles"] for p in manifest["partitions"].values())
    for spool in (out / "_work").glob("part-*.jsonl") if spools else ():
        if spool.stem in manifest["partitions"]:
            continue  # left by a stop between the manifest's update and the spool's removal
        for line in spool.read_bytes().splitlines():
            try:
                count += "begin" not in json.loads(line)
            except ValueError:
                pass  # a line cut by the interruption is not a result
    return count


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    synthetic.write_archive(ARTICLES, folder, shard=ARTICLES // 2)
    return folder


@pytest.fixture(scope="module")
def local_run(archive, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("local") / "out"
    run = check_archive(archive, out, engine="local", workers=2, partition_size=PART)
    return out, run


def test_local_run_has_one_row_per_article_and_the_checkers_verdicts(archive, local_run):
    out, run = local_run
    given = [r for f in sorted(archive.glob("*.parquet")) for r in pq.read_table(f).to_pylist()]
    got = tables(out)
    assert list(got["articles"]["article_id"]) == [r["id"] for r in given]
    assert run.articles == ARTICLES and run.errors == 0 and run.checked == ARTICLES
    per_article = got["claims"].groupby("article_id").size()
    counted = got["articles"].set_index("article_id")["claims"]
    assert (counted[counted > 0] == per_article.reindex(counted[counted > 0].index)).all()
    # the rows say what milex.check says of the same article
    for article in given[::97]:
        report = milex.check(article["html"] or article["text"], date=article["date"]).to_dict()
        rows = got["claims"][got["claims"]["article_id"] == article["id"]]
        assert list(rows["verdict"]) == [c["verdict"] for c in report["claims"]]
        assert list(rows["text"]) == [c["text"] for c in report["claims"]]


def test_dask_local_cluster_gives_the_same_parquet_content_as_local(archive, local_run, tmp_path):
    out, _ = local_run
    run = check_archive(archive, tmp_path / "dask", engine="dask", workers=2, partition_size=PART)
    assert run.checked == ARTICLES and len(run.workers) == 2
    local, dask = tables(out), tables(tmp_path / "dask")
    pd.testing.assert_frame_equal(local["articles"], dask["articles"])
    pd.testing.assert_frame_equal(local["claims"], dask["claims"])


def test_interrupted_run_resumes_to_the_same_output_without_checking_twice(
    archive, local_run, tmp_path
):
    out = tmp_path / "out"
    entry = "import sys; from milex.cli import main; sys.argv[0] = 'milex'; main()"
    cmd = [sys.executable, "-c", entry, "check-batch", str(archive), "--out", str(out),
           "--partition-size", str(PART), "--workers", "2"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        # stop early, counting results as they are spooled: on a quiet machine the whole run
        # takes a few seconds, and the manifest is only rewritten every two
        if (out / "manifest.json").exists() and done_so_far(out) >= ARTICLES // 10:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    before = done_so_far(out)
    assert ARTICLES // 10 <= before < ARTICLES
    run = check_archive(archive, out, engine="local", workers=2, partition_size=PART)
    assert run.checked == ARTICLES - before  # each article checked once over the two runs
    assert not list((out / "_work").iterdir())
    expected = tables(local_run[0])
    for name, frame in tables(out).items():
        pd.testing.assert_frame_equal(frame, expected[name])


def test_jsonl_gz_with_mapped_columns_and_any_partition_size(tmp_path):
    rows = [synthetic.article(i, seed=7) for i in range(23)]
    renamed = [{"doc": r["id"], "published": r["date"], "body": r["text"], "page": r["html"]}
               for r in rows]  # fmt: skip
    src = tmp_path / "feed.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as sink:
        for r in renamed:
            sink.write(json.dumps(r) + "\n\n")  # blank lines between articles are skipped
    columns = Columns.parse(["id=doc", "date=published", "text=body", "html=page"])
    small = check_archive(src, tmp_path / "a", partition_size=4, columns=columns, workers=1)
    large = check_archive(src, tmp_path / "b", partition_size=1000, columns=columns, workers=2)
    assert small.partitions == 6 and large.partitions == 1
    a, b = tables(tmp_path / "a"), tables(tmp_path / "b")
    assert list(a["articles"]["article_id"]) == [r["id"] for r in rows]
    assert list(a["articles"]["row"]) == [2 * i + 1 for i in range(23)]  # line numbers
    pd.testing.assert_frame_equal(a["claims"], b["claims"])
    pd.testing.assert_frame_equal(a["articles"], b["articles"])


def test_order_errors_and_jsonl_output(tmp_path):
    lines = [
        {"id": "pl", "date": "2024-07-01", "text": "Poland spends more than 4% of GDP on defence."},
        {"id": "de", "date": "2025-10-02", "text": "Germany spent 1.5% of GDP on defence in 2024."},
        {"id": "empty", "date": "2024-07-01", "text": ""},
        {"id": "html", "html": '<html><head><meta property="article:published_time" '
                               'content="2024-07-02"></head><body><p>Estonia spends 3.4% of GDP '
                               "on defence this year.</p></body></html>"},
        {"id": "no text", "body": "Poland spends 4% of GDP."},
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["check-batch", str(src), "--out", str(out), "-f", "both",
                                      "--partition-size", "2"])  # fmt: skip
    assert result.exit_code == 0, result.output
    articles = tables(out)["articles"]
    assert list(articles["article_id"]) == ["pl", "de", "empty", "html", "no text", "line 6"]
    assert list(articles["error"].notna()) == [False] * 4 + [True] * 2
    assert list(articles["claims"].fillna(-1)) == [1, 1, 0, 1, -1, -1]
    claims = [json.loads(x) for f in sorted((out / "claims").glob("*.jsonl"))
              for x in f.read_text().splitlines()]  # fmt: skip
    verdicts = {c["article_id"]: c["verdict"] for c in claims}
    assert verdicts == {"pl": "supported", "de": "contradicted", "html": "supported"}
    assert articles.loc[3, "judged_at"] == "2024-07-02"


def test_parquet_without_a_text_column_is_refused_with_the_columns_named(tmp_path):
    src = tmp_path / "a.parquet"
    pq.write_table(pa.table({"doc": ["x"], "body": ["Poland spends 4% of GDP."]}), src)
    done = milex_cli("check-batch", str(src), "--out", str(tmp_path / "o"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "no 'text' or 'html' column" in done.stderr and "body, doc" in done.stderr


def test_out_folder_is_never_overwritten_without_force(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "pl", "date": "2024-07-01", "text": "Poland 4%."}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "notes.txt"
    mine.write_text("my notes")
    args = ["check-batch", str(src), "--out", str(out)]
    refused = milex_cli(*args)
    assert refused.returncode == 1 and "not empty" in refused.stderr
    assert milex_cli(*args, "--force").returncode == 0
    assert mine.read_text() == "my notes"
    other = milex_cli(*args, "--partition-size", "7")  # another run's options
    assert other.returncode == 1 and "another run" in other.stderr
    assert milex_cli(*args, "--partition-size", "7", "--force").returncode == 0
    assert mine.read_text() == "my notes"
    assert tables(out)["articles"]["claims"].tolist() == [1]
    file_out = milex_cli("check-batch", str(src), "--out", str(mine))
    assert file_out.returncode == 1 and "is a file" in file_out.stderr
    assert mine.read_text() == "my notes"


def test_a_crashing_article_becomes_an_error_row_and_the_rest_is_checked(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    texts = ["Poland spends more than 4% of GDP on defence.", "CRASH", "Germany spent 1.5% of "
             "GDP on defence in 2024."]  # fmt: skip
    src.write_text("".join(json.dumps({"date": "2024-07-01", "text": t}) + "\n" for t in texts))
    real = milex.check

    def failing_check(text, **kw):  # a bug in the checker, met on one article only
        if text == "CRASH":
            raise ZeroDivisionError("division by zero")
        return real(text, **kw)

    monkeypatch.setattr(milex, "check", failing_check)
    (part,) = sources.plan(src, 10, Columns())
    out = tmp_path / "out"
    for sub in ("articles", "claims", "_work"):
        (out / sub).mkdir(parents=True)
    summary = partition.check_partition(part, str(out), Columns(), ("parquet",))
    rows = pd.read_parquet(out / "articles" / "part-00000.parquet")
    assert summary["articles"] == 3 and summary["errors"] == 1 and summary["claims"] == 2
    assert rows["error"][1] == "the checker failed: ZeroDivisionError: division by zero"
    assert list(rows["supported"].fillna(0)) == [1, 0, 0]


def test_an_article_that_killed_its_process_twice_is_not_tried_a_third_time(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"date": "2024-07-01", "text": f"Poland spends {v}% of "
                   "GDP on defence."}) + "\n" for v in (4, 5, 6)))  # fmt: skip
    (part,) = sources.plan(src, 10, Columns())
    out = tmp_path / "out"
    for sub in ("articles", "claims", "_work"):
        (out / sub).mkdir(parents=True)
    first = partition.check_one(1, next(sources.read(part, Columns()))[1], part)
    # as left by two worker processes that died while checking line 2
    spool_path(out, part.id).write_text(
        json.dumps(first) + "\n" + '{"begin": 2}\n{"begin": 2}\n{"row": 3, "arti'
    )
    summary = partition.check_partition(part, str(out), Columns(), ("parquet",))
    rows = pd.read_parquet(out / "articles" / "part-00000.parquet")
    assert summary["checked"] == 1  # line 3 only: line 1 was spooled, line 2 is given up
    assert list(rows["error"].notna()) == [False, True, False]
    assert "died twice" in rows["error"][1]


def test_out_inside_the_archive_is_refused(tmp_path):
    synthetic.write_archive(3, tmp_path / "arch", form="jsonl")
    done = milex_cli("check-batch", str(tmp_path / "arch"), "--out", str(tmp_path / "arch" / "o"))
    assert done.returncode == 1 and "inside the archive" in done.stderr
    assert os.listdir(tmp_path / "arch") == ["articles-00000.jsonl"]


def test_a_folder_of_text_and_html_files_one_article_each(tmp_path):
    folder = tmp_path / "articles"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "pl.txt").write_text("Date: 2024-07-01\n\nPoland spends more than 4% of "
                                            "GDP on defence.\n")  # fmt: skip
    (folder / "de.html").write_text('<html><head><meta property="article:published_time" '
                                    'content="2025-10-02"></head><body><p>Germany spent 1.5% '
                                    "of GDP on defence in 2024.</p></body></html>")  # fmt: skip
    check_archive(folder, tmp_path / "out", workers=1)
    got = tables(tmp_path / "out")
    assert list(got["articles"]["article_id"]) == ["2024/pl.txt", "de.html"]
    assert list(got["claims"]["verdict"]) == ["supported", "contradicted"]


def test_parquet_with_typed_dates_and_a_mapped_text_column(tmp_path):
    from datetime import date

    table = pa.table({
        "doc_id": ["a", "b"],
        "published": pa.array([date(2024, 7, 1), date(2025, 10, 2)], pa.date32()),
        "body": ["Poland spends more than 4% of GDP on defence.",
                 "Germany spent 1.5% of GDP on defence in 2024."],
    })  # fmt: skip
    pq.write_table(table, tmp_path / "feed.parquet")
    columns = Columns.parse(["id=doc_id", "date=published", "text=body"])
    check_archive(tmp_path / "feed.parquet", tmp_path / "out", columns=columns, workers=1)
    got = tables(tmp_path / "out")
    assert list(got["articles"]["judged_at"]) == ["2024-07-01", "2025-10-02"]
    assert list(got["claims"]["verdict"]) == ["supported", "contradicted"]
    assert list(got["claims"]["evidence_edition"]) == [2024, 2025]
