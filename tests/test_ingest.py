"""``crisis-timeline ingest``: many articles into one document, on a process pool or Dask,
resumed after a kill without reading any article twice."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from timeline_app.core.document import document_to_bytes, load_document
from timeline_app.core.evidence_store import EvidenceStore, evidence_folder_for
from timeline_app.core.ingest import CopyIndex, Engine, Gatherer, IngestError, ingest

ROOT = Path(__file__).resolve().parents[1]

TOWNS = [
    "Rotterdam",
    "Antwerp",
    "Hamburg",
    "Gdansk",
    "Genoa",
    "Valencia",
    "Piraeus",
    "Marseille",
    "Bilbao",
    "Lisbon",
    "Tallinn",
    "Riga",
    "Malmo",
    "Aarhus",
    "Bergen",
    "Cork",
    "Dover",
    "Brest",
    "Nantes",
    "Trieste",
    "Split",
    "Varna",
    "Constanta",
    "Oulu",
    "Turku",
    "Kiel",
    "Bremen",
    "Leith",
    "Hull",
    "Porto",
]
STORIES = (
    "{Town} council approved a new budget on Tuesday after a six-hour debate, raising spending "
    "on schools by {n} percent. The mayor said the vote ended a dispute that began in {year}.",
    "A storm closed {Town} airport on Sunday, stranding {n} hundred travellers overnight. "
    "Flights resumed on Monday morning, the operator said.",
    "Police in {Town} arrested {n} people on Wednesday after a protest against a planned "
    "motorway turned violent. The protest organisers denied that they had planned any "
    "violence.",
)


def write_article(folder: Path, number: int, *, published: dt.date | None = None) -> Path:
    """A short news report of its own: a town, a day, one of a few kinds of happening."""
    town = TOWNS[number % len(TOWNS)]
    day = published or dt.date(2023, 3, 1) + dt.timedelta(days=number)
    body = STORIES[number % len(STORIES)].format(Town=town, n=number + 2, year=2000 + number)
    dateline = f"{town.upper()}, {day.day} {day:%B} {day.year} - " if published is None else ""
    path = folder / f"{number:03d}-{town.lower()}.txt"
    path.write_text(f"News from {town}\n\n{dateline}{body}\n", encoding="utf-8")
    return path


def make_archive(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        write_article(folder, number)
    return folder


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(),
        cwd=ROOT,
    )


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def sources_by_file(document) -> dict[str, int]:
    """How many times each file is a source of the document."""
    counts: dict[str, int] = {}
    for article in document.sources.values():
        name = Path(article.requested_url).name
        counts[name] = counts.get(name, 0) + 1
    return counts


def test_a_folder_is_read_into_a_document_with_its_evidence(tmp_path):
    archive = make_archive(tmp_path / "archive", 6)
    output = tmp_path / "desk.ctimeline"
    report = ingest([str(archive)], output, engine=Engine(workers=2), save_every=4)
    assert (report.total, report.read, report.skipped, report.failed) == (6, 6, 0, 0)
    document = load_document(output)
    assert sorted(sources_by_file(document)) == sorted(p.name for p in archive.iterdir())
    store = EvidenceStore(evidence_folder_for(output))
    for article in document.sources.values():
        raw = (archive / Path(article.requested_url).name).read_bytes()
        assert article.sha256 == hashlib.sha256(raw).hexdigest()
        assert store.read(article.sha256) == raw
        assert article.published is not None
    # Every event names an article of the document, and every article gave events.
    cited = {s.source_id for e in document.events for s in e.sources}
    assert cited == set(document.sources)
    assert report.events_added == len(document.events)


def test_a_second_run_reads_nothing_twice(tmp_path):
    archive = make_archive(tmp_path / "archive", 3)
    output = tmp_path / "desk.ctimeline"
    ingest([str(archive)], output, engine=Engine(workers=1))
    before = output.read_bytes()
    write_article(archive, 3)
    report = ingest([str(archive)], output, engine=Engine(workers=1))
    assert (report.read, report.skipped) == (1, 3)
    document = load_document(output)
    assert set(sources_by_file(document).values()) == {1}
    assert len(document.sources) == 4
    assert before != output.read_bytes()


def test_an_article_without_a_date_is_reported_and_the_rest_read(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    write_article(archive, 0)
    undated = write_article(archive, 1, published=dt.date(2023, 3, 2))  # no dateline
    lines: list[str] = []
    report = ingest(
        [str(archive)], tmp_path / "desk.ctimeline", engine=Engine(workers=1), say=lines.append
    )
    assert (report.read, report.failed) == (1, 1)
    assert lines == [
        f"{undated}: its publication date is unknown; give --published-fallback YYYY-MM-DD"
    ]
    report = ingest(
        [str(archive)],
        tmp_path / "desk.ctimeline",
        engine=Engine(workers=1),
        published_fallback=dt.date(2023, 3, 2),
    )
    assert (report.read, report.skipped, report.failed) == (1, 1, 0)
    document = load_document(tmp_path / "desk.ctimeline")
    assert {a.published for a in document.sources.values()} == {
        dt.date(2023, 3, 1),
        dt.date(2023, 3, 2),
    }


def test_one_story_at_two_addresses_is_two_sources(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    first = write_article(archive, 0)
    (archive / "copy.txt").write_bytes(first.read_bytes() + b"\n")  # other bytes, same text
    ingest([str(archive)], tmp_path / "desk.ctimeline", engine=Engine(workers=1))
    document = load_document(tmp_path / "desk.ctimeline")
    assert len(document.sources) == 2
    assert len({a.sha256 for a in document.sources.values()}) == 2
    cited = {s.source_id for e in document.events for s in e.sources}
    assert cited == set(document.sources)


def test_wire_copies_are_marked_as_copies(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    story = (
        "GENEVA, 3 May 2023 (Wire) - Negotiators from both governments agreed on Wednesday to a "
        "ceasefire along the northern border, to begin at midnight on Friday, officials said. "
        "Observers from the United Nations will monitor the line from next week, and a second "
        "round of talks on the exchange of prisoners is planned for June in Vienna."
    )
    (archive / "a-wire.txt").write_text(f"Ceasefire agreed\n\n{story}\n")
    (archive / "b-paper.txt").write_text(
        f"Truce deal struck in Geneva\n\n{story}\nReporting by staff.\n"
    )
    report = ingest([str(archive)], tmp_path / "desk.ctimeline", engine=Engine(workers=1))
    assert report.copies == 1
    document = load_document(tmp_path / "desk.ctimeline")
    by_name = {Path(a.requested_url).name: a for a in document.sources.values()}
    assert by_name["b-paper.txt"].copy_of == by_name["a-wire.txt"].id
    assert by_name["a-wire.txt"].copy_of == ""


def test_a_copy_read_in_a_later_run_is_marked_and_an_earlier_original_takes_over(tmp_path):
    story = (
        "GENEVA (Wire) - Negotiators from both governments agreed on Wednesday to a ceasefire "
        "along the northern border, to begin at midnight on Friday, officials said. Observers "
        "from the United Nations will monitor the line from next week, and a second round of "
        "talks on the exchange of prisoners is planned for June in Vienna. The two "
        "delegations first met in Geneva on 1 May 2023."
    )
    desk = tmp_path / "desk.ctimeline"

    def run(name: str, title: str, published: str, extra: str = "") -> None:
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text(f"{title}\n\n{story}\n{extra}")
        (folder / f"{name}.json").write_text(json.dumps({"title": title, "published": published}))
        ingest([str(folder)], desk, engine=Engine(workers=1))

    run("paper", "Truce deal struck in Geneva", "2023-05-04", "Reporting by staff.\n")
    # The next day's run brings a copy of the paper's story; the one after, the wire's own
    # text, published before both.
    run("site", "Ceasefire agreed", "2023-05-05", "More to follow.\n")
    document = load_document(desk)
    by_name = {Path(a.requested_url).name: a for a in document.sources.values()}
    assert by_name["site.txt"].copy_of == by_name["paper.txt"].id
    run("wire", "Ceasefire agreed", "2023-05-03")
    document = load_document(desk)
    by_name = {Path(a.requested_url).name: a for a in document.sources.values()}
    wire = by_name["wire.txt"].id
    assert by_name["wire.txt"].copy_of == ""
    assert by_name["paper.txt"].copy_of == wire
    assert by_name["site.txt"].copy_of in (wire, by_name["paper.txt"].id)
    # Three outlets, one story: every event they tell counts one independent source.
    told = [e for e in document.events if len(e.sources) == 3]
    assert told
    assert all("2 independent" not in e.confidence_note for e in told)
    assert all(e.confidence_note.startswith("a single source") for e in told)


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>
<link>{base}/</link>{items}</channel></rss>"""
ITEM = "<item><title>{title}</title><link>{base}/story/{n}</link><pubDate>{date}</pubDate></item>"


