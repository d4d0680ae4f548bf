"""A sum in '$' of Canada that nothing says are US dollars ('Ottawa's outlay was $41.0
billion'): read both in Canadian dollars (NATO's Table 1) and in US dollars (Table 2). Right
in one reading only, it is right in that one (said so); wrong in both, it is wrong; before,
it was always left unverifiable, even when it matched the Canadian-dollar table to the digit.

Official values, NATO 2024 edition (17 June 2024):
`milex.observations("spending_nc_current", "Canada", years=[2022, 2023, 2024], edition=2024)`:
CAD 33,707 m (2022), 37,785 m (2023), 41,012 m (2024, estimate);
`milex.observations("spending_usd_current", "Canada", ...)`: USD 25,898 m (2022), 27,991 m
(2023), 30,495 m (2024, estimate).
"""

from __future__ import annotations

import milex

DAY = "2024-11-05"


def _sums(text: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=DAY).claims
        if c.claim.kind == "spending_amount"
    }


def test_canadian_dollars_of_nato_table_one_are_supported():
    got = _sums(
        "On NATO's count, Canada's defence outlay reached ${v} billion in 2024.".format(v="41.0")
    )
    assert got == {41.0: ("Canada", 2024, "supported")}


def test_us_dollars_of_table_two_are_supported_and_say_so():
    checked = milex.check("NATO says Canada devoted $28.0 billion to defence in 2023.", date=DAY)
    (c,) = [c for c in checked.claims if c.claim.kind == "spending_amount"]
    assert (c.claim.year, c.verdict) == (2023, "supported")
    assert "US dollars" in c.explanation
    # neither CAD 37,785 m nor USD 27,991 m for 2023: a rounding of either, or a third
    # source, may explain it, so never called wrong on a guess of the money
    got = _sums("On NATO's count, Canada's defence outlay reached $33.0 billion in 2023.")
    assert got == {33.0: ("Canada", 2023, "unverifiable")}


def test_a_canadian_dateline_reads_canadian_dollars_only():
    text = (
        "OTTAWA - Canada's defence outlay will reach about ${v} billion this year, NATO estimates."
    )
    # USD 30,495 m is not what a Canadian writer's '$' means
    assert _sums(text.format(v="30.5")) == {30.5: ("Canada", 2024, "unverifiable")}
    checked = milex.check(text.format(v="41.0"), date=DAY).claims
    (c,) = [c for c in checked if c.claim.kind == "spending_amount"]
    assert (c.claim.year, c.verdict) == (2024, "supported")
    assert "datelined in Canada" in c.explanation
