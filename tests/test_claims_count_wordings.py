"""The claim checker on counts worded without their noun or their level: 'only eight remain
below it' (the level the sentence named before), 'in 2021, when only six were' (the count's
verb left out), and 'Three states - Poland (4.48%), ... - meet the 3.5% goal' (the allies
counted set off by dashes, with their own figures, before the level).

Official values in the comments are NATO's counts of allies at or above a share of GDP, read
with `milex.observations("share_of_gdp", ally, years=[...], edition=...)` for every ally:
2024 edition, 2024: 23 of 32 at or above 2% (31 with figures), so 8 below; 2021: 6.
2025 edition, 2025: 3 at or above 3.5% (Poland 4.48, Lithuania 4.00, Latvia 3.73).
"""

from __future__ import annotations

import milex


def counts(text: str, date: str = "2024-07-01") -> list[tuple[str, float | None, int | None]]:
    """(verdict, value, year) of every count of allies the checker finds."""
    report = milex.check(text, date=date)
    return [(c.verdict, c.claim.value, c.claim.year) for c in report.claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def test_a_bare_number_below_it_counts_against_the_level_before():
    text = "Most members now sit at or above 2 percent of GDP; only {} remain below it."
    assert ("supported", 8.0, 2024) in counts(text.format("eight"))
    assert ("contradicted", 5.0, 2024) in counts(text.format("five"))


def test_a_count_whose_verb_is_left_out():
    text = "This year 23 allies meet the 2% target, far more than in 2021, when only {} were."
    assert ("supported", 6.0, 2021) in counts(text.format("six"))
    assert ("contradicted", 9.0, 2021) in counts(text.format("nine"))
    # "among them" after counts of two years does not take the earlier count's year: Poland
    # 2024 = 4.12 (2021: 2.23)
    report = milex.check(text.format("six") + " Poland is among them at 4.12%.", date="2024-07-01")
    [poland] = [c for c in report.claims if c.claim.subject == "Poland"]
    assert (poland.verdict, poland.claim.year) == ("supported", 2024)


def test_allies_counted_with_their_figures_between_dashes():
    text = (
        "{} allies - Poland (4.48%), Lithuania (4.00%) and Latvia (3.73%) - already clear the "
        "3.5% core level."
    )
    assert ("supported", 3.0, 2025) in counts(text.format("Three"), date="2025-09-15")
    # (a wrong count below the allies with figures: "four" could still be right, as two allies
    # have no 2025 figure, and is left unverifiable)
    assert ("contradicted", 2.0, 2025) in counts(text.format("Two"), date="2025-09-15")
