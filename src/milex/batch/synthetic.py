"""Made-up news articles for trying and measuring batches, built from milex's own corpus.

Each article is dated like one sentence of the claim corpus (claims/corpus/corpus.jsonl),
carries it and a few other corpus sentences of nearby dates, and pads them with background
paragraphs written here (meetings, reactions, schedules) that state no spending figure, so
an article reads like a short news story of a few hundred words. One in four is HTML.

    python -m milex.batch.synthetic 10000 archive/     # 10,000 articles as Parquet shards
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date
from importlib import resources
from pathlib import Path

CITIES = ("Brussels", "Vilnius", "Warsaw", "Berlin", "Ottawa", "Rome", "Madrid", "The Hague",
          "Tallinn", "Oslo", "Ankara", "Paris", "Helsinki", "Bucharest", "Lisbon")  # fmt: skip
OFFICIALS = ("the defence minister", "a government spokesperson", "the finance ministry",
             "an opposition leader", "the chair of the defence committee", "a senior diplomat",
             "the head of the armed forces", "a budget analyst")  # fmt: skip
BACKGROUND = (
    "Ministers met in {city} on {weekday} to compare notes on procurement and readiness.",
    "The talks in {city} ran late into the evening, according to people in the room.",
    "Speaking to reporters afterwards, {official} called the discussion frank but useful.",
    "Critics say the debate about money often hides a debate about what the money buys.",
    "Industry groups have asked for longer contracts so that factories can plan ahead.",
    "{official} declined to say when the next budget would be put to parliament.",
    "Air defence and ammunition stocks topped the agenda, officials said.",
    "Several delegations pressed for a common approach to buying equipment together.",
    "The government in {city} has promised a review of its defence plans before summer.",
    "Analysts caution that spending totals say little about how ready forces really are.",
    "Public opinion remains divided, with many voters worried about the cost of living.",
    "The meeting closed with a short statement and no questions from the press.",
    "Officials in {city} stressed that recruitment, not hardware, is the harder problem.",
    "Treasury officials have warned that borrowing for defence cannot go on for ever.",
    "{official} said the figures would be discussed again at the autumn meeting.",
    "Diplomats expect a long argument over how the burden should be shared.",
    "Opposition parties in {city} want a vote on any new long-term spending plan.",
    "Military planners point to gaps in transport aircraft, drones and spare parts.",
    "The ministry in {city} published its annual report on {weekday} without fanfare.",
    "Some economists argue that defence orders help regions where factories have closed.",
    "{official} insisted that the promises made at the last summit would be kept.",
    "Neighbouring governments watched the announcement closely, diplomats said.",
    "Questions about maintenance and training budgets went largely unanswered.",
    "Unions at the shipyards welcomed the news but asked for guarantees on jobs.",
    "Parliament's budget office is expected to publish its own estimate later this year.",
    "Several think tanks have called for clearer accounting of what counts as defence.",
)  # fmt: skip
TITLES = ("Spending debate returns to {city}", "What the latest defence figures say",
          "Allies weigh the cost of security", "Budgets under pressure as {city} talks open",
          "Defence money: promises and numbers", "A closer look at who spends what")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def corpus() -> list[dict]:
    """The claim corpus's sentences with their dates, in file order."""
    path = resources.files("milex.claims").joinpath("corpus/corpus.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [{"date": e["date"], "text": e["text"]} for e in map(json.loads, lines) if e.get("text")]


def article(i: int, seed: int = 0, sentences: list[dict] | None = None) -> dict:
    """Article number `i` of the series `seed`: {"id", "date", "url", "text", "html"}."""
    sentences = sentences or corpus()
    rng = random.Random(f"{seed}:{i}")
    anchor = rng.choice(sentences)
    day = date.fromisoformat(anchor["date"])
    near = [s for s in sentences if abs((date.fromisoformat(s["date"]) - day).days) <= 45]
    facts = [
        anchor["text"],
        *(s["text"] for s in rng.sample(near, min(len(near), rng.randint(1, 3)))),
    ]
    slots = {"city": rng.choice(CITIES), "official": rng.choice(OFFICIALS),
             "weekday": rng.choice(WEEKDAYS)}  # fmt: skip
    background = [b.format(**slots) for b in rng.sample(BACKGROUND, rng.randint(8, 16))]
    while background:  # one to three background sentences a paragraph
        cut = rng.randint(1, 3)
        facts.append(" ".join(background[:cut]))
        background = background[cut:]
    rest = facts[1:]
    rng.shuffle(rest)  # the anchor figure leads, as in a news story
    paragraphs = [p[:1].upper() + p[1:] for p in [facts[0], *rest]]
    title = rng.choice(TITLES).format(**slots)
    row = {"id": f"gen-{seed}-{i:07d}", "date": anchor["date"] if rng.random() > 0.05 else None,
           "url": f"https://news.example/{day:%Y/%m}/story-{i}", "text": None, "html": None}  # fmt: skip
    if rng.random() < 0.25:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        row["html"] = (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home"
                       f"</a></nav><article><h1>{title}</h1>{body}</article></body></html>")  # fmt: skip
    else:
        row["text"] = title + "\n\n" + "\n\n".join(paragraphs)
    return row


def write_archive(n: int, folder: Path, shard: int = 10_000, seed: int = 0,
                  form: str = "parquet") -> list[Path]:  # fmt: skip
    """Write `n` articles into `folder` as shards of `shard` articles; the files written.

    form: "parquet" (row groups of 2,000), "jsonl" or "jsonl.gz".
    """
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sentences = corpus()
    files = []
    for k, start in enumerate(range(0, n, shard)):
        rows = [article(i, seed, sentences) for i in range(start, min(start + shard, n))]
        path = folder / f"articles-{k:05d}.{form}"
        if form == "parquet":
            schema = pa.schema([(name, pa.string()) for name in rows[0]])
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, row_group_size=2_000)
        else:
            opener = gzip.open if form.endswith(".gz") else open
            with opener(path, "wt", encoding="utf-8") as sink:
                sink.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        files.append(path)
    return files


if __name__ == "__main__":
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    written = write_archive(count, target)
    print(f"{count:,} articles in {len(written)} shards under {target}")
