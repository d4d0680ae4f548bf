"""Properties that hold for any input (hypothesis), on a fixed small budget CI can afford.

For a larger run, benchmarks/fuzz.py checks 100,000 generated inputs and counts outcomes.
"""

from __future__ import annotations

import json
import warnings
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import milex
from milex.claims import input as article_input
from milex.claims.numbers import parse_digits
from milex.errors import MilexError

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from milex.web.app import create_app

BUDGET = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,  # the same examples on every run: a CI failure can be reproduced
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
VERDICTS = {"supported", "contradicted", "unverifiable"}
WORDS = st.sampled_from(
    "Poland Germany NATO allies spends spent 2% 4.12% 1.000.000 127.0.0.1 12.03.2024 $1.2bn "
    "€900m last this next year ago decade Sunday in by since 2024 1900 “ ” \" ' . , ; \n".split()
    + [" ", "\n\n"]
)
ARTICLE = st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60).map(" ".join)
ANY_DAY = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@BUDGET
@given(ARTICLE, st.one_of(st.none(), ANY_DAY))
def test_check_gives_a_report_or_a_clear_refusal(text, day):
    if day is not None and not article_input.in_range(day):
        with pytest.raises(MilexError, match="outside"):
            milex.check(text, date=day)
        return
    report = milex.check(text, date=day)
    assert {c.verdict for c in report.claims} <= VERDICTS
    for c in report.claims:  # a figure's offsets point into the article's text
        assert 0 <= c.claim.start <= c.claim.end <= len(report.article.text)


@BUDGET
@given(st.text(alphabet="0123456789.,", min_size=1, max_size=20))
def test_the_number_reader_reads_or_declines_never_fails(digits):
    parsed = parse_digits(digits)
    if parsed is not None:
        value, precision = parsed
        assert value >= 0 and precision >= 0


@BUDGET
@given(st.lists(st.integers(0, 999), min_size=2, max_size=3), st.integers(1, 999))
def test_thousands_separators_read_as_the_whole_number(groups, head):
    written = f"{head}," + ",".join(f"{g:03d}" for g in groups)
    assert parse_digits(written) == (float(written.replace(",", "")), 0)


@BUDGET
@given(ANY_DAY, st.sampled_from(["last year", "next year", "on Sunday", "a decade ago",
                                 "this year", "the year before"]))  # fmt: skip
def test_relative_times_resolve_inside_the_calendar_or_the_date_is_refused(day, phrase):
    text = f"Poland spent 4% of GDP {phrase}. NATO has 32 members."
    if not article_input.in_range(day):
        with pytest.raises(MilexError, match="outside"):
            milex.check(text, date=day)
        return
    report = milex.check(text, date=day)
    years = [c.claim.year for c in report.claims if c.claim.year is not None]
    assert all(abs(y - day.year) <= 11 for y in years)


@pytest.fixture(scope="module")
def client():
    from milex.web.check_pool import CheckPool

    app = create_app()
    app.state.check_pool = CheckPool(deadline=120)  # a loaded CI machine is not a test failure
    yield TestClient(app, raise_server_exceptions=False)
    app.state.check_pool.close()


def _not_a_crash(response) -> bool:
    """A page, a client error, or (on a loaded machine) 'busy' / past the check's deadline."""
    if response.status_code == 503:
        return response.json()["error"]["type"] in ("busy", "timeout")
    return response.status_code < 500


PARAMETER = st.one_of(st.text(max_size=30), st.integers().map(str), st.sampled_from(
    ["2024", "2014-2024", "2024-2014", "1-10000000", "0001-01-01", "9999-12-31", "nan", "inf",
     "Poland", "2pct", "all", "json", "csv", "' or 1=1 --", "<script>"]))  # fmt: skip


@BUDGET
@given(
    st.sampled_from(["/observations.json", "/allies.json", "/compliance.json", "/counts.json",
                     "/revisions.json", "/compare.json", "/burden-sharing.json", "/scorecard",
                     "/on-track", "/project"]),
    st.dictionaries(st.sampled_from(["year", "years", "edition", "as_of", "ally", "measure",
                                     "guideline", "source", "format"]), PARAMETER, max_size=3),
)  # fmt: skip
def test_web_parameters_never_cause_a_server_error(client, path, params):
    response = client.get(path, params=params)
    assert _not_a_crash(response), (path, params, response.text[:300])


JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text()),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


@settings(BUDGET, max_examples=25)
@given(st.one_of(JSON_VALUE, st.fixed_dictionaries({"text": ARTICLE}, optional={
    "date": st.one_of(JSON_VALUE, ANY_DAY.map(date.isoformat))})))  # fmt: skip
def test_post_api_check_answers_a_report_or_a_client_error(client, body):
    response = client.post("/api/check", content=json.dumps(body),
                           headers={"content-type": "application/json"})  # fmt: skip
    assert _not_a_crash(response), (body, response.text[:300])
    if response.status_code == 200:
        assert {c["verdict"] for c in response.json()["claims"]} <= VERDICTS
