"""The last check before 'contradicted' (issue #14): another reading of the same figure that
its words leave open, under which it agrees with the data, makes it unverifiable, naming that
reading; a figure wrong under every reading the words leave open stays contradicted.

The reader's reading is given here as a Claim, as the reader hands it to verify.check, with
what it noted of the words around the figure (the allies named in its own stretch, the years
of its sentence, whether a year is written right beside it, whether a word names GDP).

Official values (milex.observations, NATO editions):
- 2025 edition (28 August 2025), Table 8a, 2025 estimates, Greece: personnel 58.45% of
  defence spending, equipment 34.99% (`observations("personnel_share", "Greece",
  years=[2025], edition=2025)`, and "equipment_share").
- 2025 edition, Table 3, Poland 2025: 4.48% of GDP, real change +22.23%.
- 2025 edition, Table 3, the Netherlands: 2.00% of GDP in 2024, 2.49% in 2025.
- 2024 edition (17 June 2024), Table 3, 2024 estimates: Greece 3.08% of GDP, United States
  3.38%, NATO Total 2.71%, NATO Europe and Canada 2.02%, Spain 1.28%, Italy 1.49%.
"""

from __future__ import annotations

from datetime import date

import milex
from milex.claims import verify
from milex.claims.model import Checked, Claim


def _check(kind: str, value: float, code: str, year: int, day: str, **words) -> Checked:
    """verify.check on a figure read as `kind` of `code` in `year`, written to two decimals
    unless said, with no hedge."""
    text = f"{value:g}%"
    claim = Claim(kind, value, "%", text, 0, 0, len(text), subject=milex_name(code),
                  subject_code=code, measure=kind, year=year,
                  precision=words.pop("precision", 2), **words)  # fmt: skip
    return verify.check(claim, date.fromisoformat(day))


def milex_name(code: str) -> str:
    from milex.claims.clause import GROUP_NAMES
    from milex.reference.alliance import name_of

    return GROUP_NAMES.get(code) or name_of(code)


def test_a_budget_part_that_is_another_part_of_the_budget():
    # read as Greece's equipment share (34.99), but 58.45 is its personnel share
    other = _check("equipment_share", 58.45, "GRC", 2025, "2025-09-20", own_subjects=["GRC"])
    assert other.verdict == "unverifiable"
    assert "share of spending on personnel (58.45)" in other.explanation
    # no part of Greece's budget is 61.20%
    wrong = _check("equipment_share", 61.2, "GRC", 2025, "2025-09-20", own_subjects=["GRC"])
    assert wrong.verdict == "contradicted", wrong.explanation


def test_a_change_that_is_the_level_of_the_same_year():
    # "NATO says Poland is again first, at 4.48%" read as its real change (22.23)
    other = _check("real_change", 4.48, "POL", 2025, "2025-09-01", own_subjects=["POL"])
    assert other.verdict == "unverifiable"
    assert "Poland's 2025 share of GDP (4.48)" in other.explanation
    # 4.71% is neither Poland's change nor its level
    wrong = _check("real_change", 4.71, "POL", 2025, "2025-09-01", own_subjects=["POL"])
    assert wrong.verdict == "contradicted", wrong.explanation
    # nor is a whole number, which agrees with too much to be read another way
    whole = _check("real_change", 4.0, "POL", 2025, "2025-09-01", own_subjects=["POL"],
                   precision=0)  # fmt: skip
    assert whole.verdict == "contradicted", whole.explanation


