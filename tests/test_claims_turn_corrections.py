"""A figure another speaker says is some other ally's: 'GUEST: Two point three seven percent
this year.' (asked about Norway), then 'HOST: That's Denmark.'. If the next turn assents
('Right, Denmark.'), the figure is judged as Denmark's, supported or contradicted; if not,
whose figure it is stays in dispute and it is unverifiable, never judged as Norway's.

Official values (NATO 2024 edition, 17 June 2024, Table 3), looked up with
milex.observations("share_of_gdp", ally, years=[2024], edition=2024): Denmark 2.37 (cell
N17), Norway 2.20 (N31).
"""

from __future__ import annotations

import pytest

import milex

DATE = "2024-11-20"


def _found(text: str) -> list[tuple[str | None, float, str]]:
    return [(c.claim.subject, c.claim.value, c.verdict)
            for c in milex.check(text, date=DATE).claims]  # fmt: skip


@pytest.mark.parametrize(
    "said, value, verdict",
    [("Two point three seven", 2.37, "supported"), ("Two point five", 2.5, "contradicted")],
)
def test_an_assented_correction_gives_the_figure_to_the_ally_named(said, value, verdict):
    text = (
        f"CALLER: What does Norway spend?\nGUEST: {said} percent this year.\n"
        "HOST: That's Denmark.\nGUEST: Right, Denmark. Norway two point two."
    )
    assert _found(text) == [("Denmark", value, verdict), ("Norway", 2.2, "supported")]


def test_a_disputed_correction_leaves_the_figure_nobodys():
    text = (
        "CALLER: What does Norway spend?\nGUEST: Two point three seven percent this year.\n"
        "HOST: That's Denmark's figure.\nGUEST: No, it is Norway's."
    )
    assert _found(text) == [(None, 2.37, "unverifiable")]


# Hungary (NATO 2024 edition, Table 3, milex.observations("share_of_gdp", "Hungary",
# years=[2022, 2023], edition=2024)): 2022 = 1.84 (cell L23), 2023 = 2.05 (M23)
@pytest.mark.parametrize(
    "said, value, verdict, disputed",
    [("two point oh five", 2.05, "supported", "contradicted"),
     ("two point five", 2.5, "contradicted", "contradicted")],
)  # fmt: skip
def test_a_year_given_by_the_next_turn_redates_the_figure_once_assented(
    said, value, verdict, disputed
):
    def found(reply: str) -> list[tuple[float, int | None, str]]:
        text = (
            "HOST: Hungary is at 2.11% this year?\n"
            f"GUEST: Yes. Up from {said} in 2022.\nHOST: 2023, surely.\nGUEST: {reply}"
        )
        return [(c.claim.value, c.claim.year, c.verdict)
                for c in milex.check(text, date="2024-10-30").claims]  # fmt: skip

    assert found("Right, 2023.") == [(value, 2023, verdict)]
    # not assented: the year stays as its speaker said it (2022 = 1.84)
    assert found("No, 2022.") == [(value, 2022, disputed)]
