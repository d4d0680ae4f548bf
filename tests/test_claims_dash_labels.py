"""A line that opens on a bare figure, labelled after a dash by words naming a share of GDP
('3.22 — US share of GDP on defence in 2025 (NATO)'), gives a percentage: read as the
figure with its '%' would be; so does a line right under it labelled by a name alone
('1.49 — Italy'). Before, such bare figures got no claim.

NATO's 2025 edition, milex.observations("share_of_gdp", ally, years=[2025], edition=2025):
United States 3.22, Canada 2.01, Italy 2.01.
"""

import milex

DATE = "2025-09-10"


def _got(text):
    return {
        (c.claim.subject, c.claim.value): c.verdict for c in milex.check(text, date=DATE).claims
    }


def test_a_bare_figure_labelled_a_share_of_gdp_after_a_dash():
    got = _got(
        "This week's figures:\n3.22 — US share of GDP on defence in 2025 (NATO)\n2.01 — Canada\n"
        "2.31 — Italy"
    )
    assert got[("United States", 3.22)] == "supported"
    assert got[("Canada", 2.01)] == "supported"
    assert got[("Italy", 2.31)] == "contradicted"  # 2.01
    # (a name alone after the dash, with no labelled line above: a figure of nothing said)
    assert not _got("Figures:\n2.01 — Canada\n2.31 — Italy")
