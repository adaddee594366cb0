"""A participle phrase set off by a comma after an object or a predicate noun, with a date of
its own: "The town kept the Tay Arch, opened in 1932, for walkers", "Her best known book is
Winter Harbour, published in 1961". The date is the participle's: the arch was opened in
1932, the book published in 1961; the clause around it (the keeping, the being) has none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction.syntax import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.extraction.syntax import ParsedText

# what makes the phrase a clause of another kind: its own subject, an auxiliary ("to be
# opened"), a subordinator ("when opened"), a coordinator ("and opened it in 1932")
_NOT_REDUCED = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# participles that give the noun's date or plan, not a deed done to it ("a letter, dated
# March 3", "the vote, scheduled for May 2")
_DATING_ONLY = frozenset({"dated", "postmarked", "scheduled", "planned", "expected", "slated"})
# the words before a noun that belong in its title ("Tay Arch", "best known book")
_NAMING = frozenset({"compound", "flat", "amod", "nmod:poss", "nummod"})


def set_off_participle(parsed: ParsedText, start: int, end: int) -> Token | None:
    """The past participle a date at ``start``..``end`` belongs to when it opens a phrase
    after a comma on the noun before it ("..., published in 1961"); else None."""
    verb = governing_verb(parsed, start, end)
    if verb is None or verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.lower_ in _DATING_ONLY:
        return None
    if any(c.dep_ in _NOT_REDUCED for c in verb.children):
        return None
    closing = next((t for t in verb.doc[verb.i :] if t.text in (",", ";", ".")), None)
    if closing is not None and closing.idx < start:
        return None  # "..., opened in 1990, on Tuesday": the date after the phrase is not its
    noun = participle_noun(verb)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ in ("nsubj", "nsubj:pass"):
        return None  # "The bridge, opened in 1932, carries ...": the splitter's own clause
    if not any(t.tag_ in _FINITE for t in verb.doc[verb.sent.start : noun.i]):
        # the phrase follows its clause's own verb ("kept the arch, opened ..."); with none
        # before it, "Mr. Lund, meanwhile, signed the lease on Monday" is the sentence's own
        # past verb, misread as a participle
        return None
    return verb


def participle_noun(verb: Token) -> Token | None:
    """The noun the set-off participle tells of: the parse's head, or, where the parse took
    the participle for a second verb of the clause ("kept the arch, opened in 1932") or a
    second predicate ("was Tidewater, published in 1872"), the noun before the comma (past a bracket: "Winter Harbour (Sea Tales), published")."""
    if verb.dep_ == "acl":
        return verb.head if verb.head.i < verb.i else None
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i:
        return None
    if head.tag_ not in _FINITE and head.pos_ not in ("NOUN", "PROPN"):
        return None  # joined to a verb of the clause, or to the noun a copula predicates
    before = verb.doc[verb.i - 2]
    if before.text == ")":
        opening = next((t for t in reversed(verb.doc[: before.i]) if t.text == "("), None)
        before = verb.doc[opening.i - 1] if opening is not None and opening.i else before
    return before


def noun_words(noun: Token, leave_out: tuple[int, int]) -> list[Token]:
    """The noun with the words before it that name it, without determiners, the subject or
    verb of a copula it is the predicate of, or the date's words."""
    words = [noun]
    for token in reversed(noun.doc[noun.left_edge.i : noun.i]):
        if token.head.i != noun.i and not (words and token.head.i == words[0].i):
            break
        if token.dep_ == "det" or token.pos_ == "PRON" or leave_out[0] <= token.idx < leave_out[1]:
            continue
        if token.dep_ not in _NAMING:
            break
        words.insert(0, token)
    return words
