"""Where a text quotes someone: one reading of its quotation marks, made once per text.

English news marks a quotation with double quotes, straight or curly ("...", “...”), in wire
copy with two backticks and two apostrophes (``...''; some wire copy opens with two
apostrophes too: ''...''), and nests one inside another with single quotes (“He shouted
‘Stop!’ twice,” she said). British papers take single quotes for the outer quotation and
headlines use them for a few quoted words ("Minister in 'quasi-state of war'"). A quotation
that runs over paragraphs leaves each paragraph but the last unclosed and opens the next one
with a quote mark again; a paragraph that ends with a quotation open and does not go on so
ends that quotation (a closing mark was lost), and a mark that closes nothing is stray (an
inch mark, 5'10", or a lost opening one) and quotes nothing.

What a mark does is read from its glyph where the glyph tells (“ opens, ” closes), else from
its neighbours: after a space or the start of a line and before a word, a mark opens; after
a word or punctuation and before a space, punctuation or the line end, it closes. Once a
straight quotation is open the next straight mark closes it, as a writer's straight quotes
alternate, even one typed with its space on the wrong side; a mark doubled by a page's copy
(""The ...) counts once. A single mark between
two letters is an apostrophe ("don't"), and a single mark that would open a quotation counts
only when a mark that can close it follows in its paragraph ("’90s", "'em" and a stray
apostrophe open nothing). One pass over the marks, with a binary search for single quotes'
closings: linear in the text, whatever its marks.

NYT wire codes such as ``&QL;`` and ``&QR;`` are typesetting (quad left, quad right), not
quotation marks, and are not read here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Every mark, and the line ends where a quotation may stop.
_MARK = re.compile(r"``|''|[\"“”„‘’'`\n]")
_DOUBLE_OPENERS = ("“", "„", "``")
_SINGLE_OPENERS = ("‘", "`")
# What a quote mark that opens may follow: the line's start, a space, an opening bracket or
# dash, another opening mark ("“‘Stop,’ he said”").
_BEFORE_OPENING = " \t\r\n\u00a0([{—–-/“‘„`\"'"
# What a closing mark may be followed by: a space, punctuation, a closing bracket or mark.
_AFTER_CLOSING = " \t\r\n\u00a0.,;:!?)]}—–-/”’\"'…"
# Elisions that open with an apostrophe, not a quotation: "'90s", "'em", "'tis", "rock 'n' roll".
_ELISION = re.compile(r"\d\d\b|(?:em|tis|twas|til|cause|n|bout|round)\b", re.I)
# A single mark that can close a quotation: after a word or punctuation, before a space,
# punctuation or the line end.
_SINGLE_CLOSING = re.compile(r"(?<=[^\s(\[{“‘])[’'](?=[\s.,;:!?)\]}—–\-/”\"…]|$)", re.M)
# A single mark that may open one: after a space, bracket, dash or double mark, before a word.
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[{—–\-/“\"„]))[‘'`](?=\S)", re.M)
# No news nests quotations deeper; deeper marks are hostile input or stray.
_DEEPEST = 4
# The marks that may open a paragraph that goes on with the quotation of the one before.
_REOPENS = {
    "double": re.compile(r"(?:“|„|``|\"|'')(?=\S)"),
    "single": re.compile(r"[‘'`](?=\S)"),
}
_BLANK = re.compile(r"[ \t\r\n\u00a0]*")
# How a quotation that closes on these goes on to say who spoke: “..., ” the minister said.
_SPEECH_ENDS = ",!?—–-…"
# What speech closes on (“... the region,” he said; “Go!”), not a name or a few words.
_SPOKEN_ENDS = ",.!?;:-—…"
_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?]\s+[A-Z]")
_CLOSING_MARKS = "\"'”’`"
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_SPEAKER_WORDS = 8  # "said the deputy foreign minister of Ruritania, Ana Lind"


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: ``start`` is its opening mark, ``end`` the offset just past its closing
    mark, or its last paragraph's end when it is left open; ``depth`` is 0 for a quotation in
    the text's own words, 1 for one nested inside another, and so on; ``double`` tells double
    marks from single; ``closed`` whether a mark closed it; ``speech`` whether it reads as
    speech: it closes on punctuation (“... the region,” he said) or runs on unclosed, where a
    quoted name of a work and a few quoted words close on a word (her film “Salt Roads” won;
    troops “crossed at dawn”)."""

    start: int
    end: int
    depth: int
    double: bool
    closed: bool
    speech: bool