def test_another_year_the_sentence_names():
    # a sentence naming 2024 and 2025, the figure read as of 2025 (2.49): it is 2024's 2.00
    other = _check("share_of_gdp", 2.0, "NLD", 2025, "2025-09-17", own_subjects=["NLD"],
                   nearby_years=[2024, 2025])  # fmt: skip
    assert other.verdict == "unverifiable"
    assert "Netherlands's 2024 share of GDP (2.00), another year" in other.explanation
    # the year written right beside the figure ("2.00% in 2025") settles it
    beside = _check("share_of_gdp", 2.0, "NLD", 2025, "2025-09-17", own_subjects=["NLD"],
                    nearby_years=[2024, 2025], year_beside=True)  # fmt: skip
    assert beside.verdict == "contradicted", beside.explanation
    # and a figure of neither year is wrong
    wrong = _check("share_of_gdp", 2.21, "NLD", 2025, "2025-09-17", own_subjects=["NLD"],
                   nearby_years=[2024, 2025])  # fmt: skip
    assert wrong.verdict == "contradicted", wrong.explanation
    # in a whole sentence, the reader notes the year beside each figure: last year's 2.00
    # given as this year's, with 2023 named beside another figure, is still wrong
    (got,) = [c for c in milex.check("The Netherlands spent 2.00% of GDP in 2025, up from "
                                     "1.66% in 2023.", date="2025-09-17").claims
              if c.claim.value == 2.0]  # fmt: skip
    assert got.verdict == "contradicted", got.explanation
    # nor are years paired with figures by 'respectively' open (2.00 is 2024's, 2.49 2025's)
    got = {c.claim.value: c for c in milex.check(
        "In 2024 and 2025 respectively, the Netherlands spent 2.49% and 2.00% of GDP.",
        date="2025-09-17").claims}  # fmt: skip
    assert got[2.49].verdict == "contradicted", got[2.49].explanation
    assert got[2.0].verdict == "contradicted", got[2.0].explanation


def test_another_ally_named_in_the_figures_own_words():
    # "Side by side with the United States, Greece puts 3.08% into defence", read as the US's
    other = _check("share_of_gdp", 3.08, "USA", 2024, "2024-06-20", own_subjects=["GRC", "USA"])
    assert other.verdict == "unverifiable"
    assert "Greece's 2024 share of GDP (3.08), another subject" in other.explanation
    # Greece given a figure of its own in the sentence ("... and Greece 3.38%"): a swap
    swapped = _check("share_of_gdp", 3.08, "USA", 2024, "2024-06-20",
                     own_subjects=["GRC", "USA"], rivals=["GRC"])  # fmt: skip
    assert swapped.verdict == "contradicted", swapped.explanation
    # the US alone named beside it
    alone = _check("share_of_gdp", 3.08, "USA", 2024, "2024-06-20", own_subjects=["USA"])
    assert alone.verdict == "contradicted", alone.explanation
    # in a whole sentence, the reader notes each figure's rivals: Spain's and Italy's
    # figures swapped are still wrong (Spain 1.28, Italy 1.49)
    got = {c.claim.value: c for c in milex.check(
        "NATO's figures put Spain at 1.49% of GDP this year and Italy at 1.28%.",
        date="2024-06-20").claims}  # fmt: skip
    assert got[1.49].verdict == "contradicted", got[1.49].explanation
    assert got[1.28].verdict == "contradicted", got[1.28].explanation


def test_another_aggregate_of_the_alliance():
    # a figure given to Europe and Canada (2.02) by words that do not name them, in a text
    # naming them and the US elsewhere ("Europe and Canada up 18% / allied average 2.71% /
    # the US 3.38%"): the whole alliance's 2.71
    near = {"nearby_subjects": ["NATO_EC", "USA"]}
    other = _check("share_of_gdp", 2.71, "NATO_EC", 2024, "2024-06-20", **near)
    assert other.verdict == "unverifiable"
    assert "NATO's 2024 share of GDP (2.71)" in other.explanation
    # named right beside the figure ("European allies and Canada: 2.71%"), it is theirs
    named = _check("share_of_gdp", 2.71, "NATO_EC", 2024, "2024-06-20", own_subjects=["NATO_EC"],
                   **near)  # fmt: skip
    assert named.verdict == "contradicted", named.explanation
    # with no aggregate named anywhere, the one read is the only one
    alone = _check("share_of_gdp", 2.71, "NATO_EC", 2024, "2024-06-20")
    assert alone.verdict == "contradicted", alone.explanation
    # and 2.50% is no aggregate's figure
    wrong = _check("share_of_gdp", 2.5, "NATO_EC", 2024, "2024-06-20", precision=1, **near)
    assert wrong.verdict == "contradicted", wrong.explanation
