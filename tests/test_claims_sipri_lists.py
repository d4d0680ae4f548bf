"""Lists of SIPRI's figures that name countries outside NATO.

- Under a header that names SIPRI (or an article whose only source is SIPRI) and GDP, an
  item of a country outside NATO is read as an ally's is, and is SIPRI's figure ('2. Israel
  8.8' under 'SIPRI ranking, 2024 (military burden, % of GDP):'); a bare share above what any
  ally spends is still a share of GDP there ('1. Ukraine 34.5'). Before, such items got no
  claim (and Algeria was not known by name).
- A header naming two units set apart by a slash ('US$ bn / % of GDP') reads the two figures
  of each item so, each in its unit ('China: 314 / 1.7'); before, only the share was read.

SIPRI's April 2025 release, milex.observations(["share_of_gdp", "spending_usd_current"],
country, years=[2024], source="SIPRI"): Ukraine 34.48%; Israel 8.78%; Algeria 7.97%; Russia
7.05%; China USD 313,658 m and 1.71%; Japan USD 55,274 m and 1.37%; Germany USD 88,458 m and
1.89%; Poland USD 38,001 m and 4.15%.
"""

import milex

DATE = "2025-06-10"


def _got(text):
    return {
        (c.claim.subject, c.claim.kind, c.claim.value): c
        for c in milex.check(text, date=DATE).claims
    }


def test_a_ranked_sipri_list_reads_countries_outside_nato():
    got = _got(
        "Heaviest military burdens in 2024 according to SIPRI (% of GDP):\n"
        "1. Ukraine 34.5\n2. Israel 8.8\n3. Algeria 8.0\n4. Russia 6.1"
    )
    ukraine = got[("Ukraine", "share_of_gdp", 34.5)]
    assert (ukraine.verdict, ukraine.claim.year, ukraine.evidence.source) == (
        "supported",
        2024,
        "SIPRI",
    )
    assert got[("Israel", "share_of_gdp", 8.8)].verdict == "supported"
    assert got[("Algeria", "share_of_gdp", 8.0)].verdict == "supported"
    assert got[("Russia", "share_of_gdp", 6.1)].verdict == "contradicted"  # SIPRI 7.05


def test_a_list_of_no_named_source_still_leaves_large_bare_numbers_alone():
    # (no SIPRI named, and a header without GDP: the items are not read as SIPRI's)
    got = _got("Biggest shares in 2024:\n1. Ukraine 34.5\n2. Israel 8.8")
    assert ("Ukraine", "share_of_gdp", 34.5) not in got
    # (SIPRI named: the item is read, and its source is SIPRI's even in a list of NATO's
    # measure)
    got = _got("Burden in 2024 (SIPRI, % of GDP):\n- Israel 7.9")
    assert got[("Israel", "share_of_gdp", 7.9)].verdict == "contradicted"  # SIPRI 8.78


def test_slash_pairs_under_a_header_of_two_units():
    got = _got(
        "Big Asian spenders (SIPRI, 2024, US$ bn / % of GDP):\nChina: 314 / 1.7\nJapan: 55 / 1.9"
    )
    assert got[("China", "spending_amount", 314.0)].verdict == "supported"
    assert got[("China", "share_of_gdp", 1.7)].verdict == "supported"
    assert got[("Japan", "spending_amount", 55.0)].verdict == "supported"
    assert got[("Japan", "share_of_gdp", 1.9)].verdict == "contradicted"  # SIPRI 1.37
    got = _got("Two allies (SIPRI, 2024, US$ bn / % of GDP):\nGermany: 88 / 1.9\nPoland: 45 / 4.2")
    assert got[("Germany", "spending_amount", 88.0)].verdict == "supported"
    assert got[("Poland", "spending_amount", 45.0)].verdict == "contradicted"  # SIPRI 38.0
    assert got[("Poland", "share_of_gdp", 4.2)].verdict == "supported"
