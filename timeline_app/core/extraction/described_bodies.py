"""Bodies and groups a story names by common nouns: "the port authority", "the dockers' union",
"the interior ministry", "rebels", "2,300 dockers".

A story about a strike or a local dispute often never gives the parties a proper name, yet a
reader knows who acted: talks between the port authority and the dockers' union collapsed,
dockers walked out. Such a phrase is an actor when two things hold, so that no vague or
passing noun becomes one:

- *It names one body or a group with agency.* A body is a definite phrase ("the", or a
  possessive like "the dockers'") whose head is an institution's noun (authority, union,
  ministry, council, court ...) qualified by what tells which one ("port", "dockers'",
  "interior", "city"; "of health"): a bare "the authority" or "the union" names the body the
  story named before with that noun, if it did, and nothing otherwise, since "Union" or
  "Ministry" alone would tell a reader nothing. "The government", "the police", "the army"
  are the state's, whose country the gazetteer already gives; a party or a board is too
  often no actor ("the party was held", "on board"). A group is a plural noun for people who
  act together in crisis news and are coded as actors by conflict coders (rebels, militants,
  gunmen, protesters, strikers, dockers); plural nouns for whole trades or the public
  ("supermarkets", "residents", "workers", "officials") name no one a reader could follow.
  A party's capitalised plural ("Democrats", "the Tories") names that party.
- *The parse shows it taking part.* It is the subject or object of the clause, its agent
  ("by the union"), a party to a happening named by a noun ("talks between the authority
  and the union", "a strike against the council"), or listed with one of those by "and". A
  body that only says whose or where ("the union's general secretary", "at the ministry")
  is not an actor there.

A phrase that holds a name the gazetteer or the recogniser found ("the Kenyan government",
"Hamas gunmen") is left to that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline_app.core.extraction.labour_unions import union_of_states, workers_union
from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.name_cues import PARTY_PLURALS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Institutions' nouns: one body, once qualified.
BODY_NOUNS = words("""
authority union ministry council committee commission parliament assembly senate congress
court tribunal cabinet agency department junta regime federation association
""")
# Plural nouns for people acting together whom conflict and protest coders name as actors.
GROUP_NOUNS = words("""
rebels militants insurgents guerrillas militiamen militias jihadists separatists
paramilitaries gunmen protesters protestors demonstrators marchers strikers rioters looters
dockers dockworkers longshoremen picketers
""")
# Adjectives that tell nothing of which body: "the new authority", "the same union".
_NOT_QUALIFYING = words("""
new old former current same other whole entire main top senior powerful influential own
previous proposed joint present local national sole only various several
""")
# The relations of the words before a body's noun that belong to its phrase.
_MODIFYING = frozenset({"det", "compound", "amod", "nmod:poss"})
# Relations that make a phrase a party to its clause.
_TAKING_PART = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "ROOT"})
# Prepositions that make a noun's phrase a party to the happening the noun names.
_PARTY_CASES = words("between with against by")
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")


def _text_of(tokens: Sequence[Token]) -> str:
    return "".join(token.text_with_ws for token in tokens).strip()


def _sentence_case(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _takes_part(token: Token) -> bool:
    """Whether the phrase headed by ``token`` is a party to its clause (see the module doc)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in _TAKING_PART:
        return True
    cases = {c.lower_ for c in token.children if c.dep_ == "case"}
    if token.dep_ == "obl:agent" or token.dep_ == "obl" and "by" in cases:
        return True  # "were rejected by the union"
    # "talks between the authority and the union", "a strike against the council"
    return token.dep_ == "nmod" and bool(cases & _PARTY_CASES) and token.head.dep_ in _TAKING_PART


def _qualifiers(noun: Token) -> list[Token] | None:
    """The words before ``noun`` from its determiner that tell which body it is ("port",
    "dockers ’", "interior"); None when no determiner or possessive opens the phrase; []
    when nothing qualifies it ("the union")."""
    doc = noun.doc
    left = [t for t in noun.lefts if t.dep_ in _MODIFYING]
    determined = any(
        t.dep_ == "det" and t.lower_ in ("the", "its", "their") or t.dep_ == "nmod:poss"
        for t in left
    )
    if not determined:
        return None
    if any(t.dep_ == "nmod:poss" and t.pos_ == "PRON" for t in left):
        return None  # "its union", "their council": whose, said before
    first = min((t.left_edge.i for t in left if t.dep_ != "det"), default=noun.i)
    words_before = [
        t for t in doc[first : noun.i] if t.tag_ == "POS" or t.dep_ != "det" and t.pos_ != "PUNCT"
    ]
    if any(t.pos_ in ("NUM", "PRON", "CCONJ") or t.tag_ in ("JJR", "JJS") for t in words_before):
        return None  # "the two unions", "the largest union"
    if any(t.lower_ in _NOT_QUALIFYING for t in words_before):
        return None
    return words_before


