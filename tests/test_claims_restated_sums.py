"""'Germany reaches 2.69% of GDP. In money terms that is 124,7 Mrd. Euro': 'that' opening a
clause before a verb of restating points back to the figure before, as 'it' would; the sum
restating an ally's share of GDP is that ally's defence spending in money, in the years its
own clause names. The sums had been dropped (no subject, no word of defence).

NATO's 2026 edition, milex.observations("spending_nc_current", "Germany", years=[2025, 2026],
edition=2026): 2026 = EUR 124,660 m, 2025 = EUR 99,298 m; "share_of_gdp": 2026 = 2.69.
"""

import milex

DATE = "2026-07-10"


def _sums(text):
    return [c for c in milex.check(text, date=DATE).claims if c.claim.kind == "spending_amount"]


def test_a_sum_restating_a_share_is_the_allys_spending():
    now, before = _sums(
        "Germany reaches 2,69 per cent of GDP in 2026. In money terms that is 124,7 Mrd. Euro "
        "this year and 99,3 Mrd. Euro last year."
    )
    assert (now.claim.subject_code, now.claim.year, now.verdict) == ("DEU", 2026, "supported")
    assert (before.claim.subject_code, before.claim.year, before.verdict) == (
        "DEU",
        2025,
        "supported",
    )


def test_a_wrong_restated_sum_is_read_and_not_supported():
    (c,) = _sums(
        "On NATO's figures Germany reaches 2,69 per cent of GDP in 2026. In money terms that "
        "is 104,7 Mrd. Euro."
    )
    assert c.claim.subject_code == "DEU"
    # EUR 124.66 bn; with no body named for the sum itself it may be the national budget's,
    # so the checker abstains rather than contradicts
    assert c.verdict == "unverifiable"
