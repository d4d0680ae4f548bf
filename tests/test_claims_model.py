"""The claim checker's data classes whose __init__ is written out (so that mypyc compiles it)
build the same objects as the one @dataclass would generate: every field, its default, and
copy.deepcopy and pickle rebuild them."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date

import pytest

import milex
from milex.claims import extract, interpret
from milex.claims.model import field_values

TEXT = ("According to SIPRI, Poland spent about $38bn, or 4.1% of GDP, on defence in 2024, "
        "two years after it promised 3%.")  # fmt: skip


def _examples() -> list:
    """One object of each such class, as a check of TEXT makes them."""
    sent = extract.sentences(TEXT)[0]
    sent.tokens = extract.tokenize(sent.text, sent.start)
    ctx = interpret._context(sent, [], date(2025, 9, 15), None)
    checked = milex.check(TEXT, date="2025-09-15").claims[0]
    found = [sent.tokens[0], ctx.quantities[0], ctx.mentions[0], ctx.sources[0], ctx.times[0],
             checked.claim, checked.evidence, checked]  # fmt: skip
    assert all(x is not None for x in found)
    return found


EXAMPLES = _examples()


def _named(obj) -> dict:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


@pytest.mark.parametrize("obj", EXAMPLES, ids=lambda x: type(x).__name__)
def test_defaults_as_declared(obj):
    cls, fields = type(obj), dataclasses.fields(obj)
    required = [getattr(obj, f.name) for f in fields if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING]  # fmt: skip
    one, two = cls(*required), cls(*required)
    for f in fields[len(required) :]:
        expected = f.default if f.default is not dataclasses.MISSING else f.default_factory()
        assert getattr(one, f.name) == expected, f.name
        if isinstance(expected, list):  # a new list for each object, as default_factory gives
            assert getattr(one, f.name) is not getattr(two, f.name), f.name


@pytest.mark.parametrize("obj", EXAMPLES, ids=lambda x: type(x).__name__)
def test_every_field_by_name_and_in_order(obj):
    cls, named = type(obj), _named(obj)
    assert _named(cls(**named)) == named
    assert _named(cls(*field_values(obj))) == named


@pytest.mark.parametrize("obj", EXAMPLES, ids=lambda x: type(x).__name__)
def test_copied_and_pickled(obj):
    """copy.deepcopy (verify.py copies claims) and pickle (the web's check pool sends reports
    between processes) rebuild the object through its __init__, compiled or not."""
    for again in (copy.deepcopy(obj), pickle.loads(pickle.dumps(obj))):
        assert type(again) is type(obj)
        assert _named(again) == _named(obj)
    lists = [name for name, v in _named(obj).items() if isinstance(v, list)]
    assert all(getattr(copy.deepcopy(obj), n) is not getattr(obj, n) for n in lists)


def test_report_pickles():
    report = milex.check(TEXT, date="2025-09-15")
    again = pickle.loads(pickle.dumps(report))
    assert again.to_dict() == report.to_dict()
    assert [t.low for t in again.sentences[0].tokens] == [t.low for t in report.sentences[0].tokens]
