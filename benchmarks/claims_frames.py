"""Right and wrong official figures inside the frames real text puts around them.

Each figure below is stated the way NATO's tables give it (right) or off by far more than any
revision (wrong), then wrapped in sentence frames seen in news text: attributions, quotations,
time words, asides, comparisons with an earlier year, and a sentence before it naming another
source, year, subject or target. A right figure called "contradicted" in
any frame is a false accusation the frame caused; a wrong figure not called "contradicted" is
an error the frame hid. Prints the counts, and each failure.

    .venv/bin/python benchmarks/claims_frames.py

Values: NATO 2024 edition (17 June 2024), Table 3, 2024 estimates, and Table 2 (current USD),
with 2023 as the starting point of a change (Poland 3.26%, 10 allies at 2%, Germany $73.1bn);
NATO 2025 edition (28 August 2025), Table 3, 2025 estimates.
"""

from __future__ import annotations

import itertools
import time

import milex

FRAMES = [
    "{}.", "According to NATO, {}.", "{}, NATO said on Monday.", "\u201c{},\u201d the minister said.",
    "Officials noted that {}.", "{} \u2014 a figure that surprised many.", "Despite the pressure, {}.",
    "{}, though critics say that is not enough.", "Now {}.", "Even so, {}.", "Separately, {}.",
    "In 2014 only a handful of allies met the target; now {}.", "Since the war began, {}.",
    "In a speech in Brussels, the secretary general said {}.", "{}, up from last year.",
    "{}, compared with 2014.", "{}, more than in 2014.", "Under the new estimates, {}.",
    "{} (see chart).", "- {}", "{}; critics remain unconvinced.", "As Reuters reported, {}.",
    "{}, the data show.", "Two years ago things looked different, but {}.",
    "{}, a rise driven by the war.", "After years of pressure, {}.",
    "Back in 2014, few predicted that {}.", "{} — double what it spent in 2014.",
    "{}, according to figures published on 17 June.", "Ten years on from the Wales summit, {}.",
    "At 32 members, the alliance is larger than ever, and {}.",
    "The alliance said on Thursday in Brussels that {}.", "{}, the alliance reports.",
    "{}, according to the alliance.", "A decade after the Wales pledge, {}.",
    "Spending slipped in 2015, but {}.", "Russia, whose economy is at war, spends far more; {}.",
]  # fmt: skip

# a sentence before the figure that sets another source, year, subject or target
PRELUDES = [
    "SIPRI published its own figures in April.", "In 2019, the picture was bleak.",
    "Russia spends about 6% of its GDP on the military.", "Germany was once the laggard.",
    "Ten years ago, only three allies met the goal.", "Trump wants 5%.",
    "The Hague summit set a new target of 3.5% for core defence.", "Spain is the exception.",
    "The report covers 2014 to 2024.", "Things were different in 2014.",
    "The alliance's total is now $1.47 trillion.", "Critics say the numbers flatter some allies.",
]  # fmt: skip
RIGHT = {
    "2024-07-10": [
        "Poland spends 4.12% of GDP on defence", "Spain spends 1.28% of GDP on defence",
        "23 allies meet the 2% target", "eight allies remain below 2%",
        "Germany has reached the 2% target", "Canada does not meet the 2% target",
        "Italy spends less than 1.5% of GDP on defence", "Greece spends more than 3% of GDP",
        "Latvia, at 3.15%, is fourth in the alliance", "Poland leads the alliance with 4.12%",
        "the United States spends $968 billion on defence", "Germany spends $97.7 billion",
        "Poland's spending has risen from 3.26% of GDP last year to 4.12%",
        "the number of allies at 2% has risen from 10 last year to 23",
        "Germany's outlay has climbed from $73.1 billion in 2023 to $97.7 billion",
    ],
    "2025-09-15": [
        "Poland spends 4.48% of GDP on defence", "Lithuania spends 4% of GDP",
        "Spain now spends 2% of GDP", "three allies spend more than 3.5% of GDP",
        "Belgium reaches the 2% target", "the United States spends 3.22% of GDP",
        "European allies and Canada raise spending by almost 16% in real terms",
    ],
}  # fmt: skip
WRONG = {
    "2024-07-10": ["Poland spends 3.12% of GDP on defence", "eleven allies remain below 2%",
                   "Spain spends 1.8% of GDP on defence"],
    "2025-09-15": ["Poland spends 5.5% of GDP on defence", "ten allies spend more than 3.5% of GDP",
                   "Latvia spends 2.1% of GDP on defence"],
}  # fmt: skip