def _of_phrase(noun: Token) -> list[Token]:
    """ "of health" in "the ministry of health": a short "of" phrase of common nouns."""
    for child in noun.rights:
        if child.dep_ != "nmod":
            continue
        phrase = list(noun.doc[child.left_edge.i : child.right_edge.i + 1])
        short = phrase and phrase[0].lower_ == "of" and len(phrase) <= 3
        if short and all(t.pos_ in ("ADP", "NOUN", "ADJ", "CCONJ") for t in phrase):
            return phrase
        break
    return []


def body_at(noun: Token) -> tuple[int, int, str] | None:
    """The qualified body ``noun`` heads, as where its phrase lies and its name ("Port
    authority"); None for no body or a bare "the union"."""
    if noun.lower_ not in BODY_NOUNS or noun.pos_ != "NOUN" or noun.tag_ == "NNS":
        return None
    before, after = _qualifiers(noun), _of_phrase(noun)
    if before is None or not before and not after:
        return None
    phrase = [*before, noun, *after]
    return phrase[0].idx, phrase[-1].idx + len(phrase[-1].text), _sentence_case(_text_of(phrase))


def group_at(noun: Token) -> tuple[int, int, str] | None:
    """The group ``noun`` names ("2,300 dockers": "Dockers", "opposition protesters":
    "Opposition protesters"); None for no such noun."""
    if noun.lower_ not in GROUP_NOUNS:
        return None
    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and noun.is_sent_start):
        return None  # "Rebels seized ...": the parse may take a sentence's first word for a name
    if any(t.lower_ in _NOT_QUALIFYING for t in noun.lefts):
        return None  # "Hezbollah and other guerrillas": which, the text does not say
    kept = [
        t
        for t in noun.lefts
        if t.dep_ == "compound" and t.pos_ == "NOUN" or t.dep_ == "amod" and t.text[:1].isupper()
    ]
    first = kept[0] if kept else noun
    words_in = [t for t in noun.doc[first.i : noun.i + 1] if t in kept or t.i == noun.i]
    return first.idx, noun.idx + len(noun.text), _sentence_case(_text_of(words_in))


def party_at(noun: Token) -> tuple[int, int, str] | None:
    """The party whose members ``noun`` names ("Democrats"), as written; None for any other
    word or a lower-case one."""
    if noun.text not in PARTY_PLURALS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun.idx, noun.idx + len(noun.text), noun.text


def bare_body(noun: Token) -> bool:
    """Whether ``noun`` is "the union", "the authority": a body's noun with only "the"."""
    return (
        noun.lower_ in BODY_NOUNS
        and noun.pos_ == "NOUN"
        and noun.tag_ != "NNS"
        and _qualifiers(noun) == []
    )


def described_bodies(
    doc: Doc, start: int, end: int, named: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The bodies and groups named by common nouns that take part in the clause at
    ``[start, end)``, each as (start, end, name). ``named`` are the spans of the names found
    in the text with their entity, in order: a phrase holding one is left to it, and a bare
    "the union" is the last body named before it with that noun, by a name ending on it
    ("the Transport Workers Union") or by a qualified phrase ("the dockers' union")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out: list[tuple[int, int, str]] = []
    for token in span:
        if token.pos_ not in ("NOUN", "PROPN") or not _takes_part(token):
            continue
        found = body_at(token) or group_at(token) or party_at(token)
        if found is None and bare_body(token):
            found = _named_before(doc, token, named)
        if found is None:
            continue
        first, last = min(found[0], token.left_edge.idx), found[1]
        if any(s < last and first < e for s, e, _ in named):
            continue  # "the Kenyan government", "Hamas gunmen": the name is the actor
        if found not in out:
            out.append(found)
    return out


# How far back (tokens) "the union" looks for the union named before it.
_LOOKBACK_TOKENS = 4_000


def _named_before(
    doc: Doc, noun: Token, named: Sequence[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The body "the union" at ``noun`` stands for: the last one named before it whose name
    ends on its noun, by a proper name or a qualified phrase."""
    at = noun.idx
    candidates: list[tuple[int, str]] = []
    head = noun.lower_
    workers = workers_union(noun)  # "the union" of dockers, not the bloc named before
    for s, e, entity in named:
        fits = e <= at and entity.split()[-1].lower() == head
        if fits and not (workers and union_of_states(entity)):
            candidates.append((s, entity))
    # the body is looked for in the last few thousand words only: a news story names it
    # within them, and a scan from the top for every mention made a long text quadratic
    for token in doc[max(0, noun.i - _LOOKBACK_TOKENS) : noun.i]:
        if token.lower_ == head:
            body = body_at(token)
            if body is not None:
                candidates.append((body[0], body[2]))
    if not candidates:
        return None
    _, name = max(candidates)
    return noun.idx, noun.idx + len(noun.text), name
