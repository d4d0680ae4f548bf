"""Regional, local and tabloid press (round r75): nationals named by their people and tabloid
nicknames ("Brits", "Yanks", "Canucks", "each Pole", "Luxembourgers"), the measure read from
the word attached to the figure ("a 43% spending splurge", "rocketed 44%" are changes; "coughs up
1.28%", "on 2%" are levels), loose counts ("one of 23 members expected to hit 2%", "23 are
expected to do so", "make the grade", "passed the 3.5%", "From three in 2014 to 23 in 2024:"),
figures measured inside a metaphor ("if defence were a league, France would be mid-table on
2.06%"), and subjects given loosely ("UK defence spending", "we" in a newsletter, "of the 4.12%
Poland is set to spend", "NATO's 2015-price figures").

Figures (milex.observations): 2024 edition: UK 2.33, Poland 4.12, Spain 1.28, France 2.06,
Italy 1.49, Canada 1.37 (2024); real change Türkiye 44.09; per head at 2015 prices Poland
710.82, Spain 366.39, Canada 608.54, Luxembourg 920.75, NATO 1,209.64; 3 allies at 2% in
2014, 23 in 2024. 2025 edition: Spain 2.00 and real change 43.11, Belgium 2.00, UK equipment
35.96 (2025); 30 of the 30 allies with figures at 2% in 2025. 2026 edition: Poland 4.68, UK
2.56; UK $110.27 bn, Canada $52.45 bn (2026); 5 allies at 3.5% in 2026. 2019 edition: 7 at 2%.
"""

import milex


def _claims(text, date):
    return [(c.claim.subject_code, c.claim.kind, c.claim.value, c.verdict)
            for c in milex.check(text, date=date).claims]  # fmt: skip


def _of(text, date, value):
    return [c for c in milex.check(text, date=date).claims if c.claim.value == value]


def test_peoples_and_nicknames_name_their_ally():
    assert ("CAN", "share_of_gdp", 1.37, "supported") in _claims(
        "Canucks are on 1.37% this year.", "2024-07-01")  # fmt: skip
    got = _claims("Poles pump 4.7% of GDP into defence this year. Brits trail on 2.6%.",
                  "2026-07-10")  # fmt: skip
    assert ("GBR", "share_of_gdp", 2.6, "supported") in got
    assert ("POL", "share_of_gdp", 2.6, "contradicted") not in got
    got = _claims("Germany spends most this year, leaving Brits ($110bn) behind.", "2026-09-01")
    assert ("GBR", "spending_amount", 110.0, "supported") in got  # a people, its figure bracketed


def test_another_people_keeps_the_ally_before_off_the_figure():
    for text in ("Poles pump 4.7% of GDP into defence this year. Aussies trail on 2.0%.",
                 "Poles pump 4.7% of GDP into defence this year, while Kiwis trail on 2.0%."):  # fmt: skip
        assert all(c.verdict != "contradicted" and c.claim.subject_code != "POL"
                   for c in _of(text, "2026-07-10", 2.0)), text  # fmt: skip


def test_sums_per_head_of_one_of_a_people_or_the_average_citizen():
    assert ("LUX", "spending_amount", 921.0, "supported") in _claims(
        "Luxembourgers spend $921 a head on defence.", "2024-06-30")  # fmt: skip
    got = _claims("Each Pole pays about $711 a year for defence at 2015 prices, each Spaniard $366.",
                  "2025-01-15")  # fmt: skip
    assert ("POL", "spending_amount", 711.0, "supported") in got
    assert ("ESP", "spending_amount", 366.0, "supported") in got
    assert ("NATO", "spending_amount", 1210.0, "supported") in _claims(
        "The average citizen of the alliance pays $1,210 a year for defence.", "2024-09-15")  # fmt: skip


def test_a_price_base_written_with_a_hyphen_is_no_year():
    got = _of("Italians pay roughly $505 a head for defence each year and Canadians $690, on "
              "NATO's 2015-price figures.", "2025-02-01", 690.0)  # fmt: skip
    assert [(c.claim.year, c.verdict) for c in got] == [(2024, "contradicted")]  # 608.54


