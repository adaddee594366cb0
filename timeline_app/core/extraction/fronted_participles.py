"""A date inside a participle phrase that opens a sentence: "Rescued on 25 November by
fishermen, the boy became a symbol of the dispute." The date is the rescue's, and the rescue's
subject is the main clause's (the boy was rescued), so the phrase is an event of its own --
"Boy rescued by fishermen", 25 November -- and the main clause is not dated by it.

The parser reads such an opening participle in several ways (an adverbial clause, the root
with the main clause beside it, a modifier of the date), so the phrase is found by its shape:
the sentence's first word a past participle, the phrase running to the first comma, and the
main clause's subject right after that comma.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extraction.syntax import noun_phrase_words, phrase_title

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.extraction.syntax import ParsedText

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


@dataclass(frozen=True, slots=True)
class FrontedParticiple:
    """An opening participle phrase and the subject it tells of."""

    participle: Token
    phrase: list[Token]  # the participle and what follows it up to the comma
    subject: Token  # the head noun of the main clause's subject


def fronted_participle(
    parsed: ParsedText, sentence_start: int, sentence_end: int, date: tuple[int, int]
) -> FrontedParticiple | None:
    """The opening participle phrase ``date`` lies in, with the subject it tells of."""
    tokens = [t for t in parsed.tokens(sentence_start, sentence_end) if not t.is_space]
    if len(tokens) < 4:
        return None
    first = tokens[0]
    if first.tag_ != "VBN" or first.pos_ != "VERB":
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or not (first.idx <= date[0] and date[1] <= tokens[comma].idx):
        return None
    subject = None
    for token in tokens[comma + 1 :]:
        if token.dep_ in _SUBJECTS:
            subject = token
            break
        if token.pos_ in ("VERB", "AUX") or token.text == ",":
            return None
    # "Elected in 1990, he served two terms": whom "he" names is the reader's to find
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return FrontedParticiple(first, tokens[:comma], subject)


def fronted_title(fronted: FrontedParticiple, date: tuple[int, int]) -> str:
    """ "Rescued on Nov. 25 by fishermen, the boy ..." -> "Boy rescued by fishermen"."""
    subject = phrase_title([_subject_words(fronted.subject, date)], date)
    # the date and the preposition that opens it go; "by", "off" and the rest stay
    rest = [
        t
        for t in fronted.phrase[1:]
        if not _in(t, date) and not (t.dep_ == "case" and _in(t.head, date))
    ]
    while rest and rest[-1].pos_ in ("ADP", "PUNCT", "CCONJ"):
        rest.pop()
    words = [t.text for t in rest if t.pos_ != "DET"]
    return " ".join([subject, fronted.participle.lower_, *words]).strip()


def _in(token: Token, span: tuple[int, int]) -> bool:
    return span[0] <= token.idx < span[1]


def _subject_words(noun: Token, date: tuple[int, int]) -> list[Token]:
    """The subject's phrase: its noun with the words before it and a name's further words
    ("Harlow Tools")."""
    words = noun_phrase_words(noun, date)
    words += [c for c in noun.children if c.i > noun.i and c.dep_ == "flat"]
    return sorted(words, key=lambda t: t.i)


# How the parse attaches an opening "-ing" word that works as a preposition ("Following the
# vote", "According to police", "Including Kim"): no phrase of a doer's own.
_PREPOSITION_DEPS = frozenset({"case", "mark", "cc"})


def opening_participle_tag(parsed: ParsedText, start: int, end: int) -> dict[int, str]:
    """ "Citing rising costs, the council closed two libraries": the parse's VBG for a
    present participle that opens the sentence, by its offset. The parse's verb tags leave
    capitalised words out (names), so the clause rules could not see the phrase the comma
    ends, and took its verb or a verb inside it for the sentence's own."""
    first = next((t for t in parsed.tokens(start, end) if not t.is_space), None)
    if first is None:
        return {}
    if first.dep_ in _PREPOSITION_DEPS or first.lower_ == "according":
        return {first.idx: "IN"}  # "Following the vote, ...": no participle phrase
    read_as_verb = first.tag_ == "VBG" and first.pos_ == "VERB"
    if not (read_as_verb or _may_be_a_participle(first.lower_)):
        return {}
    return {first.idx: "VBG"}


def _may_be_a_participle(word: str) -> bool:
    """ "citing", "warning": an "-ing" word English has as a verb's form, which the parse
    may take for a noun when it opens a sentence ("Citing/NN costs"); the clause rules
    still ask for the comma and the main clause after it."""
    from lemminflect import getAllLemmas

    return word.endswith("ing") and "VERB" in getAllLemmas(word)