def page_of(path: Path) -> bytes:
    title, _, body = path.read_text().partition("\n\n")
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>{title}</h1><p>{body}</p></article><footer>© Harbour</footer></body></html>"
    ).encode()


def test_a_feed_from_a_web_server_is_read(local_web, tmp_path):
    archive = make_archive(tmp_path / "archive", 3)
    base = local_web.url("")
    items = ""
    for n, path in enumerate(sorted(archive.iterdir())):
        local_web.add(f"/story/{n}", page_of(path))
        items += ITEM.format(title=path.stem, base=base, n=n, date="Wed, 01 Mar 2023 10:00:00 GMT")
    feed = local_web.add(
        "/feed.rss", RSS.format(base=base, items=items).encode(), content_type="application/rss+xml"
    )
    output = tmp_path / "desk.ctimeline"
    report = ingest([feed], output, engine=Engine(workers=2))
    assert (report.total, report.read, report.failed) == (3, 3, 0)
    document = load_document(output)
    assert sorted(a.url for a in document.sources.values()) == [
        local_web.url(f"/story/{n}") for n in range(3)
    ]
    assert all("Home | World" not in a.text for a in document.sources.values())
    # Read again: the addresses it already holds are not even fetched.
    asked = len(local_web.requests)
    report = ingest([feed], output, engine=Engine(workers=2))
    assert (report.read, report.skipped) == (0, 3)
    assert local_web.requests[asked:] == ["/feed.rss"]


