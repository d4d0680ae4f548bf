"""A quotation introduced by a label ending in a colon, with no verb of speech ('Defence
minister Crosetto at question time: "..."'), is the named minister's; and a minister's
figure of 'spending' (or of 'it') that names no ally, with none carried from before, is
their own country's. The figures had no subject.

NATO's 2025 edition, milex.observations("share_of_gdp", "Italy", years=[2023, 2024],
edition=2025): 2023 = 1.47, 2024 = 1.50 (1.498): both "1.5%" at one decimal.
"""

import milex

DATE = "2025-09-10"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_ministers_labelled_quote_speaks_for_the_ministers_country():
    c1, c2 = _claims(
        'Defence minister Crosetto at a hearing: "In 2023 spending was 1.5%, and in 2024 '
        'it stayed at 1.5%."'
    )
    assert (c1.claim.subject_code, c1.claim.year, c1.verdict) == ("ITA", 2023, "supported")
    assert (c2.claim.subject_code, c2.claim.year, c2.verdict) == ("ITA", 2024, "supported")


def test_a_wrong_figure_in_the_ministers_quote_is_contradicted():
    (c,) = _claims('Defence minister Crosetto at a hearing: "In 2024 spending was 1.9%."')
    assert (c.claim.subject_code, c.verdict) == ("ITA", "contradicted")  # 1.50
