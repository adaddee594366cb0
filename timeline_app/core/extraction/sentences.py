"""Sentence splitting with character offsets.

The rules below say where a sentence surely ends; after an abbreviation that may end one
("in the U.S. Officials said", "Mr. Smith") only the grammar of what follows can tell, and
the extractor lets the parser decide there (``undecided_starts``, then ``split_sentences``
with the parser's sentence starts). Without a parse, a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets that follow)
when the next text starts a new sentence, and always at a blank line. A period after a known
abbreviation ("Mr.", "Dec.", "Gen.") or an initial ("U.S.", "J. Smith") does not end one
unless a paragraph break follows.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.list_marks import list_marks, past_list_mark
from timeline_app.core.extraction.quotations import Quotations

# Abbreviations whose period is not a sentence end (compared without the period, lowercased).
ABBREVIATIONS = words("""
mr mrs ms dr prof sr jr st gen lt col maj capt cmdr adm sgt cpl pvt rev sen rep gov pres
hon amb sec dept corp inc ltd co cie bros no nos vol fig approx est vs etc al ca cf
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
a.m p.m e.g i.e mt ft ave blvd
""")

# Abbreviations of a numbering word, whose period never ends a sentence before the number they
# take: "the No. 1 seller", "Vol. 2 of the series", "Fig. 3 shows".
NUMBERING_ABBREVIATIONS = words("no nos vol fig")
# Abbreviations that open a firm's name in the news ("Cie. Financière de Suez", French and
# Belgian "Compagnie"), whose period is not a sentence end before the rest of the name.
NAME_OPENING_ABBREVIATIONS = words("cie")

_CLOSERS = "\"'”’)]»`"
# A candidate end: terminal punctuation, then closing quotes/brackets, then space.
_END = re.compile(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*(?=\s|$)")
_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n|\r\n[ \t\u00a0]*\r\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text == article[start:end]``; ``paragraph`` counts from 0; ``lead``:
    it is the headline or one of the story's opening sentences (``mark_lead``);
    ``quotations``: the article's quotations, read once for all its sentences (a quotation
    runs over sentences and paragraphs)."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int
    lead: bool = False
    quotations: Quotations | None = field(default=None, compare=False, repr=False)


def _word_before(text: str, pos: int) -> str:
    """The token that ends just before ``pos`` (the period's position)."""
    match = re.search(r"(\S+)$", text[max(0, pos - 80) : pos])  # a word, not the text so far
    return match.group(1) if match else ""


def _is_abbreviation(text: str, period: int) -> bool:
    word = _word_before(text, period).lstrip("\"'“‘([")
    low = word.lower()
    if low in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "U.S", "J", "U.N"
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word))


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the text after ``pos`` (past spaces) looks like a sentence start."""
    rest = text[pos : pos + 80].lstrip()  # what follows, not the rest of the text
    if not rest:
        return True
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘([«`"


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


# A wire dateline opening a story: "KYIV, March 2 (Reuters) - ", "NAIROBI, Kenya (AP) _ ",
# "WASHINGTON, August 11 (Xinhua) -- ", "ROTTERDAM, 14 November 2024 - ", "Kyiv (Reuters) - ",
# "THE HAGUE, the Netherlands (Reuters) - ". Its date is the story's own, not
# a happening's, and its place is no subject.
_DATELINE = re.compile(
    r"\s*(?:(?P<caps>[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+)*)|[A-Z][\w'’.\-]+"
    r"(?:\s+[A-Z][\w'’.\-]+){0,2})"
    r"(?:,\s*(?:the\s+)?[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)?)?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,\s*\d{4}|\s+\d{4})?)?"
    r"\s*(?P<agency>\([A-Z][\w .&'’\-]{0,30}\))?"
    r"\s*(?:--|[-–—_])\s+(?=\S)"
)
# A dateline whose dash the page lost: "WASHINGTON The central bank raised ...". Only a place
# in capitals before the story's first word, an article, is told apart so (a company in
# capitals, "ACME FOODS Inc. said", is followed by its own name's rest).
_DASHLESS_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+)*\s+(?=(?:The|A|An)\s)"
)
_DATELINE_PARAGRAPHS = 3  # a dateline opens one of the first paragraphs (after a headline)


def dateline_end(chunk: str) -> int:
    """Where a wire dateline at the start of ``chunk`` ends, or 0 if it has none."""
    m = _DATELINE.match(chunk)
    if m is None or not (m.group("caps") or m.group("agency")):
        dashless = _DASHLESS_DATELINE.match(chunk)
        return dashless.end() if dashless else 0
    return m.end()


def split_sentences(
    text: str, starts: Sequence[int] | None = None, quotations: Quotations | None = None
) -> list[Sentence]:
    """The sentences of a text, in order, trimmed of surrounding white space; a wire
    dateline opening one of the first paragraphs is left out. ``starts``, where a parser
    starts its sentences (sorted), replaces the punctuation rules inside each paragraph;
    ``quotations``, the text's quotations when they are read already."""
    if quotations is None:
        quotations = Quotations(text)
    if starts is not None:
        return _split_at(text, starts, quotations)
    sentences: list[Sentence] = []
    paragraph = 0
    for number, (para_start, para_end) in enumerate(_paragraph_spans(text)):
        chunk = text[para_start:para_end]
        if not chunk.strip():
            continue
        found = False
        begin = dateline_end(chunk) if number < _DATELINE_PARAGRAPHS else 0
        for cut in sorted(set(_full_stops(chunk)) | {mark for mark, _ in list_marks(chunk)}):
            if cut <= begin:
                continue
            found |= _add(
                sentences, text, para_start + begin, para_start + cut, paragraph, quotations
            )
            begin = cut
        found |= _add(sentences, text, para_start + begin, para_end, paragraph, quotations)
        if found:
            paragraph += 1
    return mark_lead(sentences)


