"""Defence figures no reader could place are listed as unread, never judged; the figures a
reader did place, and figures outside defence, are not listed twice or at all."""

import milex


def _claims(text: str, day: str) -> list[tuple[str, str, str]]:
    return [(c.claim.kind, c.claim.text, c.verdict) for c in milex.check(text, date=day).claims]


def test_a_second_forecast_figure_is_listed_unjudged_beside_the_first():
    claims = _claims("The defence budget is forecast at 4.6% of GDP in 2027 and 4.4% in 2028.",
                     "2025-11-10")  # fmt: skip
    assert ("unread", "4.4%", "unverifiable") in claims
    report = milex.check("The defence budget is forecast at 4.6% of GDP in 2027 and 4.4% in 2028.",
                         date="2025-11-10")  # fmt: skip
    unread = [c for c in report.claims if c.claim.kind == "unread"]
    assert "could not tell what this figure measures" in unread[0].explanation


def test_a_figure_read_as_a_claim_is_not_listed_again():
    # NATO 2024 edition, Table 3: Poland 4.12% of GDP in 2024 (estimate)
    assert _claims("Poland spent 4.12% of GDP on defence in 2024.", "2024-07-01") == [
        ("share_of_gdp", "4.12%", "supported")
    ]


def test_the_threshold_of_a_count_is_not_listed():
    # NATO 2024 edition: 23 allies at or above 2% of GDP in 2024
    kinds = [k for k, _t, _v in _claims(
        "In 2024, 23 of the 32 allies met the 2% guideline on defence spending.", "2024-07-01")]  # fmt: skip
    assert "unread" not in kinds and "count_meeting" in kinds


def test_figures_outside_defence_or_the_alliance_are_not_listed():
    assert _claims("Inflation in Poland eased to 4.9% in 2024, the central bank said.",
                   "2025-01-10") == []  # fmt: skip
    # (a country outside NATO is read, for SIPRI's figures; a plan of it gets no verdict)
    assert all(verdict == "unverifiable" for _kind, _text, verdict in _claims(
        "Russia will spend 6.3% of its GDP on the military this year.", "2025-01-10"))  # fmt: skip


def test_an_average_since_a_period_began_is_not_judged_as_one_year():
    # 2024 ed.: Germany 2.12% (2024e); the text speaks of an average since the early 1990s
    claims = _claims("Since the end of the Cold War, Germany has spent 1.2% of GDP on average.",
                     "2024-07-01")  # fmt: skip
    assert all(verdict == "unverifiable" for _kind, _text, verdict in claims)


def test_an_unread_amount_says_what_kept_it_from_being_judged():
    purchase = milex.check("Norway will buy new submarines worth $4.1 billion, its defence "
                           "ministry said.", date="2024-07-01").claims  # fmt: skip
    assert [c.claim.kind for c in purchase] == ["unread"]
    assert "a purchase" in purchase[0].explanation
    programme = milex.check("France has a military programming law worth €413bn for 2024-2030.",
                            date="2024-07-01").claims  # fmt: skip
    assert "several years" in programme[0].explanation


def test_the_report_says_how_many_figures_were_listed_unjudged():
    from milex.claims.render import tally

    report = milex.check("Norway will buy new submarines worth $4.1 billion, its defence ministry "
                         "said. Norway spends 2.2% of GDP on defence.", date="2024-07-01")  # fmt: skip
    # NATO 2024 edition: Norway 2.20% of GDP (2024e)
    assert tally(report) == ("2 claims: 1 supported, 0 contradicted, 1 unverifiable (1 of them "
                             "unread: figures listed, not judged)")  # fmt: skip
    assert "1 of them unread" in report.to_html()
