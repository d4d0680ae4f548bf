"""Canada's '$' is ambiguous (Canadian or US dollars) unless the text says which: the text
can say so in brackets after the sum ('$35.0 billion (U.S.)'), with 'in U.S. dollars' in the
sum's clause, with 'In US dollars' opening the sentence (all its sums'), or by quoting SIPRI
after a '$' sum of another ally that can only be in US dollars. Each of these was left
unverifiable before.

NATO's 2024 edition, milex.observations("spending_usd_current", "Canada", years=[2024],
edition=2024): 30,495 (USD m, estimate). SIPRI's April 2025 release,
milex.observations(None, ["Canada", "United Kingdom"], years=[2024], source="SIPRI"):
spending_usd_current Canada 29,347, United Kingdom 81,763 (USD m); spending_lcu_current
Canada CAD 40.2 bn.
"""

import milex

CA = "Canada"


def _read(text, date="2024-07-10"):
    return {
        c.claim.value: (c.verdict, str(c.claim.subject), c.claim.year)
        for c in milex.check(text, date=date).claims
    }


def test_us_in_brackets_after_the_sum():
    assert _read("Canada's $30.5 billion (U.S.) defence budget this year ranks it mid-table.")[
        30.5
    ] == ("supported", CA, 2024)


def test_a_wrong_sum_with_us_in_brackets_is_contradicted():
    assert _read("Canada's $35.0 billion (U.S.) defence budget this year ranks it mid-table.")[
        35.0
    ] == ("contradicted", CA, 2024)


def test_in_us_dollars_in_the_sums_clause():
    got = _read("Ottawa's numbers at a glance:\n$30.5 billion: what Canada spends this year, "
                "in U.S. dollars.")  # fmt: skip
    assert got[30.5] == ("supported", CA, 2024)


def test_in_us_dollars_opening_the_sentence():
    got = _read(
        "In US dollars the British defence bill reaches $82.1bn this year; Canada's is $30.5bn."
    )
    assert got[30.5] == ("supported", CA, 2024)
    got = _read(
        "In US dollars the British defence bill reaches $82.1bn this year; Canada's is $36.5bn."
    )
    assert got[36.5] == ("contradicted", CA, 2024)


def test_sipri_after_another_allys_dollars():
    text = ("SIPRI's figures put British military spending at $81.8 billion last year. Canada "
            "spent $29.3 billion.")  # fmt: skip
    assert _read(text, "2025-05-01")[29.3] == ("supported", CA, 2024)
    wrong = text.replace("29.3", "33.3")  # neither SIPRI's USD 29.3 bn nor its CAD 40.2 bn
    assert _read(wrong, "2025-05-01")[33.3] == ("contradicted", CA, 2024)
