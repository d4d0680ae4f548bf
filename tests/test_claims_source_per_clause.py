"""The body whose figure each is, clause by clause. 'NATO puts 2024 outlays at $97.7bn (2.12%
of GDP), SIPRI at $88.5bn (1.9%)': the year opening NATO's object is no figure NATO labels, so
NATO's verb gives the figures after it to NATO, and SIPRI's '$88.5bn' with its bracketed share
are SIPRI's (before, all four were judged on SIPRI and NATO's contradicted). 'The alliance's
2024 release' is a NATO release dated between its name and its noun, and 'the alliance
expects' (as 'NATO expects') says who estimates, not what the figure is of.

Official values: NATO 2024 edition (17 June 2024), `milex.observations(MEASURE, "Germany",
years=[2024], edition=2024)`: spending_usd_current 97,685.6 m (Table 2, N21), share_of_gdp
2.119 (Table 3, N21); Denmark share_of_gdp 2.375 (N17); real_change United States 2024
7.214 (N75), NATO Total 10.88. SIPRI April 2025, `milex.observations(MEASURE, "Germany",
years=[2024], source="SIPRI")`: current USD 88,458.5 m (BZ168), share of GDP 1.892 (BZ168).
"""

from __future__ import annotations

import milex

DATE = "2025-05-20"  # SIPRI's 2025 release and NATO's 2024 edition are current


def _read(text: str) -> dict[float, tuple[str, str | None, str]]:
    return {
        c.claim.value: (c.verdict, c.claim.subject, c.claim.source)
        for c in milex.check(text, date=DATE).claims
    }


def test_a_verb_of_nato_whose_object_opens_on_a_year():
    got = _read("German figures differ by publisher: NATO puts 2024 outlays at $97.7bn (2.12% "
                "of GDP), SIPRI at $88.5bn (1.9%).")  # fmt: skip
    assert got[97.7] == ("supported", "Germany", "NATO")
    assert got[2.12] == ("supported", "Germany", "NATO")
    assert got[88.5] == ("supported", "Germany", "SIPRI")
    assert got[1.9] == ("supported", "Germany", "SIPRI")


def test_a_wrong_nato_figure_beside_sipri_is_contradicted_on_nato():
    got = _read("German figures differ by publisher: NATO puts 2024 outlays at $120.7bn (2.12% "
                "of GDP), SIPRI at $88.5bn (1.9%).")  # fmt: skip
    assert got[120.7] == ("contradicted", "Germany", "NATO")  # 97.7


def test_the_alliance_dated_release():
    got = _read("Two vintages: the alliance's 2024 release estimated Denmark's 2024 burden at "
                "2.37 per cent; SIPRI puts it at 2.4 per cent.")  # fmt: skip
    assert got[2.37] == ("supported", "Denmark", "NATO")
    got = _read("Two vintages: the alliance's 2024 release estimated Denmark's 2024 burden at "
                "2.73 per cent; SIPRI puts it at 2.4 per cent.")  # fmt: skip
    assert got[2.73] == ("contradicted", "Denmark", "NATO")


def test_what_the_alliance_expects_is_not_the_alliance_total():
    text = ("America's spending barely moved in 2023, but the alliance expects a 7.2 per cent "
            "real increase in 2024.")  # fmt: skip
    got = {c.claim.value: c.verdict for c in milex.check(text, date="2024-11-20").claims}
    assert got[7.2] != "contradicted"  # the US's 7.21, not NATO Total's 10.88
