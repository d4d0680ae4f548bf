"""A national body of audit, budget scrutiny or defence named for its country: Canada's
Parliamentary Budget Officer (PBO), the US Government Accountability Office (GAO),
Congressional Budget Office (CBO) and Department of Defense (DoD), the UK's National Audit
Office and Public Accounts Committee. A figure such a body gives of 'defence spending' with
no ally named is its country's; before, it had no subject and was left unverifiable. A
'projection of' a level is a projection, not a measured value, whoever makes it.

Official values: `milex.observations("share_of_gdp", "Canada", years=[2024], edition=2025)`:
1.47 (2024, estimate); `milex.observations("spending_usd_current", "United States",
years=[2024], edition=2024)`: USD 967,707 m (2024, estimate); `milex.observations(
"share_of_gdp", "United Kingdom", years=[2024], edition=2024)`: 2.33 (2024, estimate).
"""

from __future__ import annotations

import milex


def _read(text: str, day: str) -> dict:
    return {
        c.claim.value: (str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=day).claims
    }


def test_the_budget_officer_speaks_of_canada():
    text = "The PBO now puts 2024-25 defence spending at {v}% of GDP on NATO's definition."
    assert _read(text.format(v="1.47"), "2025-10-01") == {1.47: ("Canada", 2024, "supported")}
    assert _read(text.format(v="1.74"), "2025-10-01") == {1.74: ("Canada", 2024, "contradicted")}


def test_the_audit_office_and_the_pentagon_speak_of_the_united_states():
    text = "In testimony, the GAO said DoD outlays as NATO counts them were ${v} billion in fiscal 2024."
    got = _read(text.format(v="968"), "2024-10-01")
    assert got == {968.0: ("United States", 2024, "supported")}
    got = _read(text.format(v="886"), "2024-10-01")
    assert got == {886.0: ("United States", 2024, "contradicted")}


def test_the_national_audit_office_speaks_of_the_united_kingdom():
    got = _read("The National Audit Office says defence took 2.33% of GDP this year.", "2024-08-01")
    assert got == {2.33: ("United Kingdom", 2024, "supported")}


def test_a_projection_of_a_level_is_no_measured_value():
    # the ally resolved (the PBO), a projected share is not this year's level: never called
    # wrong against it (Canada 2024: 1.37 in the 2024 edition)
    text = ("The budget officer's staff say the government's projection of 1.76 per cent "
            "rests on a faulty outlook for growth, the PBO said.")  # fmt: skip
    got = milex.check(text, date="2024-10-30").claims
    (c,) = [c for c in got if c.claim.value == 1.76]
    assert c.verdict == "unverifiable"
    assert "projection" in c.explanation
