"""List marks: the bullet, dash or number that opens an item of a list, one item a line.

Pages pasted from the web hold lists whose items have no full stop ("• Ferries sailed from
Dover on 3 March" / "• The port reopened on 5 March"). A line that opens with such a mark
starts a sentence of its own, and the mark is no word of it. Only a mark at the start of a
line counts: a hyphen inside a line ("well-known", "2-1") is a word's, and a line with no
mark may be the rest of a wrapped sentence. A dash, star or number is a mark only when a
space follows it ("-5 degrees", "**Note**" and "3.5%" open no item); a bullet sign is one
whether or not a space follows.
"""

from __future__ import annotations

import re

_SPACE = r"[ \t\u00a0]"
_MARK = re.compile(rf"(?:[•▪●◦‣·]{_SPACE}*|(?:[-–—*]|\d{{1,2}}[.)]){_SPACE}+)(?=\S)")
# the same mark in a piece of text that may hold nothing after it (the parser reads a mark
# as a sentence of its own)
_MARK_IN_PIECE = re.compile(rf"[•▪●◦‣·]{_SPACE}*|(?:[-–—*]|\d{{1,2}}[.)])(?:{_SPACE}+|$)")
# a mark opening a line: after a line break (or at the text's start) and any indent
_ITEM = re.compile(rf"^{_SPACE}*(?={_MARK.pattern})", re.M)


def list_marks(text: str) -> list[tuple[int, int]]:
    """Each list mark that opens a line of ``text``: where the mark starts and where the
    item's words start after it, in text order."""
    out = []
    for line in _ITEM.finditer(text):
        mark = _MARK.match(text, line.end())
        if mark is not None:
            out.append((mark.start(), mark.end()))
    return out


def past_list_mark(text: str, at: int, end: int) -> int:
    """Where the words of the piece ``text[at:end]`` start when a list mark opening its
    line stands at ``at`` (``at`` itself otherwise; ``end`` when the piece is the mark)."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip(" \t\u00a0"):
        return at  # the mark would be inside a line
    mark = _MARK_IN_PIECE.match(text, at, end)
    return mark.end() if mark is not None else at
