"""A pledge said with a plural verb ('the Greens promise', 'the parties pledge', 'they vow')
is a plan, not a measured level: the figure after it is not judged against the table."""

from __future__ import annotations

import milex


def _claims(text: str, date: str, value: float):
    report = milex.check(text, date=date)
    return [c for c in report.claims if c.claim.value is not None
            and abs(c.claim.value - value) < 1e-9]  # fmt: skip


# NATO 2024 edition (17 June 2024), Table 3, cell N26: Lithuania 2024, 2.85% of GDP (estimate)


def test_a_party_promising_a_level_is_not_judged_as_spending():
    text = ("Lithuania's Social Democrats promise defence spending of at least 3.5% of GDP. "
            "This year the country spends 3.2% of GDP on its forces, NATO estimates.")  # fmt: skip
    found = _claims(text, "2024-10-20", 3.5)
    assert found and all(c.verdict == "unverifiable" for c in found)
    # the measured level after the pledge is still judged, wrong or right
    assert [c.verdict for c in _claims(text, "2024-10-20", 3.2)] == ["contradicted"]
    text = text.replace("3.2%", "2.85%")
    assert [c.verdict for c in _claims(text, "2024-10-20", 2.85)] == ["supported"]


def test_a_plural_vow_is_a_plan_too():
    text = "Lithuania's new coalition partners vow defence spending of 4% of GDP."
    found = _claims(text, "2024-11-05", 4.0)
    assert found and all(c.verdict == "unverifiable" for c in found)
