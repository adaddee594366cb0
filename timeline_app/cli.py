"""The ``crisis-timeline`` command: the desktop window, or a subcommand for scripts.

    crisis-timeline [FILE] [--screenshot OUT.png] [--size 1400x900]
    crisis-timeline extract ARTICLE.txt|.html [--published YYYY-MM-DD] [-o OUT.ctimeline|OUT.json|OUT.csv]
    crisis-timeline tag --dct YYYY-MM-DD [FILE|-] [--format timeml|json]
    crisis-timeline export FILE -o OUT [--format csv|xlsx|timelinejs-csv|timelinejs-json|png|svg|pdf|custody]
        FILE: a .ctimeline document, a CSV (this app's, another tool's or a TimelineJS sheet)
        or TimelineJS JSON: whatever the window opens, so a CSV's dates can be checked and
        converted without it. custody: the document's sources and their capture records
        (CSV, or JSON for an OUT ending in .json)
    crisis-timeline verify DOC.ctimeline
        check every captured source against its SHA-256: one line per problem, exit 1
    crisis-timeline ingest PATH|URL|FEED... -o DOC.ctimeline [--workers N] [--dask]
        [--scheduler tcp://HOST:PORT] [--published-fallback YYYY-MM-DD] [--save-every N]

Failures print one line on stderr and exit non-zero. Heavy modules (Qt, pandas) are imported
only by the commands that need them, so scripts start fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from timeline_app import __version__

PROG = "crisis-timeline"
SUBCOMMANDS = ("extract", "tag", "export", "verify", "ingest")
EXPORT_FORMATS = (
    "csv",
    "xlsx",
    "timelinejs-csv",
    "timelinejs-json",
    "png",
    "svg",
    "pdf",
    "custody",
)
_FORMAT_OF_SUFFIX = {
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".json": "timelinejs-json",
    ".png": "png",
    ".svg": "svg",
    ".pdf": "pdf",
}


class CommandError(Exception):
    """A failure to report on one line of stderr."""


def _date_argument(text: str) -> dt.date:
    from timeline_app.core.date_reader import read_date
    from timeline_app.core.dates import DateError, Precision

    try:
        date = read_date(text)
    except DateError as error:
        raise argparse.ArgumentTypeError(f"{error}; give a day like 2022-01-18") from None
    if date.precision < Precision.DAY:
        raise argparse.ArgumentTypeError(
            f'"{text}" is {date.describe()}, not a day; give a day like 2022-01-18'
        )
    return date.first_moment().date()


def _size_argument(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if (
        not sep
        or not width.isdigit()
        or not height.isdigit()
        or int(width) < 200
        or int(height) < 150
    ):
        raise argparse.ArgumentTypeError(f'"{text}" is not a window size like 1400x900')
    return int(width), int(height)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Crisis Timeline: dated events from news articles on a zoomable timeline. "
        f"Subcommands for scripts: {', '.join(SUBCOMMANDS)} (see '{PROG} SUBCOMMAND --help').",
    )
    parser.add_argument("file", nargs="?", help="a timeline document, a CSV or an article .txt")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="save a picture of the window and exit"
    )
    parser.add_argument(
        "--size", type=_size_argument, metavar="WxH", help="window size, e.g. 1400x900"
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="find the dated events in an article")
    extract.add_argument("article", help="the article as a .txt or .html file")
    extract.add_argument(
        "--published",
        type=_date_argument,
        metavar="YYYY-MM-DD",
        help="publication date (default: from the article's .json metadata, the page's "
        "metadata, or a dateline or 'Published' line with a year)",
    )
    extract.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="a .ctimeline/.json document or a .csv; default: JSON on stdout",
    )

    tag = commands.add_parser("tag", help="mark the date expressions of a text (TIMEX3)")
    tag.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    tag.add_argument(
        "--dct",
        type=_date_argument,
        metavar="YYYY-MM-DD",
        help="document creation (publication) date that relative dates refer to",
    )
    tag.add_argument(
        "--format",
        choices=("timeml", "json"),
        default="timeml",
        help="timeml: the text with inline TIMEX3 tags (default); json: a list of "
        "{start, end, text, type, value} with character offsets into the input",
    )

    export = commands.add_parser(
        "export",
        help="write a timeline document, a CSV or a TimelineJS file as CSV, Excel, TimelineJS "
        "or a picture",
    )
    export.add_argument(
        "document",
        help="a .ctimeline document, a CSV (also a TimelineJS sheet) or TimelineJS JSON",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the file to write; its extension gives the format unless --format does",
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default=None,
        help="output format (guessed from the extension where it is clear: "
        ".csv, .xlsx, .json, .png, .svg, .pdf)",
    )
    export.add_argument(
        "--day-first",
        action="store_true",
        help="read numeric dates in a CSV as day/month/year (03/04/2021 is 3 April)",
    )
    export.add_argument("--bom", action="store_true", help="start the CSV with a UTF-8 BOM (Excel)")
    export.add_argument(
        "--keep-formulas",
        action="store_true",
        help="do not neutralise cells that a spreadsheet would run as formulas",
    )
    export.add_argument(
        "--size",
        type=_size_argument,
        metavar="WxH",
        default=(1600, 900),
        help="picture size in pixels (png, svg, pdf), default 1600x900",
    )

    verify = commands.add_parser(
        "verify",
        help="check that every captured source of a document still matches its SHA-256",
    )
    verify.add_argument("document", help="a .ctimeline document")
    _add_ingest_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if args and args[0] in SUBCOMMANDS:
            options = _command_parser().parse_args(args)
            commands = {
                "extract": _extract,
                "tag": _tag,
                "export": _export,
                "verify": _verify,
                "ingest": _ingest,
            }
            return commands[options.command](options)
        options = _gui_parser().parse_args(args)
        from timeline_app.ui.app import run_gui

        return run_gui(options.file, screenshot=options.screenshot, size=options.size)
    except CommandError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _read_text(name: str) -> str:
    from timeline_app.core.article_files import ArticleError, decode_text, read_article_bytes

    try:
        if name == "-":
            return decode_text(sys.stdin.buffer.read(), "stdin")
        path = Path(name)
        return decode_text(read_article_bytes(path, pipes=True), path.name)
    except ArticleError as error:
        raise CommandError(str(error)) from None


def _tag(options: argparse.Namespace) -> int:
    from timeline_app.core.timex import tag, to_timeml

    text = _read_text(options.file)
    found = tag(text, options.dct)
    if options.format == "json":
        rows = [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                **({"mod": t.mod} if t.mod else {}),
            }
            for t in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(to_timeml(text, found))
    return 0


def _extract(options: argparse.Namespace) -> int:
    from timeline_app.core.article_files import ArticleError
    from timeline_app.core.article_reading import (
        ArticleReading,
        extract_article,
        read_article_file,
    )
    from timeline_app.core.document import TimelineDocument

    output = None if options.output is None else Path(options.output)
    # A document written keeps the article as captured beside it, as every way in does.
    keeps_capture = output is not None and output.suffix.lower() != ".csv"
    raw = None
    try:
        # A pipe named here was asked for (extract <(curl ...)); the window never reads one.
        if keeps_capture:
            from timeline_app.core.capture import capture_article_file

            captured = capture_article_file(options.article, options.published, pipes=True)
            reading, raw = ArticleReading(captured.article, captured.date), captured.raw
        else:
            from timeline_app.core.page_text import main_text

            # A page's story as the window's Import reads it, so its events are the same.
            reading = read_article_file(
                options.article, options.published, pipes=True, page_text=main_text
            )
    except ArticleError as error:
        raise CommandError(str(error)) from None
    article = reading.article
    if article.published is None:
        found = (
            f"{reading.date.origin} gives no year"
            if reading.date is not None
            else "the publication date is unknown"
        )
        raise CommandError(f"{options.article}: {found}; give it with --published YYYY-MM-DD")
    from timeline_app.core.extraction import ArticleTooLongError

    try:
        events = extract_article(article)
    except ArticleTooLongError as error:
        raise CommandError(f"{options.article}: {error}") from None
    from timeline_app.core.corroboration import regrade

    # Graded as the window grades what it reads: one source, its outlet not rated here.
    sources = {article.id: article}
    events = [regrade(event, sources, {}) for event in events]
    document = TimelineDocument(title=article.title, events=events, sources=sources)
    if output is None:
        from timeline_app.core.document import document_to_json

        print(document_to_json(document))
        return 0
    _clear_leftovers(output)
    if raw is None:
        _write_csv(document, output, bom=False, neutralise=True)
    else:
        _keep_capture(raw, output)
        _write_document(document, output)
    print(f"{len(events)} events written to {output}", file=sys.stderr)
    return 0


def _export(options: argparse.Namespace) -> int:
    output = Path(options.output)
    fmt = options.format or _FORMAT_OF_SUFFIX.get(output.suffix.lower())
    if fmt is None:
        raise CommandError(
            f"{output}: cannot tell the format from the extension; use "
            f"--format {'|'.join(EXPORT_FORMATS)}"
        )
    document = _read_timeline(Path(options.document), dayfirst=options.day_first)
    _clear_leftovers(output)
    try:
        if fmt == "custody":
            from timeline_app.core.custody_log import export_custody_csv, export_custody_json

            if output.suffix.lower() == ".json":
                export_custody_json(document.sources.values(), output, options.document)
            else:
                export_custody_csv(
                    document.sources.values(),
                    output,
                    options.document,
                    bom=options.bom,
                    neutralise_formulas=not options.keep_formulas,
                )
        elif fmt == "csv":
            _write_csv(document, output, bom=options.bom, neutralise=not options.keep_formulas)
        elif fmt == "xlsx":
            from timeline_app.core.xlsx_format import export_xlsx

            try:
                export_xlsx(document.events, output, sources=document.sources, title=document.title)
            except ModuleNotFoundError as error:  # an install or bundle without XlsxWriter
                raise CommandError(
                    f"{output}: the Excel export needs the {error.name} package "
                    "(pip install XlsxWriter)"
                ) from None
        elif fmt.startswith("timelinejs"):
            from timeline_app.core import timelinejs

            write = (
                timelinejs.export_timelinejs_csv
                if fmt == "timelinejs-csv"
                else timelinejs.export_timelinejs_json
            )
            write(document.events, output, title=document.title, sources=document.sources)
        else:
            from timeline_app.ui.picture_export import export_picture

            export_picture(document, output, fmt, options.size)
    except OSError as error:
        raise _cannot_write(output, error) from None
    return 0


def _verify(options: argparse.Namespace) -> int:
    from timeline_app.core.document import DocumentError, load_document
    from timeline_app.core.evidence_store import EvidenceStore, evidence_folder_for

    path = Path(options.document)
    try:
        document = load_document(path)
    except DocumentError as error:
        raise CommandError(str(error)) from None
    captured = [a for a in document.sources.values() if a.sha256]
    problems = EvidenceStore(evidence_folder_for(path)).verify(captured)
    for problem in problems:
        print(f"{path.name}: {problem.message}")
    if problems:
        return 1
    if captured:
        print(f"{path.name}: all {len(captured)} sources match their SHA-256")
    else:
        print(f"{path.name}: no source was captured: there is nothing to check")
    return 0


def _clear_leftovers(output: Path) -> None:
    """Remove what earlier, killed writes of ``output`` left behind, and say so."""
    from timeline_app.core.atomic_files import remove_stale_temporaries

    removed = remove_stale_temporaries(output.parent, output.name)
    if removed:
        print(
            f"{PROG}: removed {len(removed)} unfinished temporary file(s) of an interrupted "
            f"save of {output.name}",
            file=sys.stderr,
        )


def _read_timeline(path: Path, *, dayfirst: bool):
    """What the window opens, read without it: a document, a CSV or a TimelineJS file. The
    rows of a CSV that cannot be read are reported on stderr, one line each."""
    from timeline_app.core.article_reading import ARTICLE_SUFFIXES
    from timeline_app.core.csv_format import CsvError
    from timeline_app.core.document import DocumentError, TimelineDocument, load_document
    from timeline_app.core.sheet_import import import_sheet, import_timelinejs_json_file

    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        raise CommandError(
            f"{path}: this is an article; find its events with "
            f"'{PROG} extract {path} -o OUT.ctimeline' first"
        )
    if not path.is_file():
        raise CommandError(f"{path}: the file does not exist")
    try:
        if suffix in (".csv", ".tsv"):
            result = import_sheet(path, dayfirst=dayfirst)
        else:
            try:
                return load_document(path)
            except DocumentError as error:
                if suffix != ".json":
                    raise CommandError(str(error)) from None
                try:
                    result = import_timelinejs_json_file(path)
                except CsvError:
                    raise CommandError(str(error)) from None
    except CsvError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"{path}: cannot be read ({error.strerror or error})") from None
    for problem in result.problems:
        where = f"row {problem.row}" + (f" ({problem.column})" if problem.column else "")
        print(f"{PROG}: {path.name}: {where}: {problem.message}", file=sys.stderr)
    if not result.events:
        raise CommandError(f"{path}: no event could be read")
    return TimelineDocument(title=path.stem, events=list(result.events))


def _write_csv(document, output: Path, *, bom: bool, neutralise: bool) -> None:
    from timeline_app.core.csv_format import export_csv

    try:
        export_csv(
            document.events,
            output,
            sources=document.sources,
            bom=bom,
            neutralise_formulas=neutralise,
        )
    except OSError as error:
        raise _cannot_write(output, error) from None


def _cannot_write(output: Path, error: OSError) -> CommandError:
    """The one line for a failed write; a missing folder is named, not left to "No such file"."""
    folder = output.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        return CommandError(f"{output}: cannot be written: the folder {folder} {what}")
    return CommandError(f"{output}: cannot be written ({error.strerror or error})")


def _keep_capture(raw: bytes, document_path: Path) -> None:
    """The capture goes beside the document first: a document never names one it lacks."""
    from timeline_app.core.evidence_store import EvidenceError, EvidenceStore, evidence_folder_for

    store = EvidenceStore(evidence_folder_for(document_path))
    try:
        store.remove_leftovers()  # what a killed extract left half-written
        store.put(raw)
    except EvidenceError as error:
        raise CommandError(f"{document_path}: {error}") from None


def _write_document(document, output: Path) -> None:
    from timeline_app.core.document import save_document

    try:
        save_document(document, output)
    except OSError as error:
        raise _cannot_write(output, error) from None


# --- ingest ---------------------------------------------------------------------------------------


def _count_argument(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f'"{text}" is not a whole number of at least 1')
    return int(text)


def _add_ingest_parser(commands) -> None:
    ingest = commands.add_parser(
        "ingest",
        help="read many articles (files, folders, feeds, web addresses) into one document, "
        "using every core; run again to resume",
        description="Capture every article the inputs hold, keep the bytes as evidence beside "
        "the document, extract the events and gather them into the document's timeline. "
        "Sources the document already holds are skipped, so a run that was stopped resumes.",
    )
    ingest.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH|URL|FEED",
        help="article files (.txt, .html, .mhtml), folders (read recursively), RSS/Atom feeds "
        "(files or addresses) and web addresses",
    )
    ingest.add_argument(
        "-o", "--output", required=True, metavar="DOC.ctimeline", help="the document to add to"
    )
    ingest.add_argument(
        "--workers",
        type=_count_argument,
        metavar="N",
        help="worker processes (default: one per core)",
    )
    ingest.add_argument(
        "--dask",
        action="store_true",
        help="run the work on a local Dask cluster of --workers single-threaded processes",
    )
    ingest.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run the work on the workers of this Dask scheduler (they need crisis-timeline "
        "installed, and read the files from the same paths)",
    )
    ingest.add_argument(
        "--published-fallback",
        type=_date_argument,
        metavar="YYYY-MM-DD",
        help="publication date of articles that give none (not their page, their text or "
        "their feed); without it they are reported and left out",
    )
    ingest.add_argument(
        "--save-every",
        type=_count_argument,
        default=50,
        metavar="N",
        help="save the document every N articles read (default 50): a stopped run loses at "
        "most that many",
    )


def _ingest(options: argparse.Namespace) -> int:
    from timeline_app.core.document import EXTENSION
    from timeline_app.core.ingest import Engine, IngestError, ingest

    output = Path(options.output)
    if output.suffix.lower() != EXTENSION:
        raise CommandError(f"{output}: the document must be a {EXTENSION} file")
    if not output.parent.is_dir():
        raise _cannot_write(output, FileNotFoundError())
    if options.scheduler and options.workers:
        raise CommandError(
            "--workers sets the size of a local cluster; a --scheduler has its own workers"
        )
    engine = Engine(
        kind="dask" if options.dask or options.scheduler else "process",
        workers=options.workers,
        scheduler=options.scheduler,
    )
    interactive = sys.stderr.isatty()

    def say(line: str) -> None:
        print(("\r\033[K" if interactive else "") + f"{PROG}: {line}", file=sys.stderr)

    def progress(report) -> None:
        line = report.progress_line()
        print(
            f"\r\033[K{line}" if interactive else line,
            end="" if interactive else "\n",
            file=sys.stderr,
            flush=True,
        )

    _clear_leftovers(output)
    try:
        report = ingest(
            options.inputs,
            output,
            engine=engine,
            published_fallback=options.published_fallback,
            save_every=options.save_every,
            say=say,
            progress=progress,
        )
    except IngestError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise _cannot_write(output, error) from None
    if interactive:
        print("\r\033[K", end="", file=sys.stderr)
    print(report.summary(output), file=sys.stderr)
    return 130 if report.stopped else 0
