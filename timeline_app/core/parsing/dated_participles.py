"""A period's participle and its date, taken for the sentence's verb, read as a modifier.

"Sales for the quarter ended March 31 fell 4%", "Profit in the year ended June 30 was
higher": a noun of time is followed by a participle ("ended", "closed") and the date it
names, then by the sentence's own verb. The tagger often makes the participle the root and
the real verb a noun ("fell" as the participle's object), and every reader of the parse then
tells "Sales end". A past form right after a date that follows a participle can only be the
verb of the subject before it: the participle is a reduced relative on the noun before it
("the quarter [that] ended March 31"), and the verb after the date heads the sentence.

Only a participle written as its past and participle alike ("ended", not "began"/"begun")
right after a noun is read so, and only a following word written as a past tense ("fell",
"rose", "was").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.finite_pasts import past_tense_form
from timeline_app.core.parsing.head_moves import Move, move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905 (a word list)
)
_NOUN_TAGS = frozenset({"NN", "NNS"})
_PAST_BE = frozenset({"was", "were"})


def mend_dated_participles(doc: Doc) -> None:
    """Make the verb after a participle's date the root (see the module)."""
    for token in doc:
        if token.dep_ in ("ROOT", "root") and token.tag_ in ("VBD", "VBN"):
            verb = _verb_after_date(token)
            if verb is not None:
                _reroot(token, verb)


def _verb_after_date(participle: Token) -> Token | None:
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].tag_ not in _NOUN_TAGS:
        return None
    if not (past_tense_form(participle) and _participle_form(participle)):
        return None
    end = _date_end(doc, participle.i + 1)
    if end is None or end >= len(doc):
        return None
    verb = doc[end]
    if not verb.text.islower() or verb.tag_.startswith("VB") and verb.head.i != participle.i:
        return None
    if verb.lower_ in _PAST_BE or past_tense_form(verb):
        return verb
    return None


def _date_end(doc: Doc, start: int) -> int | None:
    """The index after a month date ("Sept. 30", "March 31, 2024") that begins at ``start``."""
    i = start
    if i >= len(doc) or doc[i].lower_.rstrip(".") not in _MONTHS:
        return None
    i += 1
    if i < len(doc) and doc[i].text == ".":
        i += 1
    if i >= len(doc) or not doc[i].text.isdigit() or len(doc[i].text) > 2:
        return None
    i += 1
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text.isdigit():
        i += 2
        if i < len(doc) and doc[i].text == ",":
            i += 1
    return i


def _participle_form(verb: Token) -> bool:
    from lemminflect import getInflection, getLemma

    lemmas = getLemma(verb.lower_, upos="VERB")
    return bool(lemmas) and verb.lower_ in getInflection(lemmas[0], tag="VBN")


def _reroot(participle: Token, verb: Token) -> None:
    """``verb`` heads the sentence; the participle hangs on the noun before it, and its
    subject and its words after the date go to ``verb``."""
    noun = participle.doc[participle.i - 1]
    moves: list[Move] = [(verb, verb, participle.dep_), (participle, noun, "acl")]
    for child in participle.children:
        if child.i == verb.i:
            continue
        if child.i < participle.i or child.i > verb.i:
            moves.append((child, verb, child.dep_))
    if move_heads(moves):
        verb.tag_ = "VBD"
        verb.pos_ = "AUX" if verb.lower_ in _PAST_BE else "VERB"
        participle.tag_ = "VBN"
