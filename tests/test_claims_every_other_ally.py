"""'Every ally except the United States spent less than $80 billion', 'Every other member spent
less than $80 billion' (after a sentence on the US): a sum said of each ally but one, judged
for each of them (it had been read as the figure of the ally left out, and contradicted).

NATO 2024 edition, spending in current USD, 2023 (milex.observations("spending_usd_current",
[...], years=[2023], edition=2024)): United States 875,603 m; United Kingdom 76,939 m (the
largest of the others); Germany 73,138 m; France 59,379 m.
"""

import milex

DATE = "2024-09-10"


def _at(text, value):
    return [c for c in milex.check(text, date=DATE).claims if c.claim.value == value]


def test_a_sum_said_of_every_ally_but_one_is_judged_for_each_of_them():
    (got,) = _at(
        "In 2023 every ally except the United States spent less than $80 billion on defence.", 80
    )
    assert got.verdict == "supported"  # the UK, the largest of them, 76.9 bn
    assert "USA" not in got.claim.members and "GBR" in got.claim.members


def test_one_ally_above_the_sum_contradicts_it():
    (got,) = _at(
        "In 2023 every ally except the United States spent less than $75 billion on defence.", 75
    )
    assert got.verdict == "contradicted"  # the UK, 76.9 bn
    assert got.claim.subject_code != "USA" and "GBR" in got.claim.members


def test_every_other_member_is_every_ally_but_the_one_of_the_sentence_before():
    got = _at(
        "Washington spent about $876 billion on defence in 2023. Every other member spent less "
        "than $80 billion.",
        80,
    )
    assert [c.verdict for c in got] == ["supported"]
    assert "USA" not in got[0].claim.members
    # the one left out not said: not judged (neither as the US's figure nor as anyone's)
    alone = _at("Every other member spent less than $80 billion in 2023.", 80)
    assert all(c.verdict == "unverifiable" for c in alone)
