"""A bare percentage too large for a share of GDP, with no cue of its own, goes on from the
real changes just before it: after a semicolon in its sentence ("Lithuania's increase since
2014 is 324% in real terms; Hungary's is 225%": Hungary's since 2014 too), or in the next
sentence of the paragraph when the sentence before gave only real changes ("Denmark's rise
is 45.3%. Finland managed 17%."), real when those were said to be real. Official values:
NATO's 2024 edition, Table 4 (real change 2014-2024: Lithuania 324.45%, Hungary 225.00%), and
2025 edition, Table 3 (real change of 2025: Norway 49.88%, Denmark 45.31%, Finland 17.23%),
looked up with milex.observations("real_change_since_2014", ally, years=[2024],
edition=2024) and milex.observations("real_change", ally, years=[2025], edition=2025)."""

from __future__ import annotations

from tests.conftest import one_with_value


def _gapped(hungary: str) -> str:
    return f"Lithuania's increase since 2014 is 324% in real terms; Hungary's is {hungary}%."


def test_a_gapped_possessive_after_a_semicolon_is_the_same_change():
    # 2024 ed. Table 4: Hungary 225.00% since 2014
    found = one_with_value(_gapped("225"), "2024-07-01", 225.0, "Hungary")
    assert (found.claim.kind, found.claim.since, found.verdict) == ("real_change", 2014,
                                                                    "supported")  # fmt: skip


def test_a_wrong_gapped_change_is_contradicted():
    # 2024 ed. Table 4: Hungary 225.00%, not 255%
    found = one_with_value(_gapped("255"), "2024-07-01", 255.0, "Hungary")
    assert (found.claim.kind, found.claim.since, found.verdict) == ("real_change", 2014,
                                                                    "contradicted")  # fmt: skip


def _listed(finland: str) -> str:
    return ("In real terms Norway's defence spending grows 49.9% this year. Denmark's rise is "
            f"45.3%. Finland managed {finland}%.")  # fmt: skip


def test_the_next_sentence_goes_on_with_the_changes():
    # 2025 ed. Table 3: Finland's 2025 real change 17.23%
    found = one_with_value(_listed("17"), "2025-09-01", 17.0, "Finland")
    assert (found.claim.kind, found.claim.year, found.verdict) == ("real_change", 2025,
                                                                   "supported")  # fmt: skip


def test_a_wrong_change_in_the_next_sentence_is_contradicted():
    # 2025 ed. Table 3: Finland's 2025 real change 17.23%, not 27%
    found = one_with_value(_listed("27"), "2025-09-01", 27.0, "Finland")
    assert (found.claim.kind, found.verdict) == ("real_change", "contradicted")