class Quotations:
    """A text's quotations, read once, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = _read(text)
        self.quotations = found
        self._outer = [q for q in found if q.depth == 0]
        self._starts = [q.start for q in self._outer]

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation (its marks included)."""
        return self.outer_at(offset) is not None

    def covers(self, start: int, end: int) -> bool:
        """Whether the whole of ``start``..``end`` lies inside one quotation."""
        outer = self.outer_at(start)
        return outer is not None and end <= outer.end

    def outer_at(self, offset: int) -> Quotation | None:
        """The quotation in the text's own words that holds ``offset``, if any."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._outer[index].end:
            return self._outer[index]
        return None

    def innermost_at(self, offset: int) -> Quotation | None:
        """The most deeply nested quotation that holds ``offset``, if any."""
        outer = self.outer_at(offset)
        if outer is None:
            return None
        best = outer
        index = bisect.bisect_left(self.quotations, outer.start, key=lambda q: q.start)
        for quotation in self.quotations[index:]:
            if quotation.start >= outer.end:
                break
            if quotation.start <= offset < quotation.end and quotation.depth > best.depth:
                best = quotation
        return best

    def speaker(self, quotation: Quotation) -> tuple[int, int] | None:
        """Where the words that say who spoke a quotation lie: the tail of its sentence after
        a quotation that closes on a comma or the like (“We will rebuild,” the mayor said.),
        else the start of its sentence before a quotation it introduces with a colon or a
        comma (The mayor said: “We will rebuild.”); None when neither names one."""
        text = self.text
        if quotation.closed:
            inside = text[quotation.start : quotation.end].rstrip(_CLOSING_MARKS)
            if inside.rstrip()[-1:] in _SPEECH_ENDS:
                tail = _words_until_sentence_end(text, quotation.end)
                if tail is not None:
                    return tail
        first = self.outer_at(quotation.start) or quotation
        return _words_before(text, first.start)


def _words_until_sentence_end(text: str, at: int) -> tuple[int, int] | None:
    """The words from ``at`` to the end of their sentence, when they are few."""
    end = _SENTENCE_END.search(text, at)
    stop = end.start() if end is not None else len(text)
    words = text[at:stop]
    # another quotation, or none at all, is no tail of attribution
    if not words.strip() or any(m in words for m in '"“”``') or len(words.split()) > _SPEAKER_WORDS:
        return None
    lead = len(words) - len(words.lstrip(" ,"))
    return at + lead, stop


def _words_before(text: str, at: int) -> tuple[int, int] | None:
    """The words of the sentence before a quotation they introduce with a colon or comma."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at].rstrip()
    if not before or before[-1] not in ",:":
        return None
    ends = list(re.finditer(r"[.!?][\"'”’]*\s", before))
    start = line_start + (ends[-1].end() if ends else 0)
    words = text[start : line_start + len(before) - 1]
    if not words.strip() or len(words.split()) > _SPEAKER_WORDS:
        return None
    return start + len(words) - len(words.lstrip()), start + len(words.rstrip())


def _ends_as_speech(text: str, start: int, end: int) -> bool:
    """Whether a closed quotation reads as speech: it closes on the punctuation speech ends
    on, or has a comma right after its closing mark as logical punctuation puts it ("... 251",
    said the agency), or holds more than one sentence, which no name of a work does."""
    inside = text[max(start, end - 8) : end].rstrip(_CLOSING_MARKS).rstrip()
    if inside[-1:] in _SPOKEN_ENDS or text[end : end + 1] == ",":
        return True
    return _SENTENCE_BREAK.search(text, start, end) is not None


@dataclass(slots=True)
class _Open:
    start: int
    double: bool
    depth: int
    straight: bool = False  # opened by a straight mark (" or ''), which the next one closes


def _read(text: str) -> list[Quotation]:
    """Every quotation of ``text``, by where it starts (nested ones after their outer one)."""
    reader = _Reader(text)
    skip_to = -1  # a paragraph's opening mark that goes on with the quotation before it
    for match in _MARK.finditer(text):
        at, mark = match.start(), match.group()
        if at < skip_to:
            continue
        if mark == "\n":
            skip_to = reader.line_end(at)
            continue
        before = text[at - 1] if at > 0 else "\n"
        after = text[match.end()] if match.end() < len(text) else "\n"
        opens = before in _BEFORE_OPENING and not after.isspace()
        closes = not before.isspace() and after in _AFTER_CLOSING
        if mark in _DOUBLE_MARKS:
            reader.double(mark, at, match.end(), opens, closes)
        else:
            reader.single(mark, at, match.end(), opens, closes)
    reader.close_down_to(0, len(text), closed=False)
    reader.out.sort(key=lambda q: (q.start, q.depth))
    return reader.out


_STRAIGHT = frozenset(['"', "''"])
_DOUBLE_MARKS = frozenset(["“", "„", "``", '"', "''", "”"])


