"""Which guideline a count of allies is counted against in an article cut into sections: the
guideline a subheading (or the sentence right before) names holds for the counts under it,
until the next subheading; and a guideline a figure is set against ('..., against a guideline
of 20%') is a yardstick, not a second figure of the ally.

Values from NATO's tables, looked up with milex.observations:
- 2019 edition, Table 8a (equipment share of defence spending): 16 of the 28 allies with
  figures at or above 20% in 2019e, 7 in 2014.
- 2025 edition, Table 3 (share of GDP): one ally at or above 3.5% in 2024 (Poland, 3.79),
  three in 2025e (Latvia, Lithuania, Poland); at or above 2%: 18 in 2024.
- 2024 edition, Table 8a: Italy's equipment share in 2024e 22.08%; Table 3: Italy 1.49% of GDP.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of

KIT_SECTION = """Where the money went in 2019

Seven allies spend at least 2% of GDP this year, by the alliance's reckoning.

Hardware

Allies also promised to steer a fifth of their military budgets into major equipment.
{n} allies meet that guideline in 2019, up from seven in 2014.

Troops

Personnel costs still take the biggest slice in most capitals."""


def _counts(text: str, date: str) -> list:
    return claims_of("count_meeting", text, date)


@pytest.mark.parametrize(("n", "verdict"), [("Sixteen", "supported"), ("Eleven", "contradicted")])
def test_that_guideline_after_a_sentence_on_equipment_is_the_equipment_one(n, verdict):
    found = _counts(KIT_SECTION.format(n=n), "2019-07-01")
    this_year = [c for c in found if c.claim.year == 2019 and c.claim.threshold == 20.0]
    assert [c.verdict for c in this_year] == [verdict], [
        (c.claim.value, c.claim.threshold, c.claim.year, c.verdict) for c in found
    ]
    back_then = [c for c in found if c.claim.year == 2014]
    # 2019 ed.: 7 allies at or above 20% on equipment in 2014 (only 3 at 2% of GDP)
    assert [(c.claim.threshold, c.verdict) for c in back_then] == [(20.0, "supported")]


CORE_SECTIONS = """Two yardsticks

BRUSSELS, 2 September 2025 - Keep the two measures apart.

The equipment rule: 20% of budgets

It asks for a fifth of spending on major equipment. Twenty-eight allies manage it this year.

The new bar: 3.5% core

Set at The Hague in June, for 2035. {n} allies already clear it this year. Last year one did.

The old one

Eighteen allies met 2% in 2024."""


@pytest.mark.parametrize(("n", "verdict"), [("Three", "supported"), ("Five", "contradicted")])
def test_a_subheading_naming_a_level_sets_the_guideline_of_its_section(n, verdict):
    found = _counts(CORE_SECTIONS.format(n=n), "2025-09-05")
    core = [c for c in found if c.claim.threshold == 3.5]
    # 2025 ed.: 3 allies at or above 3.5% in 2025e, 1 (Poland) in 2024
    assert [(c.claim.value, c.claim.year, c.verdict) for c in core] == [
        (3.0 if n == "Three" else 5.0, 2025, verdict),
        (1.0, 2024, "supported"),
    ], [(c.claim.value, c.claim.threshold, c.claim.year, c.verdict) for c in found]
    assert not any(c.claim.threshold == 20.0 and c.claim.value in (1.0, 3.0, 5.0) for c in found)


BACK_TO_THE_LEAD = """Counting the allies

BRUSSELS, 2 September 2025 - Thirty allies spend at least 2% of GDP this year.

The core goal

At The Hague in June allies agreed to put 3.5% of GDP into core defence by 2035. Three
already meet that goal.

Looking back

In 2024, {n} allies reached the target."""


@pytest.mark.parametrize(("n", "verdict"), [("18", "supported"), ("21", "contradicted")])
def test_the_next_subheading_ends_the_section_guideline(n, verdict):
    found = _counts(BACK_TO_THE_LEAD.format(n=n), "2025-09-05")
    old = [c for c in found if c.claim.year == 2024]
    # 2025 ed.: 18 allies at or above 2% of GDP in 2024 (the lead's guideline), 1 at 3.5%
    assert [(c.claim.threshold, c.verdict) for c in old] == [(2.0, verdict)], [
        (c.claim.value, c.claim.threshold, c.claim.year, c.verdict) for c in found
    ]


def test_a_count_after_under_the_first_is_not_turned_below_by_the_next_clause():
    found = _counts("Thirty allies meet 2% this year. Under the old rule, 30 do; under the new "
                    "one, three.", "2025-09-05")  # fmt: skip
    assert all(c.verdict == "supported" for c in found if c.claim.value == 30.0), [
        (c.claim.value, c.claim.comparator, c.verdict) for c in found
    ]


@pytest.mark.parametrize(("share", "verdict"), [("22.1%", "supported"), ("28.1%", "contradicted")])
def test_a_guideline_a_share_is_set_against_is_no_share_of_the_ally(share, verdict):
    text = (f"Italy put {share} of its defence budget into major equipment last year, the "
            "alliance's tables show, against a guideline of 20%.")  # fmt: skip
    found = claims_of("equipment_share", text, "2025-03-10")
    assert [(c.claim.value, c.verdict) for c in found] == [(float(share[:-1]), verdict)]


def test_a_target_a_share_of_gdp_is_set_against_is_not_the_allys_figure():
    import milex

    found = milex.check("Italy spent 1.49% of GDP on defence last year, versus a target of 2%.",
                        date="2025-03-10").claims  # fmt: skip
    assert [(c.claim.value, c.verdict) for c in found] == [(1.49, "supported")]
