"""How often the head of a news text gives its publication date, and whether it is right.

Reads each TimeML document's plain text (its creation date, DCT, is the answer) and counts
what ``article_head.publication_date_in_text`` finds: nothing, a whole date (right or wrong),
or a day without its year (on the DCT's day, the day before, or another). A wrong whole date
is the failure that matters: it would be used without a question.

    python benchmarks/publication_date_score.py [--corpus DIR] [--list]
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

from timeline_app.core.article_head import publication_date_in_text
from timeline_app.core.timex import read_timeml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "tempeval3-training"


def as_written(timeml: str) -> str:
    """The document as its lines were written: a tokenized corpus (the Wikinews timelines)
    keeps each sentence in an <s> element, with a space before each comma."""
    return timeml.replace("</s>", "</s>\n").replace(" , ", ", ")


def verdict(found: dt.date, year_assumed: bool, dct: dt.date) -> str:
    if not year_assumed:
        return "whole date, right" if found == dct else "whole date, WRONG"
    day = (found.month, found.day)
    if day == (dct.month, dct.day):
        return "day without year, the DCT's day"
    before = dct - dt.timedelta(days=1)
    if day == (before.month, before.day):
        return "day without year, the day before the DCT"
    return "day without year, another day"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--list", action="store_true", help="name each document and its find")
    options = parser.parse_args()
    counts: Counter[str] = Counter()
    paths = sorted(options.corpus.rglob("*.tml"))
    for path in paths:
        doc = read_timeml(as_written(path.read_text(encoding="utf-8")), path.name)
        found = publication_date_in_text(doc.text)
        if found is None or doc.dct is None:
            counts["nothing found" if found is None else "no DCT to compare"] += 1
            continue
        result = verdict(found.date, found.year_assumed, doc.dct)
        counts[result] += 1
        if options.list:
            print(f"{path.name}: {result} ({found.origin}; DCT {doc.dct})")
    print(f"{len(paths)} documents")
    for name, number in sorted(counts.items()):
        print(f"  {name}: {number}")


if __name__ == "__main__":
    main()
