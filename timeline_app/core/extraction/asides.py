"""Where a text speaks in another voice or aside: quotations and brackets.

A date inside them ("'exports are suspended until June 30,' the decree says", "(a similar
decree in 2011 lasted until August)") is not the time the story has moved to: what the story
tells next still runs at the time it was at before them.
"""

from __future__ import annotations

import bisect
import re

# One quotation or bracket, never across a paragraph: an unclosed mark ends with its line.
_ASIDE = re.compile(r'"[^"\n]*"|“[^“”\n]*”|\([^()\n]*\)')


class Asides:
    """The spans of a text's quotations and bracketed asides, looked up by offset."""

    def __init__(self, text: str) -> None:
        spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation or a bracketed aside."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]
