"""The HTTP API and pages through the ASGI client, against NATO's published tables.

Expected figures are read here from the official long tables in ../shared/sources, never
from milex's own output.
"""

from __future__ import annotations

import csv
import io
import re
import warnings

import pandas as pd
import pytest

from tests.conftest import official_share

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from milex.web.app import create_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def members_on(sources, day: str) -> int:
    frame = pd.read_csv(sources / "membership" / "nato_members.csv")
    return int((frame["accession_date"] <= day).sum())


def assert_error(response, status: int, parameter: str | None = None) -> dict:
    """The one error shape, with no traceback in it."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status
    assert error["type"] and error["message"]
    assert "Traceback" not in response.text and 'File "' not in response.text
    if parameter is not None:
        assert error["parameter"] == parameter
    return error


# --- the overview: the same page, two editions ----------------------------------------------


@pytest.mark.parametrize("edition", [2024, 2025])
def test_overview_counts_allies_at_two_percent_per_edition(client, sources, edition):
    share = official_share(sources, edition, 2024)
    expected = int((share >= 2.0).sum())  # 23 in the 2024 edition, 18 in the 2025 edition
    allies = members_on(sources, "2024-06-17")  # 32: Sweden joined on 7 March 2024

    data = client.get(f"/overview.json?year=2024&edition={edition}").json()
    assert data["facts"]["meeting_2pct"] == expected
    assert data["facts"]["allies"] == allies
    meets = {r["ally"] for r in data["tables"]["allies"] if r["status"] == "meets"}
    assert meets == set(share[share >= 2.0].index)

    page = client.get(f"/?year=2024&edition={edition}", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert f"{expected} of {allies}" in page.text
    assert page.text.count("<svg") >= 1  # the count over the years, drawn by the server
    # the map and the line chart: drawn by the browser, with the server's SVG without script
    for name in ("share-map", "share-lines"):
        assert re.search(
            rf'<noscript><img src="/charts/{name}\.svg\?[^"]*edition={edition}', page.text
        )


def test_overview_shows_only_the_allies_named_in_the_url(client, sources):
    share = official_share(sources, 2024, 2024)
    data = client.get("/overview.json?year=2024&edition=2024&allies=Poland,ESP,UK").json()
    shown = {r["ally"]: round(r["value"], 4) for r in data["tables"]["allies"]}
    assert shown == {a: round(share[a], 4) for a in ("Poland", "Spain", "United Kingdom")}
    assert data["facts"]["meeting_2pct"] == int((share >= 2.0).sum())  # still alliance-wide


def test_overview_format_parameter_and_suffix_give_the_same_data(client):
    by_suffix = client.get("/overview.json?year=2024&edition=2024").json()
    by_param = client.get("/?year=2024&edition=2024&format=json").json()
    assert by_suffix == by_param


# --- the ally page ----------------------------------------------------------------------------


def test_ally_page_shows_each_edition_and_sipri(client, sources):
    poland_2024 = official_share(sources, 2024, 2024)["Poland"]
    poland_2025 = official_share(sources, 2025, 2024)["Poland"]
    cross = pd.read_csv(sources / "crosscheck" / "pct_gdp_vintages_2023_2025.csv")
    sipri = cross.set_index(["ally", "year"]).loc[("Poland", 2024), "sipri2025release_pct_gdp"]

    data = client.get("/ally/Poland.json?edition=2025").json()
    revisions = [r for r in data["tables"]["revisions"] if r["year"] == 2024]
    assert {r["edition"]: round(r["value"], 2) for r in revisions} == {
        2024: round(poland_2024, 2),
        2025: round(poland_2025, 2),
        2026: 3.75,  # core defence expenditure: NATO's 2026 edition, Table 3
    }
    kinds = {r["edition"]: (r["basis"], r["change_kind"]) for r in revisions}
    assert kinds[2026] == ("core defence expenditure", "change of definition")
    side = next(r for r in data["tables"]["comparison"] if r["year"] == 2024)
    assert round(side["nato"], 2) == round(poland_2025, 2)
    assert round(side["sipri"], 2) == round(sipri, 2)
    gaps = {r["guideline"]: r for r in data["tables"]["gaps"]}
    assert gaps["2pct"]["status"] == "meets"

    page = client.get("/ally/Poland?edition=2025", headers={"accept": "text/html"})
    assert page.status_code == 200
    svgs = re.findall(r"<svg.*?</svg>", page.text, flags=re.S)
    assert len(svgs) >= 3
    assert all(s.count("<path") > 5 for s in svgs)


def test_ally_without_armed_forces_has_a_page_not_an_error(client):
    page = client.get("/ally/Iceland", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert "no armed forces" in page.text


def test_unknown_ally_page_is_404_with_a_suggestion(client):
    error = assert_error(client.get("/ally/Polnd.json"), 404, "ally")
    assert "Poland" in error["message"]


# --- the scorecard: sorted, filtered, JSON and CSV twins -------------------------------------


def test_scorecard_sorted_and_filtered_through_the_url(client, sources):
    share = official_share(sources, 2024, 2024)
    url = "/scorecard.json?year=2024&edition=2024&sort=value&order=desc"
    rows = client.get(url).json()["tables"]["scorecard"]
    with_value = [r for r in rows if r["value"] is not None]
    assert [r["ally"] for r in with_value] == list(share.sort_values(ascending=False).index)

    below = client.get("/scorecard.json?year=2024&edition=2024&status=below").json()
    names = {r["ally"] for r in below["tables"]["scorecard"]}
    assert names == set(share[share < 2.0].index)

    eu = client.get("/scorecard.json?year=2024&edition=2024&group=eu").json()
    assert {"United States", "Canada", "Norway"}.isdisjoint(
        r["ally"] for r in eu["tables"]["scorecard"]
    )


def test_scorecard_csv_twin_holds_the_same_rows_as_json(client):
    query = "year=2024&edition=2024&sort=gap_pp&order=desc"
    rows = client.get(f"/scorecard.json?{query}").json()["tables"]["scorecard"]
    response = client.get(f"/scorecard.csv?{query}")
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["ally"] for r in table] == [r["ally"] for r in rows]
    assert client.get(f"/scorecard?{query}&format=csv").text == response.text


def test_scorecard_page_has_sort_links_that_work_without_script(client):
    page = client.get("/scorecard?year=2024&edition=2024", headers={"accept": "text/html"})
    assert page.status_code == 200
    link = re.search(r'href="(/scorecard\?[^"]*sort=value[^"]*)"', page.text).group(1)
    sorted_page = client.get(link.replace("&amp;", "&"), headers={"accept": "text/html"})
    assert sorted_page.status_code == 200


# --- the API tables ----------------------------------------------------------------------------


def test_observations_filtered_by_ally_measure_years_edition(client, sources):
    frame = pd.read_csv(sources / "nato-2024" / "nato_2024_tables_long.csv")
    official = frame[
        (frame["table"].astype(str) == "3")
        & (frame["measure"] == "def_exp_pct_gdp")
        & (frame["ally"] == "Türkiye")
        & frame["year"].between(2020, 2024)
    ].set_index("year")["value"]

    url = "/api/observations.json?measure=share_of_gdp&ally=Turkey&years=2020-2024&edition=2024"
    rows = client.get(url).json()["tables"]["observations"]
    assert {r["year"]: round(r["value"], 6) for r in rows} == official.round(6).to_dict()
    assert all(r["edition"] == 2024 and r["source"] == "NATO" for r in rows)

    as_csv = client.get(url.replace(".json", ".csv"))
    assert len(list(csv.DictReader(io.StringIO(as_csv.text)))) == len(official)


def test_observations_as_of_a_date_use_the_edition_current_then(client, sources):
    share = official_share(sources, 2024, 2024)
    url = "/api/observations?measure=share_of_gdp&ally=Poland&years=2024&as_of=2025-03-13"
    row = client.get(url).json()["tables"]["observations"][0]
    assert row["edition"] == 2024 and round(row["value"], 4) == round(share["Poland"], 4)


def test_allies_at_a_date(client, sources):
    data = client.get("/api/allies?as_of=2024-03-06").json()
    assert data["facts"]["allies"] == members_on(sources, "2024-03-06")  # 31, before Sweden


def test_counts_over_years_match_the_official_table(client, sources):
    rows = client.get("/api/counts?years=2024&edition=2025").json()["tables"]["counts"]
    share = official_share(sources, 2025, 2024)
    assert rows[0]["meeting"] == int((share >= 2.0).sum())


def test_latest_edition_is_a_word_the_pages_take_as_the_command_line_does(client):
    from milex.reference.publications import publications

    newest = max(p.edition for p in publications("NATO"))
    for path in ("/api/counts?years=2024", "/scorecard.json?year=2024", "/overview.json?year=2024"):
        said = client.get(f"{path}&edition=latest")
        assert said.status_code == 200, said.text
        assert said.json() == client.get(path).json()
        assert said.json() != client.get(f"{path}&edition=2024").json()
    url = "/api/observations?measure=share_of_gdp&ally=Poland&years=2024&edition=latest"
    assert client.get(url).json()["tables"]["observations"][0]["edition"] == newest


# --- errors: one shape ----------------------------------------------------------------------


def test_unknown_path_is_404(client):
    assert_error(client.get("/api/nothing-here"), 404)


def test_write_methods_are_405(client):
    assert_error(client.delete("/api/allies"), 405)
    assert_error(client.put("/api/observations", content=b"{}"), 405)
    assert_error(client.post("/scorecard.json"), 405)


def test_declared_oversized_body_is_413(client):
    body = b"x" * (2 * 1024 * 1024 + 1)
    assert_error(client.post("/api/observations", content=body), 413)


def test_malformed_parameter_is_422_naming_it(client):
    error = assert_error(client.get("/api/scorecard?year=twenty"), 422, "year")
    assert "twenty" in error["message"]
    assert_error(client.get("/api/observations?edition=newest"), 422, "edition")
    assert_error(client.get("/api/scorecard?edition=all"), 422, "edition")
    assert_error(client.get("/api/observations?as_of=13-03-2025"), 422, "as_of")
    assert_error(client.get("/scorecard.json?sort=colour"), 422, "sort")
    assert_error(client.get("/api/scorecard?format=xml"), 422, "format")


def test_library_errors_reach_the_client_as_messages(client):
    error = assert_error(client.get("/api/scorecard?ally=Polnd"), 404, "ally")
    assert "Poland" in error["message"]
    error = assert_error(client.get("/api/observations?measure=share_of_gpd"), 422, "measure")
    assert "share_of_gdp" in error["message"]
    error = assert_error(client.get("/api/scorecard?guideline=3pct"), 422, "guideline")
    assert_error(client.get("/api/scorecard?edition=2018"), 422, "edition")
    error = assert_error(client.get("/api/scorecard?year=1990&edition=2024"), 404)
    assert "2014" in error["message"]


def test_unexpected_failure_is_500_without_traceback(monkeypatch):
    from milex.web import views

    def broken():
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(views, "sources", broken)
    client = TestClient(create_app(), raise_server_exceptions=False)
    response = client.get("/api/editions")
    error = assert_error(response, 500)
    assert "secret" not in response.text
    assert error["type"] == "internal_error"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page = client.get("/sources", headers={"accept": "text/html"})
    assert page.status_code == 500 and "secret" not in page.text
    assert page.headers["content-type"].startswith("text/html")


def test_browser_gets_an_error_page(client):
    page = client.get("/ally/Atlantis", headers={"accept": "text/html"})
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "unknown ally" in page.text


# --- safety and offline ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/", "/scorecard.json", "/static/milex.css", "/api/nothing", "/openapi.json", "/api"],
)
def test_every_response_carries_the_security_policy(client, path):
    response = client.get(path)
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_head_answers_without_a_body(client):
    response = client.head("/scorecard.json?year=2024&edition=2024")
    assert response.status_code == 200 and response.content == b""


def test_openapi_document_and_api_page_work_offline(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/observations", "/api/allies", "/api/scorecard", "/api/compare",
                 "/api/revisions", "/api/projections", "/scorecard"):  # fmt: skip
        assert path in spec["paths"], path
    body = spec["paths"]["/api/check"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "text/html"} <= set(body)
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN
    for path in ("/", "/api", "/scorecard", "/ally/Poland", "/sources"):
        page = client.get(path, headers={"accept": "text/html"}).text
        # links out (a publisher's page to cite) are fine; nothing is loaded from elsewhere
        external = re.findall(r'(?:src|rel="stylesheet" href)="(https?:)?//', page)
        assert not external, (path, external)
        scripts = re.findall(r"<script([^>]*)>[^<]", page)  # no inline script, data only
        assert all('type="application/json"' in attrs for attrs in scripts), path


def test_sources_page_says_how_to_cite_and_the_terms(client):
    page = client.get("/sources", headers={"accept": "text/html"}).text
    assert "How to cite" in page
    assert "credit to NATO" in page and "advertising" in page
    assert "non-commercial" in page and "SIPRI" in page


# --- projections ---------------------------------------------------------------------------


def test_projection_of_an_ally_already_at_target_costs_nothing(client, sources):
    # Germany's latest share in the 2025 edition is its 2024 figure (no 2025 figure at cut-off).
    share = official_share(sources, 2025, 2024)["Germany"]
    assert share >= 2.0
    data = client.get("/project.json?who=Germany&target=2&by=2030&edition=2025").json()
    summary = data["tables"]["summary"][0]
    assert summary["cum_extra_musd_constant"] == 0
    assert any("Germany" in note for note in data["notes"])  # the missing 2025 figure is said


def test_projection_path_reaches_the_target_in_the_deadline_year(client, sources):
    spain = official_share(sources, 2025, 2025)["Spain"]
    data = client.get("/api/projections.json?who=Spain&target=3.5&by=2035&growth=0.5,2").json()
    path = data["tables"]["path"]
    assert {r["scenario"] for r in path} == {"low", "high"}
    first = min(r["year"] for r in path)
    assert round(next(r for r in path if r["year"] == first)["share_of_gdp_pct"], 4) == round(
        spain, 4
    )
    last = [r for r in path if r["year"] == 2035]
    assert all(round(r["share_of_gdp_pct"], 6) == 3.5 for r in last)
    page = client.get("/project?who=Spain&target=3.5&by=2035", headers={"accept": "text/html"})
    assert page.status_code == 200 and "<svg" in page.text


def test_projection_parameters_out_of_range_are_422(client):
    assert_error(client.get("/api/projections?target=50"), 422, "target")
    assert_error(client.get("/api/projections?shape=zigzag"), 422, "shape")
    assert_error(client.get("/api/projections?growth=fast"), 422)
    assert_error(client.get("/api/projections?who=Atlantis"), 404, "ally")


# --- the claim checker ---------------------------------------------------------------------

ARTICLE = (
    "Poland spends more than 4% of GDP on defence. <script>alert(1)</script> "
    "Spain spends 3% of GDP on defence."
)


def test_checker_marks_supported_and_contradicted_claims_with_evidence(client, sources):
    share = official_share(sources, 2024, 2024)  # the edition current on 1 July 2024
    assert share["Poland"] > 4.0  # so "more than 4%" holds
    assert abs(share["Spain"] - 3.0) > 0.5  # so "3%" does not
    page = client.post(
        "/check", data={"text": ARTICLE, "date": "2024-07-01"}, headers={"accept": "text/html"}
    )
    assert page.status_code == 200
    html = page.text
    marks = dict(re.findall(r'<mark class="claim verdict-(\w+)"[^>]*><a [^>]*>([^<]+)</a>', html))
    assert marks.get("supported") == "more than 4%"
    assert marks.get("contradicted") == "3%"
    items = re.findall(
        r'<li id="claim-\d+" class="claim-item verdict-(\w+)">(.*?)</li>', html, re.S
    )
    evidence = {verdict: body for verdict, body in items}
    assert f"{share['Poland']:.2f}" in evidence["supported"]
    assert f"{share['Spain']:.2f}" in evidence["contradicted"]


def test_article_markup_is_shown_back_escaped(client):
    page = client.post("/check", data={"text": ARTICLE, "date": "2024-07-01"})
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    linked = client.get("/check", params={"text": ARTICLE, "date": "2024-07-01"})
    assert linked.status_code == 200 and "<script>alert" not in linked.text


def test_api_check_answers_the_report_from_json_or_plain_text(client, sources):
    share = official_share(sources, 2024, 2024)
    by_json = client.post("/api/check", json={"text": ARTICLE, "date": "2024-07-01"}).json()
    verdicts = {c["text"]: c["verdict"] for c in by_json["claims"]}
    assert verdicts == {"more than 4%": "supported", "3%": "contradicted"}
    poland = next(c for c in by_json["claims"] if c["subject"] == "Poland")
    assert round(poland["evidence"]["value"], 2) == round(share["Poland"], 2)
    assert poland["evidence"]["edition"] == 2024

    plain = client.post(
        "/api/check?date=2024-07-01",
        content=ARTICLE.encode(),
        headers={"content-type": "text/plain"},
    ).json()
    assert plain["summary"] == by_json["summary"]
    as_csv = client.post("/api/check.csv", json={"text": ARTICLE, "date": "2024-07-01"})
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert sorted(r["verdict"] for r in rows) == ["contradicted", "supported"]


def test_api_check_refuses_bad_bodies(client):
    assert_error(client.post("/api/check", json={"article": "x"}), 422, "text")
    assert_error(client.post("/api/check", json={"text": "  "}), 422, "text")
    bad = client.post("/api/check", content=b"{oops", headers={"content-type": "application/json"})
    assert_error(bad, 422, "body")
    image = client.post("/api/check", content=b"x", headers={"content-type": "image/png"})
    assert_error(image, 422, "body")
    assert_error(client.post("/api/check", json={"text": "x", "date": "15/09/2025"}), 422, "date")
    assert_error(client.get("/api/check"), 405)


def test_streamed_body_over_the_limit_is_413_without_content_length(client):
    chunk = b"defence " * 8192  # 64 KiB

    def body():
        for _ in range(40):  # 2.5 MiB in all, sent chunked
            yield chunk

    response = client.post("/api/check", content=body(), headers={"content-type": "text/plain"})
    assert "content-length" not in response.request.headers
    assert_error(response, 413)


def test_uploaded_html_article_is_read_and_its_markup_stays_inert(client, sources):
    share = official_share(sources, 2024, 2024)
    html = (
        b"<html><head><meta property='article:published_time' content='2024-07-01'>"
        b"<script>alert(1)</script></head><body><article><p>Spain spends 3% of GDP on "
        b"defence.</p><p onclick='alert(2)'>Poland spends more than 4% of GDP.</p>"
        b"</article></body></html>"
    )
    page = client.post(
        "/check",
        files={"file": ("article.html", html, "text/html")},
        headers={"accept": "text/html"},
    )
    assert page.status_code == 200
    assert "Judged as of 2024-07-01" in page.text
    assert 'class="claim verdict-contradicted"' in page.text
    assert f"{share['Spain']:.2f}" in page.text
    assert "<script>alert" not in page.text and "onclick='alert" not in page.text
    as_api = client.post("/api/check", content=html, headers={"content-type": "text/html"})
    assert as_api.json()["summary"] == {"supported": 1, "contradicted": 1, "unverifiable": 0}


# --- one registration per page: the old /api paths are its data twins ---------------------------


def test_old_api_paths_redirect_to_the_page_twins_keeping_the_query(client):
    moved = client.get("/api/counts?years=2024&edition=2024", follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"] == "/counts.json?years=2024&edition=2024"
    as_csv = client.get("/api/counts?years=2024&edition=2024&format=csv", follow_redirects=False)
    assert as_csv.headers["location"] == "/counts.csv?years=2024&edition=2024"
    assert client.get("/api/editions", follow_redirects=False).headers["location"] == (
        "/sources.json"
    )
    # NATO's 2024 edition: 23 allies at 2% of GDP in 2024.
    rows = client.get(moved.headers["location"]).json()["tables"]["counts"]
    assert [r["meeting"] for r in rows] == [23]


def test_a_table_without_its_own_layout_is_still_a_page(client):
    page = client.get("/counts?years=2024&edition=2024", headers={"accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/counts.json?years=2024&amp;edition=2024" in page.text


def test_openapi_marks_the_old_paths_as_moved(client):
    spec = client.get("/openapi.json").json()
    old = spec["paths"]["/api/compare"]["get"]
    assert old["deprecated"] is True and "/compare.json" in old["description"]
    assert "/compare" in spec["paths"] and "/counts" in spec["paths"]