def test_the_measure_is_the_word_attached_to_the_figure():
    assert ("ESP", "share_of_gdp", 1.28, "supported") in _claims(
        "Penny-pinching Spain coughs up just 1.28 per cent.", "2024-06-20")  # fmt: skip
    got = _claims("Spain has finally stumped up 2%, after a 43% spending splurge this year.",
                  "2025-08-30")  # fmt: skip
    assert ("ESP", "share_of_gdp", 2.0, "supported") in got
    assert ("ESP", "real_change", 43.0, "supported") in got
    assert ("TUR", "real_change", 44.0, "supported") in _claims(
        "Ankara's defence budget rocketed 44% this year.", "2024-10-10")  # fmt: skip
    got = _claims("Spain lifted spending by 43% in real terms and now sits level with Belgium on 2%.",
                  "2025-09-05")  # fmt: skip
    assert [(k, v) for _c, k, val, v in got if val == 2.0] == [("share_of_gdp", "supported")]
    got = _claims("German spending leapt 23% in real terms while Canada coughs up just 1.37%.",
                  "2024-07-01")  # fmt: skip
    assert ("CAN", "share_of_gdp", 1.37, "supported") in got


def test_loose_counts_of_allies_at_a_level():
    def counts(text, date):
        return [(c.claim.year, c.claim.value, c.verdict) for c in milex.check(text, date=date).claims
                if c.claim.kind == "count_meeting"]  # fmt: skip

    assert counts("Britain is one of 23 NATO members expected to hit 2% this year.",
                  "2024-09-10") == [(2024, 23.0, "supported")]  # fmt: skip
    assert counts("In 2014 only three allies spent 2% of GDP; this year 23 are expected to do so.",
                  "2024-08-20") == [(2014, 3.0, "supported"), (2024, 23.0, "supported")]  # fmt: skip
    # a forecast for a year to come is no count held
    assert counts("In 2016 only four allies spent 2% of GDP, and 18 are expected to do so by "
                  "2024.", "2019-11-29") == [(2016, 4.0, "supported")]  # fmt: skip
    assert counts("From three in 2014 to 23 in 2024: the number of allies clearing the 2% bar has "
                  "grown.", "2025-06-25") == [(2014, 3.0, "supported"), (2024, 23.0, "supported")]  # fmt: skip
    assert counts("Nine allies now spend 3% or more, and five have already passed the 3.5% core "
                  "target this year.", "2026-07-15")[1:] == [(2026, 5.0, "supported")]  # fmt: skip
    assert counts("Only seven members make the grade this year.", "2019-06-26") == [
        (2019, 7.0, "supported")]  # fmt: skip


def test_allies_with_a_figure_are_no_size_of_the_alliance():
    got = milex.check("Every ally with a figure clears the bar: 30 out of 30 allies this year.",
                      date="2025-09-02").claims  # fmt: skip
    assert [(c.claim.kind, c.verdict) for c in got] == [("count_meeting", "supported")]


def test_levels_inside_a_metaphor_or_a_comparison_are_measured():
    got = _claims("If defence spending were a football league, France would be mid-table on "
                  "2.06% of GDP, while Italy, on 1.49%, would go down.", "2024-07-01")  # fmt: skip
    assert ("FRA", "share_of_gdp", 2.06, "supported") in got
    assert ("ITA", "share_of_gdp", 1.49, "supported") in got
    got = _claims("Even 3% would leave us behind the US, at more than 3.4%, and Poland at 4.1%.",
                  "2025-06-02")  # fmt: skip
    assert ("POL", "share_of_gdp", 4.1, "supported") in got


def test_subjects_given_loosely():
    assert ("GBR", "equipment_share", 36.0, "supported") in _claims(
        "Equipment takes 36% of UK defence spending this year.", "2025-09-30")  # fmt: skip
    assert ("POL", "share_of_gdp", 4.12, "supported") in _claims(
        "'It is a lot,' said Ewa, a teacher in Krakow, of the 4.12% Poland is set to spend this "
        "year.", "2024-08-15")  # fmt: skip
    got = _claims("Britain's defence spending tops $110bn this year, while Canada's reaches $48bn.",
                  "2026-07-22")  # fmt: skip
    assert ("CAN", "spending_amount", 48.0, "contradicted") in got  # the sentence's '$' is US


def test_we_of_the_one_ally_named_is_judged_only_to_support():
    got = _claims("The UK has met the 2% target every year. This year we are at 2.33%.",
                  "2024-07-20")  # fmt: skip
    assert ("GBR", "share_of_gdp", 2.33, "supported") in got
    # the writer may set their own country against the ally named: never called wrong
    got = _of("Poland spends 4.12%. This year we are at 2.33%.", "2024-07-20", 2.33)
    assert [c.verdict for c in got] in ([], ["unverifiable"])


def test_our_forces_of_no_ally_named_are_listed_unjudged():
    got = milex.check("Our armed forces now number around 138,000 regulars, the MP said.",
                      date="2024-06-30").claims  # fmt: skip
    assert [(c.claim.kind, c.claim.subject_code, c.verdict) for c in got] == [
        ("personnel", None, "unverifiable")]  # fmt: skip
