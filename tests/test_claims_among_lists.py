"""'Among the allies at 2% are A, B and C': the figure fronted in an 'among' phrase describes
the allies listed after the verb, each of whom it is then judged for (it had been read as the
alliance's own share, against NATO's total).

NATO's 2025 edition, milex.observations("share_of_gdp", [...], years=[2025], edition=2025):
Spain 2.00, Czechia 2.00, Belgium 2.00, Greece 2.85.
"""

import milex

DATE = "2025-09-10"


def _by_ally(text):
    return {c.claim.subject_code: c for c in milex.check(text, date=DATE).claims}


def test_the_allies_listed_after_among_share_the_figure():
    got = _by_ally(
        "Among the allies at 2% in 2025 are Spain, the Czech Republic and Belgium, NATO says."
    )
    assert set(got) == {"ESP", "CZE", "BEL"}
    assert all(c.verdict == "supported" for c in got.values())


def test_a_listed_ally_far_from_the_figure_is_contradicted():
    got = _by_ally("Among the allies at 2% in 2025 were Spain and Greece, according to NATO.")
    assert got["ESP"].verdict == "supported"
    assert got["GRC"].verdict == "contradicted"  # 2.85
