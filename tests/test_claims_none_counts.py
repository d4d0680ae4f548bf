"""A count of none: 'None of NATO's 32 members spent 5% of GDP in 2024', 'No NATO member spent
4% last year' is a count of zero allies at that level, not the alliance's total share (which
was read before, and contradicted against NATO's 2.71%). A spending verb counts here ('none
spent 5%': none spent that much).

NATO's 2024 edition, milex.observations("share_of_gdp", "Poland", years=[2023, 2024],
edition=2024): 2023 3.26, 2024 4.12 (estimate): the highest of all allies in both years, so
no ally was at 5% in 2024 nor at 4% in 2023, and one (Poland) was at 4% in 2024.
"""

import milex


def _counts(text, date="2024-07-10"):
    return [(c.verdict, c.claim.value, c.claim.year) for c in milex.check(text, date=date).claims
            if c.claim.kind == "count_meeting"]  # fmt: skip


def _shares(text, date="2024-07-10"):
    return [c for c in milex.check(text, date=date).claims if c.claim.kind == "share_of_gdp"]


def test_none_of_the_members_spent_five_percent():
    text = "None of NATO's 32 members spent 5 per cent of GDP on defence in 2024."
    assert _counts(text) == [("supported", 0.0, 2024)]
    assert _shares(text) == []  # not the alliance's total share


def test_no_member_spent_four_percent_last_year():
    assert _counts("No NATO member spent 4% of GDP on defence last year.") == [
        ("supported", 0.0, 2023)
    ]


def test_a_false_none_is_contradicted():
    # Poland was at 4.12% in 2024
    assert _counts("None of the allies spent 4% of GDP on defence in 2024.") == [
        ("contradicted", 0.0, 2024)
    ]
