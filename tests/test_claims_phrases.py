"""A sentence's phrase matches, found once (Phrases.matches), answer any_in() and find_all()
on every stretch of it as the two do on their own."""

from __future__ import annotations

import random

from milex.claims import patterns

WORDS = ["a", "b", "c", "the", "of", "more", "than"]


def test_matches_answer_every_stretch():
    rnd = random.Random(5)
    for _ in range(400):
        phrases = patterns.Phrases(
            {" ".join(rnd.choices(WORDS, k=rnd.randint(1, 3))): k for k in range(rnd.randint(1, 8))}
        )
        lows = rnd.choices(WORDS, k=rnd.randint(0, 12))
        found = phrases.matches(lows)
        starts, least = patterns.index(found)
        for lo in range(-2, len(lows) + 2):
            for hi in range(-2, len(lows) + 2):
                assert patterns.any_within(found, lo, hi) == phrases.any_in(lows, lo, hi)
                assert patterns.any_within_indexed(starts, least, lo, hi) == phrases.any_in(
                    lows, lo, hi
                )
                if lo >= 0:
                    assert patterns.all_within(found, lo, hi) == phrases.find_all(lows, lo, hi)
                    assert patterns.all_within_indexed(found, starts, lo, hi) == (
                        phrases.find_all(lows, lo, hi)
                    )
        assert patterns.all_within(found, 0, len(lows)) == phrases.find_all(lows)


def test_catalog_leaves_out_only_lists_without_matches():
    """A list the catalog's one pass leaves out of a sentence has no match in it."""
    catalog = patterns.catalog()
    vocabulary = sorted({w for _bit, found in catalog.lists.values() for w in found.first_words})
    rnd = random.Random(7)
    sentences = [rnd.choices(vocabulary + WORDS, k=rnd.randint(0, 14)) for _ in range(300)]
    sentences += [patterns.words(p) for p in ("the hague summit", "gdp", "", "not a cue at all")]
    for lows in sentences:
        present = catalog.present(list(lows))
        for bit, found in catalog.lists.values():
            if not present & bit:
                assert found.matches(list(lows)) == []
            else:  # (and none is kept for nothing: it has a first word and a needed word)
                assert not found._by_first.keys().isdisjoint(lows)
                assert not found._lacks(list(lows))
                assert found.scan(list(lows)) == found.matches(list(lows))


def test_follows_is_a_slice_compared():
    rnd = random.Random(9)
    for _ in range(2000):
        lows = rnd.choices(WORDS, k=rnd.randint(0, 6))
        rest = rnd.choices(WORDS, k=rnd.randint(0, 3))
        start = rnd.randint(-3, 8)
        assert patterns._follows(lows, start, rest) == (lows[start : start + len(rest)] == rest)
