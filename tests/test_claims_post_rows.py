"""Rows of a social-media post.

- Flags, each with a bare figure on a line of its own, over a caption in brackets that names
  GDP and a year ('(% of GDP on defence, 2024e, NATO)'): the caption is the rows' header, as
  it is under a chart's rows set apart by bars. Before, the rows got no claim.
- A run of allies each with one bare figure, by code or name, juxtaposed or set apart by
  slashes or commas ('PL 4.12 EE 3.43 US 3.38 ES 1.28'; 'Poland 4.12, Estonia 3.43, ...'):
  read as a card's row is, as shares of GDP only to support (no measure said, so a figure
  that does not agree is unverifiable, not contradicted). Before, no claim.

NATO's 2024 edition, milex.observations("share_of_gdp", ally, years=[2024], edition=2024):
Poland 4.12, Germany 2.12, Spain 1.28, Estonia 3.43, United States 3.38.
"""

import milex

DATE = "2024-07-01"


def _got(text):
    return {(c.claim.subject, c.claim.value): c for c in milex.check(text, date=DATE).claims}


def test_flag_rows_over_a_caption_in_brackets():
    got = _got("Where they stand 👇\n🇵🇱 4.12\n🇩🇪 2.12\n🇪🇸 1.58\n(% of GDP on defence, 2024e, NATO)")
    assert got[("Poland", 4.12)].verdict == "supported"
    assert got[("Poland", 4.12)].claim.year == 2024
    assert got[("Germany", 2.12)].verdict == "supported"
    assert got[("Spain", 1.58)].verdict == "contradicted"  # 1.28; the caption names GDP


def test_a_run_of_coded_or_named_pairs():
    got = _got("PL 4.12 EE 3.43 US 3.38 ES 1.28")
    assert [got[k].verdict for k in (("Poland", 4.12), ("Estonia", 3.43), ("Spain", 1.28))] == [
        "supported"
    ] * 3
    got = _got("PL 4.12 / EE 3.43 / US 3.38 / ES 1.58 — the spread is wide.")
    assert got[("Poland", 4.12)].verdict == "supported"
    assert got[("Spain", 1.58)].verdict == "unverifiable"  # no measure said: only to support
    got = _got("Poland 4.12, Estonia 3.43, United States 3.38, Spain 1.28.")
    assert got[("United States", 3.38)].verdict == "supported"
    # (two pairs are too few to be such a row; a figure with more words is read otherwise)
    assert not _got("PL 4.12 EE 3.43")
