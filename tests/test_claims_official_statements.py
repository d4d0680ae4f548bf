"""Shapes of official statements (summit declarations, ministries, press conferences).

- The parts of a commitment named together ('on core defence and on security-related
  spending') name the whole they add up to: The Hague's 5%, not its 3.5% core part.
- The alliance named as the owner of figures quoted ("citing the alliance's latest
  estimates") does not make a pledge in the same sentence the alliance's: a group of
  governments may set its own deadline (2030), which NATO's 2035 does not contradict.
- 'Defence spending will reach 2.71%' of the alliance as a whole, at no commitment's value
  and with no year: the alliance's level of the year, not the 2% guideline misstated.
- 'Adopted a 2026 budget': the year before a budget noun is the budget's year, not the year
  the budget was adopted, so the figure is not judged as this year's.

Official values, looked up with milex:
- `milex.commitments`: The Hague (25 June 2025), 5% of GDP by 2035 (hague-total), of which at
  least 3.5% core (hague-core) and up to 1.5% related.
- `milex.observations("share_of_gdp", "NATO", years=[2024], edition=2024)`: 2.71 (NATO 2024
  edition, 17 June 2024, estimate).
- `milex.observations("share_of_gdp", "Latvia", years=[2025], edition=2025)`: 3.73 (NATO 2025
  edition, 28 August 2025, estimate); the 2025 edition has no 2026 figure.
"""

from __future__ import annotations

import pytest

import milex


def _by_value(text: str, day: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=day).claims}


@pytest.mark.parametrize(("level", "verdict"), [("5", "supported"), ("4", "contradicted")])
def test_parts_named_together_state_the_whole(level, verdict):
    found = _by_value(
        f"Leaders agreed to put {level}% of GDP a year into core defence needs and into "
        "security-related spending by 2035.",
        "2025-07-10",
    )
    got = found[float(level)]
    assert (got.claim.kind, got.verdict) == ("guideline_value", verdict)
    assert "5% of GDP on defence and security" in got.explanation
    # each part stated with its own figure stays that part
    parts = _by_value(
        "Leaders agreed to put 3.5% into core defence and 1.5% into security-related "
        "spending by 2035.",
        "2025-07-10",
    )
    assert parts[3.5].verdict == parts[1.5].verdict == "supported"


def test_the_alliance_as_owner_of_quoted_figures_does_not_own_the_pledge():
    said = ("The three ministers cited the alliance's latest estimates and vowed to hit 3.5% "
            "of GDP by 2030.")  # fmt: skip
    claims = milex.check(said, date="2025-11-25").claims
    assert claims and all(c.verdict != "contradicted" for c in claims)
    # a pledge named as NATO's, with the wrong deadline, is still contradicted (one claim:
    # the guideline's figure with the deadline its clause gives it)
    named = _by_value("The ministers recalled NATO's pledge to hit 3.5% of GDP by 2030.",
                      "2025-11-25")  # fmt: skip
    assert named[3.5].verdict == "contradicted" and 2030.0 not in named


@pytest.mark.parametrize(("level", "verdict"), [("2.71", "supported"), ("2.45", "contradicted")])
def test_whole_alliance_spending_will_reach_a_level(level, verdict):
    found = _by_value(
        f"For NATO as a whole, she said, defence spending will reach {level}% of GDP.",
        "2024-06-20",
    )
    got = found[float(level)]
    assert (got.claim.kind, got.claim.subject, got.claim.year) == ("share_of_gdp", "NATO", 2024)
    assert got.verdict == verdict


def test_the_year_of_an_adopted_budget_is_the_figures_year():
    ahead = _by_value("Lawmakers in Riga adopted a 2026 budget with defence at 5% of GDP.",
                      "2025-11-10")  # fmt: skip
    assert ahead[5.0].claim.year == 2026
    assert ahead[5.0].verdict == "unverifiable"  # no 2026 figure in the 2025 edition
    now = _by_value("Lawmakers in Riga adopted a 2025 budget with defence at 4.4% of GDP.",
                    "2025-11-10")  # fmt: skip
    assert (now[4.4].claim.year, now[4.4].verdict) == (2025, "contradicted")


@pytest.mark.parametrize(("level", "verdict"), [("3.35", "supported"), ("3.05", "contradicted")])
def test_we_of_a_ministry_named_after_its_words(level, verdict):
    # NATO 2025 edition: Norway 2025 3.35 (milex.observations("share_of_gdp", "Norway",
    # years=[2025], edition=2025))
    found = _by_value(f"Our spending stands at {level}% of GDP this year, Norway's defence "
                      "ministry said.", "2025-09-15")  # fmt: skip
    assert (found[float(level)].claim.subject, found[float(level)].verdict) == ("Norway", verdict)


@pytest.mark.parametrize(("level", "verdict"), [("2.77", "supported"), ("2.5", "contradicted")])
def test_we_after_a_ministry_label(level, verdict):
    # NATO 2025 edition: Finland 2025 2.77
    found = _by_value(f"Finland's government: we spend {level}% of GDP on defence this year.",
                      "2025-09-15")  # fmt: skip
    assert (found[float(level)].claim.subject, found[float(level)].verdict) == ("Finland", verdict)
    # two bodies of two allies: whose 'we' stays open
    two = milex.check("We spend 2.5% of GDP this year, Finland's government said, while "
                      "Norway's ministry said so too.", date="2025-09-15").claims  # fmt: skip
    assert all(c.verdict == "unverifiable" for c in two)


