"""A text chart's rows draw a bar of block glyphs between an ally's ISO alpha-3 code and its
figure ('DEU ██ 147'): the code is still the row's ally, the figure right after its bar.
Before, only rows naming the ally in words were read.

NATO's 2026 edition, milex.observations("spending_usd_current", ally, years=[2026],
edition=2026), USD million: Germany 147,000; United Kingdom 110,270; Canada 52,450.
"""

import milex


def _got(text):
    return {
        (c.claim.subject, c.claim.value): c.verdict
        for c in milex.check(text, date="2026-07-10").claims
    }


def test_a_code_then_a_bar_then_the_figure():
    got = _got("Chart: defence spending, USD bn, 2026e\nDEU ██ 147\nGBR █ 110\nCAN ▌ 61")
    assert got[("Germany", 147.0)] == "supported"
    assert got[("United Kingdom", 110.0)] == "supported"
    assert got[("Canada", 61.0)] == "contradicted"  # 52.45
