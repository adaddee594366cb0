"""Open, import and export timelines of 1,000 to 1,000,000 events (no GUI), and find which of
an article's fifty proposals each timeline already holds (the review's repeats): afresh, as
the review did on every refresh, and over the timeline index the review keeps (built once,
off the GUI thread, then kept up to date by the edits); and regroup a review queue of twenty
waiting articles (sixty candidates, half of them read again from articles the timeline holds)
the same two ways.

python benchmarks/bench_core.py [--sizes 1000,100000,1000000] [--json]
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, run_sizes, timeline_file  # noqa: E402

from timeline_app.core.corroboration import review_plan  # noqa: E402
from timeline_app.core.csv_format import export_csv, import_csv  # noqa: E402
from timeline_app.core.document import load_document, save_document  # noqa: E402
from timeline_app.core.events import Article  # noqa: E402
from timeline_app.core.review import find_duplicates  # noqa: E402
from timeline_app.core.review_queue import QueuedArticle, group_queue  # noqa: E402
from timeline_app.core.timeline_index import TimelineIndex, review_marks  # noqa: E402


def measure(count: int) -> dict[str, float]:
    runs = 3 if count <= 100_000 else 1
    document_path = timeline_file(count)
    csv_path = timeline_file(count, "csv")
    document = load_document(document_path)
    out = Path(tempfile.mkdtemp())
    # An article's worth of proposals, half of them already on the timeline under other ids.
    proposals = [
        dataclasses.replace(e, id=f"proposal-{i}" if i % 2 else e.id)
        for i, e in enumerate(document.events[:: max(1, count // 50)][:50])
    ]
    find_duplicates(proposals[:1], document.events[:1])  # the lemma dictionary loads once
    articles = dict(document.sources)

    def refresh_afresh() -> None:  # what a review refresh did before the kept index
        plan = review_plan(list(document.events), proposals, articles)
        find_duplicates(proposals, document.events, plan.joined)

    # The crisis desk's queue: twenty articles of three candidates each; the even ones read
    # again (the places the timeline holds, new ids), the odd ones new outlets telling them.
    spread = document.events[:: max(1, count // 60)][:60]
    queued = []
    for k in range(20):
        told = spread[3 * k : 3 * k + 3]
        article = Article(f"queued-{k}", publisher=f"Outlet {k}")
        if k % 2:
            told = [
                dataclasses.replace(
                    e,
                    sources=tuple(dataclasses.replace(s, source_id=article.id) for s in e.sources),
                )
                for e in told
            ]
        events = tuple(dataclasses.replace(e, id=f"queued-{k}-{i}") for i, e in enumerate(told))
        queued.append(QueuedArticle(article, events))

    figures: dict[str, float] = {}
    if count <= 100_000:  # a million would add a minute to run_all for the same story
        index = TimelineIndex(document)
        figures = {
            "review_refresh_afresh_s": best_of(runs, refresh_afresh),
            "timeline_index_s": best_of(1, lambda: TimelineIndex(document)),
            "review_refresh_kept_s": best_of(
                runs, lambda: review_marks(index, proposals, articles)
            ),
            "queue_regroup_afresh_s": best_of(
                runs, lambda: group_queue(queued, document.events, articles)
            ),
            "queue_regroup_kept_s": best_of(runs, lambda: group_queue(queued, index, articles)),
        }
    return {
        "events": count,
        "open_document_s": best_of(runs, lambda: load_document(document_path)),
        "save_document_s": best_of(runs, lambda: save_document(document, out / "x.ctimeline")),
        "import_csv_s": best_of(runs, lambda: import_csv(csv_path)),
        "export_csv_s": best_of(runs, lambda: export_csv(document.events, out / "x.csv")),
        "find_repeats_s": best_of(runs, lambda: find_duplicates(proposals, document.events)),
        **figures,
    }


def main() -> None:
    run_sizes(measure, digits=3)


if __name__ == "__main__":
    main()