@pytest.mark.parametrize(("level", "verdict"), [("1.81", "supported"), ("1.6", "contradicted")])
def test_a_modal_after_and_frames_only_its_own_verb_phrase(level, verdict):
    # NATO 2024 edition (17 June 2024): Croatia 2024 1.81 (milex.observations("share_of_gdp",
    # "Croatia", years=[2024], edition=2024)); the article of January 2025 calls 2024 last year
    found = _by_value(f"On NATO's estimates, Croatia spent {level}% of GDP on defence last year "
                      "and would reach 2.5% by 2027.", "2025-01-20")  # fmt: skip
    assert (found[float(level)].claim.year, found[float(level)].verdict) == (2024, verdict)
    assert found[2.5].verdict == "unverifiable"  # the plan stays a plan
    # under the modal itself the figure is still a plan
    planned = _by_value("Croatia would spend 1.6% of GDP on defence.", "2025-01-20")
    assert planned[1.6].verdict == "unverifiable"


@pytest.mark.parametrize(("n", "verdict"), [("23", "supported"), ("26", "contradicted")])
def test_a_count_left_to_a_bare_will(n, verdict):
    # NATO 2024 edition (17 June 2024), Table 3: 3 allies at or above 2% in 2014, 23 in 2024
    # (milex.observations("share_of_gdp", years=[2014, 2024], edition=2024), counted)
    text = (f"A decade ago just three of the allies put 2% of GDP into defence; this year {n} "
            "will, and Canada will reach 1.76% of GDP.")  # fmt: skip
    counts = {c.claim.value: c for c in milex.check(text, date="2024-07-12").claims
              if c.claim.kind == "count_meeting"}  # fmt: skip
    got = counts[float(n)]
    assert (got.claim.year, got.claim.threshold, got.verdict) == (2024, 2.0, verdict)
    # with no time of its own, which year 'will' speaks of is unsaid: no count judged
    vague = milex.check("Just three allies put 2% into defence in 2014, and 26 will, the "
                        "statement says.", date="2024-07-12").claims  # fmt: skip
    assert all(c.verdict != "contradicted" for c in vague if c.claim.value == 26.0)


@pytest.mark.parametrize(("n", "verdict"), [("23", "supported"), ("27", "contradicted")])
def test_the_alliances_allies_at_a_level_are_a_count(n, verdict):
    # NATO 2024 edition (17 June 2024): 23 allies at or above 2% in 2024 (counted from
    # milex.observations("share_of_gdp", years=[2024], edition=2024))
    found = _by_value(f"NATO's {n} allies at 2% deserve credit, the new Secretary General "
                      "said this week.", "2024-10-03")  # fmt: skip
    got = found[float(n)]
    assert (got.claim.kind, got.claim.year, got.verdict) == ("count_meeting", 2024, verdict)
    # with no level after its noun the number is still the membership
    size = _by_value("NATO's 32 allies met in Brussels this week.", "2024-10-03")
    assert (size[32.0].claim.kind, size[32.0].verdict) == ("membership_count", "supported")


@pytest.mark.parametrize(("n", "verdict"), [("one", "supported"), ("three", "contradicted")])
def test_a_count_whose_allies_are_named_in_apposition(n, verdict):
    # NATO 2026 edition (7 July 2026, core definition): 30 of the 31 allies with figures at or
    # above 2% in 2026, one below (Slovenia, 1.61; milex.observations("share_of_gdp",
    # "Slovenia", years=[2026], edition=2026))
    text = f"Thirty allies now clear 2% of GDP. Just {n}, Slovenia, remains under 2% this year."
    counts = [c for c in milex.check(text, date="2026-07-09").claims
              if c.claim.kind == "count_meeting" and c.claim.comparator == "<"]  # fmt: skip
    assert [(c.claim.year, c.claim.threshold, c.verdict) for c in counts] == [(2026, 2.0, verdict)]
    # with neither a side nor a verb of meeting, the named ally's own level is read
    level = milex.check("Thirty allies now clear 2% of GDP. One, Spain, spends 2%.",
                        date="2026-07-09").claims  # fmt: skip
    assert all(c.claim.kind != "count_meeting" or c.claim.value != 1.0 for c in level)


def test_nato_inside_what_a_government_says_is_the_source():
    # NATO 2025 edition (28 August 2025): Norway 2024 2.27, 2025 3.35
    # (milex.observations("share_of_gdp", "Norway", years=[2024, 2025], edition=2025))
    for level, verdict in (("2.72", "contradicted"), ("2.27", "supported")):
        found = _by_value(f"Norway's government said NATO now estimates its defence spending "
                          f"at 3.35% of GDP for 2025, up from {level}% in 2024.", "2025-09-25")  # fmt: skip
        assert (found[float(level)].claim.year, found[float(level)].verdict) == (2024, verdict)
    # the government's own figure, with NATO nowhere in what it says, is not judged wrong
    own = _by_value("Norway's government says its defence spending was 2.72% of GDP in 2024.",
                    "2025-09-25")  # fmt: skip
    assert own[2.72].verdict == "unverifiable"


@pytest.mark.parametrize(("n", "verdict"), [("23", "supported"), ("21", "contradicted")])
def test_an_answer_opened_by_its_time(n, verdict):
    # NATO 2024 edition (17 June 2024): 23 allies at or above 2% in 2024, 3 in 2014
    text = (f"Q: How many allies reach 2% of GDP?\nMINISTER: This year, {n}. In 2014 it was "
            "just three.")  # fmt: skip
    counts = {c.claim.year: c for c in milex.check(text, date="2024-06-21").claims
              if c.claim.kind == "count_meeting"}  # fmt: skip
    assert (counts[2024].claim.value, counts[2024].verdict) == (float(n), verdict)
    assert (counts[2014].claim.value, counts[2014].verdict) == (3.0, "supported")
