"""Realistic synthetic timelines for benchmarks: N events over decades, in bursts like crises.

    python benchmarks/generate_timeline.py 100000 -o /tmp/big.ctimeline [--csv /tmp/big.csv]

Events cluster in bursts (a crisis flares for weeks, then calms), titles have the length of
real headlines, about 5% are ranges (some still ongoing), and precisions are mixed (mostly
days, some months and years, a few times of day), like an archive of news or an event database.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline_app.core.dates import FuzzyDate, When, datetime_of, ordinal_of  # noqa: E402
from timeline_app.core.document import TimelineDocument, save_document  # noqa: E402
from timeline_app.core.events import Attribution, Event, Origin, SourceRef  # noqa: E402

ACTORS = [
    "Russia",
    "Ukraine",
    "United States",
    "United Kingdom",
    "NATO",
    "European Union",
    "Belarus",
    "Poland",
    "Germany",
    "France",
    "China",
    "Turkey",
    "United Nations",
    "Canada",
    "Moldova",
    "Georgia",
    "Iran",
    "Israel",
    "Syria",
    "Kazakhstan",
]
VERBS = [
    "deploys troops to",
    "sanctions",
    "holds talks with",
    "accuses",
    "shells positions near",
    "sends aid to",
    "signs agreement with",
    "warns",
    "expels diplomats from",
    "announces exercises near",
    "supplies weapons to",
    "condemns",
    "meets officials of",
    "closes border with",
    "offers mediation between",
    "reports attack on",
]
PLACES = [
    "Kyiv",
    "Kharkiv",
    "Donetsk",
    "Luhansk",
    "Crimea",
    "Minsk",
    "Geneva",
    "Brussels",
    "Moscow",
    "Odesa",
    "Mariupol",
    "Warsaw",
    "Vienna",
    "the Black Sea",
    "the border",
]
CATEGORIES = ["military", "diplomacy", "politics", "humanitarian", "economy"]


def generate(count: int, seed: int = 2022, first_year: int = 1990, last_year: int = 2025):
    rng = random.Random(seed)
    lo = ordinal_of(FuzzyDate(first_year).first_moment())
    hi = ordinal_of(FuzzyDate(last_year, 12, 31).first_moment())
    bursts = [(rng.uniform(lo, hi), rng.expovariate(1 / 20)) for _ in range(max(1, count // 400))]
    events = []
    for number in range(count):
        centre, spread = rng.choice(bursts)
        day = min(max(rng.gauss(centre, spread + 1), lo), hi)
        moment = datetime_of(day)
        roll = rng.random()
        if roll < 0.08:
            start = FuzzyDate(moment.year)
        elif roll < 0.25:
            start = FuzzyDate(moment.year, moment.month)
        elif roll < 0.30:
            start = FuzzyDate(moment.year, moment.month, moment.day, moment.hour, moment.minute)
        else:
            start = FuzzyDate(
                moment.year,
                moment.month,
                moment.day,
                approximate=rng.random() < 0.05,
                uncertain=rng.random() < 0.03,
            )
        if rng.random() < 0.05:
            if rng.random() < 0.3:
                when = When(start, ongoing=True)
            else:
                end = datetime_of(min(start.end_ordinal + rng.expovariate(1 / 60), hi))
                when = When(start, FuzzyDate(end.year, end.month, end.day))
        else:
            when = When(start)
        actor, other = rng.sample(ACTORS, 2)
        title = f"{actor} {rng.choice(VERBS)} {other}"
        if rng.random() < 0.5:
            title += f" in {rng.choice(PLACES)}"
        evidence = f"{title}, officials said on {start.describe()}."
        events.append(
            Event(
                id=f"g{number:07d}",
                title=title,
                when=when,
                description=evidence,
                category=rng.choice(CATEGORIES),
                actors=(actor, other),
                location=rng.choice(PLACES),
                sources=(
                    SourceRef(
                        name="Synthetic wire",
                        evidence=evidence,
                        attribution=rng.choice(list(Attribution)),
                    ),
                ),
                origin=Origin.EXTRACTED,
            )
        )
    return TimelineDocument(f"Synthetic crisis, {count:,} events", events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", required=True, help="the .ctimeline to write")
    parser.add_argument("--csv", help="also write the events as CSV here")
    parser.add_argument("--seed", type=int, default=2022)
    options = parser.parse_args()
    started = time.perf_counter()
    document = generate(options.count, options.seed)
    save_document(document, options.output)
    if options.csv:
        from timeline_app.core.csv_format import export_csv

        export_csv(document.events, options.csv)
    print(
        f"{options.count:,} events written in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
