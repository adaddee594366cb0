"""A source's capture record as the detail pane shows it: when it was captured (UTC), the
address asked for and the one that answered, the server's dates, and its SHA-256, shortened,
with the whole value in a tooltip and a link that copies it.

Everything shown comes from the web or a file: escaped, and linked only when it is a web page.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from timeline_app.core.capture import PASTED_ADDRESS
from timeline_app.core.events import Article
from timeline_app.core.evidence_store import is_sha256
from timeline_app.ui.plain_text import link_html

COPY_SCHEME = "copy-sha256"  # links "copy-sha256:<hex>" put the hash on the clipboard
SHORT_HASH = 16  # hex digits shown; enough to tell captures apart at a glance
_KEY_WIDTH = 95  # pixels: "Last modified" and "Answered by" fit


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaptureRecord", text)


def short_hash(sha: str) -> str:
    return sha[:SHORT_HASH] + "…" if len(sha) > SHORT_HASH else sha


def captured_at_text(stamp: str) -> str:
    """ "14 Nov 2024, 09:30:00 UTC" for ``2024-11-14T09:30:00Z``; the stamp as it is otherwise."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{moment.day} {moment:%b %Y, %H:%M:%S} UTC"


def capture_record_html(article: Article, articles: dict[str, Article] | None = None) -> str:
    """The rows of an article's capture record as an HTML table ("" when never captured)."""
    if not article.sha256:
        return ""
    rows: list[tuple[str, str]] = []
    if article.captured_at:
        rows.append((_tr("Captured"), escape(captured_at_text(article.captured_at))))
    requested, url = article.requested_url, article.url
    if requested == PASTED_ADDRESS or requested.startswith("file:"):
        # Nothing answered a file or a paste: its address is its own. The web page its
        # metadata (or the browser that saved it) names is said apart.
        shown = escape(f"{requested} ") + _tr("(pasted)") if requested == PASTED_ADDRESS else None
        rows.append((_tr("Address"), shown or link_html(requested)))
        if url and url != requested:
            rows.append((_tr("Web page"), link_html(url)))
    elif requested and url and requested != url:
        rows.append((_tr("Asked for"), link_html(requested)))
        rows.append((_tr("Answered by"), link_html(url)))
    elif url or requested:
        rows.append((_tr("Address"), link_html(url or requested)))
    if article.server_date:
        rows.append((_tr("Server date"), escape(article.server_date)))
    if article.last_modified:
        rows.append((_tr("Last modified"), escape(article.last_modified)))
    rows.append((_tr("SHA-256"), _hash_html(article.sha256)))
    if article.size is not None:
        size = _tr("{n} bytes").format(n=f"{article.size:,}")
        if article.content_type:
            size += f" · {article.content_type}"
        rows.append((_tr("Size"), escape(size)))
    if article.copy_of:
        original = (articles or {}).get(article.copy_of)
        name = original.title if original is not None and original.title else article.copy_of
        rows.append((_tr("Copy of"), escape(f"“{name}”")))
    body = "".join(
        f"<tr><td class='key' width='{_KEY_WIDTH}'>{escape(key)}</td><td>{value}</td></tr>"
        for key, value in rows
    )
    # The same key width in every source's record, so that records read as one column.
    return (
        "<table class='capture' cellspacing='0' cellpadding='1' "
        f"style='margin-bottom: 10px'>{body}</table>"
    )


def _hash_html(sha: str) -> str:
    full = escape(sha, quote=True)
    shown = f"<span title='{full}'><code>{escape(short_hash(sha))}</code></span>"
    if not is_sha256(sha):
        return shown
    return f"{shown} <a href='{COPY_SCHEME}:{full}' title='{full}'>{escape(_tr('Copy'))}</a>"


def copy_hash(sha: str) -> bool:
    """Put a SHA-256 on the clipboard (a link of the capture record was clicked)."""
    if not is_sha256(sha):
        return False
    QGuiApplication.clipboard().setText(sha)
    return True
