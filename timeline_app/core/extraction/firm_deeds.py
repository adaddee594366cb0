"""A lone name that does what firms do is a firm: "Qantas suspended flights", "shares of Norvex".

Most firms a story names by one word ("Cisco", "Qantas") carry no suffix, no organisation
word and, often, no label the recogniser gives twice alike (it reads "Qantas" as a plural
noun, "Inmarsat" as a place). A person is introduced by a full name and a place follows "in"
or "near", so a single capitalised word the story repeats, that no name found covers, that
is no given name, surname, month, title or place, and that once does a firm's deed is an
organisation. The deed is read from the parse, as data below: the subject of a verb only
companies do alone ("acquired", "laid off", "posted a profit"), the one a firm is bought by
or founded as, or the owner of a firm's parts ("Qantas' shareholders", "shares of Norvex").
Products stay out: the name must head its phrase ("Norvex tablets sold well" is no deed of
Norvex), and verbs people share with firms ("said", "won") are no deed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import guess_lemma
from timeline_app.core.extraction.name_cues import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    LOCATIVES,
    MEDIA_HEADS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    PARTY_PLURALS,
    PLACE_HEADS,
    PLACE_LEADS,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

# What a firm does with itself as the subject: a person or a place seldom does it alone.
FIRM_DEEDS = lexicon.words("""
acquire buy purchase sell announce report launch sue hire file merge earn post lay suspend
appoint employ manufacture ship list
""")
# The deeds whose subject must take an object (or "off"): "Norvex posted a loss", "laid off
# 300 workers"; "the letter was posted" or "Ruiz reported to the board" tell nothing.
_NEED_OBJECT = lexicon.words("post report lay list ship file")
# What is done to a firm: it is acquired, founded or bought out by someone ("acquired by
# Norvex": the buyer; "founded Norvex": the firm).
FIRM_OBJECT_DEEDS = lexicon.words("acquire found co-found cofound")
# Verbs of buying whose agent is a buyer, and nouns of a deal whose "of" is the firm bought
# ("the purchase of Norvex").
BUYING = lexicon.words("acquire buy purchase")
DEAL_NOUNS = lexicon.words("acquisition purchase takeover buyout")
# Nouns a firm owns or is split into, after "of" ("shares of Norvex", "a unit of Norvex") or
# a possessive ("Norvex's shareholders").
FIRM_PARTS = lexicon.words("""
share shares stock stocks shareholder shareholders stockholder stockholders unit units
subsidiary subsidiaries division divisions board ceo chairman executive executives employee
employees staff workforce headquarters revenue revenues profit profits earnings sales
""")
# Marks after which a capital says nothing of a name: a quotation's or an aside's opening.
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "``", ":", "—", "–", "-", "(", "["})
# Marks that join words of one name.
_NAME_INSIDE = frozenset({"-", "&", "&amp;"})
_SUBJECTS = frozenset({"nsubj"})
_AGENTS = frozenset({"obl:agent"})
_OBJECTS = frozenset({"obj", "nsubj:pass"})


def firms_by_deeds(
    doc: Doc,
    text: str,
    taken: list[tuple[int, int]],
    known_person: Callable[[str], bool],
    given_name: Callable[[str], bool],
) -> list[tuple[int, int, str]]:
    """The character ranges of lone names ``doc`` (the parse of ``text``) shows to be firms
    doing a firm's deed, one range per deed; ``taken`` holds the ranges names already found
    cover, ``known_person`` says whether a word is a person's surname or name found, and
    ``given_name`` whether it is a given name."""
    covered = _covered(taken, len(text))
    spelled = Counter(t.text for t in doc if _name_shaped(t.text) and not covered[t.idx])
    found = []
    for token in doc:
        word = token.text
        if spelled[word] < 2 or covered[token.idx] or not _lone(token):
            continue
        if not _firm_deed(token) or not _a_name(word, doc, known_person, given_name):
            continue
        found.append((token.idx, token.idx + len(word), word))
    return found


def _covered(taken: list[tuple[int, int]], length: int) -> list[bool]:
    covered = [False] * (length + 1)
    for start, end in taken:
        for i in range(start, min(end, length)):
            covered[i] = True
    return covered


def _name_shaped(word: str) -> bool:
    """A word written as a name: a capital first, then letters (a capital inside too: "NeXT")."""
    return len(word) >= 2 and word[0].isupper() and word.replace("-", "").isalpha()


def _lone(token: Token) -> bool:
    """Whether the word is a name by itself, no part of a longer run ("Norvex Systems")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > token.sent.start else None
    after = doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if any(word is not None and word.text in _NAME_INSIDE for word in (before, after)):
        return False  # "Hewlett-Packard", "Marks & Spencer"
    if after is not None and after.text == "." and token.i + 2 < token.sent.end:
        return False  # an abbreviation inside a name: "Cie. de Navigation"
    return not any(
        word is not None and word.is_alpha and word.text[:1].isupper() for word in (before, after)
    )


def _firm_deed(token: Token) -> bool:
    """Whether the parse shows the word doing or undergoing what firms do."""
    head, dep = token.head, token.dep_
    lemma = guess_lemma(head.text) if head.pos_ in ("VERB", "AUX") else ""
    if dep in _SUBJECTS and lemma in FIRM_DEEDS:
        if lemma not in _NEED_OBJECT:
            return True
        following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        # the parse often reads "laid off 300 workers" with "off" as a preposition
        return (following is not None and following.lower_ == "off") or any(
            c.dep_ in ("obj", "compound:prt") for c in head.children
        )
    if dep in _AGENTS and lemma in BUYING:
        return True  # "was acquired by Norvex": the buyer
    if lemma in FIRM_OBJECT_DEEDS and (dep in _OBJECTS or head.i == token.i - 1):
        # "she founded Norvex", "Norvex was acquired"; right after the verb, however the
        # parse hangs an oddly written name ("founded NeXT" as an adverb)
        return True
    if dep == "nmod" and head.lower_ in FIRM_PARTS | DEAL_NOUNS:
        return any(c.dep_ == "case" and c.lower_ == "of" for c in token.children)
    return dep == "nmod:poss" and head.lower_ in FIRM_PARTS  # "Norvex's shareholders"


def _a_name(
    word: str,
    doc: Doc,
    known_person: Callable[[str], bool],
    given_name: Callable[[str], bool],
) -> bool:
    """Whether a capitalised word may name a firm: no common word written with a capital
    only where a sentence opens, no given name, surname, title, month or place."""
    bare = word.rstrip(".")
    if (
        bare in HONORIFICS
        or bare in NOT_NAMES
        or bare in PARTY_PLURALS
        or bare in ORGANISATION_HEADS
        or bare in COMPANY_SUFFIXES
        or bare in MEDIA_HEADS
        or bare in PLACE_HEADS
        or bare in PLACE_LEADS
        or bare in lexicon.TITLE_WORDS
        or bare in lexicon.MONTH_WORDS
        or bare in lexicon.WEEKDAY_WORDS
        or bare in lexicon.CAPITALISED_FUNCTION_WORDS
        or known_person(bare)
        or given_name(bare)
    ):
        return False
    mid_sentence = False
    for token in doc:
        if token.lower_ != word.lower():
            continue
        if token.text != word:
            return False  # "apple" or "APPLE" written elsewhere: a common word or a heading
        previous = doc[token.i - 1] if token.i > 0 else None
        if previous is not None and previous.lower_ in LOCATIVES:
            return False  # "in Norvex": a place
        opens = token.is_sent_start or previous is None or previous.text in _OPENING_MARKS
        mid_sentence = mid_sentence or not opens
    return mid_sentence
