"""Which fuller mention "the law" or "that lawsuit" stands for.

News names a thing in full once ("Vestland's strict new harbour law", "a copyright
lawsuit") and after that by its noun alone: "builders have gone since the law was upheld".
A title that keeps the bare noun ("Law upheld") tells a reader nothing the article did not
say better; a reader takes "the law" for the thing named by the same noun before it, and a
title should name it so ("Vestland's strict new harbour law upheld").

Only a subject of "the", "that" or "this" (or "these", "those") and one common noun counts,
a definite description pointing back; "a law" or "the new law" may be another. The nearest
earlier mention of the same noun in the same number, within a few paragraphs, is the one
meant; where that mention is bare too it points back in its turn, to the fuller one before
it. What the fuller mention adds are the words the parse sets before its noun to say which
one (a name's possessive, a compound, an adjective), never a date or a number ("the 1991
agreement" dates it, and the title has its own date). People, firms, bodies and a firm's
figures have their own rules (``pronoun_reference``, ``body_reference``), and are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction.body_reference import ANY_BODY_NOUNS, NAMED_BODY_NOUNS
from timeline_app.core.extraction.lexicon import FIRM_NOUNS, words
from timeline_app.core.extraction.name_cues import ROLE_NOUNS
from timeline_app.core.extraction.pronoun_reference import ACCOUNT_NOUNS, REACH

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The determiners of a description that points back to something named before.
POINTING_BACK = words("the that this these those")
# Nouns whose bare description is another rule's, or too vague to take a fuller mention's
# words ("the time", "the year": another mention is seldom the same one).
_OWNED_ELSEWHERE = (
    FIRM_NOUNS
    | NAMED_BODY_NOUNS
    | ANY_BODY_NOUNS
    | ROLE_NOUNS
    | ACCOUNT_NOUNS
    | words("couple pair family man woman people time times year years day days moment")
    # the force or government of wherever the news is: "the police" of one paragraph may be
    # another country's than the "Serb police" of the one before
    | words("police army military government troops crowd")
)
# Words before a noun that say which one only by pointing elsewhere ("such a lawsuit",
# "the other store", "her hashtag"): no fuller name for a title.
_POINTING_WORDS = words("such other another same similar own")
# What the parse sets before a noun to say which one it is.
_WHICH_DEPS = frozenset({"amod", "compound", "nmod:poss", "flat"})
# At most this many words of the fuller mention before its noun: more is a clause's worth.
_MOST_WORDS = 4


def fuller_mention(doc: Doc | None, at: int) -> tuple[int, int] | None:
    """Where the fuller mention lies that the subject noun at offset ``at`` stands for, when
    it is a bare description pointing back (a determiner that does and the noun alone):
    from the mention's first word that says which one to its noun. None when the subject
    is no such description, or no earlier mention of its noun within reach says more."""
    if doc is None:
        return None
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    noun = span[0]
    bare = [c for c in noun.children if c.i < noun.i] == [doc[noun.i - 1]] if noun.i else False
    if not bare or not _points_back(noun) or noun.pos_ != "NOUN" or not noun.text.islower():
        return None
    if noun.lower_ in _OWNED_ELSEWHERE or any(c.i > noun.i for c in noun.children):
        return None  # "the law on water rights" says which already
    for token in reversed(doc[: noun.sent.start]):
        if token.idx < at - REACH:
            return None
        if token.lower_ != noun.lower_ or token.pos_ != "NOUN" or _verbless(token.sent):
            continue
        which = _which_one(token)
        if which is not None:
            return which
        if not _points_back(token):
            return None  # "a law": a new one, not the one meant
    return None


def _which_one(noun: Token) -> tuple[int, int] | None:
    """The characters from the first word before ``noun`` that says which one it is to the
    noun's end, or None when no such word stands before it."""
    said = [
        child
        for child in noun.lefts
        if child.dep_ in _WHICH_DEPS
        and not child.like_num
        and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
    ]
    if not said or any(_points_elsewhere(t) for c in said for t in c.subtree):
        return None
    first = min(child.left_edge.i for child in said)
    before = [t for t in noun.doc[first : noun.i] if t.lower_ not in ("'s", "’s")]
    if len(before) > _MOST_WORDS or any(t.is_punct for t in before):
        return None
    return noun.doc[first].idx, noun.idx + len(noun.text)


def _points_back(noun: Token) -> bool:
    """Whether ``noun`` is itself a bare description pointing back ("the law")."""
    return any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in noun.children)


def _points_elsewhere(token: Token) -> bool:
    """Whether ``token`` says which one only by pointing at something else: a pronoun ("her
    hashtag") or a word like "such" or "other"."""
    return token.pos_ == "PRON" or token.lower_ in _POINTING_WORDS


def _verbless(sentence: Span) -> bool:
    """Whether the parse found no verb in ``sentence``: a headline or a caption, whose verb it
    often reads as a noun ("Dockers end strike": "Dockers end" is no kind of strike)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in sentence)
