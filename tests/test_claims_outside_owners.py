"""Owners of figures outside Europe and North America, and the words that hide them.

- Countries outside NATO that SIPRI covers (Nigeria, Argentina, Kenya, Colombia, ...) are
  names milex knows: their figures are theirs, judged on SIPRI's series, and never the ally
  or country the sentence before spoke of.
- A capitalised name milex does not know that owns the figure by a possessive of spending
  ('Ghana's military spending') or as the subject of 'spent' leaves the figure without a
  subject rather than handing it to the country named before.
- 'its' after 'X is set to overtake Y:' is X's: 'overtake', 'surpass', 'outpace' make their
  object no owner of what follows.
- 'Finland, the newest member but one, will spend ...': 'but one' is no clause break.
- 'That is about 1.7% of China's GDP': the possessive of the economy names the owner.
- A country outside NATO spoken of before is no group of allies that 'NATO allies' may mean.

Values (SIPRI's April 2025 release, looked up with milex.claims.evidence.row("SIPRI", 2025,
..., 2024)): Nigeria USD 1,133.3 m; Argentina USD 4,177.6 m and 0.62% of GDP; Kenya USD
1,231.3 m; South Africa USD 2,836 m; China 1.71% of GDP. NATO's 2024 edition
(milex.observations(..., edition=2024)): Finland 2024 2.41% of GDP; Türkiye 2024 2.09%, 2023
1.50%; France 2024 2.06%; NATO total 2024 2.71%.
"""

from __future__ import annotations

import milex


def _claims(text: str, day: str) -> list:
    return milex.check(text, date=day).claims


def _of(text: str, day: str, value: float) -> list:
    return [c for c in _claims(text, day) if c.claim.value is not None
            and abs(abs(c.claim.value) - value) < 1e-6]  # fmt: skip


def test_countries_sipri_covers_own_their_figures():
    text = ("Kenya put $1.2 billion into its armed forces in 2024, SIPRI reported. "
            "Nigeria's military budget shrank to $1.1 billion.")  # fmt: skip
    got = {c.claim.subject: c for c in _claims(text, "2025-05-02")}
    assert got["Kenya"].verdict == "supported"
    assert got["Nigeria"].verdict == "supported" and got["Nigeria"].claim.year == 2024


def test_a_wrong_figure_of_such_a_country_is_contradicted():
    got = _of("Argentina cut its defence outlays to $2.9 billion in 2024, SIPRI says.",
              "2025-05-02", 2.9)  # fmt: skip
    assert [(c.claim.subject, c.verdict) for c in got] == [("Argentina", "contradicted")]
    got = _of("Argentina spent 0.9% of its GDP on defence in 2024, SIPRI says.", "2025-05-02", 0.9)
    assert [(c.claim.subject, c.verdict) for c in got] == [("Argentina", "contradicted")]


def test_an_unknown_country_does_not_take_the_figure_of_the_one_before():
    text = ("South Africa spent $2.8 billion on defence in 2024, SIPRI said. "
            "Ghana's military spending slipped to $0.3 billion.")  # fmt: skip
    got = _of(text, "2025-05-02", 0.3)
    assert got and all(c.verdict == "unverifiable" and c.claim.subject is None for c in got)
    # (a leader's possessive stays the country's: "Golob's government reached 2.02%")
    got = _of("Slovenia votes soon. Golob's government reached 2.02% of GDP in 2025, NATO "
              "estimates.", "2026-03-20", 2.02)  # fmt: skip
    assert [(c.claim.subject, c.verdict) for c in got] == [("Slovenia", "supported")]


def test_its_after_overtaking_is_the_overtaker():
    text = ("Türkiye is about to overtake France: its defence burden comes to 2.09% of GDP "
            "this year, from 1.50% in 2023.")  # fmt: skip
    got = {c.claim.value: c for c in _claims(text, "2024-06-25")}
    assert (got[2.09].claim.subject, got[2.09].verdict) == ("Türkiye", "supported")
    assert (got[1.5].claim.subject, got[1.5].verdict) == ("Türkiye", "supported")
    wrong = _of("Türkiye is about to surpass France: its defence burden comes to 2.39% of GDP "
                "this year.", "2024-06-25", 2.39)  # fmt: skip
    assert [(c.claim.subject, c.verdict) for c in wrong] == [("Türkiye", "contradicted")]


def test_the_newest_but_one_is_an_aside():
    got = _of("Finland, the alliance's newest member but one, spends 2.41% of GDP this year.",
              "2024-06-25", 2.41)  # fmt: skip
    assert [(c.claim.subject, c.verdict) for c in got] == [("Finland", "supported")]
    got = _of("Finland, the alliance's newest member but one, spends 2.14% of GDP this year.",
              "2024-06-25", 2.14)  # fmt: skip
    assert [(c.claim.subject, c.verdict) for c in got] == [("Finland", "contradicted")]


def test_a_share_of_a_named_economy_is_that_countrys():
    text = ("Spending across Asia and Oceania climbed again, SIPRI said. "
            "That works out at roughly 1.7% of China's GDP.")  # fmt: skip
    got = _of(text, "2025-05-02", 1.7)
    assert [(c.claim.subject, c.verdict) for c in got] == [("China", "supported")]
    text = text.replace("1.7%", "2.6%")
    got = _of(text, "2025-05-02", 2.6)
    assert [(c.claim.subject, c.verdict) for c in got] == [("China", "contradicted")]


def test_allies_after_a_country_outside_nato_are_the_alliance():
    text = ("Most Japanese in a survey backed a bigger military budget. "
            "NATO allies, on their side, averaged 2.71% of GDP in 2024.")  # fmt: skip
    got = _of(text, "2025-07-01", 2.71)
    assert [(c.claim.subject, c.verdict) for c in got] == [("NATO", "supported")]


def test_a_row_of_such_a_country_is_its_own():
    # (SIPRI's April 2025 release: Oman 2024 5.59% of GDP, an estimate)
    text = "Share of GDP spent on the military, 2024 (SIPRI)\nDenmark .... 2.4%\nOman .... {}%"
    got = {c.claim.subject: c.verdict for c in _claims(text.format("5.6"), "2025-05-02")}
    assert got == {"Denmark": "supported", "Oman": "supported"}
    got = {c.claim.subject: c.verdict for c in _claims(text.format("4.6"), "2025-05-02")}
    assert got == {"Denmark": "supported", "Oman": "contradicted"}
