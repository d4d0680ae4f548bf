"""'The norm' is a guideline's noun as 'the target' is ('Belgium has met the norm'), and a
verb of meeting as a gerund completing a noun of time, way or cost ('the timeframe for
reaching the new target', 'the cost of meeting the norm') says no one meets it: no share of
GDP is claimed for the ally named in the sentence (Belgium had been contradicted at 3.5%
against its 2.00).

NATO's 2025 edition, milex.observations("share_of_gdp", "Belgium", years=[2025],
edition=2025): 2.00; the same call for 2024 with edition=2024: 1.30.
"""

import milex

DATE = "2025-09-01"


def _claims(text, date=DATE):
    return milex.check(text, date=date).claims


def test_a_timeframe_for_reaching_a_target_is_no_claim_of_reaching_it():
    for noun in ("target", "norm"):
        claims = _claims(
            "At the summit Belgium asked for a longer timeframe for reaching the new "
            f"{noun}, ten years instead of seven."
        )
        assert not [c for c in claims if c.claim.subject_code == "BEL"]


def test_meeting_the_norm_itself_is_judged():
    text = (
        "NATO's spending norm is 2% of GDP. Belgium has met the norm this year, the alliance says."
    )
    (c,) = [c for c in _claims(text) if c.claim.subject_code == "BEL"]
    assert c.verdict == "supported"  # 2.00 in 2025
    (c,) = [c for c in _claims(text, "2024-07-01") if c.claim.subject_code == "BEL"]
    assert c.verdict == "contradicted"  # 1.30 in 2024
