"""End-to-end: the real server on a free port, driven by a real headless Chromium.

Debian's `chromium` drives these tests (never a browser downloaded by playwright). Without
it they skip, unless MILEX_REQUIRE_BROWSER=1 (set by CI), in which case they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest

from tests.conftest import official_share

BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _need(reason: str):
    if os.environ.get("MILEX_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (MILEX_REQUIRE_BROWSER=1: the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        _need("Debian's chromium is not installed (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _need("the playwright package is not installed (pip install -e '.[test]')")
    return path


@pytest.fixture(scope="session")
def server() -> str:
    """The milex app under uvicorn in a background thread, on a free loopback port."""
    import uvicorn

    from milex.web.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the milex server did not start within 30 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium_path, args=BROWSER_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and any dialog (none should ever open)."""
    context = browser.new_context()
    opened = context.new_page()
    opened.problems = []
    opened.on("console", lambda m: opened.problems.append(m.text) if m.type == "error" else None)

    def on_dialog(dialog):
        opened.problems.append(f"dialog opened: {dialog.message}")
        dialog.dismiss()

    opened.on("dialog", on_dialog)
    yield opened
    context.close()


def official_meeting(sources, edition: int, year: int) -> int:
    return int((official_share(sources, edition, year) >= 2.0).sum())


def marks(page, selector: str = "figure.chart svg") -> list[int]:
    """The number of drawn marks (paths and rects) in each chart on the page."""
    return page.eval_on_selector_all(
        selector, "svgs => svgs.map(s => s.querySelectorAll('path, rect').length)"
    )


def test_overview_to_ally_page_with_charts_drawn(page, server, sources):
    expected = official_meeting(sources, 2024, 2024)
    page.goto(f"{server}/?year=2024&edition=2024")
    assert f"{expected} of 32" in page.inner_text("#headline")
    drawn = marks(page)
    assert len(drawn) >= 2 and all(n > 20 for n in drawn), drawn

    page.click("#allies a:text-is('Poland')")
    page.wait_for_url("**/ally/Poland")
    assert page.inner_text("h1") == "Poland"
    drawn = marks(page)
    assert len(drawn) >= 3 and all(n > 10 for n in drawn), drawn
    assert page.locator("#revisions tbody tr").count() > 10
    assert page.problems == []


def test_edition_switch_changes_the_count_through_the_url(page, server, sources):
    page.goto(f"{server}/?year=2024&edition=2024")
    page.click("p.switch a:text-is('2025')")
    page.wait_for_url("**edition=2025**")
    assert f"{official_meeting(sources, 2025, 2024)} of 32" in page.inner_text("#headline")


def test_scorecard_sorts_by_following_a_heading_link(page, server):
    page.goto(f"{server}/scorecard?year=2024&edition=2024")
    page.click("#scorecard thead a:text-is('value')")
    page.wait_for_url("**sort=value**")
    values = page.eval_on_selector_all(
        "#scorecard tbody tr td.num:nth-of-type(1)", "cells => cells.map(c => c.textContent)"
    )
    numbers = [float(v) for v in values if v.strip() not in ("—", "")]
    assert numbers == sorted(numbers) and len(numbers) > 20
    assert page.problems == []


def test_checker_page_annotates_an_article_and_runs_none_of_its_script(page, server, sources):
    spain = official_share(sources, 2024, 2024)["Spain"]
    assert abs(spain - 3.0) > 0.5  # so the article's "3%" is wrong
    article = (
        "Date: 2024-07-01\n\nPoland spends more than 4% of GDP on defence. "
        "<script>alert(1)</script><img src=x onerror=alert(2)> Spain spends 3% of GDP."
    )
    page.goto(f"{server}/check")
    page.fill("#text", article)
    page.click("form.check-form button[type=submit]")
    page.wait_for_selector("#result")
    supported = page.locator("#article mark.verdict-supported")
    contradicted = page.locator("#article mark.verdict-contradicted")
    assert supported.count() == 1 and supported.inner_text() == "more than 4%"
    assert contradicted.count() == 1 and contradicted.inner_text() == "3%"
    # the two marks look different, not only by class name
    colours = [
        loc.evaluate("e => getComputedStyle(e).borderBottomColor")
        for loc in (supported, contradicted)
    ]
    assert colours[0] != colours[1]
    evidence = page.inner_text("#claims li.verdict-contradicted")
    assert f"{spain:.2f}" in evidence
    assert "<script>alert(1)</script>" in page.inner_text("#article")  # shown as text
    assert page.locator("#article script, #article img").count() == 0
    assert page.problems == []  # no dialog opened, no console error