def test_a_run_killed_after_a_save_resumes_without_reading_anything_twice(tmp_path, local_web):
    first_part = make_archive(tmp_path / "archive" / "a", 10)
    second_part = write_archive(tmp_path / "archive" / "b", range(10, 30))
    feed, asked, release = held_feed(local_web, tmp_path)
    output = tmp_path / "desk.ctimeline"
    command = [sys.executable, "-m", "timeline_app", "ingest", str(first_part), feed]
    command += [str(second_part), "-o", str(output), "--workers", "1", "--save-every", "2"]
    process = subprocess.Popen(
        command,
        env=_env(),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its workers die with it
    )
    try:
        wait_for_held_page(process, asked, output)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        release.set()
    first = load_document(output)
    assert 2 <= len(first.sources) <= 10, "the run was not stopped part-way"
    archive = tmp_path / "archive"
    result = run_cli("ingest", str(archive), "-o", str(output), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert f"{30 - len(first.sources)} read, {len(first.sources)} already in the document" in (
        result.stderr
    )
    document = load_document(output)
    assert sources_by_file(document) == {p.name: 1 for p in archive.glob("*/*.txt")}
    store = EvidenceStore(evidence_folder_for(output))
    assert store.verify(document.sources.values()) == []


def write_archive(folder: Path, numbers: Iterable[int]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in numbers:
        write_article(folder, number)
    return folder


def held_feed(local_web, tmp_path: Path) -> tuple[str, threading.Event, threading.Event]:
    """A feed of one article whose page the server holds back until ``release`` is set:
    a run given it cannot end before the test has stopped it. ``asked`` is set when a worker
    asks for the page, that is when every article before it has been handed out."""
    asked, release = threading.Event(), threading.Event()
    folder = tmp_path / "held"
    folder.mkdir()
    page = page_of(write_article(folder, 30))

    def held_back():
        asked.set()
        release.wait(timeout=300)
        yield page

    base = local_web.url("")
    local_web.add("/story/0", held_back())
    item = ITEM.format(title="Held", base=base, n=0, date="Wed, 01 Mar 2023 10:00:00 GMT")
    feed = local_web.add(
        "/feed.rss", RSS.format(base=base, items=item).encode(), content_type="application/rss+xml"
    )
    return feed, asked, release


def wait_for_held_page(process: subprocess.Popen, asked: threading.Event, output: Path) -> None:
    """Until a worker asks for the held page and the run has saved a batch."""
    while not (asked.is_set() and output.exists()):
        assert process.poll() is None, "the run ended before it reached the held page"
        asked.wait(timeout=0.05)


@contextlib.contextmanager
def ctrl_c_at_its_default() -> Iterator[None]:
    """Ctrl+C (SIGINT) raises KeyboardInterrupt here, and commands started meanwhile have it
    at its default, as a terminal's foreground command has. A shell starts a background job
    (``pytest &``) with SIGINT ignored and its children inherit that: a command then rightly
    stays deaf to the test's Ctrl+C."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def normalised(path: Path) -> dict:
    """The document without what differs between two runs: capture times, event ids."""
    data = json.loads(document_to_bytes(load_document(path)))
    for source in data["sources"]:
        source.pop("captured_at")
    ids = {event["id"]: f"e{n}" for n, event in enumerate(data["events"])}
    for event in data["events"]:
        event["id"] = ids[event["id"]]
        event["conflicts_with"] = [ids.get(i, i) for i in event["conflicts_with"]]
    return data


def test_two_dask_workers_give_the_same_document_as_the_process_pool(tmp_path):
    archive = make_archive(tmp_path / "archive", 8)
    pool = tmp_path / "pool.ctimeline"
    dask = tmp_path / "dask.ctimeline"
    ingest([str(archive)], pool, engine=Engine("process", workers=2), save_every=3)
    report = ingest([str(archive)], dask, engine=Engine("dask", workers=2), save_every=3)
    assert (report.read, report.failed) == (8, 0)
    first, second = normalised(pool), normalised(dask)
    second["title"] = first["title"]
    assert first == second


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/nowhere", "-o", "{tmp}/d.ctimeline"], "nowhere: there is no such file or folder"),
        (["file:///etc/passwd", "-o", "{tmp}/d.ctimeline"], "only http and https addresses"),
        (["{tmp}", "-o", "{tmp}/d.csv"], "d.csv: the document must be a .ctimeline file"),
        (["{tmp}", "-o", "{tmp}/no/d.ctimeline"], "the folder {tmp}/no does not exist"),
        (["{tmp}", "-o", "{tmp}/bad.ctimeline"], "bad.ctimeline: it is not valid JSON"),
        (["{tmp}", "-o", "{tmp}/d.ctimeline", "--workers", "0"], "at least 1"),
        (
            [
                "{tmp}",
                "-o",
                "{tmp}/d.ctimeline",
                "--scheduler",
                "tcp://127.0.0.1:9",
                "--workers",
                "2",
            ],
            "a --scheduler has its own workers",
        ),
    ],
)
def test_bad_input_is_one_line_and_status_1(tmp_path, args, message):
    (tmp_path / "bad.ctimeline").write_text("{not json")
    result = run_cli("ingest", *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    # One line; argparse's refusals of an option come after its usage, as in every subcommand.
    assert len(lines) == 1 or lines[0].startswith("usage:"), result.stderr
    assert message.format(tmp=tmp_path) in lines[-1]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "bad.ctimeline").read_text() == "{not json"


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    with pytest.raises(IngestError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        ingest(
            [str(make_archive(tmp_path / "a", 1))],
            tmp_path / "d.ctimeline",
            engine=Engine("dask", scheduler="tcp://127.0.0.1:9", scheduler_timeout=2),
        )


def test_ctrl_c_saves_what_was_read_and_says_how_to_go_on(tmp_path, local_web):
    first_part = make_archive(tmp_path / "a", 10)
    second_part = write_archive(tmp_path / "b", range(10, 30))
    feed, asked, release = held_feed(local_web, tmp_path)
    output = tmp_path / "desk.ctimeline"
    command = [sys.executable, "-m", "timeline_app", "ingest", str(first_part), feed]
    command += [str(second_part), "-o", str(output), "--workers", "2", "--save-every", "2"]
    with ctrl_c_at_its_default():  # and so in the command started
        process = subprocess.Popen(
            command, env=_env(), cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
    try:
        wait_for_held_page(process, asked, output)
        os.killpg(process.pid, signal.SIGINT)  # as Ctrl+C in a terminal: to every process
        release.set()  # the worker reading it finishes its article, as the others do
        _, stderr = process.communicate(timeout=300)
    finally:
        release.set()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, stderr
    summary = stderr.strip().splitlines()[-1]
    assert summary.startswith("stopped: 31 articles: ")
    assert summary.endswith("; run again to go on")
    read = int(re.search(r": (\d+) read", summary).group(1))
    # Taken in the order given: nothing after the held article.
    assert 2 <= read <= 10
    document = load_document(output)
    assert len(document.sources) == read
    # Each article read has its events on the timeline (none was cut off half-way).
    assert {s.source_id for e in document.events for s in e.sources} == set(document.sources)


@pytest.mark.parametrize(
    ("kind", "method", "call"),
    [
        # Taking the third article in: it is named by the document, its events not yet kept.
        (CopyIndex, "add", 3),
        # Saving the first batch: its events gathered, not yet in the document.
        (Gatherer, "gather", 1),
    ],
)
def test_ctrl_c_never_cuts_an_article_in_two(tmp_path, monkeypatch, kind, method, call):
    """Ctrl+C at any moment: every article the stopped run kept has its events (the next run
    skips the articles the document holds, so events lost then are lost for good)."""
    archive = make_archive(tmp_path / "archive", 8)
    output = tmp_path / "desk.ctimeline"
    original = getattr(kind, method)
    calls = []

    def pressed_meanwhile(*args, **kwargs):
        result = original(*args, **kwargs)
        calls.append(1)
        if len(calls) == call:
            signal.raise_signal(signal.SIGINT)  # Ctrl+C, as the work goes on
        return result

    monkeypatch.setattr(kind, method, pressed_meanwhile)
    with ctrl_c_at_its_default():
        report = ingest([str(archive)], output, engine=Engine(workers=1), save_every=2)
    assert report.stopped and 1 <= report.read < 8
    document = load_document(output)
    assert len(document.sources) == report.read
    assert {s.source_id for e in document.events for s in e.sources} == set(document.sources)
    assert len(document.events) == report.events_added


def test_an_article_read_before_without_a_capture_gains_its_custody_record(tmp_path):
    archive = make_archive(tmp_path / "archive", 2)
    first = sorted(archive.iterdir())[0]
    output = tmp_path / "desk.ctimeline"
    # A document of an older version: extract then kept no capture (its output on stdout,
    # with no file beside it, still keeps none).
    result = run_cli("extract", str(first))
    assert result.returncode == 0, result.stderr
    output.write_text(result.stdout, encoding="utf-8")
    before = load_document(output)
    [held] = before.sources.values()
    assert held.sha256 == ""
    report = ingest([str(archive)], output, engine=Engine(workers=1))
    assert (report.read, report.skipped) == (1, 1)
    document = load_document(output)
    assert len(document.sources) == 2
    assert document.sources[held.id].sha256 == hashlib.sha256(first.read_bytes()).hexdigest()
    assert document.sources[held.id].requested_url == first.resolve().as_uri()

    # Its events were on the timeline already: none is added twice.
    def citing(doc):
        return sorted(s.evidence for e in doc.events for s in e.sources if s.source_id == held.id)

    assert citing(document) == citing(before) != []
