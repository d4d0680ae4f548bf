"""A figure of a country outside NATO that the text gives as no one's (or beside NATO's,
whose tables do not hold the country) is judged on SIPRI, the only source milex holds with
figures for it, at any date, and the explanation says so: supported when SIPRI agrees, and
unverifiable when it does not, for it may be another body's (a government's budget). The
country's own government or budget named for it leaves it alone; another body named for it
(the IISS) gives it as that body's, unjudged.
Before, such figures got no claim outside the week after SIPRI's yearly release.

Also: a country outside NATO named inside a description of the ally that opens the clause
('Türkiye, a broker between Kyiv and Moscow, ...') is not the figure's subject; figures said
'respectively' of a run of such countries go to each in order; a level said of the whole run
('... all spent more than 2.5%') is not read as its last country's; a guideline's level beside
them ('against the 2% yardstick') is no figure of theirs.

SIPRI's April 2025 release, milex.observations(["share_of_gdp", "spending_usd_current"],
country, years=[2024], source="SIPRI"): India 2.27% and USD 86,126 m; Pakistan 2.67%;
Israel 8.78%; Saudi Arabia 7.30%; Russia 7.05% and USD 148,967 m; Korea, South 2.56%.
NATO's 2025 edition, milex.observations("share_of_gdp", "Türkiye", years=[2025],
edition=2025): 2.33.
"""

import milex

DATE = "2025-06-16"  # seven weeks after SIPRI's release of 28 April 2025


def _claims(text, date=DATE):
    return milex.check(text, date=date).claims


def _of(claims, value):
    return [c for c in claims if c.claim.value == value]


def test_an_unattributed_share_of_a_country_outside_nato_is_judged_on_sipri():
    (c,) = _claims("Last year India put 2.3% of its GDP into the armed forces.")
    assert (c.claim.subject_code, c.claim.year, c.verdict) == ("IND", 2024, "supported")
    assert "only source held with figures for India" in c.explanation
    (c,) = _claims("Pakistan's military burden came to 2.7% of GDP in 2024.")
    assert (c.claim.subject_code, c.verdict) == ("PAK", "supported")


def test_a_figure_sipri_does_not_agree_with_is_not_called_wrong_when_unattributed():
    # (Russia: SIPRI USD 149.0 bn; the text's 120 may be another body's estimate)
    (c,) = _claims("Russia poured $120 billion into its military in 2024.")
    assert (c.claim.subject_code, c.verdict) == ("RUS", "unverifiable")
    assert "may be another body's" in c.explanation
    (c,) = _claims("Russia poured $149 billion into its military in 2024.")
    assert c.verdict == "supported"
    # (SIPRI named: its figure, and wrong)
    (c,) = _claims("According to SIPRI, India put 2.9% of its GDP into defence in 2024.")
    assert (c.claim.subject_code, c.verdict) == ("IND", "contradicted")
    # (another body named, the country's own government or its budget: not SIPRI's to judge)
    assert not _claims("The allies outspend Russia, whose military budget reached $149 billion.")
    # (a research body named: its figure, read as such and left unjudged, never SIPRI's)
    (c,) = _claims("According to the IISS, India put 2.3% of its GDP into defence in 2024.")
    assert (c.claim.subject_code, c.claim.source, c.verdict) == ("IND", "other", "unverifiable")
    assert "attributed to IISS" in c.explanation
    claims = _claims("India's finance ministry said defence would take 2.3% of GDP in 2024.")
    assert all(c.verdict == "unverifiable" for c in claims)


def test_a_country_described_by_others_keeps_the_figure():
    (c,) = _claims(
        "Türkiye, a broker between Kyiv and Moscow, will spend 2.33% of GDP on defence this "
        "year, NATO says.",
        date="2025-09-15",
    )
    assert (c.claim.subject_code, c.verdict) == ("TUR", "supported")
    (c,) = _claims(
        "Türkiye, a broker between Kyiv and Moscow, will spend 2.63% of GDP on defence this "
        "year, NATO says.",
        date="2025-09-15",
    )
    assert (c.claim.subject_code, c.verdict) == ("TUR", "contradicted")


def test_respectively_pairs_countries_outside_nato_in_order():
    claims = _claims(
        "Of the countries of the Middle East, only Israel (a special case), Saudi Arabia and "
        "Pakistan spent above 2.5% of GDP last year: 8.8%, 7.3% and 2.7% respectively."
    )
    got = {(c.claim.subject_code, c.claim.value): c.verdict for c in claims}
    assert got[("ISR", 8.8)] == got[("SAU", 7.3)] == got[("PAK", 2.7)] == "supported"
    assert not _of(claims, 2.5)  # the level said of all three, no one's figure
    # (two countries for three figures: whose each is stays unsaid)
    claims = _claims(
        "Only Israel and Saudi Arabia spent above 2.5% of GDP last year: 8.8%, 7.3% and 2.7% "
        "respectively."
    )
    assert all(c.verdict == "unverifiable" for c in claims)
    claims = _claims("Israel and Pakistan spent 8.8% and 2.9% of GDP respectively last year.")
    got = {(c.claim.subject_code, c.claim.value): c.verdict for c in claims}
    assert got[("ISR", 8.8)] == "supported"
    assert got[("PAK", 2.9)] == "unverifiable"  # SIPRI 2.67, source unnamed


def test_a_guideline_beside_them_is_no_figure_of_theirs():
    claims = _claims(
        "Saudi Arabia devoted 7.3% of GDP to its forces last year and Israel 8.8%, set against "
        "a benchmark of 2% in the alliance."
    )
    assert not _of(claims, 2.0)
    assert [c.verdict for c in _of(claims, 7.3)] == ["supported"]