def _full_stops(chunk: str) -> list[int]:
    """Where the paragraph ``chunk``'s full stops (and ``!``, ``?``) end sentences."""
    out = []
    for match in _END.finditer(chunk):
        period = match.start()
        # After an abbreviation ("Mr.", "U.S.") the period ends the sentence only when a
        # typical sentence opener follows ("... in the U.S. The next day ...").
        abbreviation = chunk[period] == "." and match.group().count(".") == 1
        if (
            abbreviation
            and _is_abbreviation(chunk, period)
            and not _acronym_ends_sentence(chunk, period, match.end())
        ):
            continue
        if _starts_sentence(chunk, match.end()):
            out.append(match.end())
    return out


def undecided_starts(text: str) -> list[int]:
    """Where a sentence may start after an abbreviation's period that the rules do not
    take as a sentence end ("Mr. Smith", "the U.S. Army"): the parser decides these."""
    out = []
    for para_start, para_end in _paragraph_spans(text):
        chunk = text[para_start:para_end]
        for match in _END.finditer(chunk):
            period = match.start()
            if (
                chunk[period] == "."
                and match.group().count(".") == 1
                and _is_abbreviation(chunk, period)
                and not _acronym_ends_sentence(chunk, period, match.end())
                and _starts_sentence(chunk, match.end())
                and not _opens_what_follows(chunk, period, match.end())
            ):
                rest = chunk[match.end() :]
                out.append(para_start + match.end() + len(rest) - len(rest.lstrip()))
    return out


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph's text begins."""
    out = []
    for para_start, para_end in _paragraph_spans(text):
        chunk = text[para_start:para_end]
        if chunk.strip():
            out.append(para_start + len(chunk) - len(chunk.lstrip()))
    return out


# No sentence of news runs this long; a stretch of text with no full stop that does (a list
# pasted without stops, a page's table, hostile input) is read as pieces of about this length.
RUN_ON_CHARS = 1200
# where a run-on stretch is cut: after a semicolon or a comma, else after any space
_RUN_ON_CUT = re.compile(r"[;,]\s+(?=\S)")


