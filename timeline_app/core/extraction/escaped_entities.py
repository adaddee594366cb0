"""HTML entities left in plain text ("AT&amp;T said"), read as the characters they stand for.

Text copied out of a page's source or a feed often keeps its entities; read as written,
"AT&amp;T" is "AT", "&", "amp", ";" and "T" to the tagger and the parser ("T says ..."). The
text is read with each entity unescaped, and every offset read from it is mapped back, so an
event's evidence still points into the article as written (the window marks it there).

Only entities closed by ";" that HTML names are read: a bare "&" ("Procter & Gamble"), a
name HTML does not know ("&Co;") and a number no character has ("&#0;", "&#xD800;") stay as
they are, and so does "&amp" with no ";", which HTML reads but a writer of plain text may
have meant as written.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Unescaped:
    """A text with its entities read, and where each read one stood in the original."""

    text: str
    # for each entity read, in order: its start and end in ``text``, and in the original
    _read: tuple[tuple[int, int, int, int], ...] = ()
    # the ends in ``text``, to look offsets up by (an article may hold thousands)
    _ends: tuple[int, ...] = ()

    def original_offset(self, offset: int) -> int:
        """Where ``offset`` in ``text`` lies in the original: an offset inside the
        characters an entity gave is that entity's start."""
        at = bisect.bisect_right(self._ends, offset)  # entities read wholly before ``offset``
        if at < len(self._read) and self._read[at][0] < offset:
            return self._read[at][2]
        if at == 0:
            return offset
        _start, read_end, _o_start, original_end = self._read[at - 1]
        return offset + original_end - read_end

    @property
    def changed(self) -> bool:
        return bool(self._read)


def unescaped(text: str) -> Unescaped:
    """``text`` with its HTML entities read (see the module)."""
    parts: list[str] = []
    read: list[tuple[int, int, int, int]] = []
    last = length = 0
    for match in _ENTITY.finditer(text):
        character = html.unescape(match.group())
        if character == match.group() or "\ufffd" in character:
            continue  # a name HTML does not know, or a number no character has ("&#0;")
        parts.append(text[last : match.start()])
        length += match.start() - last
        read.append((length, length + len(character), match.start(), match.end()))
        parts.append(character)
        length += len(character)
        last = match.end()
    if not read:
        return Unescaped(text)
    parts.append(text[last:])
    return Unescaped("".join(parts), tuple(read), tuple(end for _s, end, _os, _oe in read))
