"""A place inside a programme's name ('ReArm Europe', 'European Sky Shield') is not a
subject of the figures beside it: 'ReArm Europe: close to EUR 800 billion' is no sum spent
by Europe (it had been read as Europe's defence spending). The programme's own parts are
still read against the commitments milex holds (milex.commitments: SAFE loans EUR 150 bn).
"""

import milex

DATE = "2025-03-06"


def test_a_programme_s_name_is_not_its_place():
    claims = milex.check(
        "The Commission presents 'ReArm Europe': close to 800 Mrd. Euro, of which 150 Mrd. "
        "Euro in loans.",
        date=DATE,
    ).claims
    assert not [c for c in claims if c.claim.subject_code in ("EUROPE", "EUROPE_AREA")]
    (loans,) = [c for c in claims if c.claim.value == 150]
    assert loans.verdict == "supported"
    (loans,) = [
        c
        for c in milex.check(
            "The Commission presents 'ReArm Europe': close to 800 Mrd. Euro, of which 250 Mrd. "
            "Euro in loans.",
            date=DATE,
        ).claims
        if c.claim.value == 250
    ]
    assert loans.verdict == "contradicted"  # the loans are EUR 150 bn
    assert loans.claim.subject_code not in ("EUROPE", "EUROPE_AREA")
