"""Procurement and industry news beside defence-spending figures (round r59's structures).

- a sum of a sale ('a $7 billion sale of Patriot batteries') is a deal's value, never what the
  buyer or seller spent on defence: no claim;
- 'X% of the total going on equipment' is the owner's equipment share (NATO Table 8), not a
  share of what the allies spend together;
- a bare number after a verb of making ('the German army produced roughly 185,000 last year')
  is output, its noun (shells, drones) left out, not a count of the forces;
- a revision of one year's figure named before it ('Italy's 2024 equipment share has been
  revised from A to B'): both figures are of that year, the start as an earlier edition had it.

Values (milex.observations):
- `milex.observations("share_of_gdp", "Germany", years=[2024], edition=2024)`: 2.12;
- `milex.observations("equipment_share", "Romania", years=[2024], edition=2024)`: 30.85;
- `milex.observations("equipment_share", "Italy", years=[2024], edition=2024)`: 22.08, and
  `edition=2025`: 21.58;
- `milex.observations("personnel", "Germany", years=[2024], edition=2024)`: 185.64 thousand.
"""

from __future__ import annotations

import pytest

import milex


def _claims(text: str, day: str) -> list:
    return list(milex.check(text, date=day).claims)


def test_a_sale_is_a_deal_not_spending():
    text = ("The Pentagon cleared a $7 billion sale of Patriot batteries to Berlin. Germany "
            "spent 2.12% of GDP on defence this year, NATO estimates.")  # fmt: skip
    claims = _claims(text, "2024-07-10")
    assert [c for c in claims if c.claim.value == 7.0] == []
    (share,) = [c for c in claims if c.claim.kind == "share_of_gdp"]
    assert (share.claim.subject, share.claim.year, share.verdict) == ("Germany", 2024, "supported")


@pytest.mark.parametrize(("share", "verdict"), [("30.85%", "supported"),
                                                ("36.85%", "contradicted")])  # fmt: skip
def test_the_part_of_the_total_going_on_equipment(share, verdict):
    text = (f"NATO expects Romanian spending to jump this year, with {share} of the total going "
            "on equipment.")  # fmt: skip
    (c,) = [c for c in _claims(text, "2024-07-01") if c.claim.value == float(share[:-1])]
    assert (c.claim.kind, c.claim.subject, c.claim.year, c.verdict) == (
        "equipment_share",
        "Romania",
        2024,
        verdict,
    )
    # with no part named after it, a share of the total is still the alliance's
    text = "NATO's figures show the United States paying about 66% of the total this year."
    kinds = [c.claim.kind for c in _claims(text, "2024-07-01") if c.claim.value == 66.0]
    assert kinds == ["alliance_share"]


def test_what_the_forces_made_is_not_a_count_of_them():
    text = ("A German plant turns out 100,000 rounds a year. The German army produced roughly "
            "185,000 last year. Germany spent 2.12% of GDP on defence in 2024.")  # fmt: skip
    claims = _claims(text, "2025-03-21")
    assert [c for c in claims if c.claim.kind == "personnel"] == []


@pytest.mark.parametrize(("count", "verdict"), [("185,600", "supported"),
                                                ("245,600", "contradicted")])  # fmt: skip
def test_what_the_forces_made_beside_the_forces_counted(count, verdict):
    text = (f"NATO says the German armed forces numbered {count} in 2024. The German army "
            "produced roughly 190,000 last year.")  # fmt: skip
    (c,) = [c for c in _claims(text, "2025-03-21") if c.claim.kind == "personnel"]
    assert (c.claim.subject, c.claim.year, c.verdict) == ("Germany", 2024, verdict)


@pytest.mark.parametrize(("new", "verdict"), [("21.58%", "supported"),
                                              ("25.58%", "contradicted")])  # fmt: skip
def test_a_years_figure_revised_keeps_that_year(new, verdict):
    text = f"Italy's 2024 equipment share has been revised from 22.08% to {new}, NATO says."
    claims = _claims(text, "2025-09-12")
    (start,) = [c for c in claims if c.claim.value == 22.08]
    (end,) = [c for c in claims if c.claim.value == float(new[:-1])]
    assert (end.claim.kind, end.claim.subject, end.claim.year, end.verdict) == (
        "equipment_share",
        "Italy",
        2024,
        verdict,
    )
    # the start is 2024's figure as the 2024 edition had it, never judged as 2023's
    assert start.claim.year == 2024
    assert start.verdict in ("supported", "unverifiable")


@pytest.mark.parametrize(("belgium", "verdict"), [("15.16%", "supported"),
                                                  ("17.16%", "contradicted")])  # fmt: skip
def test_figures_listed_after_the_equipment_guideline_are_equipment_shares(belgium, verdict):
    # NATO 2025 edition (28 August 2025), Table 8a, 2024: Belgium 15.16, Canada 18.26,
    # Portugal 19.03 (`milex.observations("equipment_share", "Belgium", years=[2024],
    # edition=2025)`)
    text = (f"In 2024, three allies fell short of the 20% equipment benchmark: Belgium "
            f"({belgium}), Canada (18.26%) and Portugal (19.03%), the latest NATO figures show.")  # fmt: skip
    claims = {c.claim.subject: c for c in _claims(text, "2025-09-02") if c.claim.unit == "%"}
    got = {k: (c.claim.kind, c.claim.year, c.verdict) for k, c in claims.items()}
    assert got == {"Belgium": ("equipment_share", 2024, verdict),
                   "Canada": ("equipment_share", 2024, "supported"),
                   "Portugal": ("equipment_share", 2024, "supported")}  # fmt: skip
