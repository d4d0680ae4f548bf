"""A contraction of 'we' in a quotation ("We're at 4.3 percent," the president said of US
military spending) is the same pronoun as 'we' (the ally the quotation is said of); and after
'he said,' the words that follow ('noting that Canada's economy ...') describe no speaker, so
'we' is not Canada.

Values (looked up with milex.observations): NATO 2019 edition (25 June 2019), United States
share of GDP 2019: 3.42 (estimate).
"""

from __future__ import annotations

import pytest

import milex


def _of(text: str, date: str, value: float) -> list:
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


@pytest.mark.parametrize(("level", "verdict"), [("3.4", "supported"), ("4.3", "contradicted")])
@pytest.mark.parametrize("we", ["We're", "We are", "We’re"])
def test_we_in_a_quote_said_of_an_ally_is_that_ally(we, level, verdict):
    found = _of(f'"{we} at {level} percent," the president said of US military spending.',
                "2019-09-12", float(level))  # fmt: skip
    assert len(found) == 1 and found[0].claim.subject == "United States"
    assert found[0].claim.year == 2019 and found[0].verdict == verdict


def test_we_with_no_ally_said_is_not_tied():
    found = _of('"We\'re at 4.3 percent," the president said.', "2019-09-12", 4.3)
    assert all(c.verdict == "unverifiable" for c in found)


def test_an_ally_named_in_an_aside_is_not_what_we_speaks_for():
    found = _of("\"We're at 4.3 percent on defence,\" he said, noting that Canada's economy "
                "keeps growing.", "2019-09-12", 4.3)  # fmt: skip
    assert all(c.claim.subject != "Canada" and c.verdict != "contradicted" for c in found)
