"""A sum governments ask for from a fund ('have asked for a combined EUR 90bn of SAFE loans')
is a request, not the fund's size: no claim of the programme (it had been read as SAFE's size
and judged against EUR 150 bn, the loans the EU adopted on 27 May 2025, DOMAIN.md). The fund's
own size, said wrongly beside it, is still contradicted."""

import milex

DATE = "2025-07-30"


def _claims(text):
    return milex.check(text, date=DATE).claims


def test_a_combined_request_is_no_fund_size():
    claims = _claims("Twelve governments have asked for a combined EUR 90bn of SAFE loans.")
    assert [c for c in claims if c.claim.value == 90] == []


def test_a_total_request_is_no_fund_size_either():
    claims = _claims("Member states have requested a total EUR 127bn of SAFE loans so far.")
    assert [c for c in claims if c.claim.value == 127] == []


def test_a_wrong_fund_size_beside_a_request_is_contradicted():
    claims = _claims(
        "The EU's SAFE scheme offers EUR 127bn of loans; twelve governments have asked for a "
        "combined EUR 90bn."
    )
    assert [c for c in claims if c.claim.value == 90] == []
    (fund,) = [c for c in claims if c.claim.value == 127]
    assert fund.verdict == "contradicted"  # EUR 150 bn