def run_on_breaks(text: str, starts: Sequence[int], limit: int = RUN_ON_CHARS) -> list[int]:
    """``starts`` (sorted sentence starts) with more wherever a sentence would run past
    ``limit`` characters: the rules that read a sentence look at all of it for each of its
    verbs, so one unstopped stretch of a long text would cost its length squared."""
    out: list[int] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        out.append(start)
        at = start
        while end - at > limit:
            window = text[at + limit // 2 : at + limit]
            cuts = list(_RUN_ON_CUT.finditer(window)) or list(re.finditer(r"\s+(?=\S)", window))
            if not cuts:
                break  # one word longer than the window: nothing to cut at
            at += limit // 2 + cuts[-1].end()
            out.append(at)
    return out


def _split_at(text: str, starts: Sequence[int], quotations: Quotations) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    for number, (para_start, para_end) in enumerate(_paragraph_spans(text)):
        if not text[para_start:para_end].strip():
            continue
        begin = para_start
        if number < _DATELINE_PARAGRAPHS:
            begin += dateline_end(text[para_start:para_end])
        found = False
        first = bisect_right(starts, begin)
        last = bisect_left(starts, para_end)
        for cut in starts[first:last]:
            found |= _add(sentences, text, begin, cut, paragraph, quotations)
            begin = cut
        found |= _add(sentences, text, begin, para_end, paragraph, quotations)
        if found:
            paragraph += 1
    return mark_lead(sentences)


# The lead of a story: what a reader takes in first, where a news story tells its news. A
# wire story often comes as one block of text, so the lead is its first sentences, not its
# first paragraph.
LEAD_SENTENCES = 2
_TOLD = re.compile(r"[.!?][" + re.escape(_CLOSERS) + r"]*$")


# Words that open a second story in one wire item: "Separately, the bank posted a loss."
_ANOTHER_STORY = re.compile(
    r"^[\"'“‘`]*(?:Separately|In (?:a |another |an )?(?:separate|unrelated|other) "
    r"(?:development|news|move|action|case)s?|In another development|Elsewhere)\b,?",
)


def mark_lead(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with ``lead`` set on the lines before the story (a headline, a date
    line: "Apple unveils new laptop" / "June 7, 2011", in the first paragraphs), on the
    first ``LEAD_SENTENCES`` sentences of the story's first paragraph (the first one with a
    sentence that ends on a full stop), and on a sentence that opens another story of the
    same item ("Separately, the bank posted a loss.")."""
    story: int | None = None
    told = 0
    out = []
    for sentence in sentences:
        if story is None and _TOLD.search(sentence.text):
            story = sentence.paragraph
        if story is None:
            lead = sentence.paragraph < _DATELINE_PARAGRAPHS
        else:
            lead = sentence.paragraph == story and told < LEAD_SENTENCES
            told += sentence.paragraph == story
            lead = lead or bool(_ANOTHER_STORY.match(sentence.text))
        out.append(replace(sentence, lead=lead))
    return out


def _opens_what_follows(chunk: str, period: int, after: int) -> bool:
    """Whether the abbreviation whose period is at ``period`` belongs to what follows it, so
    that no sentence starts there: a numbering word before its number ("the No. 1 seller"),
    or the "Cie." that opens a French firm's name ("a bid by Cie. Financière de Suez")."""
    word = _word_before(chunk, period).lstrip("\"'“‘([").lower()
    rest = chunk[after:]
    if word in NUMBERING_ABBREVIATIONS:
        return bool(re.match(r"\s+\d", rest))
    return word in NAME_OPENING_ABBREVIATIONS and bool(re.match(r"\s+[A-Z]", rest))


def _acronym_ends_sentence(chunk: str, period: int, after: int) -> bool:
    """'... in the U.S. The next day ...': a dotted acronym followed by a function word."""
    word = _word_before(chunk, period)
    if "." not in word:
        return False
    following = re.match(r"\s+[\"'“‘]?([A-Z][a-z]+)", chunk[after:])
    return bool(following and following.group(1) in _SENTENCE_OPENERS)


_SENTENCE_OPENERS = words(
    "The A An This That These Those It He She They We I In On At But And However Meanwhile "
    "Officials Police"
)


def _add(
    sentences: list[Sentence],
    text: str,
    start: int,
    end: int,
    paragraph: int,
    quotations: Quotations,
) -> bool:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return False
    lead = len(piece) - len(piece.lstrip())
    start += lead
    end = start + len(stripped)
    # a list item's bullet, dash or number is no word of its sentence
    start = past_list_mark(text, start, end)
    if start >= end:
        return False
    sentences.append(
        Sentence(start, end, text[start:end], paragraph, len(sentences), quotations=quotations)
    )
    return True
