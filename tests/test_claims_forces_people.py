"""Armed forces counted in people: 'the armed forces number 105,130 people', 'its forces are
estimated at 15,200 people' (the forces named before the count in its clause, the persons
after it), and 'a military of 171,400' (a noun of the forces before 'of'). Each is the ally's
military personnel (NATO's Table 7, in thousands); 'people' alone, with no forces named, is
no count of personnel.

Values (looked up with milex.observations("personnel", ...)): Greece 2019: 105.13 thousand
(2019 edition, 25 June 2019); Croatia 2025: 15.20 thousand (2025 edition, 28 August 2025);
Italy 2024: 171.42 thousand (2024 edition, 17 June 2024); Romania 2025: 69.30 thousand (2025
edition).
"""

from __future__ import annotations

import pytest

import milex


def _personnel(text: str, day: str) -> list:
    return [c for c in milex.check(text, date=day).claims if c.claim.kind == "personnel"]


@pytest.mark.parametrize(
    ("text", "day", "subject", "value", "verdict"),
    [
        ("Greece is a big spender. The Greek armed forces number 105,130 people.", "2019-07-01", "Greece", 105.13, "supported"),
        ("Greece is a big spender. The Greek armed forces number 98,000 people.", "2019-07-01", "Greece", 98.0, "contradicted"),
        ("Croatia spends 2% of GDP, and its armed forces are estimated at 15,200 people.", "2025-09-01", "Croatia", 15.2, "supported"),
        ("Croatia spends 2% of GDP, and its armed forces are estimated at 19,000 people.", "2025-09-01", "Croatia", 19.0, "contradicted"),
        ("This year Italy keeps a military of 171,400.", "2024-06-25", "Italy", 171.4, "supported"),
        ("This year Italy keeps a military of 150,000.", "2024-06-25", "Italy", 150.0, "contradicted"),
    ],
)  # fmt: skip
def test_forces_counted_in_people(text, day, subject, value, verdict):
    found = _personnel(text, day)
    assert len(found) == 1 and found[0].claim.subject == subject
    assert found[0].claim.value == pytest.approx(value) and found[0].verdict == verdict
    # people with no forces named are not counted as personnel
    assert _personnel(f"{subject} has a population of 3,800,000 people.", day) == []


def test_a_plan_to_grow_from_people_is_no_count():
    text = ("Romania's minister spoke on Tuesday. He wants the army to grow from 70,000 people, "
            "reservists included, to 100,000.")  # fmt: skip
    assert all(c.verdict != "contradicted" for c in _personnel(text, "2025-01-10"))
    # forces said to number so many people are counted (2025 edition: Romania 2025 = 69.30
    # thousand, not 60,000)
    counted = _personnel("Romania's armed forces number 60,000 people.", "2025-09-01")
    assert [c.verdict for c in counted] == ["contradicted"]
