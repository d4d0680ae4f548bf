"""A checked article's permalink: stored once in the server's SQLite file, checked again on
every visit, downloadable as JSON, CSV and ClaimReview. Expected figures come from NATO's
tables in ../shared/sources."""

from __future__ import annotations

import re
import sqlite3
import warnings

import pytest

from tests.conftest import official_share

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from milex.web.app import create_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def article(sources) -> str:
    spain = official_share(sources, 2024, 2024)["Spain"]
    assert abs(spain - 3.0) > 0.5  # so "3%" is wrong
    return "Poland spends more than 4% of GDP on defence. Spain spends 3% of GDP."


def test_checked_article_gets_a_permalink_that_gives_the_same_verdicts(client, sources, data_dir):
    text = article(sources)
    page = client.post("/check", data={"text": text, "date": "2024-07-01"},
                       headers={"accept": "text/html"})  # fmt: skip
    assert page.status_code == 200
    link = re.search(r'id="permalink">Permalink: <a href="(/check/[0-9a-f]{64})"', page.text)
    assert link, "no permalink on the result page"
    direct = client.post("/check.json", data={"text": text, "date": "2024-07-01"}).json()
    again = client.get(link.group(1) + ".json").json()
    verdicts = [(c["text"], c["verdict"]) for c in again["claims"]]
    assert verdicts == [(c["text"], c["verdict"]) for c in direct["claims"]]
    assert ("3%", "contradicted") in verdicts and ("more than 4%", "supported") in verdicts

    csv = client.get(link.group(1) + ".csv")
    assert csv.headers["content-type"].startswith("text/csv") and "contradicted" in csv.text
    reviews = client.get(link.group(1) + "/claimreview.json")
    assert reviews.headers["content-disposition"].startswith("attachment")
    assert {r["@type"] for r in reviews.json()} == {"ClaimReview"}
    assert "contradicted" in {r["reviewRating"]["alternateName"] for r in reviews.json()}

    # only the text and its date are kept, once, however often it is checked
    client.post("/check", data={"text": text, "date": "2024-07-01"})
    with sqlite3.connect(data_dir / "checked-articles.sqlite") as db:
        rows = db.execute("SELECT date, text FROM articles WHERE text = ?", (text,)).fetchall()
    assert rows == [("2024-07-01", text)]


def test_unknown_or_malformed_permalink_is_a_clear_error(client):
    missing = client.get("/check/" + "0" * 64 + ".json")
    assert missing.status_code == 404
    assert missing.json()["error"]["parameter"] == "key"
    assert client.get("/check/not-a-key.json").status_code in (404, 422)


def test_only_embed_routes_may_be_framed(client):
    embed = client.get("/embed/share-map?edition=2025&year=2025")
    assert embed.status_code == 200
    assert "frame-ancestors *" in embed.headers["content-security-policy"]
    assert "x-frame-options" not in embed.headers
    for path in ("/", "/scorecard", "/check", "/charts/share-map.svg"):
        other = client.get(path)
        assert "frame-ancestors 'none'" in other.headers["content-security-policy"], path
        assert other.headers["x-frame-options"] == "DENY", path
