"""A time word bound to one figure of a sentence, not to the figures around it.

- A time between a figure and the ', or' of a restatement that has a time of its own is the
  figure's ('3.49% this year and 3.27% in 2025, or 111 billion kroner this year': 2025 is
  the 3.27's, not the restatement's 'this year').
- A 'now' right after the source's name in a sentence opened by a time ('For 2025, NATO now
  counts ...') dates the reading, the latest tables, not the figure: still the fronted year.
- The time of a figure set against the clause's own ('..., in line with 1.96% last year, ...')
  is that figure's; a figure beyond it with no time of its own does not take it.

Values looked up with milex.observations:
- NATO 2026 edition (core defence expenditure), Table 3: Denmark 3.27% (2025e), 3.49%
  (2026e); Table 1: Denmark DKK 111,326 million (2026e). Allies at or above 2% in 2025: 28.
- NATO 2024 edition, Table 3: France 1.96% (2023e), 2.06% (2024e); Table 1: France EUR 59,600
  million (2024e), EUR 54,900 million (2023e).
"""

from __future__ import annotations

import pytest

import milex


def _found(text: str, date: str) -> list[tuple]:
    return [(c.claim.value, c.claim.year, c.verdict) for c in milex.check(text, date=date).claims]


@pytest.mark.parametrize(("earlier", "verdict"), [("3.27", "supported"), ("2.90", "contradicted")])
def test_a_time_before_a_restatement_with_its_own_time_is_the_figures(earlier, verdict):
    text = (f"On the core basis, NATO's tables put Denmark at 3.49% of GDP this year and "
            f"{earlier}% in 2025, or about 111 billion kroner this year.")  # fmt: skip
    found = _found(text, "2026-07-10")
    assert (float(earlier), 2025, verdict) in found, found
    assert (111.0, 2026, "supported") in found, found


@pytest.mark.parametrize(("n", "verdict"), [("28", "supported"), ("25", "contradicted")])
def test_now_after_the_source_keeps_the_fronted_year(n, verdict):
    text = f"+++ 09:15 +++ For 2025, NATO now counts {n} allies at 2% or more on the core basis."
    found = [(c.claim.kind, c.claim.year, c.verdict)
             for c in milex.check(text, date="2026-07-10").claims]  # fmt: skip
    assert found == [("count_meeting", 2025, verdict)], found
    # a 'now' in a clause of its own still dates its figure (2024 edition: 23 in 2024)
    text = (
        "In 2014, only three allies met the 2% goal, and NATO now counts 23 allies at 2% or more."
    )
    assert (23.0, 2024, "supported") in _found(text, "2024-07-08")


@pytest.mark.parametrize(
    ("amount", "verdict"), [("59.6", "supported"), ("49", "contradicted"), ("54.9", "unverifiable")]
)
def test_a_compared_figures_time_does_not_date_a_figure_beyond_it(amount, verdict):
    # 54.9 is France's 2023 amount: the text may mean it, so neither verdict
    text = ("France will put 2.06% of its output into defence this year, in line with 1.96% "
            f"last year, NATO estimated - roughly {amount} billion euros.")  # fmt: skip
    found = _found(text, "2024-06-20")
    assert (2.06, 2024, "supported") in found, found
    assert (1.96, 2023, "supported") in found, found
    assert (float(amount), 2024, verdict) in found, found
