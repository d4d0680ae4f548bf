"""SIPRI's share of government spending in three forms of real text: the whole's noun said
once and left out after ('12% of Ruritania's government budget, 30% of X's and 4% of Y's'), the
figure set off by dashes right after the whole ('half of all its government spending — 54%
— to the army'), and the next sentence restating it ('Russia's figure was 19%').

Official values (SIPRI Military Expenditure Database, release of 28 April 2025, sheet "Share
of Govt. spending", looked up with
`milex.observations("share_of_government_spending", country, years=[2024], source="sipri")`):
Russia 2024 18.90 (AN160), Ukraine 54.01 (AN161), Poland 8.47 (AN148), Israel 19.99 (AN190),
Germany 3.93 (AN170).
"""

from __future__ import annotations

import milex

_DATE = "2025-05-02"  # four days after SIPRI's release


def _by_value(text: str) -> dict:
    return {c.claim.value: c for c in milex.check(text, date=_DATE).claims}


def test_whole_left_out_after_the_first_share():
    found = _by_value("According to SIPRI, the armed forces absorbed 19% of Russia's government "
                      "budget in 2024, 54% of Ukraine's and 8.5% of Poland's.")  # fmt: skip
    for value, subject in ((19.0, "Russia"), (54.0, "Ukraine"), (8.5, "Poland")):
        assert found[value].claim.kind == "share_of_government_spending"
        assert found[value].claim.subject == subject
        assert found[value].verdict == "supported"


def test_whole_left_out_wrong_share_is_contradicted_for_its_own_country():
    # Poland's is 8.47, so 9.5 is wrong; before, it was taken as Ukraine's (54.01) instead
    found = _by_value("According to SIPRI, the armed forces absorbed 19% of Russia's government "
                      "budget in 2024, 54% of Ukraine's and 9.5% of Poland's.")  # fmt: skip
    assert found[9.5].claim.subject == "Poland"
    assert found[9.5].verdict == "contradicted"
    assert found[54.0].verdict == "supported"


def test_figure_set_off_after_its_whole_and_restated_next_sentence():
    found = _by_value("SIPRI says Ukraine gave over half of all its government spending — "
                      "54% — to defence in 2024. Russia's figure was 19%, Germany's 4%.")  # fmt: skip
    for value, subject in ((54.0, "Ukraine"), (19.0, "Russia"), (4.0, "Germany")):
        assert found[value].claim.kind == "share_of_government_spending"
        assert found[value].claim.subject == subject
        assert found[value].verdict == "supported"


def test_figure_set_off_wrong_is_contradicted():
    found = _by_value("SIPRI says Ukraine gave over a third of all its government spending — "
                      "44% — to defence in 2024. Russia's figure was 29%.")  # fmt: skip
    assert found[44.0].claim.kind == "share_of_government_spending"
    assert found[44.0].verdict == "contradicted"
    assert found[29.0].claim.kind == "share_of_government_spending"
    assert found[29.0].verdict == "contradicted"
