"""docs/review-new-article.png: a real news article the extractor was not built on (a
Wikinews report, CC BY 2.5, from the SemEval-2015 trial data), read and waiting for review:
its candidates' titles, dates, actors and kinds.

    QT_QPA_PLATFORM=offscreen python docs/make_new_article_screenshot.py \\
        ../shared/corpora/wikinews-timelines-trial/articles/17174-Apple_executive_leaves.tml

A TempEval-3 document (TimeBank or AQUAINT wire news) works too, read as the tagger reads it;
pass one that no split of benchmarks/data/extraction-dev/ holds to show news the extractor
has never been tuned on.
"""

import html
import json
import re
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from timeline_app.core.timex import read_timeml
from timeline_app.ui.app import application
from timeline_app.ui.main_window import MainWindow


def plain_article(tml: Path, folder: Path) -> Path:
    """The .tml file as an article would be written: headline, paragraphs, its date."""
    raw = tml.read_text(encoding="utf-8")
    if "<s id=" not in raw:  # a TempEval-3 document, not a sentence-split Wikinews one
        return wire_article(raw, folder)
    published = re.search(r'value="(\d{4}-\d\d-\d\d)"', raw).group(1)
    sentences = [
        re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<s id=\"\d+\">(.*?)</s>", raw, re.S)
    ]
    text = "\n\n".join(_detokenised(html.unescape(s)) for s in sentences[1:])
    headline = _detokenised(re.search(r"<EXTRAINFO>(.*?)</EXTRAINFO>", raw, re.S).group(1))
    article = folder / "article.txt"
    article.write_text(headline + "\n\n" + text + "\n", encoding="utf-8")
    meta = {"title": headline, "published": published, "publisher": "Wikinews"}
    (folder / "article.json").write_text(json.dumps(meta), encoding="utf-8")
    return article


def wire_article(raw: str, folder: Path) -> Path:
    """A TempEval-3 document (TimeBank, AQUAINT): its text as the tagger reads it, dated by
    its DCT, its first line the headline."""
    doc = read_timeml(raw)
    if doc.dct is None:
        raise SystemExit("This TimeML document has no DCT (publication date).")
    text = doc.text.strip()
    article = folder / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    meta = {"title": text.splitlines()[0].strip(), "published": doc.dct.isoformat()}
    (folder / "article.json").write_text(json.dumps(meta), encoding="utf-8")
    return article


def _detokenised(text: str) -> str:
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r"(\ws) ' ", r"\1' ", text)  # "Beatles ' Apple Corps"
    return re.sub(r'" (.*?) "', r'"\1"', text).strip()


app = application()
app.setStyle("Fusion")
window = MainWindow(interactive=False, remember=False)
window.resize(1400, 900)
window.files.new_document()
window.show()
folder = Path(tempfile.mkdtemp())
article = plain_article(Path(sys.argv[1]), folder)
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("docs/review-new-article.png")


def review() -> None:
    window.files.review_article_files([article])


def grab(idle: int = 0) -> None:
    panel = window.articles.review_panel
    busy = panel.is_busy() or window.articles.runner.is_busy()
    # an article may hold no event at all: after a few idle looks the empty list is the picture
    if busy or (not panel.candidates.rowCount() and idle < 10):
        QTimer.singleShot(500, lambda: grab(0 if busy else idle + 1))
        return
    dock = window.articles.parentWidget()
    if hasattr(dock, "setFloating"):
        dock.setFloating(True)
        dock.resize(1400, 760)
    QTimer.singleShot(600, lambda: save(dock))


def save(widget) -> None:
    widget.grab().save(str(out))
    QTimer.singleShot(200, app.quit)


QTimer.singleShot(500, review)
QTimer.singleShot(1500, grab)
app.exec()
