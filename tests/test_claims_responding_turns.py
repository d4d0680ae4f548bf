"""A turn that opens on a bare number right after a turn that gave an ally's share of GDP, or
broke off on a dash, gives that ally's share again, as an answer does ('Senator: Latvia
spends 3.51% of GDP now.' then 'Witness: Three point one five, Senator.'). A speaker's label
is a speaker even when it names a role a country's institutions know ('Senator:', 'LATVIAN
MINISTER:'), and then 'we' is that country.

Official values (NATO 2024 edition, 17 June 2024, Table 3), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Latvia 3.15 (cell N25),
Croatia 1.81 (N15, 1.8066).
"""

from __future__ import annotations

import pytest

import milex

DATE = "2024-12-09"


def _found(text: str) -> list[tuple[str | None, float, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date=DATE).claims]  # fmt: skip


@pytest.mark.parametrize(
    "said, value, verdict",
    [("Three point one five", 3.15, "supported"), ("Three point five five", 3.55, "contradicted")],
)
def test_a_turn_answering_a_stated_share(said, value, verdict):
    text = f"Senator: Latvia spends 3.51% of GDP now. Witness: {said}, Senator."
    assert _found(text) == [("Latvia", 3.51, "contradicted"), ("Latvia", value, verdict)]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("One point eight one", 1.81, "supported"), ("Two point eight one", 2.81, "unverifiable")],
)
def test_a_turn_finishing_a_broken_off_one(said, value, verdict):
    text = f"PANELIST: Whereas Croatia at one point eight—\nHOST: {said}."
    assert _found(text) == [("Croatia", 1.8, "supported"), ("Croatia", value, verdict)]


@pytest.mark.parametrize("said, verdict", [("3.15", "supported"), ("3.51", "contradicted")])
def test_we_in_the_turn_of_a_label_naming_a_demonym(said, verdict):
    text = f"LATVIAN MINISTER: We are at {said}% this year."
    assert _found(text) == [("Latvia", float(said), verdict)]
