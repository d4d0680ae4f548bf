"""End-to-end: the real server on a free port, driven by a real headless Chromium.

Debian's `chromium` drives these tests (never a browser downloaded by playwright). Without
it they skip, unless MILEX_REQUIRE_BROWSER=1 (set by CI), in which case they fail.
"""

from __future__ import annotations

from tests.conftest import official_share


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
    page.wait_for_selector("figure.interactive.drawn svg")  # the map, drawn by Vega
    drawn = marks(page)
    assert len(drawn) >= 2 and all(n > 20 for n in drawn), drawn

    page.click("#tabs a:text-is('Table')")
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
    page.click("#scorecard thead a:text-is('Share (%)')")
    page.wait_for_url("**sort=value**")
    values = page.eval_on_selector_all(
        "#scorecard tbody tr td.num:nth-of-type(1)", "cells => cells.map(c => c.textContent)"
    )
    numbers = [float(v.removesuffix(" (e)")) for v in values if v.strip() not in ("—", "")]
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


def test_checked_article_permalink_reloads_the_same_verdicts_elsewhere(browser, server, sources):
    spain = official_share(sources, 2024, 2024)["Spain"]
    assert abs(spain - 3.0) > 0.5
    article = "Date: 2024-07-01\n\nPoland spends more than 4% of GDP. Spain spends 3% of GDP."
    first = browser.new_context()
    page = first.new_page()
    page.goto(f"{server}/check")
    page.fill("#text", article)
    page.click("form.check-form button[type=submit]")
    page.wait_for_selector("#permalink a")
    link = page.get_attribute("#permalink a", "href")
    verdicts = page.eval_on_selector_all("#claims li", "l => l.map(x => x.className)")
    first.close()

    other = browser.new_context()  # no cookies, no storage: only the link
    page = other.new_page()
    page.goto(server + link)
    assert page.eval_on_selector_all("#claims li", "l => l.map(x => x.className)") == verdicts
    assert "claim-item verdict-contradicted" in verdicts
    other.close()
