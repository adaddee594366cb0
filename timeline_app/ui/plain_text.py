"""Text from files and articles shown as text: never as markup, never as a link that opens
anything but a web page.

Qt shows a label's, tooltip's or message box's text as HTML when it merely looks like HTML
(Qt.AutoText), and an ``<img src='/dev/zero'>`` in an article's title would then be loaded
until the memory runs out; a ``file:`` link in a page's metadata would open whatever it names.
So labels showing such text are set to plain text, text put into rich text is escaped, and
only http and https links (mailto where an address is expected) are made clickable or opened.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

WEB_SCHEMES = ("http", "https")


def plain_labels(*labels: QLabel) -> None:
    """Show whatever these labels are given as the characters it is."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)


def as_html(text: str) -> str:
    """``text`` for a place that shows rich text: escaped, its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def tooltip(text: str) -> str:
    """``text`` for a tooltip, which shows it as written, markup and all. Qt reads a tooltip
    as rich text when it looks like some, so text that could is given as escaped rich text
    (text without "<" or "&" is left as it is: Qt shows it as plain text)."""
    if "<" not in text and "&" not in text:
        return text
    return f"<p style='white-space:pre-wrap'>{as_html(text)}</p>"


def is_openable(url: str | QUrl, schemes: tuple[str, ...] = WEB_SCHEMES) -> bool:
    """Whether ``url`` is a link the app may hand to the desktop (a web page, by default)."""
    text = url.toString() if isinstance(url, QUrl) else url
    if not text or text != text.strip() or any(ord(c) < 32 for c in text):
        return False
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return False
    qurl = url if isinstance(url, QUrl) else QUrl(text, QUrl.ParsingMode.StrictMode)
    return scheme in schemes and qurl.isValid() and qurl.scheme().lower() == scheme


def link_html(url: str, schemes: tuple[str, ...] = WEB_SCHEMES) -> str:
    """``url`` as a clickable link when it may be opened, else as escaped text."""
    if not is_openable(url, schemes):
        return escape(url)
    return f'<a href="{escape(url, quote=True)}">{escape(url)}</a>'


def open_link(url: str | QUrl, schemes: tuple[str, ...] = WEB_SCHEMES) -> bool:
    """Open ``url`` on the desktop if it is a web page (True when handed over)."""
    if not is_openable(url, schemes):
        return False
    return QDesktopServices.openUrl(url if isinstance(url, QUrl) else QUrl(url))


def link_label(label: QLabel) -> None:
    """A label of rich text whose links open only web pages (through ``open_link``)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.linkActivated.connect(open_link)