class _Reader:
    """The quotations open at a point of the text, innermost last, and those read so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        # where a single quote may close, for a single mark that would open one to look up
        self.closings = [m.start() for m in _SINGLE_CLOSING.finditer(text)]
        self.openings = [m.start() for m in _SINGLE_OPENING.finditer(text)]
        self.stack: list[_Open] = []
        self.out: list[Quotation] = []
        self._end_of_line = -1  # the end of the line last looked up, kept: one search a line

    def _line_end(self, at: int) -> int:
        """Where the line holding ``at`` ends."""
        if at > self._end_of_line:
            found = self.text.find("\n", at)
            self._end_of_line = len(self.text) if found < 0 else found
        return self._end_of_line

    def close_down_to(self, index: int, end: int, closed: bool) -> None:
        """Close the quotation at ``index`` of the stack and every one nested in it."""
        while len(self.stack) > index:
            item = self.stack.pop()
            shut = closed and len(self.stack) == index
            speech = not shut or _ends_as_speech(self.text, item.start, end)
            self.out.append(Quotation(item.start, end, item.depth, item.double, shut, speech))

    def _innermost(self, double: bool) -> int | None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].double == double:
                return index
        return None

    def line_end(self, at: int) -> int:
        """Read a line end at ``at``: a quotation open there goes on when the next paragraph
        opens with its kind of mark (what it nested ends), else it ends. Returns where the
        reading goes on (past that opening mark)."""
        if not self.stack:
            return -1
        blank = _BLANK.match(self.text, at)
        next_line = blank.end() if blank is not None else at + 1
        outer = self.stack[0]
        reopen = _REOPENS["double" if outer.double else "single"].match(self.text, next_line)
        if reopen is not None:
            self.close_down_to(1, at, closed=False)
            return reopen.end()
        self.close_down_to(0, at, closed=False)
        return -1

    def double(self, mark: str, at: int, end: int, opens: bool, closes: bool) -> None:
        """Read one double mark: it opens a quotation, closes one, or is stray."""
        open_at = self._innermost(double=True)
        straight = mark in _STRAIGHT
        if mark in _DOUBLE_OPENERS:
            role_opens = True
        elif mark == "”":
            # a closing glyph typed for an opening one: ”We won,” he said
            role_opens = opens and not closes and open_at is None
        elif open_at is not None and self.stack[open_at].straight:
            # straight marks alternate, whatever their spacing: a closing one typed with its
            # space on the wrong side (her song "Rain On The Quay "won a prize) still closes
            role_opens = False
        elif open_at is not None:
            role_opens = opens and not closes  # a straight quotation nested in a curly one
        elif opens != closes:
            role_opens = opens
        else:
            role_opens = True  # neither side tells: with nothing open, it opens
        if not role_opens:
            if open_at is not None and self.text[self.stack[open_at].start : at] in _STRAIGHT:
                return  # ""The port is shut," ...: a doubled mark, not an empty quotation
            if open_at is not None:
                self.close_down_to(open_at, end, closed=True)
            return  # a closing mark with nothing open is stray (an inch mark: 31")
        if open_at is not None and not straight:
            # a second opening glyph while one is open: the first lost its closing mark
            self.close_down_to(open_at, at, closed=False)
        if len(self.stack) < _DEEPEST:
            self.stack.append(_Open(at, True, len(self.stack), straight))

    def single(self, mark: str, at: int, end: int, opens: bool, closes: bool) -> None:
        """Read one single mark: it opens a quotation, closes one, or is an apostrophe."""
        text = self.text
        open_at = self._innermost(double=False)
        line_end = self._line_end(end)
        later = bisect.bisect_right(self.closings, at)
        closes_later = later < len(self.closings) and self.closings[later] < line_end
        if closes and open_at is not None and mark in ("’", "'"):
            if text[at - 1] in "sS" and text[end : end + 2].strip()[:1].isalpha():
                # "‘The dockers’ union will strike,’": a plural's apostrophe, when a later
                # mark closes before any other could open
                closing = self.closings[later] if closes_later else line_end
                if closes_later and bisect.bisect_left(
                    self.openings, closing
                ) == bisect.bisect_right(self.openings, at):
                    return
            self.close_down_to(open_at, end, closed=True)
            return
        if not opens or mark == "’" or (mark == "'" and _ELISION.match(text, end)):
            return
        if open_at is not None and open_at == len(self.stack) - 1:
            return  # single quotes nest only inside double ones: this is no opening
        if closes_later and len(self.stack) < _DEEPEST:
            # opens only with a closing mark later in its paragraph
            self.stack.append(_Open(at, False, len(self.stack)))
