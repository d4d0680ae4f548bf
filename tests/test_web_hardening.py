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
    return TestClient(create_app(), raise_server_exceptions=False)


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
