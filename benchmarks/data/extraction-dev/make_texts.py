"""Rebuild the plain texts of the extraction development set from the shared corpora.

    python benchmarks/data/extraction-dev/make_texts.py [--corpora DIR]

Wikinews articles come tokenised ("Apple 's", "prices ,", "Wal - Mart"), one <s> per
sentence: they are put back together as an article is written (headline, blank line, the
dateline, blank line, the body). TimeBank/AQUAINT documents are read as the tagger benchmark
reads them (every tag stripped, text unchanged). GUM documents (Wikipedia biographies,
Wikinews) are CoNLL-U: their words are joined as written (a space unless MISC says
``SpaceAfter=No``), the page's title comes first (unless the first heading repeats it), and
each ``# newpar`` (a heading, a paragraph, a figure caption) is a block of its own after a
blank line. Each text is written next to its judged events as NAME.txt; the published date
is in NAME.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from timeline_app.core.timex import read_timeml  # noqa: E402

DEFAULT_CORPORA = next(
    (p for p in (REPO.parent / "shared" / "corpora", Path("/work/shared/corpora")) if p.is_dir()),
    Path("/work/shared/corpora"),
)

# Hyphenated words the tokeniser split into three tokens; every other spaced " - " is a dash.
HYPHENATED = {("Wal", "Mart"), ("Macintosh", "curious"), ("iTunes", "compatible"), ("piano", "and")}
NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "%",
    ")",
    "]",
    "?",
    "!",
    "'s",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
NO_SPACE_AFTER = {"(", "[", "$", "£", "€", "``"}


def detokenise(tokens: list[str], quote_open: list[bool]) -> str:
    """Space-separated tokens back to written English; quote_open carries whether a double
    quote is open from one sentence to the next."""
    out = ""
    glue_next = False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "-" and (prev, nxt) in HYPHENATED:
            out += "-"
            glue_next = nxt != "and"
            continue
        if tok in ('"', "``", "''"):
            if quote_open[0]:
                out += '"'
                quote_open[0] = False
            else:
                out += '"' if not out else ' "'
                quote_open[0] = True
                glue_next = True
            continue
        if tok == "`":
            out += " '" if out else "'"  # a single quote opened with a backtick
            glue_next = True
            continue
        if tok == "'" and nxt in ("s", "re", "ve", "ll", "d", "m", "t"):
            out += "'"  # a contraction split in three: "we ' re"
            glue_next = True
            continue
        if tok == "'" and re.search(r"(^|\s)'\w[^']*$", out):
            out += "'"  # closes a single quote opened in this sentence
            continue
        if tok == "'" and prev.endswith("s"):
            out += "'"  # plural possessive: "the Beatles ' catalogue"
            continue
        if not out or glue_next or tok in NO_SPACE_BEFORE:
            out += tok
        else:
            out += " " + tok
        glue_next = tok in NO_SPACE_AFTER
    return out


def wikinews_text(path: Path) -> tuple[str, str]:
    """(published ISO date, plain text) of one tokenised Wikinews TimeML file."""
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    published = root.find("DCT/TIMEX3").get("value", "")  # type: ignore[union-attr]
    headline = (root.findtext("EXTRAINFO") or "").split()
    quote_open = [False]
    sentences = ["".join(s.itertext()).split() for s in root.find("TEXT").iter("s")]  # type: ignore[union-attr]
    parts = [detokenise(headline, [False])]
    dateline, body = sentences[0], sentences[1:]
    parts.append(detokenise(dateline, [False]))
    parts.append(" ".join(detokenise(s, quote_open) for s in body))
    return published, "\n\n".join(parts) + "\n"


def timebank_text(path: Path) -> tuple[str, str]:
    doc = read_timeml(path.read_text(encoding="utf-8"), path.name)
    assert doc.dct is not None
    text = re.sub(r"\n{3,}", "\n\n", doc.text.strip()) + "\n"
    return doc.dct.isoformat(), text


def gum_documents(path: Path) -> dict[str, list[str]]:
    """The CoNLL-U lines of each document of a GUM file, by document id."""
    docs: dict[str, list[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = "):
            current = docs.setdefault(line.split("=", 1)[1].strip(), [])
        current.append(line)
    return docs


def gum_text(lines: list[str]) -> tuple[dict[str, str], str]:
    """(the document's meta fields, its plain text) from its CoNLL-U lines."""
    meta: dict[str, str] = {}
    blocks: list[list[str]] = []
    sentence = ""
    skip_to = 0  # the last word of a multiword token already written ("Bernoulli's")
    for line in lines:
        if line.startswith("# meta::"):
            name, _, value = line[len("# meta::") :].partition(" = ")
            meta[name] = value.strip()
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            blocks.append([])
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            first, _, last = cols[0].partition("-")
            if "." in first or (not last and int(first) <= skip_to):
                continue  # an empty node, or a word inside a multiword token
            skip_to = int(last) if last else 0
            sentence += cols[1] + ("" if "SpaceAfter=No" in cols[9] else " ")
        elif not line and sentence:
            if not blocks:
                blocks.append([])
            blocks[-1].append(sentence.strip())
            sentence, skip_to = "", 0
    if sentence:
        blocks[-1].append(sentence.strip())
    paragraphs = [" ".join(block) for block in blocks if block]
    if paragraphs[:1] != [meta["title"]]:  # the page's title, unless its first heading is it
        paragraphs.insert(0, meta["title"])
    return meta, "\n\n".join(paragraphs) + "\n"


DATELINE = re.compile(
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ([A-Z][a-z]+ \d{1,2}, \d{4})", re.MULTILINE
)


def gum_published(meta: dict[str, str], text: str) -> str:
    """The date a GUM document is read as of. A Wikinews article is dated by its dateline
    ("Friday, July 21, 2017"), else by the day its page was created (a page can be created
    days before the story runs, or years before it is rewritten); a Wikipedia biography is
    the revision GUM collected, last edited on dateModified (its creation, years earlier,
    says nothing about this text)."""
    if meta["genre"] != "news":
        return meta["dateModified"]
    dateline = DATELINE.search(text)
    if dateline is None:
        return meta["dateCreated"]
    return dt.datetime.strptime(dateline.group(1), "%B %d, %Y").date().isoformat()


def source_text(meta: dict, corpora: Path) -> tuple[str, str]:
    """(published ISO date, plain text) of a judged article from its origin in the corpora;
    a GUM origin is ``FILE#DOCUMENT-ID``."""
    if meta["source"].startswith("gum"):
        path, _, docid = meta["origin"].partition("#")
        gum_meta, text = gum_text(gum_documents(corpora / path)[docid])
        return gum_published(gum_meta, text), text
    if meta["source"] == "wikinews":
        return wikinews_text(corpora / meta["origin"])
    return timebank_text(corpora / meta["origin"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = ap.parse_args(argv)
    for gold_path in sorted(HERE.glob("*/*.json")):
        meta = json.loads(gold_path.read_text(encoding="utf-8"))
        if meta["origin"].startswith(("pypi:", "npm:")):
            continue  # a package's pages: fetch_modern.py and fetch_pages.py write them
        published, text = source_text(meta, args.corpora)
        if published != meta["published"]:
            print(f"{gold_path.name}: published {published}, the file says {meta['published']}")
            return 1
        gold_path.with_suffix(".txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
