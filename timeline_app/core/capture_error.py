"""The one error of capturing a source: a file, a page, a feed or a web address that cannot be
read, with a one-line message that names it."""

from __future__ import annotations


class CaptureError(ValueError):
    """A source that cannot be captured; the message names it and says why, on one line."""
