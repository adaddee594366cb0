"""The outlet or byline a pasted page's headline carries after a dash or a bar.

A page's title line often ends with who ran it: "Storm floods Harbor Town - Daily Wire",
"Talks stall | Reuters", "Dam bursts – TIME NewsFeed", or the reporters' names. That tail is
no part of what happened, and a title that keeps it ("... Harbor Town-Daily Wire") reads as
if the outlet were the object. The tail is told by its shape: after a spaced dash or bar at
the line's end, a few words each capitalised (names join with "and", "of", "the", "&").
"""

from __future__ import annotations

import re

from timeline_app.core.extraction import lexicon

_MAX_TAIL_WORDS = 6
# A spaced dash or bar, then the tail, to the line's end (a hyphen inside a word is not one).
_SEPARATED_TAIL = re.compile(r"\s+(?:[-–—|]{1,2})\s+([^-–—|\n]{2,80}?)\s*$")
# Small words a name of an outlet or a list of bylines may hold between its capitals.
_NAME_JOINERS = lexicon.words("and of the on for &")


def outlet_tail(headline: str) -> str | None:
    """The outlet or byline after a headline's last spaced dash or bar, if its words are a
    name's: few, each capitalised or a joiner ("Daily Wire", "Maggie Haberman and Shira
    Toeplitz"); None for a tail a sentence would write ("- and more", "- 3 dead")."""
    match = _SEPARATED_TAIL.search(headline.rstrip())
    if match is None:
        return None
    words = match.group(1).split()
    if not words or len(words) > _MAX_TAIL_WORDS or not words[0][:1].isupper():
        return None
    if all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return match.group(1)
    return None


def blank_headline_outlet(text: str) -> str:
    """``text`` with the outlet its first line ends on blanked out (spaces, so every offset
    stays), when that line is a headline (no full stop ends it): the parser then reads
    "Storm floods Harbor Town" and not "Harbor Town - Daily Wire" as one object."""
    line_end = text.find("\n")
    line = text if line_end < 0 else text[:line_end]
    if not line.strip() or line.rstrip().endswith((".", "!", "?")):
        return text
    if outlet_tail(line) is None:
        return text
    match = _SEPARATED_TAIL.search(line.rstrip())
    assert match is not None
    start, end = match.start(), match.end()
    return text[:start] + " " * (end - start) + text[end:]
