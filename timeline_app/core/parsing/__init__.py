"""The app's own English parser: tags, dependencies, sentences and names of a text.

A spaCy pipeline trained by ``packaging/parser/`` on Universal Dependencies treebanks ships
inside the package (``model/``); nothing is downloaded. It is loaded once, on the first
``parse``, because loading costs about half a second that a user who never reads an article
should not pay at start-up.

What a parsed ``Doc`` holds: ``token.tag_`` (Penn Treebank), ``token.pos_`` and
``token.morph`` (Universal Dependencies), ``token.dep_``/``token.head`` (UD relations: ``nsubj``,
``obj``, ``nsubj:pass``, …), ``doc.sents`` (from the parser, so "Mr." or "U.S." end no
sentence) and ``doc.ents`` (PERSON, ORG, LOC — every place, countries included — EVENT,
MISC).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, cast

from timeline_app.core.parsing.conjoined_nouns import mend_conjoined_nouns
from timeline_app.core.parsing.contact_relatives import mend_contact_relatives
from timeline_app.core.parsing.dated_participles import mend_dated_participles
from timeline_app.core.parsing.day_that_clauses import mend_day_that_clauses
from timeline_app.core.parsing.document_sayings import mend_document_sayings
from timeline_app.core.parsing.finite_pasts import mend_finite_pasts
from timeline_app.core.parsing.fronted_phrases import mend_fronted_phrases
from timeline_app.core.parsing.headline_case import headline_reading, read_as, register
from timeline_app.core.parsing.long_runs import make_doc
from timeline_app.core.parsing.object_that_relatives import mend_object_that_relatives
from timeline_app.core.parsing.participle_predicates import mend_participle_predicates
from timeline_app.core.parsing.prefixed_words import keep_prefixed_words
from timeline_app.core.parsing.subject_relatives import mend_subject_relatives
from timeline_app.core.parsing.subject_relatives_as_clauses import (
    mend_subject_relatives_as_clauses,
)
from timeline_app.core.parsing.told_hearers import mend_told_hearers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.types import Ints2d

MODEL_DIR = Path(__file__).parent / "model"

# Longer texts are parsed in pieces: spaCy refuses texts over a million characters, and the
# parser's memory grows with the length of what it is given at once.
CHUNK_CHARS = 100_000


class ParserUnavailableError(RuntimeError):
    """The shipped model cannot be loaded (a broken installation)."""


class ParseCancelled(Exception):
    """The caller asked, through ``cancelled``, for the parse to stop."""


_lock = threading.Lock()
# One parse at a time: the extraction runs on worker threads, and a spaCy pipeline is not
# documented as safe to call from two threads at once (its vocabulary grows as it reads).
_parse_lock = threading.Lock()
_pipeline: Language | None = None


def load_pipeline() -> Language:
    """The parser, loaded from the package on the first call and shared afterwards."""
    global _pipeline
    with _lock:
        if _pipeline is None:
            _pipeline = _load(MODEL_DIR)
        return _pipeline


def _load(path: Path) -> Language:
    try:
        import spacy

        nlp = spacy.load(path)
    except (OSError, ValueError, KeyError, ImportError) as problem:
        raise ParserUnavailableError(
            f"The English parser could not be loaded from {path} ({problem}); "
            "reinstall Crisis Timeline."
        ) from None
    keep_prefixed_words(nlp)
    register()
    return nlp


def parse(
    text: str,
    starts: Collection[int] | None = None,
    undecided: Collection[int] = (),
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Doc:
    """``text`` parsed; the ``Doc``'s text is ``text`` exactly, so offsets carry over.

    With ``starts`` (character offsets), sentences start there and nowhere else, except at
    the offsets in ``undecided``, where the parser decides: the caller's rules know where
    full stops end sentences, the parser whether "Mr." or "U.S." ends one. ``cancelled`` is
    asked between pieces of CHUNK_CHARS (a second or two of parsing each); when it returns
    True, ``ParseCancelled`` is raised.
    """
    nlp = load_pipeline()
    with _parse_lock:
        return _parse_with(nlp, text, starts, undecided, cancelled)


def _parse_with(
    nlp: Language,
    text: str,
    starts: Collection[int] | None,
    undecided: Collection[int],
    cancelled: Callable[[], bool] | None = None,
) -> Doc:
    from spacy.tokens import Doc

    # Pieces that end at a line end (or a space) keep every character, so the joined Doc has
    # the same text and offsets as one parse would.
    pieces = _pieces(text, CHUNK_CHARS)
    docs = []
    offset = 0
    for piece in pieces:
        doc = make_doc(nlp, piece)
        if starts is not None:
            _preset_sentences(doc, offset, set(starts), set(undecided))
        docs.append(doc)
        offset += len(piece)
    parsed = []
    # One piece at a time (nlp.pipe would take them all in one batch), so that a long text's
    # parse can be stopped between pieces.
    for number, doc in enumerate(docs):
        if cancelled is not None and cancelled():
            raise ParseCancelled
        words = headline_reading(doc) if number == 0 else None
        if words is None:
            doc = nlp(doc)
        else:
            reading = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
            if starts is not None:
                _preset_sentences(reading, 0, set(starts), set(undecided))
            doc = read_as(doc, nlp(reading))
        mend_conjoined_nouns(doc)
        mend_contact_relatives(doc)
        mend_object_that_relatives(doc)
        mend_day_that_clauses(doc)
        mend_fronted_phrases(doc)
        mend_told_hearers(doc)
        mend_subject_relatives(doc)
        mend_subject_relatives_as_clauses(doc)
        mend_participle_predicates(doc)
        mend_finite_pasts(doc)
        mend_dated_participles(doc)
        mend_document_sayings(doc)
        parsed.append(doc)
    if len(parsed) == 1:
        return parsed[0]
    return Doc.from_docs(parsed, ensure_whitespace=False)


def _preset_sentences(doc: Doc, offset: int, starts: set[int], undecided: set[int]) -> None:
    """Sentence starts fixed before the parser runs (it keeps them): True at ``starts``, left
    to the parser at ``undecided``, False elsewhere."""
    # All at once: setting Token.is_sent_start one by one makes spaCy scan the whole
    # document each time (quadratic: 8 of 11 s on a 100 KB article).
    import numpy

    values = numpy.empty((len(doc), 1), dtype="int64")
    for token in doc:
        where = offset + token.idx
        if token.i == 0 or where in starts:
            values[token.i, 0] = 1
        elif where in undecided:
            values[token.i, 0] = 0
        else:
            values[token.i, 0] = -1
    # spaCy's arrays are unsigned: -1 ("no start") is its two's complement
    doc.from_array(["SENT_START"], cast("Ints2d", values.astype("uint64")))


def _pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at line ends where it can
    be, else at a space; the pieces put together are ``text``."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = text.rfind("\n", start + 1, window_end) + 1
        if cut <= start:
            cut = text.rfind(" ", start + 1, window_end) + 1
        if cut <= start:
            cut = window_end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