# a sentence naming two allies, then one whose 'it' is the first ({a}): 2024 edition shares
OPENERS = [
    "{a} has changed course.", "Unlike {b}, {a} took the threat seriously.",
    "{a}, not {b}, is the story this year.", "Compared with {b}, {a} has done well.",
    "While {b} lags, {a} races ahead.", "{b} may talk, but {a} delivers.",
    "Even though {b} is richer, {a} spends more.", "{a} has overtaken {b}.",
    "{a} was overtaken by {b} years ago.", "{a} trailed {b} for years but has caught up.",
]  # fmt: skip
THEN = ["It now spends {v}% of GDP on defence.", "The country spends {v}% of GDP on defence.",
        "This year it will spend {v}% of GDP."]  # fmt: skip
SHARES_2024 = {"Poland": "4.12", "Germany": "2.12", "Spain": "1.28", "Estonia": "3.43"}


def framed(frame: str, core: str) -> str:
    start = frame.startswith(("{}", "\u201c{}", "- {}"))
    return frame.format(core[0].upper() + core[1:] if start else core)


def main() -> int:
    t0 = time.perf_counter()
    texts = false_contradicted = missed = 0
    for day, cores in RIGHT.items():
        for core, frame in itertools.product(cores, FRAMES):
            texts += 1
            for c in milex.check(framed(frame, core), date=day).claims:
                if c.verdict == "contradicted":
                    false_contradicted += 1
                    print(f"right figure contradicted: {framed(frame, core)!r} ({c.claim.text})")
        for core, prelude in itertools.product(cores, PRELUDES):
            texts += 1
            text = f"{prelude} {framed('{}.', core)}"
            for c in milex.check(text, date=day).claims:
                if c.verdict == "contradicted" and c.claim.start > len(prelude):
                    false_contradicted += 1
                    print(f"right figure contradicted: {text!r} ({c.claim.text})")
    for day, cores in WRONG.items():
        for core, frame in itertools.product(cores, FRAMES):
            texts += 1
            claims = milex.check(framed(frame, core), date=day).claims
            own = [c.verdict for c in claims if c.claim.text.lower() in core.lower()]
            if own != ["contradicted"]:
                missed += 1
                print(f"wrong figure not contradicted: {framed(frame, core)!r} -> {own}")
    pronouns = wrong_ally = 0
    for (a, b), opener, then in itertools.product(
        itertools.permutations(SHARES_2024, 2), OPENERS, THEN
    ):
        pronouns += 1
        text = f"{opener.format(a=a, b=b)} {then.format(v=SHARES_2024[a])}"
        shares = [c for c in milex.check(text, date="2024-07-10").claims
                  if c.claim.kind == "share_of_gdp"]  # fmt: skip
        if not any(c.claim.subject == a and c.verdict == "supported" for c in shares):
            wrong_ally += 1
            print(
                f"'it' not read as {a}: {text!r} -> {[(c.claim.subject, c.verdict) for c in shares]}"
            )
    print(f"{texts} framed sentences in {time.perf_counter() - t0:.1f} s: "
          f"{false_contradicted} right figures contradicted, {missed} wrong figures not "
          f"contradicted; {pronouns} pronouns after two allies: {wrong_ally} not read as the "
          "main clause's ally")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
