"""How long hostile input takes to read, tag and extract, against "no input over 2 s per 10 KB".

python benchmarks/hostile_speed.py [--inputs a,b,...] [--steps read,tag,extract]
                                   [--limit 300] [--quick] [--json]

Each input is made here (nothing is downloaded), written to a file and taken through the app's
three steps, each in a fresh process so that one step's memory does not weigh on the next and
a step that runs away is stopped after ``--limit`` seconds:

- read: the file as the window and ``extract`` read it (``read_article_file``: the bounded
  read, the charset, HTML to text, the title and the date from the article's head);
- tag: the date tagger over the text read (``timex.tag``);
- extract: the events of that text (``extract_events``).

Each row gives the input's size, the wall and CPU seconds of the step, the CPU seconds per
10 KB of input and its peak memory; the last lines name the worst case per 10 KB among the
inputs of 10 KB and more (for the smaller pages a fixed start-up cost dominates) and whether
every step kept to the target. ``--quick`` leaves out the 30 MB inputs (minutes to tag and
extract).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PUBLISHED = dt.date(2022, 3, 10)
TARGET = 2.0  # seconds per 10 KB
KB10 = 10 * 1024
MONTHS = "January February March April May June July August September October November December"
TOWNS = "Kyiv Lviv Odesa Kharkiv Dnipro Mariupol Kherson Sumy Poltava Chernihiv Izium Bakhmut"
STORY = (
    "Talks between the two governments began on 3 March 2022 in the capital, officials said. "
    "Russian troops arrived in Belarus on Monday for exercises, the ministry said on Tuesday. "
    "A week ago the United Kingdom began supplying anti-tank weapons to Ukraine. "
    "The ceasefire announced in 2015 has been broken hundreds of times since. "
)


def _dates(count: int) -> str:
    """A run-on sentence naming ``count`` dates, about 50 bytes each, with no full stop."""
    months, towns = MONTHS.split(), TOWNS.split()
    clauses = [
        f"troops moved to {towns[n % len(towns)]} on {n % 28 + 1} {months[n % 12]} 2022"
        for n in range(count)
    ]
    return "The army said that " + ", and then ".join(clauses) + "\n"


def _html(body: str) -> bytes:
    return f"<html><head><title>Report</title></head><body>{body}</body></html>".encode()


def _story_text(size: int) -> str:
    return "Report\n\n" + STORY * (size // len(STORY))


def _story_page(size: int) -> bytes:
    paragraph = f"<p>{STORY.strip()} <b>More</b> follows.</p>\n"
    return _html("<article>" + paragraph * (size // len(paragraph)) + "</article>")


def _feed(items: str, declarations: str = "") -> bytes:
    doctype = f"<!DOCTYPE rss [{declarations}]>" if declarations else ""
    head = f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>Desk</title>'
    return (head + items + "</channel></rss>").encode()


def _laughs(levels: int) -> str:
    """Entity declarations each holding ten of the one before ("billion laughs")."""
    names = ["lol"] + [f"lol{level}" for level in range(1, levels + 1)]
    return '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY {name} "{("&" + before + ";") * 10}">'
        for before, name in zip(names, names[1:], strict=False)
    )


_ITEM = "<item><title>{}</title><link>https://news.example/a</link></item>"


# name -> (file suffix, the input as bytes)
INPUTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "html-stray-end-tags-720k": (
        ".html",
        lambda: _html("<p>Talks began on 3 March 2022.</p>" + "<b>x" * 60_000 + "</i>" * 120_000),
    ),
    "html-unclosed-a-120k": (
        ".html",
        lambda: _html("<p>Talks began on 3 March 2022.</p>" + "<a " * 40_000),
    ),
    "html-deep-1000": (  # just under the nesting limit: read, not refused
        ".html",
        lambda: _html("<div>" * 1000 + "<p>Talks began on 3 March 2022.</p>" + "</div>" * 1000),
    ),
    "html-deep-100k": (".html", lambda: _html("<div>" * 100_000 + "Talks began.")),
    "html-stray-end-tags-only-1m": (".html", lambda: _html("<p>Talks.</p>" + "</b>" * 250_000)),
    "html-unclosed-quotes-100k": (
        ".html",
        lambda: _html("<p>Talks began.</p>" + "<p title=\"x '" * 8_000),
    ),
    "run-on-400-dates": (".txt", lambda: _dates(400).encode()),
    "run-on-800-dates": (".txt", lambda: _dates(800).encode()),
    "digits-10k": (".txt", lambda: b"1234567890" * (KB10 // 10)),
    "digits-with-commas-10k": (".txt", lambda: b"2,500 " * (KB10 // 6)),
    "the-the-10k": (".txt", lambda: b"the " * (KB10 // 4)),
    "quotes-and-brackets-10k": (".txt", lambda: b"\"( [ { ' \xe2\x80\x9c " * (KB10 // 16)),
    "line-without-spaces-10k": (".txt", lambda: b"Talks-began-on-3-March-2022-" * (KB10 // 28)),
    "line-without-spaces-1m": (".txt", lambda: b"x" * (1 << 20)),
    "dates-only-10k": (".txt", lambda: b"3 March 2022, " * (KB10 // 14)),
    "weekdays-10k": (".txt", lambda: b"Monday Tuesday last Friday next week " * (KB10 // 37)),
    "years-ago-10k": (".txt", lambda: b"2,775 years ago 10000 years from now " * (KB10 // 37)),
    "blank-kinds-10k": (".txt", lambda: "the\u00a0current\r\nfiscal\tyear\u2028 ".encode() * 300),
    # Runs with no space: spaCy's tokenizer took each run's affixes off one at a time
    "quote-marks-no-space-10k": (".txt", lambda: b'"' * KB10),
    "at-signs-no-space-10k": (".txt", lambda: b"a@b." * (KB10 // 4)),
    "combining-accents-10k": (".txt", lambda: "e\u0301".encode() * (KB10 // 3)),
    # An opening quotation mark never closed, each one searched to the line's end
    "curly-quotes-unclosed-100k": (".txt", lambda: "\u201c".encode() * (10 * KB10 // 3)),
    # Capitals without a company's suffix, each searched to the end of the capitals
    "capitals-no-suffix-30k": (".txt", lambda: b"HARBOUR " * (3 * KB10 // 8)),
    # Dated lines without full stops: one long sentence, and the same head word in each line
    "dated-lines-no-stops-10k": (
        ".txt",
        lambda: "\u2022 Ferries sailed on 3 March 2022\n".encode() * (KB10 // 36),
    ),
    # The same, each line opening on a dash and its date, and one run-on line of verbs
    "dashed-dated-lines-no-stops-10k": (
        ".txt",
        lambda: b"- 3 March: troops cross the river\n" * (KB10 // 34),
    ),
    "run-on-verbs-10k": (".txt", lambda: b"ferries sailed on 3 March 2022 " * (KB10 // 31)),
    # Feeds and CSV files are only read (they hold no article to tag)
    "feed-600k": (".rss", lambda: _feed(_ITEM.format("Talks resume") * 8_700)),
    "feed-billion-laughs-600k": (
        ".rss",
        lambda: _feed(_ITEM.format("&lol9;") * 8_700, _laughs(9)),
    ),
    "csv-row-of-100k-commas": (".csv", lambda: b"title,start\n" + b"," * 100_000 + b"\n"),
    "csv-header-of-100k-commas": (".csv", lambda: b"title,start" + b"," * 100_000 + b"\nA,2020\n"),
    "story-1m": (".txt", lambda: _story_text(1_000_000).encode()),  # the extractor's limit
    "story-1m-paragraphs": (  # the same, a paragraph to each sentence
        ".txt",
        lambda: _story_text(950_000).replace(". ", ".\n\n").encode(),
    ),
    "story-30m": (".txt", lambda: _story_text(30_000_000).encode()),
    "page-30m": (".html", lambda: _story_page(30_000_000)),
}
LARGE = {"story-30m", "page-30m"}
STEPS = ("read", "tag", "extract")
READ_ONLY = (".rss", ".csv")  # suffixes of the inputs that are only read


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def child(name: str, step: str, folder: Path) -> dict:
    """Run one step on one input in this process; what it took."""
    from timeline_app.core.article_files import ArticleError
    from timeline_app.core.article_reading import read_article_file

    refusals: tuple[type[Exception], ...] = (ArticleError,)
    suffix, make = INPUTS[name]
    path = folder / f"{name}{suffix}"
    path.write_bytes(make())
    size = path.stat().st_size
    text = ""

    def read() -> str:
        return read_article_file(path, PUBLISHED).article.text

    if suffix in READ_ONLY:
        return _read_only(name, path, size)

    if step != "read":
        try:
            text = read()  # not timed: the step measured is the one after it
        except ArticleError:
            text = ""  # refused: there is nothing to tag or extract
        if step == "tag":
            from timeline_app.core.timex import tag

            tag("warm up on 3 March 2022", PUBLISHED)  # imports and tables, once
        else:
            from timeline_app.core.extraction import ArticleTooLongError, extract_events

            refusals = (ArticleError, ArticleTooLongError)
            extract_events("Talks began on 3 March 2022.", PUBLISHED)  # model and lexicons
    started, cpu = time.perf_counter(), time.process_time()
    try:
        if step == "read":
            text = read()
            outcome = f"{len(text):,} characters of text"
        elif step == "tag":
            outcome = f"{len(tag(text, PUBLISHED)):,} date expressions"
        else:
            outcome = f"{len(extract_events(text, PUBLISHED)):,} events"
    except refusals as refused:
        outcome = f"refused: {refused}"
    return {
        "input": name,
        "step": step,
        "bytes": size,
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "peak_mb": _peak_mb(),
        "outcome": outcome,
    }


def _read_only(name: str, path: Path, size: int) -> dict:
    """Read a feed (``read_feed``) or a CSV file (``import_csv``) as the window does."""
    from timeline_app.core.capture_error import CaptureError
    from timeline_app.core.csv_format import CsvError, import_csv
    from timeline_app.core.feed_entries import read_feed

    started, cpu = time.perf_counter(), time.process_time()
    try:
        if path.suffix == ".rss":
            outcome = f"{len(read_feed(path.read_bytes(), path.name)):,} entries"
        else:
            result = import_csv(path)
            outcome = f"{len(result.events):,} events, {len(result.problems):,} problems"
    except (CaptureError, CsvError) as refused:
        outcome = f"refused: {str(refused)[:70]}"
    return {
        "input": name,
        "step": "read",
        "bytes": size,
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "peak_mb": _peak_mb(),
        "outcome": outcome,
    }


def measure(name: str, step: str, limit: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
        command = [sys.executable, __file__, "--child", name, step, folder]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=limit, cwd=REPO)
        except subprocess.TimeoutExpired:
            suffix, make = INPUTS[name]
            return {
                "input": name,
                "step": step,
                "bytes": len(make()),
                "seconds": None,
                "cpu": None,
                "peak_mb": None,
                "outcome": f"stopped after {limit:.0f} s",
            }
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise SystemExit(f"{name} {step} failed: {last}")
    return json.loads(done.stdout)


def per_10kb(row: dict) -> float | None:
    return None if row["cpu"] is None else row["cpu"] / max(row["bytes"], KB10) * KB10


def report(rows: list[dict], limit: float) -> str:
    lines = [
        f"{'input':30} {'step':8} {'size':>12} {'wall s':>8} {'cpu s':>8} {'s/10KB':>8} "
        f"{'peak MB':>8}  outcome"
    ]
    for row in rows:
        seconds = "-" if row["seconds"] is None else f"{row['seconds']:.2f}"
        cpu = "-" if row["cpu"] is None else f"{row['cpu']:.2f}"
        rate = per_10kb(row)
        peak = "-" if row["peak_mb"] is None else f"{row['peak_mb']:.0f}"
        lines.append(
            f"{row['input']:30} {row['step']:8} {row['bytes']:>12,} {seconds:>8} {cpu:>8} "
            f"{'-' if rate is None else f'{rate:.3f}':>8} {peak:>8}  {row['outcome']}"
        )
    stopped = [row for row in rows if row["cpu"] is None]
    measured = [row for row in rows if row["cpu"] is not None]
    if measured:
        worst = max(measured, key=lambda row: per_10kb(row) or 0.0)
        lines.append(
            f"worst per 10 KB: {worst['input']} {worst['step']}, {per_10kb(worst):.3f} s "
            f"(target {TARGET:.0f} s)"
        )
        slowest = max(measured, key=lambda row: row["seconds"])
        lines.append(
            f"slowest step: {slowest['input']} {slowest['step']}, {slowest['seconds']:.1f} s"
        )
    over = [row for row in measured if (per_10kb(row) or 0.0) > TARGET]
    if over or stopped:
        names = ", ".join(f"{row['input']} {row['step']}" for row in over + stopped)
        lines.append(f"over the target: {names}")
    else:
        lines.append(f"every step under {TARGET:.0f} s per 10 KB")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], Path(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", help="comma-separated names (default: all)")
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--limit", type=float, default=300.0, help="seconds per step")
    parser.add_argument("--quick", action="store_true", help="leave out the 30 MB inputs")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    names = options.inputs.split(",") if options.inputs else list(INPUTS)
    unknown = [name for name in names if name not in INPUTS]
    if unknown:
        parser.error(f"no such input: {', '.join(unknown)} (known: {', '.join(INPUTS)})")
    if options.quick:
        names = [name for name in names if name not in LARGE]
    rows = []
    for name in names:
        for step in options.steps.split(","):
            if INPUTS[name][0] in READ_ONLY and step != "read":
                continue
            rows.append(measure(name, step, options.limit))
            if not options.json:
                print(report(rows[-1:], options.limit).splitlines()[1], flush=True)
    if options.json:
        print(json.dumps(rows))
    else:
        print()
        print(report(rows, options.limit))


if __name__ == "__main__":
    main()
