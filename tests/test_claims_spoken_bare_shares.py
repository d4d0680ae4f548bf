"""Shares of GDP said in a transcript's turn with no unit: a number with decimals right after
an ally ('GUEST: Croatia one point eight one'), or opening the answer to a question ('HOST:
What about Portugal?' then 'GUEST: One point five five'). The measure is a guess unless the
conversation has given a share of GDP with its unit: a figure that agrees is supported, one
that does not is unverifiable; once the conversation has said 'percent of GDP', a wrong
figure in the same structure is contradicted.

Official values (NATO 2024 edition, 17 June 2024, Table 3, looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024)):
Portugal 2024 = 1.55 (cell N33), Croatia 2024 = 1.81 (N15), Hungary 2024 = 2.11 (N23),
Latvia 2024 = 3.15 (N25).
"""

from __future__ import annotations

import pytest

import milex

DATE = "2024-09-01"  # after the 2024 edition: "this year" is 2024


def _found(text: str) -> list[tuple[str | None, float, str]]:
    return [
        (c.claim.subject, c.claim.value, c.verdict)
        for c in milex.check(text, date=DATE).claims
        if c.claim.kind == "share_of_gdp"
    ]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("One point five five", 1.55, "supported"), ("One point nine five", 1.95, "unverifiable")],
)
def test_an_answer_opening_on_a_bare_number_is_the_asked_allys_share(said, value, verdict):
    # (and a number that neither follows an ally nor opens the answer is no share: growth)
    text = f"PRESENTER: What about Portugal?\nGUEST: {said} this year. Its economy grew one point five."
    assert _found(text) == [("Portugal", value, verdict)]


@pytest.mark.parametrize(
    "hungary, verdict", [("two point one one", "supported"), ("two point nine one", "unverifiable")]
)
def test_a_bare_number_after_an_ally_in_a_turn(hungary, verdict):
    text = f"MODERATOR: Who is near the line?\nANALYST: Croatia one point eight one, Hungary {hungary}."
    found = _found(text)
    assert ("Croatia", 1.81, "supported") in found
    assert [f for f in found if f[0] == "Hungary"] == [
        ("Hungary", 2.11 if verdict == "supported" else 2.91, verdict)
    ]


@pytest.mark.parametrize(
    "said, value, verdict",
    [("Two point one one", 2.11, "supported"), ("Two point nine one", 2.91, "contradicted")],
)
def test_once_the_conversation_said_percent_of_gdp_a_wrong_bare_figure_is_contradicted(
    said, value, verdict
):
    text = (
        "HOST: Where does Latvia stand?\nGUEST: At 3.15% of GDP this year.\n"
        f"HOST: And Hungary?\nGUEST: {said}."
    )
    assert [f for f in _found(text) if f[0] == "Hungary"] == [("Hungary", value, verdict)]


# Romania (NATO 2024 edition, Table 3, milex.observations("share_of_gdp", "Romania",
# years=[2023, 2024], edition=2024)): 2023 = 1.60 (cell M34), 2024 = 2.25 (N34)
@pytest.mark.parametrize(
    "said, value, verdict",
    [("two point two five", 2.25, "supported"), ("two point five two", 2.52, "unverifiable")],
)
def test_both_ends_of_a_bare_move_in_a_turn(said, value, verdict):
    text = f"HOST: And Romania?\nGUEST: It went from one point six in 2023 to {said} this year."
    assert _found(text) == [("Romania", 1.6, "supported"), ("Romania", value, verdict)]
