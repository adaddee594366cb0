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

The same mistake inside a saying ("Acme said sales for the quarter ended March 31 fell 4%")
makes the participle the saying's complement and the real verb the participle's object or the
saying's second verb: the verb after the date then takes the complement's place, and a noun
the parse gave the saying as its object ("said profit", read "profit" the saying's) becomes
that verb's subject. A "was" that is the copula of an amount ("was $5 million") hands the
sentence to the amount it links.
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
# The relations of a clause the participle can wrongly head: the sentence's, or a saying's
# complement.
_CLAUSE_HEADS = frozenset({"ROOT", "root", "ccomp", "xcomp"})
# A saying's complement, which the parse may also read as the saying's open complement
_SAID = frozenset({"ccomp", "xcomp"})
# Relations the parse gives the noun before the participle when it hangs it on the saying.
_SAYING_NOUNS = frozenset({"obj", "xcomp", "dobj"})


def mend_dated_participles(doc: Doc) -> None:
    """Make the verb after a participle's date the root (see the module)."""
    for token in doc:
        if token.dep_ in _CLAUSE_HEADS and token.tag_ in ("VBD", "VBN"):
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
    if not verb.text.islower() or verb.tag_.startswith("VB") and not _hung_on(verb, participle):
        return None
    if verb.lower_ in _PAST_BE or past_tense_form(verb):
        return _linked_amount(verb, participle) or verb
    return None


def _hung_on(verb: Token, participle: Token) -> bool:
    """Whether the parse hung ``verb`` on the participle, or, the participle being a
    saying's complement, on the saying beside it; a copula counts by the word it links."""
    head = verb.head if verb.dep_ == "cop" and verb.head.i > verb.i else verb
    if head.head.i == participle.i:
        return True
    return participle.dep_ in _SAID and head.head.i == participle.head.i and head.i != head.head.i


def _linked_amount(verb: Token, participle: Token) -> Token | None:
    """The amount a "was" links ("was $5 million"), when the parse made "was" its copula."""
    if verb.dep_ == "cop" and verb.head.i > verb.i and verb.head.i != participle.i:
        return verb.head
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
    """``verb`` heads the participle's clause; the participle hangs on the noun before it,
    and its subject and its words after the date go to ``verb``, as does a noun the parse
    hung on the saying between the saying and the participle."""
    doc = participle.doc
    noun = doc[participle.i - 1]
    head = verb if participle.dep_ in ("ROOT", "root") else participle.head
    dep = "ccomp" if participle.dep_ in _SAID else participle.dep_
    moves: list[Move] = [(verb, head, dep), (participle, noun, "acl")]
    end = _date_end(doc, participle.i + 1) or participle.i + 1
    for child in participle.children:
        if child.i == verb.i:
            continue
        if child.i < participle.i or child.i > verb.i:
            moves.append((child, verb, child.dep_))
    for token in doc[participle.i + 1 : end]:
        # a date's word the parse gave the verb or its amount stays the participle's
        if not token.is_punct and not participle.i < token.head.i < end:
            moves.append((token, participle, "obj" if token.head.i == verb.i else token.dep_))
    if participle.dep_ in _SAID:
        saying = participle.head
        for child in saying.children:
            if saying.i < child.i < participle.i and child.dep_ in _SAYING_NOUNS:
                moves.append((child, verb, "nsubj"))
                if child.tag_ == "JJ":  # "said profit": read as the saying's complement
                    child.tag_, child.pos_ = "NN", "NOUN"
    if move_heads(moves):
        if verb.tag_.startswith("VB") or verb.lower_ in _PAST_BE or past_tense_form(verb):
            verb.tag_ = "VBD"
            verb.pos_ = "AUX" if verb.lower_ in _PAST_BE else "VERB"
        participle.tag_ = "VBN"
