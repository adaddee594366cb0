"""A date inside a clause the parse nests in another one the word rules kept whole.

The word rules cut a sentence into clauses at the words that open them ("which", "after",
"that"). A relative clause with no relative word ("the firm her father founded 40 years ago")
or one opened by a preposition ("the dispute for which the union sued in March"), and an
adverbial clause under "as" ("was struggling as she came back in 2004"), give them no such
word, and the date of the inner clause was read as the date of the outer one: the founding
year dated the naming of a chairman. The parse hangs the date on the inner clause's verb;
that clause, with a subject of its own, is the happening of the date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import ParsedText, governing_verb, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# The relations of a finite clause nested in another: a relative clause on a noun, and an
# adverbial clause on a verb.
_NESTED = frozenset({"acl:relcl", "advcl"})
# What opens an adverbial clause whose happening is told as done: time and circumstance, not
# condition or concession ("if she came back in 2004" tells nothing that happened).
_TOLD_AS_DONE = lexicon.words("as when while whilst after before once since because until")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_RELATIVE_PRONOUNS = lexicon.words("that which who whom whose what")
# "for which", "where", "whose": words that open a relative clause without being its subject
_RELATIVE_WORDS = _RELATIVE_PRONOUNS | lexicon.words("where when why")
_OBJECTS = frozenset({"obj", "iobj", "ccomp", "xcomp"})
# Adverbial clauses whose happening is at the time of the clause they hang on: the date of
# one is the other's ("was struggling as she came back in 2004").
_SIMULTANEOUS = lexicon.words("as when while whilst")
# What an inner clause tells that is no happening: a state, or where someone lived ("the
# house where she lived last year").
STATES = lexicon.NOT_HAPPENING_VERBS | lexicon.words("live reside")


@dataclass(frozen=True, slots=True)
class NestedClause:
    """The inner clause a date belongs to: its verb, where it starts (its subject) and
    ends, the word that opened it ("as"; "" for a relative clause), and for a relative
    clause whose verb has no object of its own, where its noun lies ("the firm her father
    founded": the firm is what was founded)."""

    verb: Token
    start: int
    end: int
    marker: str
    object_span: tuple[int, int] | None = None

    @property
    def simultaneous(self) -> bool:
        """Whether the outer clause happened at the inner one's time, and its date too."""
        return self.marker in _SIMULTANEOUS


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject when it is a noun or a personal pronoun, not a relative word."""
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.lower_ not in _RELATIVE_PRONOUNS:
            return child
    return None


def _finite(verb: Token) -> bool:
    if verb.tag_ in _FINITE_TAGS:
        return True
    return any(c.dep_ in ("aux", "aux:pass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def nested_dated_clause(
    parsed: ParsedText, start: int, end: int, head_at: int | None, clause_end: int
) -> NestedClause | None:
    """The clause nested in the one headed at ``head_at`` that the date in ``[start, end)``
    belongs to, if the parse hangs the date on a finite verb with a subject of its own inside
    it: "named chairman of the firm her father founded 40 years ago" -> founded; "struggling
    as she came back as a coach in 2004" -> came."""
    if head_at is None:
        return None
    verb = governing_verb(parsed, start, end)
    if verb is None or verb.idx == head_at or verb.dep_ not in _NESTED or not _finite(verb):
        return None
    head = parsed.token_at(head_at)
    if head is None or head not in verb.ancestors:
        return None  # not inside the clause the date was found in
    subject = _own_subject(verb)
    if subject is None or subject.i > verb.i:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "the tax it would raise in 2015": what would be is no happening
    if (
        verb.dep_ == "acl:relcl"
        and not _opened_by_relative_word(verb)
        and any(c.dep_ in _OBJECTS or c.dep_ == "aux:pass" for c in verb.children)
    ):
        # with no relative word the noun is the clause's object, left out: a clause that
        # has one of its own, or is passive, is the parse's misreading of a name ("the
        # review Meridian was dedicated to her in 1971")
        return None
    marker = ""
    if verb.dep_ == "advcl":
        marks = [c for c in verb.children if c.dep_ == "mark"]
        if len(marks) != 1 or marks[0].lower_ not in _TOLD_AS_DONE:
            return None
        marker = marks[0].lower_
    first = subject.left_edge
    last = verb
    for token in verb.subtree:
        if token.i <= verb.i:
            continue
        if token.is_punct and token.text not in ("-", "'", "’"):
            break  # ", a year it lost ...": what follows a comma or dash is no part of it
        last = token
    stop = min(last.idx + len(last.text), clause_end)
    return NestedClause(verb, first.idx, stop, marker, _object_noun(verb, subject))


_STATE_RELATIVES = lexicon.words("where which who whom whose")


def state_after_relative_word(nested: NestedClause) -> bool:
    """Whether the inner clause tells a state and opens on a relative word, not "that" ("the flat where
    the suspect lived last year"): its date is the state's, which is no event, and not the
    outer clause's either. With no relative word the parse may have hung the outer clause's
    date on the wrong verb ("took the kite she built to the fair on May 4"), so the date
    is left to the outer clause."""
    verb = nested.verb
    return (
        verb.dep_ == "acl:relcl"
        and lemma(verb) in STATES
        # not "that", which the parse may take for a relative word where it opens what was
        # said ("donors tell reporters that she made the claim Thursday")
        and any(t.lower_ in _STATE_RELATIVES for t in verb.subtree if t.i < verb.i)
    )


def _opened_by_relative_word(verb: Token) -> bool:
    return any(
        t.lower_ in _RELATIVE_WORDS for t in verb.subtree if t.i < verb.i and t.dep_ != "nsubj"
    )


def _object_noun(verb: Token, subject: Token) -> tuple[int, int] | None:
    """Where the noun a relative clause with no relative word hangs on lies (its words
    before it too), when the clause's verb has no object: the noun is its object. The noun
    is the word right before the clause ("the firm | her father founded"), wherever the
    parse hangs the clause."""
    if verb.dep_ != "acl:relcl":
        return None
    pronoun = _object_pronoun(verb)
    if any(
        (c.dep_ in _OBJECTS or c.lower_ in _RELATIVE_PRONOUNS)
        and (pronoun is None or c.i != pronoun.i)
        for c in verb.children
    ):
        return None  # "the dispute for which the union sued the operator"
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return None  # "the bill she was handed": the noun is no object of the verb
    first = subject.left_edge
    if pronoun is not None and pronoun.i == first.i - 1:
        first = pronoun  # "the treaty that the envoys signed": "that" is the object
    if first.i == 0:
        return None
    noun = verb.doc[first.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in noun.subtree if t.i <= noun.i]
    while words[0].dep_ == "case" or words[0].is_punct:
        words.pop(0)  # "of the firm": the preposition is the outer clause's
    return words[0].idx, noun.idx + len(noun.text)


def _object_pronoun(verb: Token) -> Token | None:
    """The relative pronoun that is the verb's object ("the rules that the council
    adopted"), which stands for the noun before it."""
    return next(
        (c for c in verb.children if c.dep_ == "obj" and c.lower_ in ("that", "which", "whom")),
        None,
    )
