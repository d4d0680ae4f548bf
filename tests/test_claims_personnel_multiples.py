"""'Since 2014 the number of Lithuanian troops has more than doubled': a multiple of an ally's
military personnel since a year the words give, judged on NATO's Table 7 (it had not been read:
only spending was read as doubling). With no year to start from ('over the last decade') it is
not read, as for spending; an army is one service, and the table counts all of them.

NATO 2024 edition, military personnel in thousands (milex.observations("personnel", ally,
years=[2014, 2024], edition=2024)): Lithuania 8.568 (2014), 18.528 (2024e): 2.16 times;
Romania 65.110 (2014), 66.618 (2024e): 1.02 times.
"""

import milex

DATE = "2024-09-10"


def _personnel(text):
    return [c for c in milex.check(text, date=DATE).claims if c.claim.kind == "personnel"]


def test_forces_more_than_doubled_since_a_year_is_supported():
    got = _personnel("Since 2014 the number of Lithuanian troops has more than doubled.")
    assert [(c.claim.subject_code, c.claim.since, c.verdict) for c in got] == [
        ("LTU", 2014, "supported")
    ]


def test_forces_said_to_have_doubled_when_flat_is_contradicted():
    got = _personnel("Romania's armed forces have doubled in size since 2014.")
    assert [c.verdict for c in got] == ["contradicted"]  # 1.02 times
    # no start year said: not read (and an army is not all the forces)
    assert not _personnel("Over the past ten years Romania's armed forces have doubled in size.")
    assert not _personnel("Romania's army has doubled in size since 2014.")
