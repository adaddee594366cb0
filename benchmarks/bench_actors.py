"""How long finding an article's actors takes, beside the parse it reads.

    python benchmarks/bench_actors.py [--corpus DIR] [--words 1000] [--json]

The article is bench_parser's: the first ``--words`` words of the TimeBank news. Reported:
the finder alone (gazetteer and capitalised runs), the finder given the parse (the
recogniser's names checked too), and what the parse adds to it, as CPU time. Target: the parse's names
add well under 10 ms to a 1,000-word article.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parser import article, run_on_article  # noqa: E402


def best_cpu(runs: int, work) -> float:
    """The least CPU time of ``runs`` calls, in seconds: on a machine shared with other work
    the wall time of a few milliseconds mostly measures the others."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


def measure(corpus: Path, words: int) -> dict[str, float | int]:
    from timeline_app.core.extraction.actors import ActorFinder, load_gazetteer
    from timeline_app.core.parsing import parse

    text = article(corpus, words)
    gazetteer = load_gazetteer()
    doc = parse(text)
    plain_s = best_cpu(25, lambda: ActorFinder(text, gazetteer))
    parsed_s = best_cpu(25, lambda: ActorFinder(text, gazetteer, doc=doc))
    plain = ActorFinder(text, gazetteer)
    parsed = ActorFinder(text, gazetteer, doc=doc)
    return {
        "words": len(text.split()),
        "finder_ms": round(plain_s * 1000, 2),
        "finder_with_parse_ms": round(parsed_s * 1000, 2),
        "added_by_parse_ms": round((parsed_s - plain_s) * 1000, 2),
        "mentions": len(plain.mentions),
        "mentions_with_parse": len(parsed.mentions),
    }


def main() -> None:
    run_on_article("bench_actors", __doc__ or "", measure)


if __name__ == "__main__":
    main()
