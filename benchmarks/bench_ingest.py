"""``crisis-timeline ingest`` on an archive of news articles of about 800 words.

python benchmarks/bench_ingest.py [--articles 200] [--rss 100,400] [--json]

The articles are built from the Wikinews timeline trial's articles and TimeBank's news texts
(``../shared/corpora``): each is one story followed by others until it reaches about 800
words, written as ``.txt`` with its ``.json`` of metadata (title, publication date), and the
set is repeated with a different mix of stories to reach the size asked, so every article has
bytes, a text and an id of its own. Each measure runs in a fresh process (so peak memory is
its own) and starts from no document:

- articles/s with the process pool (one worker per core), and with a local Dask cluster of 1
  and 2 single-threaded workers: over the whole run ("run": start-up of the workers and the
  parser included) and after the first article was read ("steady");
- the CPU time per article of the command and of the workers, and the cores the run had
  (CPU time over wall time): on a machine busy with other work, fewer than the workers;
- the per-article work alone on Dask with 1 and 2 workers, once the workers are warm (no
  document: how the work scales when the command's share is left out);
- peak resident memory of the command (the coordinating process) and of its largest worker
  at ``--rss`` sizes: it must not grow with the number of articles beyond the document itself.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPORA = REPO.parent / "shared" / "corpora"
if not CORPORA.is_dir():
    CORPORA = Path("/work/shared/corpora")
WORDS = 800

_TAG = re.compile(r"<[^>]+>")


def _stories() -> list[tuple[str, str, str]]:
    """(title, publication date, text) of every trial article and TimeBank text."""
    found = []
    files = sorted((CORPORA / "wikinews-timelines-trial" / "articles").glob("*.tml"))
    files += sorted((CORPORA / "tempeval3-training" / "TimeBank").glob("*.tml"))
    for path in files:
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if not dct or not body:
            continue
        text = body.group(1).replace("</s>", "\n")
        text = _TAG.sub("", text)
        # The trial's text is tokenised ("Apple Inc. , based in ..."): put it back together.
        text = re.sub(r" ([,.;:!?)'%])", r"\1", text)
        text = re.sub(r"([($]) ", r"\1", text)
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text)]
        text = "\n\n".join(p for p in paragraphs if p)
        title = re.sub(r"^\d+[-_]", "", path.stem).replace("_", " ")
        if len(text.split()) > 60:
            found.append((title, dct.group(1), text))
    return found


def build_archive(folder: Path, count: int) -> float:
    """``count`` articles of about 800 words in ``folder``; returns their mean word count."""
    stories = _stories()
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for number in range(count):
        first = number % len(stories)
        step = 1 + number // len(stories)  # another mix of stories each time round
        title, published, text = stories[first]
        parts, size, other = [], 0, first
        paragraphs = iter(text.split("\n\n"))
        while size < WORDS:
            paragraph = next(paragraphs, None)
            if paragraph is None:  # this story is told: the next one of the mix follows
                other = (other + step) % len(stories)
                paragraphs = iter(stories[other][2].split("\n\n"))
                continue
            length = len(paragraph.split())
            if size + length > WORDS * 1.05:  # a long paragraph: up to the sentence it needs
                sentences = re.split(r"(?<=[.!?]) ", paragraph)
                kept: list[str] = []
                while sentences and size + len(" ".join(kept).split()) < WORDS:
                    kept.append(sentences.pop(0))
                paragraph = " ".join(kept)
                length = len(paragraph.split())
            parts.append(paragraph)
            size += length
        # The same mix may come round again: a line of its own keeps every article distinct
        # (a copy of a story, as wire stories are, and not the same capture twice).
        body = "\n\n".join([*parts, f"(Archive item {number}.)"])
        words += len(body.split())
        name = f"{number:05d}"
        (folder / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        (folder / f"{name}.json").write_text(
            json.dumps({"title": title, "published": published}), encoding="utf-8"
        )
    return words / count


def measure_one(archive: Path, kind: str, workers: int | None) -> dict:
    """One ingest of ``archive`` into a new document, in this process."""
    from timeline_app.core.ingest import Engine, ingest

    first: list[float] = []

    def progress(report) -> None:
        if report.read and not first:
            first.extend((time.monotonic(), report.read))

    with tempfile.TemporaryDirectory() as scratch:
        started = time.monotonic()
        report = ingest(
            [str(archive)],
            Path(scratch) / "bench.ctimeline",
            engine=Engine(kind, workers=workers),
            progress=progress,
        )
        ended = time.monotonic()
    steady = (report.read - first[1]) / (ended - first[0]) if first and ended > first[0] else 0.0
    return {
        "engine": kind,
        "workers": workers or os.cpu_count(),
        "articles": report.read,
        "failed": report.failed,
        "events": report.events_added,
        "seconds": round(ended - started, 2),
        "run articles/s": round(report.read / (ended - started), 2),
        "steady articles/s": round(steady, 2),
        "CPU s per article (command)": round(_cpu(resource.RUSAGE_SELF) / max(1, report.read), 3),
        "CPU s per article (workers)": round(
            _cpu(resource.RUSAGE_CHILDREN) / max(1, report.read), 3
        ),
        # Cores this run had: the CPU time of all its processes over the wall time. Below the
        # number of workers, the machine was busy with other work and the figures are low.
        "cores used": round(
            (_cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)) / (ended - started), 2
        ),
        "peak RSS MiB (command)": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak RSS MiB (largest worker)": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        ),
    }


def measure_work_on_dask(archive: Path, workers: int) -> dict:
    """The per-article work alone (``ingest_one``, no document) on a local Dask cluster whose
    workers have read one article already (the parser loaded): how it scales with workers."""
    from dask.distributed import Client, LocalCluster

    from timeline_app.core.capture import SourceSpec
    from timeline_app.core.ingest import ingest_one

    specs = [SourceSpec(str(p)) for p in sorted(archive.glob("*.txt"))]
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        client.run(ingest_one, specs[0])  # every worker loads the parser
        started = time.monotonic()
        client.gather([client.submit(ingest_one, spec, pure=False) for spec in specs])
        seconds = time.monotonic() - started
    return {
        "engine": "dask, work only",
        "workers": workers,
        "articles": len(specs),
        "seconds": round(seconds, 2),
        "steady articles/s": round(len(specs) / seconds, 2),
    }


def measure_synthetic(count: int, save_every: int) -> dict:
    """The command's share at scale, without capture or extraction: ``count`` made-up
    captured articles of about 800 words (one in ten a wire copy of an earlier one) with
    three made-up events each (about 27 a day, six actors), taken in by the document sink
    as ``ingest`` takes the workers' results: evidence store, copies, gathering, saves."""
    import datetime as dt
    import hashlib
    import itertools
    import random

    from timeline_app.core.dates import FuzzyDate, When
    from timeline_app.core.events import Article, Event, SourceRef
    from timeline_app.core.ingest import IngestReport, _DocumentSink

    words = [f"w{n}" for n in range(20_000)]
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    titles = [f"t{n}x" for n in range(3000)]
    actors = [f"Actor{n}" for n in range(6)]
    span = max(30, round(3 * count / 27.4))

    def text_of(number: int) -> str:
        return " ".join(random.Random(number).choices(words, cum_weights=weights, k=800))

    def result(number: int) -> tuple[Article, bytes, list[Event]]:
        chance = random.Random(-number)
        copied = number >= 100 and number % 10 == 0
        text = text_of(number - 1 - (number * 7) % 90 if copied else number)
        if copied:
            text = f"Headline {number}\n{text}\nReporting by staff {number}."
        raw = text.encode()
        article = Article(
            f"a{number}",
            title=f"Article {number}",
            text=text,
            publisher=f"Outlet {number % 40}",
            published=dt.date(2022, 1, 1) + dt.timedelta(days=number * span // count),
            sha256=hashlib.sha256(raw).hexdigest(),
            size=len(raw),
        )
        events = []
        for n in range(3):
            day = dt.date(2022, 1, 1) + dt.timedelta(days=chance.randrange(span))
            evidence = " ".join(chance.sample(titles, 20))
            events.append(
                Event(
                    f"e{number}-{n}",
                    " ".join(chance.sample(titles, 5)),
                    When(FuzzyDate(day.year, day.month, day.day)),
                    actors=(chance.choice(actors),),
                    sources=(
                        SourceRef(
                            source_id=article.id,
                            name=article.publisher,
                            evidence=evidence,
                            start=n * 200,
                            end=n * 200 + len(evidence),
                        ),
                    ),
                )
            )
        return article, raw, events

    def rss_mib() -> float:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

    report = IngestReport(total=count)
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "bench.ctimeline"
        started = time.process_time()
        sink = _DocumentSink(_new_document(output), output, save_every, report)
        before = rss_mib()
        batches: list[dict] = []
        gathered: list[float] = []
        real_save, real_gather = sink.save, sink.gatherer.gather

        def timed_gather(*args, **kwargs):
            at = time.process_time()
            merged = real_gather(*args, **kwargs)
            gathered.append(time.process_time() - at)
            return merged

        def timed_save() -> None:
            at = time.process_time()
            gathered.append(0.0)
            real_save()
            total = time.process_time() - at
            batches.append(
                {"gather": gathered[-1], "save": total - gathered[-1], "RSS MiB": rss_mib()}
            )

        sink.gatherer.gather = timed_gather  # type: ignore[method-assign]
        sink.save = timed_save  # type: ignore[method-assign]
        for number in range(count):
            sink.add(*result(number))
        sink.finish()
        seconds = time.process_time() - started
        size = output.stat().st_size
    first, last = batches[0], batches[-2] if len(batches) > 1 else batches[0]
    return {
        "engine": "synthetic (no capture or extraction)",
        "articles": count,
        "events": len(sink.document.events),
        "copies marked": report.copies,
        "CPU s": round(seconds, 1),
        "document MiB": round(size / 2**20),
        "document KB per article": round(size / count / 1000, 1),
        "RSS MiB before the first article": round(before),
        "RSS MiB at the end": round(rss_mib()),
        "RSS KiB per article": round((rss_mib() - before) * 1024 / count, 1),
        "peak RSS MiB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "batch of articles": save_every,
        "first batch: gather CPU s": round(first["gather"], 2),
        "last full batch: gather CPU s": round(last["gather"], 2),
        "first batch: save CPU s": round(first["save"], 2),
        "last full batch: save CPU s": round(last["save"], 2),
    }


def _new_document(output: Path):
    from timeline_app.core.document import TimelineDocument

    return TimelineDocument(title=output.stem)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _in_fresh_process(archive: Path, kind: str, workers: int | None) -> dict:
    command = [sys.executable, __file__, "--one", str(archive), kind, str(workers or 0)]
    if kind == "work":
        command[2] = "--work"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rss", default="100,400")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--rss-only", action="store_true", help="only the memory runs at the --rss sizes"
    )
    parser.add_argument(
        "--synthetic",
        help="the command's share alone, on N made-up articles (N,N,...), in batches of "
        "--save-every",
    )
    parser.add_argument("--save-every", type=int, default=1000)
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--work", nargs=3, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.work:
        archive, _kind, workers = options.work
        print(json.dumps(measure_work_on_dask(Path(archive), int(workers))))
        return
    if options.synthetic:
        for count in options.synthetic.split(","):
            command = [sys.executable, __file__, "--one", "-", "synthetic", count]
            command += ["--save-every", str(options.save_every)]
            env = dict(os.environ, PYTHONPATH=str(REPO))
            out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
            print(out.stdout.strip().splitlines()[-1], flush=True)
        return
    if options.one and options.one[1] == "synthetic":
        print(json.dumps(measure_synthetic(int(options.one[2]), options.save_every)))
        return
    if options.one:
        archive, kind, workers = options.one
        print(json.dumps(measure_one(Path(archive), kind, int(workers) or None)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        rss_sizes = sorted(int(n) for n in options.rss.split(","))
        sizes = rss_sizes if options.rss_only else sorted({options.articles, *rss_sizes})
        archives = {}
        for size in sizes:
            archives[size] = Path(scratch) / f"archive-{size}"
            words = build_archive(archives[size], size)
        print(
            f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
            f"articles of {words:.0f} words on average",
            file=sys.stderr,
        )
        runs = [("process", None), ("dask", 1), ("dask", 2), ("work", 1), ("work", 2)]
        for kind, workers in [] if options.rss_only else runs:
            rows.append(_in_fresh_process(archives[options.articles], kind, workers))
            print(rows[-1], file=sys.stderr)
        for size in rss_sizes:
            rows.append(_in_fresh_process(archives[size], "process", None))
            print(rows[-1], file=sys.stderr)
    print(
        f"# load average after: {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )
    if options.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
