"""Web pages saved as MHTML (``.mhtml``/``.mht``, a browser's "Save as single file"): a MIME
message whose root part is the page's HTML, read with the standard library's email parser.

Only the page is read; the pictures and style sheets beside it are kept in the captured bytes
but say nothing about the story.
"""

from __future__ import annotations

import codecs
import email
import email.policy
from dataclasses import dataclass
from email.message import Message

from timeline_app.core.capture_error import CaptureError

MHTML_SUFFIXES = (".mhtml", ".mht")


@dataclass(frozen=True)
class MhtmlPage:
    """The page of an MHTML file."""

    html: bytes
    charset: str  # as its part declares it, "" when it does not
    url: str  # the address the page was saved from, "" when not said


def read_mhtml(raw: bytes, name: str) -> MhtmlPage:
    """The HTML page inside an MHTML file; CaptureError when there is none."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise CaptureError(f"{name}: this is not a saved web page (no MIME parts)")
    page = _root_page(message)
    if page is None:
        raise CaptureError(f"{name}: the saved page holds no HTML part")
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise CaptureError(f"{name}: the saved page's HTML part is empty")
    charset = page.get_content_charset() or ""
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = ""
    url = (
        page.get("Content-Location")
        or message.get("Snapshot-Content-Location")  # Chrome's
        or message.get("Content-Location")
        or ""
    )
    return MhtmlPage(payload, charset, " ".join(str(url).split()))


def _root_page(message: Message) -> Message | None:
    """The root of a multipart/related message (its "start" part, else the first) when it is
    HTML, else the first HTML part."""
    if not message.is_multipart():
        return message
    parts = [p for p in message.walk() if not p.is_multipart()]
    start = message.get_param("start")
    if isinstance(start, str):
        wanted = start.strip().strip("<>")
        for part in parts:
            is_start = (part.get("Content-ID") or "").strip().strip("<>") == wanted
            if is_start and part.get_content_type() == "text/html":
                return part
    return next((p for p in parts if p.get_content_type() == "text/html"), None)
