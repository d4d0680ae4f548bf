"""The part of a budget named as the owner of a share: 'Equipment's share of Dutch spending
rose to N%' (the part in the possessive, before the whole) and 'the estimate of equipment
spending for 2025 was N% of the total' (the part named further back in the figure's own
clause, no other figure between). Both are NATO's Table 8a share of spending on major
equipment; before, the first was read as a share of GDP and the second as the ally's share
of the allies' total spending.

Official values: `milex.observations("equipment_share", "Germany", years=[2023, 2024],
edition=2024)`: 18.04 (2023), 28.75 (2024, estimate); `milex.observations("equipment_share",
"Canada", years=[2025], edition=2025)`: 22.55 (2025, estimate).
"""

from __future__ import annotations

import milex


def _shares(text: str, day: str) -> dict:
    return {
        c.claim.value: (c.claim.kind, str(c.claim.subject), c.claim.year, c.verdict)
        for c in milex.check(text, date=day).claims
    }


def test_a_part_in_the_possessive_owns_the_share():
    got = _shares("Equipment's share of German defence outlays climbed from 18.0% in 2023 "
                  "to 28.8% in 2024, officials told the committee.", "2024-10-01")  # fmt: skip
    assert got == {
        18.0: ("equipment_share", "Germany", 2023, "supported"),
        28.8: ("equipment_share", "Germany", 2024, "supported"),
    }
    got = _shares(
        "Equipment's share of German defence outlays reached 24.8% in 2024.", "2024-10-01"
    )
    assert got == {24.8: ("equipment_share", "Germany", 2024, "contradicted")}


def test_a_part_named_further_back_owns_a_share_of_the_total():
    text = "The auditors found that NATO's estimate of Canadian equipment spending for 2025 was {v}% of the total."
    assert _shares(text.format(v="22.6"), "2025-10-01") == {
        22.6: ("equipment_share", "Canada", 2025, "supported")
    }
    assert _shares(text.format(v="26.5"), "2025-10-01") == {
        26.5: ("equipment_share", "Canada", 2025, "contradicted")
    }
    # the part named in another clause does not own the share of the total after it
    got = _shares("Equipment spending grew fast, but the US still accounts for 66% of the "
                  "total, NATO says.", "2024-07-01")  # fmt: skip
    assert got[66.0][0] == "alliance_share"
