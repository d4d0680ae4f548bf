"""An item of a run headed by initials or a country's code that milex does not read as an ally
('..., NATO 2.76%', '..., CHN $314bn') is no figure of the ally or group named before it: the
figure abstains instead of being judged as theirs (before, it was contradicted as theirs).

Official values:
- NATO 2025 edition (28 August 2025), share of GDP in 2025,
  `milex.observations("share_of_gdp", "NATO Europe and Canada", years=[2025], edition=2025)`:
  Europe and Canada 2.27; NATO as a whole 2.76.
- SIPRI, April 2025 release, `milex.observations("spending_usd_current", "United States",
  years=[2024], source="SIPRI")`, millions of current US$: United States 997,309; China
  313,658 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _by_value(text: str, day: str) -> dict[float, object]:
    return {float(c.claim.value): c for c in milex.check(text, date=day).claims}


@pytest.mark.parametrize(("share", "verdict"), [("2.27", "supported"),
                                                ("2.52", "contradicted")])  # fmt: skip
def test_bare_alliance_initials_are_no_subject_of_the_run(share, verdict):
    found = _by_value(f"European allies and Canada spend {share}% this year, NATO 2.76%.",
                      "2025-09-01")  # fmt: skip
    assert found[float(share)].verdict == verdict
    assert found[float(share)].claim.subject == "Europe and Canada"
    assert found[2.76].verdict == "unverifiable"  # not Europe and Canada's


def test_initials_after_an_allys_figure_take_none_of_it():
    found = _by_value("Poland spends 4.48% of GDP this year, and NATO 3.5%.", "2025-09-01")
    assert found[4.48].verdict == "supported"
    assert found[3.5].verdict == "unverifiable"


@pytest.mark.parametrize(("us", "verdict"), [("997", "supported"), ("905", "contradicted")])
def test_a_foreign_code_heads_its_own_sum(us, verdict):
    found = _by_value(f"Military spending in 2024 (SIPRI): USA ${us}bn, CHN $314bn.",
                      "2025-04-30")  # fmt: skip
    assert (found[float(us)].claim.subject, found[float(us)].verdict) == ("United States",
                                                                          verdict)  # fmt: skip
    # not the United States' sum (China's, read or not)
    assert 314.0 not in found or found[314.0].verdict == "unverifiable"
