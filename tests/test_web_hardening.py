"""The web server under hostile input: every answer is a page or the one error shape."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from milex.web.app import create_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    from milex.web.check_pool import CheckPool

    app = create_app()
    app.state.check_pool = CheckPool(deadline=120)  # a loaded CI machine is not a test failure
    yield TestClient(app, raise_server_exceptions=False)
    app.state.check_pool.close()


@pytest.mark.parametrize(
    "body",
    [
        {"text": "x", "date": 5},
        {"text": "x", "date": ["2024-07-01"]},
        {"text": ["x"]},
        {"text": "NATO has 32 members.", "date": "0001-01-01"},
        {"text": "NATO has 32 members.", "date": "1949-04-03"},
        {"text": "Date: 1900-01-01\nNATO has 32 members."},
    ],
)
def test_odd_json_bodies_get_a_client_error_or_a_report(client, body):
    response = client.post("/api/check", json=body)
    assert response.status_code in (200, 400, 422), response.text
    if response.status_code != 200:
        assert set(response.json()["error"]) >= {"status", "type", "message"}


# --- checks in worker processes, with a deadline ------------------------------------------


@pytest.fixture
def started(monkeypatch):
    """The workers a CheckPool starts, to look at afterwards."""
    from milex.web.check_pool import CheckPool

    workers = []
    start = CheckPool._start

    def recording(self):
        worker = start(self)
        workers.append(worker)
        return worker

    monkeypatch.setattr(CheckPool, "_start", recording)
    return workers


def _run(coroutine):
    """Run a coroutine on its own loop (in a thread: a browser test may hold this one's)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def test_the_server_starts_a_check_worker_with_itself_and_the_first_check_uses_it(started):
    from milex.web.check_pool import CheckPool

    app = create_app()
    app.state.check_pool = CheckPool(deadline=120)

    async def warmed():
        await app.state.check_pool.warming

    with TestClient(app, raise_server_exceptions=False) as client:  # start-up and shut-down run
        client.portal.call(warmed)
        assert len(started) == 1 and started[0].process.is_alive()  # before any check
        response = client.post("/api/check", json={"text": "Poland spends 4.1% of GDP.",
                                                   "date": "2025-09-15"})  # fmt: skip
        assert response.status_code == 200 and response.json()["claims"]
        assert len(started) == 1  # the check ran in the worker started with the server
    assert not started[0].process.is_alive()  # and it stopped with the server


LONG = "Poland spends 4.1% of GDP on defence, Germany 2.1% and France 2.06%. " * 20_000


def test_a_check_past_its_deadline_answers_503_and_its_worker_is_killed(started):
    from milex.web.check_pool import CheckPool
    from milex.web.errors import WebError

    pool = CheckPool(size=1, deadline=0.01)
    with pytest.raises(WebError) as caught:
        _run(pool.check(LONG, None))
    assert caught.value.status == 503 and "within 0.01 s" in caught.value.message
    assert not started[0].process.is_alive() and pool._idle == []


def test_a_check_whose_client_left_is_stopped(started):
    from milex.web.check_pool import CheckFailed, CheckPool

    async def gone():
        return True

    pool = CheckPool(size=1, deadline=60)
    with pytest.raises(CheckFailed, match="went away"):
        _run(pool.check(LONG, None, gone))
    assert not started[0].process.is_alive()


def test_a_long_post_gets_a_bounded_report(client):
    response = client.post("/api/check", json={"text": "2% " * 600_000, "date": "2025-09-15"})
    assert response.status_code == 200
    assert any("limit for one article" in note for note in response.json()["notes"])
    assert len(response.content) < 2_000_000


@pytest.mark.parametrize("path", ["/static", "/api/", "/check/"])
def test_a_redirect_never_sends_the_browser_to_the_host_it_was_given(client, path):
    response = client.get(path, headers={"host": "evil.example"}, follow_redirects=False)
    assert response.status_code in (301, 302, 307, 308, 404)
    assert "evil.example" not in response.headers.get("location", "")
    assert response.headers.get("location", "/").startswith("/")
