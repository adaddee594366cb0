"""Finding copies of one wire story at scale: the memory and time of ``CopyIndex``.

    python benchmarks/bench_syndication.py [--articles 10000,100000] [--held-at-once 10000]
                                           [--words 800] [--json]

Made-up articles of ``--words`` words (drawn from 20,000 made-up words with Zipf's
frequencies, so common five-word runs recur across unrelated texts as stock phrases do), one
in ten a wire copy of an earlier one under its own headline and credit line, published up to
a month apart (so an original is often read after its copy). The texts are made again from
their number whenever they are read, so that the figures are the index's alone (in
``ingest`` the texts are the document's). Each size runs in a fresh process:

- each article added as ``ingest`` adds it (its copies found among those before it), the
  time per article, the copies found against those made, the table's size on disk and the
  process's peak resident memory above what it held before the first article;
- ``--held-at-once``: for comparison, the memory of every article's shingle set held at once
  (what ``find_copies`` held before the index: the same sets, built and kept).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from timeline_app.core.events import Article  # noqa: E402
from timeline_app.core.syndication import CopyIndex, shingles  # noqa: E402

VOCABULARY = [f"w{n}" for n in range(20_000)]
WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))
COPY_EVERY = 10


class MadeUpArticles(Mapping[str, Article]):
    """Articles a0 ... a(count - 1), each made from its number whenever it is read."""

    def __init__(self, count: int, words: int) -> None:
        self.count = count
        self.words = words

    def original_of(self, number: int) -> int | None:
        """The number of the article this one copies, or None."""
        if number < 100 or number % COPY_EVERY:
            return None
        return number - 1 - (number * 7) % 90

    def _text(self, number: int) -> str:
        chance = random.Random(number)
        return " ".join(chance.choices(VOCABULARY, cum_weights=WEIGHTS, k=self.words))

    def __getitem__(self, key: str) -> Article:
        number = int(key[1:])
        if not 0 <= number < self.count:
            raise KeyError(key)
        original = self.original_of(number)
        if original is None:
            text = self._text(number)
        else:
            text = f"Headline {number}\n{self._text(original)}\nReporting by staff {number}."
        published = dt.date(2024, 1, 1) + dt.timedelta(days=(number * 37) % 30)
        return Article(key, text=text, published=published)

    def __iter__(self) -> Iterator[str]:
        return (f"a{n}" for n in range(self.count))

    def __len__(self) -> int:
        return self.count


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_index(count: int, words: int) -> dict:
    articles = MadeUpArticles(count, words)
    made = sum(1 for n in range(count) if articles.original_of(n) is not None)
    with CopyIndex({}) as warm:  # sqlite and the regex loaded before measuring
        warm.add(Article("warm", text=articles["a0"].text))
    with CopyIndex(articles) as index:
        before = _peak_mib()
        started = time.process_time()
        marked: dict[str, str] = {}
        for key in articles:
            marked.update(index.add(articles[key]))
        seconds = time.process_time() - started
        on_disk = index.bytes_on_disk()
    return {
        "what": "CopyIndex, each article as it comes",
        "articles": count,
        "copies made": made,
        "copies found": len(marked),
        "CPU s": round(seconds, 1),
        "ms per article": round(1000 * seconds / count, 2),
        "peak RSS above start, MiB": round(_peak_mib() - before, 1),
        "on disk, MiB": round(on_disk / 2**20, 1),
        "on disk, bytes per article": round(on_disk / count),
    }


def measure_held_at_once(count: int, words: int) -> dict:
    articles = MadeUpArticles(count, words)
    before = _peak_mib()
    held = {key: shingles(articles[key].text) for key in articles}
    return {
        "what": "every shingle set held at once (before)",
        "articles": len(held),
        "peak RSS above start, MiB": round(_peak_mib() - before, 1),
    }


def _in_fresh_process(kind: str, count: int, words: int) -> dict:
    command = [sys.executable, __file__, "--one", kind, str(count), str(words)]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="10000,100000")
    parser.add_argument("--held-at-once", default="10000")
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        kind, count, words = options.one
        measure = measure_index if kind == "index" else measure_held_at_once
        print(json.dumps(measure(int(count), int(words))))
        return
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    rows = []
    for count in (int(n) for n in options.articles.split(",") if n):
        rows.append(_in_fresh_process("index", count, options.words))
        print(rows[-1], file=sys.stderr)
    for count in (int(n) for n in options.held_at_once.split(",") if n):
        rows.append(_in_fresh_process("held", count, options.words))
        print(rows[-1], file=sys.stderr)
    print(f"# load average after: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    if options.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
