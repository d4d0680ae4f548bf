"""A figure set against another right after that one's year ("$876 billion in 2023, against
$419 billion for European allies and Canada") is of the same year when it names an owner of
its own that the sentence has not named before and that is not the subject carried from the
question or sentence before (the US asked of): two subjects compared in one year, not one
subject's figure in an unnamed other year.

Values from NATO's 2024 edition (17 June 2024), Table 2, current prices, looked up with
milex.observations("spending_usd_current", ["United States", "NATO Europe and Canada"],
years=[2023], edition=2024): United States USD 875,603 million, Europe and Canada USD
419,204.6 million in 2023.
"""

from __future__ import annotations

import pytest

import milex


def _sums(text: str) -> list:
    return [(c.claim.subject_code, c.claim.value, c.claim.year, c.verdict)
            for c in milex.check(text, date="2024-09-01").claims
            if c.claim.kind == "spending_amount"]  # fmt: skip


@pytest.mark.parametrize(("said", "value", "verdict"), [("419", 419.0, "supported"),
                                                        ("470", 470.0, "contradicted")])  # fmt: skip
def test_the_figure_against_names_its_own_owner(said, value, verdict):
    text = (
        "Is the US still the alliance's biggest spender by far? "
        f"Yes: roughly $876 billion in 2023, against ${said} billion for European allies and Canada."
    )
    assert _sums(text)[-1] == ("NATO_EC", value, 2023, verdict)
