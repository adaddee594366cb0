"""Fetch the texts of the `pages2` split: English news pages of 2016-2020 (ABC News, Reuters,
The Guardian, NPR, Los Angeles Times, Chicago Tribune, The New York Times, AL.com, NBC News,
Deutsche Welle, Vancouver Sun, Vice, Nature, Threatpost, Salon, the Wikimedia Foundation's
news) that two page-text extractors keep as test fixtures. Like `pages`, this split is for
tuning: engineers may read it and count faults on it.

    python benchmarks/data/extraction-dev/fetch_pages2.py

The pages belong to their publishers, so the repository holds only our judgements
(`pages2/NAME.json`). This script downloads two packages and checks each archive's hash:

- @postlight/mercury-parser 1.1.1 from the npm registry (MIT or Apache-2.0, at the user's
  choice; its `fixtures/` keep pages of 2016 as captured for its tests);
- trafilatura 1.1.0's source archive from PyPI (GPL-3.0-or-later; its `tests/cache/` keeps
  pages of 2019-2020; later releases no longer ship that folder).

It reads each page's story the way the app reads a page it captures
(`core.article_reading.read_page` with trafilatura's main text) and writes
`pages2/pages2-NAME.txt`: the headline (NAME.json's "headline", the page's title as the app
read it on 7 December 2026, trimmed of site names), a blank line, the story. The published
date is in NAME.json too. Each text's SHA-256 is checked against NAME.json's: when the app's
page reader (or trafilatura) comes to read a page otherwise, the script says so, since the
judgements' evidence may no longer be found in the new text.
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
SPLIT = HERE / "pages2"
REPO = HERE.parents[2]
# package -> (archive, hash algorithm, digest as the registry gives it, folder of the pages)
PACKAGES = {
    "mercury": (
        "https://registry.npmjs.org/@postlight/mercury-parser/-/mercury-parser-1.1.1.tgz",
        "sha512",
        "LijsCAXeRErtzwhJ8wIdJcL9bDt+DkpQC7YGyeIFusigKk4Js1mCHOo0cRzwdqivMXnFefaT6VB0TYV7uB6uEA==",
        "package/fixtures/",
    ),
    "trafilatura": (
        "https://files.pythonhosted.org/packages/c4/b2/"
        "b41dcef8c062b102cc7c2381375ff1e44867d238e297eabd1fa8c9464d6c/trafilatura-1.1.0.tar.gz",
        "sha256",
        "650678fe3b3219795ccc72d8d37d2a9dc8c3070529598fddc2809ccd27c55bc4",
        "trafilatura-1.1.0/tests/cache/",
    ),
}
# NAME -> (package, the page's file in its folder)
PAGES = {
    "abcnews-clinton": ("mercury", "abcnews.go.com/1481922563840.html"),
    "reuters-fed": ("mercury", "www.reuters.com/1481754223635.html"),
    "guardian-standingrock": ("mercury", "www.theguardian.com/1480457558008.html"),
    "npr-roof": ("mercury", "www.npr.org/1481842125199.html"),
    "latimes-shutdown": ("mercury", "www.latimes.com/1481928636876.html"),
    "chicagotribune-energy": ("mercury", "www.chicagotribune.com/1481669367099.html"),
    "nytimes-rahami": ("mercury", "www.nytimes.com/1474318141888.html"),
    "alcom-skimming": ("mercury", "www.al.com/1482445422101.html"),
    "nbcnews-spacex": ("mercury", "www.nbcnews.com/1481667763790.html"),
    "dw-colonial": ("trafilatura", "dw.com.colonial.html"),
    "vancouversun-microsoft": ("trafilatura", "vancouversun.com.microsoft.html"),
    "vice-amazon": ("trafilatura", "vice.com.amazon.html"),
    "nature-telescope": ("trafilatura", "nature.com.telescope.html"),
    "threatpost-android": ("trafilatura", "threatpost.com.android.html"),
    "salon-emissions": ("trafilatura", "salon.com.emissions.html"),
    "wikimedia-turkey": ("trafilatura", "wikimediafoundation.org.turkey.html"),
}


def download(package: str) -> bytes:
    import httpx

    archive, algorithm, expected, _ = PACKAGES[package]
    response = httpx.get(archive, follow_redirects=True, timeout=60)
    response.raise_for_status()
    raw = hashlib.new(algorithm, response.content)
    # npm gives base64 (its "integrity"), PyPI hex
    digest = base64.b64encode(raw.digest()).decode() if algorithm == "sha512" else raw.hexdigest()
    if digest != expected:
        raise SystemExit(f"{archive}: {algorithm} {digest} is not the one the texts were read from")
    return response.content


def story(raw: bytes, name: str, headline: str) -> str:
    """The headline the judges read, a blank line and the story as the app reads the page."""
    from timeline_app.core.article_reading import read_page
    from timeline_app.core.page_text import main_text

    article = read_page(raw, name, page_text=main_text).article
    # The app's captured text leads with the page's title: the trimmed headline takes its place.
    first, _, rest = article.text.partition("\n\n")
    body = rest if first == article.title else article.text
    return f"{headline}\n\n{body}\n"


def main() -> int:
    sys.path.insert(0, str(REPO))
    SPLIT.mkdir(exist_ok=True)
    changed = []
    for package, (archive, _, _, folder) in PACKAGES.items():
        try:
            content = download(package)
        except Exception as error:  # httpx's errors and a missing httpx alike
            print(f"fetch_pages2: could not download {archive}: {error}", file=sys.stderr)
            return 1
        with tarfile.open(fileobj=io.BytesIO(content)) as tar:
            for name, (source, path) in PAGES.items():
                if source != package:
                    continue
                member = tar.extractfile(folder + path)
                assert member is not None, name
                meta = SPLIT / f"pages2-{name}.json"
                judged = json.loads(meta.read_text(encoding="utf-8"))
                text = story(member.read(), Path(path).name, judged["headline"])
                (SPLIT / f"pages2-{name}.txt").write_text(text, encoding="utf-8")
                if hashlib.sha256(text.encode("utf-8")).hexdigest() != judged["sha256"]:
                    changed.append(name)
    print(f"wrote {len(PAGES)} texts into {SPLIT}")
    if changed:
        print(
            f"fetch_pages2: the page reader now reads {', '.join(changed)} otherwise than the "
            "texts judged; their scores may not be comparable",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
