"""In a list of rows 'Label: figure', each row's label owns its figure: a label naming a group
('Alliance as a whole', with no article) or a SIPRI region ('North America') is that figure's
subject, and a label milex cannot read ('Rest of the world: $62bn') leaves its figure without
one, never taking the ally of the row before.

Values looked up with milex:
- milex.observations("share_of_gdp", "NATO", years=[2026], edition=2026): 2.86 (core basis);
  "Germany": 2.69.
- milex.observations("spending_usd_current", "North America", years=[2024], source="SIPRI"):
  1,026,656 (USD mn), i.e. USD 1,027 bn (SIPRI's April 2025 release).
"""

from __future__ import annotations

import pytest

import milex


def claims(text: str, day: str):
    return milex.check(text, date=day).claims


@pytest.mark.parametrize(("share", "verdict"), [("2.86", "supported"), ("2.96", "contradicted")])
def test_a_group_label_without_article_owns_its_row(share, verdict):
    got = claims(f"Core spending, 2026 estimates\nGermany: 2.69%\nAlliance as a whole: {share}%",
                 "2026-07-12")  # fmt: skip
    last = [c for c in got if c.claim.value == float(share)]
    assert [(c.claim.subject, c.verdict) for c in last] == [("NATO", verdict)]


@pytest.mark.parametrize(("amount", "verdict"), [("1,027", "supported"), ("1,127", "contradicted")])
def test_a_region_label_owns_its_row(amount, verdict):
    got = claims(f"Regional totals from SIPRI\nMiddle East: $243bn\nNorth America: ${amount}bn",
                 "2025-05-02")  # fmt: skip
    row = [c for c in got if c.claim.value == float(amount.replace(",", ""))]
    assert [(c.claim.subject_code, c.verdict) for c in row] == [("SIPRI:NORTH_AMERICA", verdict)]


def test_an_unread_label_does_not_take_the_row_before():
    got = claims("Core spending, 2026 estimates\nGermany: 2.69%\nEveryone else: 3.10%\n"
                 "Nordic average: 2.4%", "2026-07-12")  # fmt: skip
    assert [c.claim.subject for c in got if c.claim.value == 2.69] == ["Germany"]
    assert not [c for c in got if c.claim.value in (3.1, 2.4) and c.verdict != "unverifiable"]
    # (field labels under a heading naming the ally are no row's owner: the ally stays)
    got = claims("Poland at a glance\nShare of GDP: 4.12%\nBudget: PLN 151bn", "2024-07-01")
    assert {(c.claim.subject, c.verdict) for c in got} == {("Poland", "supported")}


@pytest.mark.parametrize(("amount", "verdict"), [("52", "supported"), ("62", "contradicted")])
def test_africa_is_sipris_region_and_south_africa_a_country(amount, verdict):
    # SIPRI, April 2025: Africa 2024 = USD 52,053 mn; South Africa 2024 = USD 2,836 mn
    # (milex.observations("spending_usd_current", "Africa" / "South Africa", years=[2024],
    # source="SIPRI"))
    got = claims(f"SIPRI's regions\nNorth America: $1,027bn\nAfrica: ${amount}bn\n"
                 "South Africa: $2.8bn", "2025-05-02")  # fmt: skip
    assert [(c.claim.subject_code, c.verdict) for c in got[1:]] == [
        ("SIPRI:AFRICA", verdict),
        ("ZAF", "supported"),
    ]
