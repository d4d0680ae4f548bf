"""A chart's title with a label before its colon and the level its rows are set against
('Dashboard: how each ally compares with 2% (NATO figures, 2024)'), then rows of items set
apart by middle dots, each row perhaps led by its own label ('Over: ...', 'Under: ...').

Two things had hidden the rows: a long title line was taken as prose wrapped onto the row
below it (a row of three dotted cells or more is a line of its own), and a title whose words
after the colon hold a whole percentage was not a title at all (a whole percentage after a
word of comparison is the yardstick, not a figure of the title's own).

NATO's 2024 edition, milex.observations("share_of_gdp", ALLY, years=[2024], edition=2024):
Greece 3.08, Hungary 2.11, Lithuania 2.85, Poland 4.12, Estonia 3.43, Italy 1.49,
Spain 1.28.
"""

import milex

DATE = "2024-06-21"

TEXT = (
    "Dashboard: how each ally compares with 2% (NATO figures for 2024)\n"
    "Over: Greece 3.08 · Hungary 2.11 · Lithuania {lithuania} · Poland 4.12\n"
    "Under: Italy 1.49 · Spain {spain} · Estonia 3.43"
)


def _verdicts(**figures):
    claims = milex.check(TEXT.format(**figures), date=DATE).claims
    return {
        (str(c.claim.subject), c.claim.value): (c.verdict, c.claim.year)
        for c in claims
        if c.claim.kind == "share_of_gdp"
    }


def test_rows_under_a_labelled_title_are_each_allys_share():
    got = _verdicts(lithuania="2.85", spain="1.28")
    assert got[("Greece", 3.08)] == ("supported", 2024)
    assert got[("Hungary", 2.11)] == ("supported", 2024)
    assert got[("Lithuania", 2.85)] == ("supported", 2024)
    assert got[("Poland", 4.12)] == ("supported", 2024)
    assert got[("Italy", 1.49)] == ("supported", 2024)
    assert got[("Spain", 1.28)] == ("supported", 2024)
    # the title's 2% is the yardstick: judged as no one's share
    claims = milex.check(TEXT.format(lithuania="2.85", spain="1.28"), date=DATE).claims
    assert not [c for c in claims if c.claim.value == 2.0 and c.verdict != "unverifiable"]


def test_a_wrong_figure_in_such_a_row_is_contradicted():
    got = _verdicts(lithuania="2.35", spain="1.58")
    assert got[("Lithuania", 2.35)] == ("contradicted", 2024)  # 2.85
    assert got[("Spain", 1.58)] == ("contradicted", 2024)  # 1.28
    assert got[("Estonia", 3.43)] == ("supported", 2024)
