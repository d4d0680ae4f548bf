"""The allies named after an exception in a comparison with all the others ('more than any
other ally except Poland and Lithuania') are left out of what is compared: a figure set after
them with a comma ('..., at 3.73% of GDP') is the subject's, not theirs. It had gone to each
of the allies left out, and been contradicted against their own shares.

Official values (NATO 2025 edition, 28 August 2025, milex.observations("share_of_gdp",
["Latvia", "Poland", "Lithuania"], years=[2025], edition=2025), estimates): Latvia 3.73
(R16C13), Poland 4.48 (R23C13), Lithuania 4.00.
"""

from __future__ import annotations

import milex

_DATE = "2025-09-16"


def _claims(text: str) -> list:
    return [
        (c.verdict, str(c.claim.subject), c.claim.value)
        for c in milex.check(text, date=_DATE).claims
        if c.claim.kind == "share_of_gdp"
    ]  # fmt: skip  (the rank it implies aside)


def test_the_figure_after_the_exception_is_the_subjects():
    got = _claims("Latvia puts more of its output into defence than any other ally except "
                  "Poland and Lithuania, at 3.73% of GDP this year.")  # fmt: skip
    assert got == [("supported", "Latvia", 3.73)]


def test_a_wrong_figure_is_contradicted_under_the_subject_alone():
    got = _claims("Latvia puts more of its output into defence than any other ally except "
                  "Poland and Lithuania, at 3.93% of GDP this year.")  # fmt: skip
    assert got == [("contradicted", "Latvia", 3.93)]
