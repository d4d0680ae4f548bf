"""A change named by its noun and given by a verb of being, with a word of its size between
('Britain's rise is a modest 0.6%', 'the British increase was a hefty ...'): the change, as
'Britain's rise is 0.6%' (the size word had hidden the verb, and the figure been read as a
share of GDP).

Official values (NATO 2019 edition, 25 June 2019): United Kingdom real change 2019 = 0.61,
share of GDP 2019 = 2.13.
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str) -> dict[float, tuple[str, str]]:
    return {c.claim.value: (c.claim.kind, c.verdict)
            for c in milex.check(text, date="2019-07-15").claims}  # fmt: skip


@pytest.mark.parametrize("size", ["a modest", "a meagre", "a slight", "only a small"])
@pytest.mark.parametrize("rise, verdict", [("0.6", "supported"), ("14.6", "contradicted")])
def test_a_size_word_between_the_verb_and_the_change(size, rise, verdict):
    text = f"The United Kingdom's increase this year is {size} {rise}%."
    assert _found(text)[float(rise)] == ("real_change", verdict)


def test_a_share_with_a_size_word_stays_a_share():
    found = _found("The United Kingdom's share this year is a modest 2.13% of GDP.")
    assert found[2.13] == ("share_of_gdp", "supported")
