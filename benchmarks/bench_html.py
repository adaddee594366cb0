"""Reading web pages built to be slow to parse, and a very large one (no GUI).

python benchmarks/bench_html.py [--pages stray-end-tags,unclosed-a,large] [--runs 3] [--json]

- stray-end-tags: 720 KB of unclosed inline tags then end tags that close nothing (a parser
  that looks for each end tag's start among the open tags does quadratic work);
- unclosed-a: 120 KB of ``<a `` never closed (CPython's html.parser rescans the rest of the
  page for each);
- large: a 30 MB page of ordinary paragraphs, near the 32 MiB article limit.

Each row gives the page's size, the best time of ``--runs`` readings in seconds, and what came
of it: the length of the text read, or the message the page was refused with.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of  # noqa: E402

from timeline_app.core.article_files import ArticleError  # noqa: E402
from timeline_app.core.article_reading import read_html_article  # noqa: E402


def outcome(page: bytes, name: str) -> str:
    try:
        return f"{len(read_html_article(page, name).text):,} characters of text"
    except ArticleError as refused:
        return f"refused: {refused}"


def stray_end_tags() -> bytes:
    opened = b"<b>x" * 60_000  # 240 KB of tags left open
    return b"<html><body><p>Talks began on 3 March 2022.</p>" + opened + b"</i>" * 120_000


def unclosed_a() -> bytes:
    return b"<html><body><p>Talks began on 3 March 2022.</p>" + b"<a " * 40_000


def large() -> bytes:
    paragraph = (
        b"<p>Talks between the two governments began on 3 March 2022 in the capital, "
        b"officials said, and were expected to last <b>several</b> days.</p>\n"
    )
    return b"<html><body><article>" + paragraph * (30_000_000 // len(paragraph)) + b"</article>"


PAGES = {"stray-end-tags": stray_end_tags, "unclosed-a": unclosed_a, "large": large}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    rows = []
    for name in options.pages.split(","):
        page = PAGES[name]()
        seconds = best_of(options.runs, partial(outcome, page, f"{name}.html"))
        said = outcome(page, f"{name}.html")
        rows.append({"page": name, "bytes": len(page), "seconds": round(seconds, 3), "read": said})
    if options.json:
        print(json.dumps(rows))
        return
    for row in rows:
        print(f"{row['page']}: {row['bytes']:,} bytes, {row['seconds']:.3f} s, {row['read']}")


if __name__ == "__main__":
    main()
