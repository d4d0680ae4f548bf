"""The overview's map, chart and table in a real Chromium, on a desktop and on a 390 px phone.

Expected figures come from NATO's tables in ../shared/sources, never from milex's output.
Screenshots of every page (1280 px and 390 px) go to the test output folder:
$MILEX_TEST_OUTPUT, else test-output/ in the checkout.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import official_share

OUTPUT = Path(os.environ.get("MILEX_TEST_OUTPUT", Path(__file__).parents[1] / "test-output"))
PAGES = ["/", "/?view=chart&allies=Poland,Germany,Spain", "/?view=table", "/scorecard",
         "/ally/Poland", "/project", "/rearm", "/check", "/sources", "/api",
         "/check?date=2025-07-01&text=Poland+spends+4.1%25+of+GDP+on+defence+in+2025.",
         "/embed/share-map"]  # fmt: skip
# NATO renamed the publication in 2026 ("Defence Investment of NATO Countries")
SOURCE_LINE = re.compile(r"Source: NATO, Defence (Expenditure|Investment) of NATO Countries, "
                         r"(\d{4}) edition, published")  # fmt: skip
AT_3_5_IN_2026 = {"Poland", "Lithuania", "Latvia", "Estonia", "Greece"}


def held_editions() -> list[int]:
    import milex

    return sorted(int(e) for e in milex.editions("NATO")["edition"])


def official_2026(sources: Path) -> pd.DataFrame:
    """Core share of GDP, 2026 edition (the conversion of NATO's workbook; English names)."""
    frame = pd.read_csv(sources / "nato-2026" / "nato_defence_2026_conversion.csv")
    frame = frame[frame["measure"] == "core_share_gdp"]
    import milex

    names = {}
    for code in frame["geo"].unique():
        iso2 = {"EL": "GR", "UK": "GB"}.get(code, code)
        try:
            import pycountry

            iso3 = pycountry.countries.get(alpha_2=iso2).alpha_3
        except AttributeError:
            continue
        found = milex.allies()
        match = found[found["iso3"] == iso3]
        if not match.empty:
            names[code] = match["name"].iloc[0]
    frame = frame[frame["geo"].isin(names)].assign(ally=lambda f: f["geo"].map(names))
    return frame


def drawn_map(page, server, edition, year):
    page.goto(f"{server}/?edition={edition}&year={year}&view=map")
    page.wait_for_selector("figure[data-name=share-map].drawn svg path[aria-label]")


def band_of(page, ally: str, year: int) -> str:
    """The fill of an ally's shape on the map (found by its accessible label)."""
    shape = page.locator(f"figure[data-name=share-map] path[aria-label^='{ally}, {year}:']")
    return shape.first.get_attribute("fill")


def test_map_colours_allies_by_band_and_hover_shows_the_estimate(page, server, sources):
    from milex.web.specs import BAND_COLOURS

    share = official_share(sources, 2025, 2025)
    drawn_map(page, server, 2025, 2025)
    for ally, value in share.dropna().items():
        band = sum(value >= b for b in (2.0, 3.5, 5.0))
        assert band_of(page, ally, 2025) == BAND_COLOURS[band], (ally, value)
    poland = page.locator("figure[data-name=share-map] path[aria-label^='Poland, 2025:']").first
    poland.hover()
    tip = page.wait_for_selector("#vg-tooltip-element.visible")
    assert f"{share['Poland']:.2f} (e)" in tip.inner_text()
    assert page.problems == []


@pytest.mark.skipif(2026 not in held_editions(), reason="the 2026 edition is not in the dataset")
def test_map_2026_edition_puts_the_frontline_allies_above_3_5(page, server, sources):
    from milex.web.specs import BAND_COLOURS

    official = official_2026(sources)
    in_2026 = official[official["year"] == 2026].set_index("ally")["value"]
    assert AT_3_5_IN_2026 <= set(in_2026[in_2026 >= 3.5].index)  # what NATO published
    drawn_map(page, server, 2026, 2026)
    for ally in AT_3_5_IN_2026:
        assert band_of(page, ally, 2026) in BAND_COLOURS[2:], ally
    poland = page.locator("figure[data-name=share-map] path[aria-label^='Poland, 2026:']").first
    poland.hover()
    tip = page.wait_for_selector("#vg-tooltip-element.visible").inner_text()
    assert f"{in_2026['Poland']:.2f} (e)" in tip  # 4.68 (e)
    poland.focus()  # the keyboard reaches it too
    said = page.inner_text("figure[data-name=share-map] .focused")
    assert said.startswith("Poland") and f"{in_2026['Poland']:.2f} (e)" in said


def line_chart(page):
    figure = page.locator("figure[data-name=share-lines]")
    legend = figure.locator("g.role-legend g.role-legend-label text").all_text_contents()
    years = figure.locator("g.role-axis text").all_text_contents()
    guides = figure.locator("g.mark-text text").all_text_contents()
    return set(legend), years, guides


def test_chosen_allies_draw_lines_kept_in_the_url(page, server):
    edition = held_editions()[-1]
    page.goto(f"{server}/?edition={edition}&view=chart")
    page.wait_for_selector("figure[data-name=share-lines].drawn svg")
    page.click("details.picker summary")
    for ally in ("Poland", "Germany", "Spain"):
        page.check(f"#allies-picker input[value='{ally}']")
    page.wait_for_function("document.querySelectorAll("
                           "'figure[data-name=share-lines] g.role-legend-label text').length == 3")  # fmt: skip
    legend, years, guides = line_chart(page)
    assert legend == {"Poland", "Germany", "Spain"}
    assert "2014" in years and str(edition) in years
    assert {"2%", "3.5%"} <= set(guides)
    assert re.search(r"allies=Germany(%2C|,)Poland(%2C|,)Spain", page.url)

    page.reload()
    page.wait_for_selector("figure[data-name=share-lines].drawn svg")
    assert line_chart(page)[0] == {"Poland", "Germany", "Spain"}
    checked = page.eval_on_selector_all("#allies-picker input:checked", "b => b.map(x => x.value)")
    assert set(checked) == {"Poland", "Germany", "Spain"}
    assert page.problems == []


def test_downloaded_chart_carries_title_source_and_edition(page, server):
    edition = held_editions()[-1]
    page.goto(f"{server}/?edition={edition}&view=chart&allies=Poland,Spain")
    figure = page.locator("figure[data-name=share-lines]")
    with page.expect_download() as svg_download:
        figure.locator("a.download[data-format=svg]").click()
    svg = Path(svg_download.value.path()).read_text(encoding="utf-8")
    texts = " ".join(re.sub(r"<[^>]+>", " ", t) for t in re.findall(r"<text.*?</text>", svg))
    texts = " ".join(texts.split())
    assert SOURCE_LINE.search(texts).group(2) == str(edition)
    assert "Defence spending over the years" in texts
    with page.expect_download() as png_download:
        figure.locator("a.download[data-format=png]").click()
    png = Path(png_download.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    assert width >= 1000  # drawn at twice the size of the SVG, from the same spec
    assert svg_download.value.suggested_filename == "milex-share-lines.svg"


FONT_SIZES = """() => [...document.querySelectorAll('figure.chart svg text')]
  .filter(t => t.textContent.trim() && t.getClientRects().length)
  .map(t => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(t.getScreenCTM().a, t.getScreenCTM().b)])"""


@pytest.mark.parametrize("width", [1280, 390])
def test_no_page_overflows_and_chart_text_is_readable(browser, server, width):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    for path in PAGES:
        page.goto(server + path)
        if page.locator("figure.interactive:visible").count():
            page.wait_for_selector("figure.interactive.drawn svg")
        overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0, (path, width, overflow)
        small = [(text, round(size, 1)) for text, size in page.evaluate(FONT_SIZES) if size < 11]
        assert not small, (path, width, small[:5])
        name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "overview"
        page.screenshot(path=str(OUTPUT / f"{name}-{width}px.png"), full_page=True)
    context.close()


def test_server_drawn_chart_downloads_with_its_source(page, server):
    edition = held_editions()[-1]
    page.goto(f"{server}/ally/Poland?edition={edition}")
    figure = page.locator("figure.chart").first
    with page.expect_download() as svg_download:
        figure.locator("button.download[data-format=svg]").click()
    svg = Path(svg_download.value.path()).read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", svg).split())
    assert "Poland: defence spending, % of GDP" in text
    assert SOURCE_LINE.search(text).group(2) == str(edition)
    with page.expect_download() as png_download:
        figure.locator("button.download[data-format=png]").click()
    assert Path(png_download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page.problems == []


BARE_ADDRESSES = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const bare = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/https?:\\/\\//.test(node.textContent) && !node.parentElement.closest('a, script, textarea'))
      bare.push(node.textContent.trim().slice(0, 80));
  }
  return bare;
}"""


def test_every_web_address_on_the_pages_is_a_link(page, server):
    for path in ("/sources", "/", "/scorecard", "/ally/Poland", "/project"):
        page.goto(server + path)
        assert page.evaluate(BARE_ADDRESSES) == [], path


def test_year_slider_moves_the_page_to_that_year(page, server, sources):
    expected = int((official_share(sources, 2025, 2020) >= 2.0).sum())
    page.goto(f"{server}/?edition=2025&year=2025&view=map")
    page.wait_for_selector("figure[data-name=share-map].drawn svg")
    page.locator("#year").fill("2020")  # a drag ends in a change: the page follows
    page.wait_for_url("**year=2020**")
    page.wait_for_selector(
        "figure[data-name=share-map].drawn svg path[aria-label^='Poland, 2020:']"
    )
    assert f"{expected} of" in page.inner_text("#headline")
    assert "edition=2025" in page.url and "view=map" in page.url


def test_overview_table_sorts_by_a_heading(page, server, sources):
    share = official_share(sources, 2025, 2025).dropna()
    page.goto(f"{server}/?edition=2025&year=2025&view=table")
    page.click("#allies thead button:text-is('Ally')")  # A to Z
    page.click("#allies thead button:text-is('Share (%)')")  # largest first
    first = page.locator("#allies tbody tr").first.inner_text()
    assert share.idxmax() in first
    page.click("#allies thead button:text-is('Share (%)')")  # smallest first
    assert share.idxmin() in page.locator("#allies tbody tr").first.inner_text()
