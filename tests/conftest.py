"""Shared fixtures. Real-file tests use ../shared/sources beside the checkout when present.

The browser fixtures drive the real server with Debian's `chromium` (never a browser that
playwright downloads). Without it those tests skip, unless MILEX_REQUIRE_BROWSER=1 (set by
CI), in which case they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

SOURCES = Path(__file__).resolve().parents[1].parent / "shared" / "sources"
needs_sources = pytest.mark.skipif(
    not SOURCES.is_dir(), reason=f"raw publications not found at {SOURCES}"
)


@pytest.fixture(scope="session")
def sources() -> Path:
    if not SOURCES.is_dir():
        pytest.skip(f"raw publications not found at {SOURCES}")
    return SOURCES


def official_share(sources: Path, edition: int, year: int) -> pd.Series:
    """Share of GDP per ally (aggregates left out) from NATO's Table 3 of an edition, as read
    from the long tables in ../shared/sources (extracted independently of milex)."""
    frame = pd.read_csv(sources / f"nato-{edition}" / f"nato_{edition}_tables_long.csv")
    rows = frame[
        (frame["table"].astype(str) == "3")
        & (frame["measure"] == "def_exp_pct_gdp")
        & (frame["year"] == year)
        & ~frame["ally"].isin({"NATO Total", "NATO Europe and Canada"})
    ]
    return rows.set_index("ally")["value"]


# --- the browser tests ----------------------------------------------------------------

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


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory):
    """The server's own files (checked articles for permalinks) in a folder of the test run."""
    folder = tmp_path_factory.mktemp("milex-data")
    before = os.environ.get("MILEX_DATA_DIR")
    os.environ["MILEX_DATA_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("MILEX_DATA_DIR", None)
    else:
        os.environ["MILEX_DATA_DIR"] = before


def claims_of(kind: str, text: str, date: str) -> list:
    """The checked claims of one kind in a text checked as of `date`."""
    import milex

    return [c for c in milex.check(text, date=date).claims if c.claim.kind == kind]


def one_claim(kind: str, text: str, date: str):
    """The one checked claim of that kind in the text (the test fails if there are more)."""
    found = claims_of(kind, text, date)
    assert len(found) == 1, [(c.claim.text, c.claim.subject, c.claim.value) for c in found]
    return found[0]


def claims_with_value(text: str, date: str, value: float) -> list:
    """The checked claims of that value in a text checked as of `date`."""
    import milex

    return [c for c in milex.check(text, date=date).claims
            if c.claim.value is not None and abs(float(c.claim.value) - value) < 1e-9]  # fmt: skip


def one_with_value(text: str, date: str, value: float, subject: str | None = None):
    """The one checked claim of that value (and subject, when given) in the text (the test
    fails if there are more or none)."""
    found = [c for c in claims_with_value(text, date, value)
             if subject is None or c.claim.subject == subject]  # fmt: skip
    assert len(found) == 1, [(c.claim.kind, c.claim.subject, c.verdict) for c in found]
    return found[0]
