"""A digest's lines mix defence figures with the economy's: a bare 'growth N%' on a line
beside a deficit or inflation is the economy's growth, not a real change in defence spending.

Official values (NATO, Defence Expenditure of NATO Countries, 2025 edition, 28 August 2025),
looked up with milex.observations(..., edition=2025):
- share_of_gdp Spain 2025: 2.00; Greece 2025: 2.85
- real_change Spain 2025: 43.11
"""

from __future__ import annotations

import milex

DAY = "2025-09-02"


def _verdicts(text: str) -> list[tuple[float, str, str | None, str]]:
    report = milex.check(text, date=DAY)
    return [(c.claim.value, c.claim.kind, c.claim.subject, c.verdict) for c in report.checked]


def test_bare_growth_between_economy_lines_is_no_claim():
    text = (
        "Evening briefing\n"
        "- Greece: 2.85% of GDP on defence; public deficit put at 1.3%\n"
        "- Spain: 2.00%; growth 2.6%\n"
        "- Portugal: unemployment 6.4%"
    )
    got = _verdicts(text)
    assert not [v for v in got if v[0] == 2.6]
    assert (2.0, "share_of_gdp", "Spain", "supported") in got
    assert (2.85, "share_of_gdp", "Greece", "supported") in got


def test_wrong_share_in_the_same_digest_is_still_contradicted():
    text = "Evening briefing\n- Spain: 2.40%; growth 2.6%\n- Portugal: inflation 2.1%"
    got = _verdicts(text)
    assert (2.4, "share_of_gdp", "Spain", "contradicted") in got
    assert not [v for v in got if v[0] in (2.6, 2.1)]
    # but growth named real is the real change in defence spending (Spain 2025: 43.11)
    got = _verdicts(
        "Evening briefing\n- Spain: real growth 43%; growth 2.6%\n- Portugal: inflation 2.1%"
    )
    assert [v for v in got if v[0] == 43 and v[1] == "real_change" and v[3] == "supported"]
    assert not [v for v in got if v[0] == 2.6]
