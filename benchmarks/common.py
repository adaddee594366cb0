"""Shared helpers of the benchmarks: timing, memory, and cached synthetic timelines."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CACHE = Path("/tmp/crisis-timeline-bench")


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The best wall time of ``runs`` calls, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def run_sizes(measure: Callable[[int], dict], digits: int = 3) -> None:
    """The command line of a benchmark measured per timeline size: ``--sizes``, ``--json``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    results = [measure(int(n)) for n in options.sizes.split(",")]
    if options.json:
        print(json.dumps(results))
        return
    for row in results:
        print(
            ", ".join(
                f"{k} {v:.{digits}f}" if isinstance(v, float) else f"{k} {v:,}"
                for k, v in row.items()
            )
        )


def timeline_file(count: int, kind: str = "ctimeline") -> Path:
    """A synthetic timeline of ``count`` events as a document or CSV, generated once."""
    from generate_timeline import generate

    from timeline_app.core.document import load_document, save_document

    CACHE.mkdir(parents=True, exist_ok=True)
    document_path = CACHE / f"events-{count}.ctimeline"
    if not document_path.exists():
        save_document(generate(count), document_path)
    if kind == "ctimeline":
        return document_path
    csv_path = CACHE / f"events-{count}.csv"
    if not csv_path.exists():
        from timeline_app.core.csv_format import export_csv

        export_csv(load_document(document_path).events, csv_path)
    return csv_path
