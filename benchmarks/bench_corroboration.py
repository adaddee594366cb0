"""Do articles that tell one happening end up as one event holding all of them?

Reads the Wikinews trial articles (SemEval-2015 Task 4), extracts each one's events with
``extract_events`` from its text written out as prose again, gathers them all with
``merge_into``, and compares with the gold timelines, where one line is one happening and
names its mentions (article, sentence, word) across the articles. A gold mention is mapped
to the extracted events whose evidence starts in its sentence.

- together: of the happenings told by two or more articles, the share that end up in one
  event holding a mention from each of those articles (target >= 90%); also over only the
  happenings whose every article gave the extractor an event in a mention's sentence (the
  rest are the extractor's misses, not the gathering's);
- mixed: of the events holding a gold mention, the share holding two different happenings
  (sources whose sentences share no happening; target < 5%).

    python benchmarks/bench_corroboration.py [--corpus DIR] [--list] [--json]
    python benchmarks/bench_corroboration.py --scale 5000,20000

``--scale`` times ``merge_into`` on made-up events (five-word titles and twenty-word evidence
from a vocabulary of 3,000 words, six actors, one day each, about 27 a day, ten events an article):
N events gathered at once, then 1,000 more into them, then batches of 150 (50 articles) one
after the other, with the index built afresh for each (``merge_into``) and kept across them
(``Gatherer``, as ``ingest`` does).
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from timeline_app.core.corroboration import Gatherer, merge_into  # noqa: E402
from timeline_app.core.dates import When  # noqa: E402
from timeline_app.core.events import Article, Event  # noqa: E402
from timeline_app.core.extraction import extract_events  # noqa: E402
from timeline_app.core.happenings import dates_meet  # noqa: E402
from timeline_app.core.syndication import find_copies  # noqa: E402

# The shared folder beside the repository (a worktree sits a level deeper).
DEFAULT_CORPUS = next(
    (
        folder / "shared" / "corpora" / "wikinews-timelines-trial"
        for folder in REPO.parents
        if (folder / "shared" / "corpora").is_dir()
    ),
    REPO.parent / "shared" / "corpora" / "wikinews-timelines-trial",
)

Mention = tuple[str, int]  # (article id, sentence number)
BATCHES = 5


@dataclass
class Reading:
    article: Article
    sentence_starts: list[int]  # offset of each sentence in the text; sentence n at [n - 1]

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset)


_JOINS = [
    (re.compile(r" ([,.;:!?%)\]}])"), r"\1"),
    (re.compile(r"([(\[{$]) "), r"\1"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m|')(?=\W|$)", re.IGNORECASE), r"\1"),
    (re.compile(r" - "), "-"),
]


def detokenise(tokens: str) -> str:
    """Tokens separated by spaces as prose again: "Apple 's iPhone ( new ) ." ->
    "Apple's iPhone (new)."; straight double quotes open and close in turn."""
    text = tokens
    for pattern, replacement in _JOINS:
        text = pattern.sub(replacement, text)
    parts = text.split('"')
    out = parts[0]
    for n, part in enumerate(parts[1:]):
        if n % 2 == 0:  # an opening quote: no space after it
            out += '"' + part.lstrip()
        else:  # a closing one: no space before it
            out = out.rstrip() + '"' + part
    return out


def read_article(path: Path) -> Reading:
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    doc_id = root.findtext("DOCID", "").strip()
    dct = root.find("DCT/TIMEX3")
    published = dt.date.fromisoformat(dct.get("value", "")[:10]) if dct is not None else None
    title = detokenise(root.findtext("EXTRAINFO", "").strip())
    sentences = [detokenise("".join(s.itertext()).strip()) for s in root.iter("s")]
    starts, text = [], ""
    for n, sentence in enumerate(sentences):
        if n:
            text += "\n\n" if n == 1 else " "  # the date line, then the story as one paragraph
        starts.append(len(text))
        text += sentence
    article = Article(doc_id, title=title, text=text, publisher="Wikinews", published=published)
    return Reading(article, starts)


@dataclass
class Happening:
    mentions: frozenset[Mention]
    when: When | None  # the gold date, when the annotators could give one


def read_happenings(folder: Path) -> list[Happening]:
    """Each gold line's mentions; lines of several timelines that name one mention (the same
    word of the same sentence) are one happening (one line per entity followed)."""
    lines: list[tuple[set[str], When | None]] = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            if len(fields) < 3:
                continue
            when = None if "X" in fields[1] else When.from_edtf(fields[1])
            words = set(fields[2:])
            for other in [entry for entry in lines if entry[0] & words]:
                lines.remove(other)
                words |= other[0]
                when = when or other[1]
            lines.append((words, when))
    happenings = []
    for words, when in lines:
        mentions = set()
        for word in words:
            doc, sentence, _token = word.split("-", 2)
            mentions.add((doc, int(sentence)))
        happenings.append(Happening(frozenset(mentions), when))
    return happenings


def mentions_of(event: Event, readings: dict[str, Reading]) -> set[Mention]:
    found = set()
    for source in event.sources:
        reading = readings.get(source.source_id)
        if reading is not None and source.start is not None:
            found.add((source.source_id, reading.sentence_at(source.start)))
    return found


def told(event: Event, happening: Happening, readings: dict[str, Reading]) -> set[str]:
    """The articles through which an event tells a happening: its sources in a sentence of
    a mention, read on a date that meets the gold one (a sentence can tell two happenings,
    "started Apple in 1976, and in 1984 ...")."""
    articles = set()
    for source in event.sources:
        reading = readings.get(source.source_id)
        if reading is None or source.start is None:
            continue
        if (source.source_id, reading.sentence_at(source.start)) not in happening.mentions:
            continue
        when = source.when or event.when
        if happening.when is None or dates_meet(when, happening.when):
            articles.add(source.source_id)
    return articles


def measure(corpus: Path, listing: bool = False) -> dict:
    readings = {}
    extracted: list[Event] = []
    for path in sorted((corpus / "articles").glob("*.tml")):
        reading = read_article(path)
        readings[reading.article.id] = reading
        article = reading.article
        extracted += extract_events(
            article.text, article.published, source_id=article.id, source_name=article.publisher
        )
    articles = {r.article.id: r.article for r in readings.values()}
    copies = find_copies(articles.values())
    result = merge_into([], extracted, articles)
    happenings = read_happenings(corpus / "timelines")

    def docs(happening: Happening) -> set[str]:
        return {doc for doc, _ in happening.mentions}

    multi = [h for h in happenings if len(docs(h)) >= 2]

    def together(happening: Happening) -> bool:
        return any(told(e, happening, readings) == docs(happening) for e in result.events)

    def extractor_found(happening: Happening) -> bool:
        found = set().union(*(told(e, happening, readings) for e in extracted))
        return found == docs(happening)

    in_reach = [h for h in multi if extractor_found(h)]
    joined = [h for h in multi if together(h)]
    gold_events, gathered = 0, 0
    mixed: list[Event] = []
    for event in result.events:
        per_source = []
        for source in event.sources:
            lone = dataclasses.replace(event, sources=(source,))
            per_source.append({n for n, h in enumerate(happenings) if told(lone, h, readings)})
        per_source = [found for found in per_source if found]
        if not per_source:
            continue
        gold_events += 1
        if len(per_source) >= 2:
            gathered += 1
            if not set.intersection(*per_source):
                mixed.append(event)
    if listing:
        for happening in multi:
            if together(happening):
                mark = "JOINED"
            else:
                mark = "apart" if extractor_found(happening) else "extractor missed"
            print(f"{mark:16} {happening.when} {sorted(happening.mentions)}")
        for event in mixed:
            print(f"MIXED {event.title!r}: {sorted(mentions_of(event, readings))}")
    return {
        "articles": len(readings),
        "copies found": len(copies),
        "events extracted": len(extracted),
        "events after gathering": len(result.events),
        "events with several sources": sum(1 for e in result.events if len(e.sources) > 1),
        "happenings told by several articles": len(multi),
        "of which the extractor found in every article": len(in_reach),
        "ended up as one event": len(joined),
        "together (all)": len(joined) / len(multi) if multi else 0.0,
        "together (those the extractor found)": (
            sum(1 for h in in_reach if together(h)) / len(in_reach) if in_reach else 0.0
        ),
        "events holding a gold mention": gold_events,
        "of which with two or more mapped sources": gathered,
        "mixed (two happenings in one event)": len(mixed),
        "mixed share": len(mixed) / gold_events if gold_events else 0.0,
    }


def measure_scale(count: int) -> dict:
    import random
    import time

    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.events import SourceRef

    chance = random.Random(1729)
    vocabulary = [f"w{n}x" for n in range(3000)]
    actors = [f"Actor{n}" for n in range(6)]
    # As dense as a year of busy news (about 27 events a day) whatever the size: what a new
    # event is compared with grows with the events of its days, not with the timeline.
    span = max(30, round(count / 27.4))

    def made_up(n: int) -> Event:
        day = dt.date(2022, 1, 1) + dt.timedelta(days=chance.randrange(span))
        evidence = " ".join(chance.sample(vocabulary, 20))
        return Event(
            f"e{n}",
            " ".join(chance.sample(vocabulary, 5)),
            When(FuzzyDate(day.year, day.month, day.day)),
            actors=(chance.choice(actors),),
            sources=(SourceRef(source_id=f"a{n // 10}", evidence=evidence, start=0, end=1),),
        )

    first = [made_up(n) for n in range(count)]
    started = time.process_time()
    gathered = merge_into([], first, {})
    at_once = time.process_time() - started
    more = [made_up(count + n) for n in range(1000)]
    started = time.process_time()
    merge_into(gathered.events, more, {})
    thousand_more = time.process_time() - started
    # Batch after batch, as ingest gathers them (50 articles of three events): the index
    # built afresh for each batch (merge_into) against one kept across batches (Gatherer).
    batches = [[made_up(2 * count + 150 * b + n) for n in range(150)] for b in range(BATCHES)]
    timeline = gathered.events
    started = time.process_time()
    for batch in batches:
        timeline = merge_into(timeline, batch, {}).events
    afresh = (time.process_time() - started) / BATCHES
    gatherer = Gatherer(gathered.events)
    started = time.process_time()
    for batch in batches:
        gatherer.gather(batch, {})
    kept = (time.process_time() - started) / BATCHES
    assert gatherer.events() == timeline  # the same timeline either way
    return {
        "events": count,
        "gathered at once, s": round(at_once, 2),
        "1000 more into them, s": round(thousand_more, 2),
        "a batch of 150, index built afresh (merge_into), ms": round(1000 * afresh, 1),
        "a batch of 150, index kept (Gatherer), ms": round(1000 * kept, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--list", action="store_true", help="each multi-article happening")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--scale", help="time merge_into on N made-up events (N,N,...)")
    options = parser.parse_args()
    if options.scale:
        for count in options.scale.split(","):
            print(measure_scale(int(count)))
        return
    figures = measure(options.corpus, options.list)
    if options.json:
        print(json.dumps(figures))
        return
    for name, value in figures.items():
        print(f"{name}: {value:.3f}" if isinstance(value, float) else f"{name}: {value}")


if __name__ == "__main__":
    main()
