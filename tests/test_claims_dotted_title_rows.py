"""The claim checker on a row of items set apart by middle dots that follows its title sentence
in the same paragraph ('Chart: ..., US$ million, 2026 estimates. Belgium 15,678 · Portugal
7,957 · ...'), in our own words: the row, full stop and all, is the title's items, each in
the title's unit and year (a row of six items is longer than any short line read as an item
anyway). Official values: NATO's 2026 edition, Table 2, current USD million, 2026: Belgium
15,678, Portugal 7,957, Denmark 17,615, Norway 19,247, Netherlands 32,900, Spain 41,767."""

from __future__ import annotations

import milex


def _claims(text: str, day: str = "2026-07-20") -> dict[tuple[str, int | None], tuple]:
    return {(c.claim.subject, c.claim.year): (c.claim.kind, c.claim.value, c.verdict)
            for c in milex.check(text, date=day).claims}  # fmt: skip


def test_a_dotted_row_after_its_title_sentence_takes_the_titles_unit():
    found = _claims("Chart: Defence spending of some smaller allies, US$ million, 2026 "
                    "estimates. Belgium 15,678 · Portugal 7,957 · Denmark 17,615 · Norway 19,247 · "
                    "Netherlands 32,900 · Spain 41,767.")  # fmt: skip
    assert found[("Belgium", 2026)] == ("spending_amount", 15678.0, "supported")
    assert found[("Denmark", 2026)] == ("spending_amount", 17615.0, "supported")


def test_a_wrong_item_of_a_dotted_row_is_contradicted():
    # Portugal 2026 = 7,957, not 8,957
    found = _claims("Chart: Defence spending of some smaller allies, US$ million, 2026 "
                    "estimates. Belgium 15,678 · Portugal 8,957 · Denmark 17,615 · Norway 19,247 · "
                    "Netherlands 32,900 · Spain 41,767.")  # fmt: skip
    assert found[("Portugal", 2026)] == ("spending_amount", 8957.0, "contradicted")
