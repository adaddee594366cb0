"""How fast the shipped parser loads and reads a news article, how long the whole
extraction of that article takes with it, and the model's size on disk.

    python benchmarks/bench_parser.py [--corpus DIR] [--words 1000] [--json]

The article is the first ``--words`` words of the TimeBank documents put end to end (real
news, about a 1,000-word report by default). Targets: loading <= 1 s, a 1,000-word article
<= 0.3 s once loaded. Import of spaCy itself is reported apart, since Python pays it once
for the process whoever loads the model.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, best_of  # noqa: E402

CORPUS_CANDIDATES = [
    REPO.parent / "shared" / "corpora" / "tempeval3-training",
    Path("/work/shared/corpora/tempeval3-training"),
]


def article(corpus: Path, words: int) -> str:
    """The first ``words`` words of the corpus's TimeBank news, paragraph by paragraph."""
    from timeline_app.core.timex import read_timeml

    paragraphs: list[str] = []
    count = 0
    for path in sorted((corpus / "TimeBank").glob("*.tml")):
        text = read_timeml(path.read_text(encoding="utf-8"), path.name).text
        for paragraph in text.split("\n"):
            tokens = paragraph.split()
            if not tokens:
                continue
            paragraphs.append(" ".join(tokens[: words - count]))
            count += min(len(tokens), words - count)
            if count >= words:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def measure(corpus: Path, words: int) -> dict[str, float | int]:
    started = time.perf_counter()
    import spacy  # noqa: F401

    import_s = time.perf_counter() - started

    from timeline_app.core import parsing

    started = time.perf_counter()
    nlp = parsing._load(parsing.MODEL_DIR)
    load_s = time.perf_counter() - started
    text = article(corpus, words)
    nlp(text)  # the first call allocates the parser's buffers
    parse_s = best_of(5, lambda: nlp(text))
    from timeline_app.core.extraction import extract_events

    published = dt.date(1998, 3, 1)
    extract_events(text, published)  # loads the gazetteer and the word lists once
    extract_s = best_of(5, lambda: extract_events(text, published))
    size = sum(p.stat().st_size for p in parsing.MODEL_DIR.rglob("*") if p.is_file())
    return {
        "import_spacy_s": round(import_s, 3),
        "load_s": round(load_s, 3),
        "words": len(text.split()),
        "parse_s": round(parse_s, 3),
        "words_per_s": round(len(text.split()) / parse_s),
        "extract_s": round(extract_s, 3),
        "model_mib": round(size / 2**20, 1),
    }


def run_on_article(name: str, doc: str, measure_with: Callable[[Path, int], dict]) -> None:
    """The command line of a benchmark on bench_parser's article: --corpus, --words, --json."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    corpus = options.corpus or next((c for c in CORPUS_CANDIDATES if c.is_dir()), None)
    if corpus is None:
        sys.exit(f"{name}: no TempEval-3 corpus found; give it with --corpus")
    result = measure_with(corpus, options.words)
    if options.json:
        print(json.dumps(result))
        return
    print(", ".join(f"{k} {v}" for k, v in result.items()))


def main() -> None:
    run_on_article("bench_parser", __doc__ or "", measure)


if __name__ == "__main__":
    main()
