"""Who does the act a clause's predicate names and who or what undergoes it, as the parse
shows them: the agent and the patient, by role, not by word order.

The kind of an act often turns on who did it to whom, not on the verb: "he was shot in the
leg by police" is state forces against a civilian (the passive's "by" phrase is the doer), a
firm paying money is business whatever the verb says it did, a minister writing to another
country's is diplomacy. ``categories`` reads these roles beside the predicate's arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.syntax import argument_word

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a role reads as when a country is named in it ("the Turkish president", "Japan").
STATE = "state"
# What a role reads as when its head is a country's name ("visited Japan").
COUNTRY = "country"
# What a role reads as when a person is named in it by a pronoun ("he was shot").
PERSON = "person"
# What the patient reads as when the verb's object is a clause ("ruled that ...").
CLAUSE = "clause"

_PERSONAL = words("he she him her")
# Prepositions whose noun takes part in the act with its subject: "wrote to his counterpart",
# "talks with the rebels", "a letter from the premier", "sanctions against the regime".
_PARTNER_CASES = words("with to from against toward towards")
_SUBJECT = frozenset({"nsubj"})
_PATIENT = frozenset({"obj", "iobj", "nsubj:pass"})
_COMPLEMENT = frozenset({"ccomp"})
# What describes a role's head: "the Turkish president", "President Oru", "Kell, the
# Ostrian envoy".
_DESCRIBING = frozenset({"compound", "amod", "nmod:desc", "appos"})


@dataclass(frozen=True, slots=True)
class Roles:
    """The words of the act's agent and of its patient (lemmas; a name as written)."""

    agent: tuple[str, ...] = ()
    patient: tuple[str, ...] = ()


NO_ROLES = Roles()


def predicate_roles(head: Token | None, names_state: Callable[[int, int], bool]) -> Roles:
    """The agent and the patient of the clause headed by ``head``: the subject of an active
    verb, or the "by" phrase of a passive one ("was shot by police"); the object, the passive
    subject, a partner after "with" or "to" ("wrote to his counterpart"), or a clause said.
    ``names_state(start, end)`` says whether a stretch of text names a country."""
    if head is None:
        return NO_ROLES
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in head.children)
    agent: list[Token] = []
    patient: list[Token] = []
    said = False
    for child in head.children:
        dep = child.dep_
        # the active's subject, or the passive's "by" phrase
        doer = dep == "obl:agent" or (_by_phrase(child) if passive else dep in _SUBJECT)
        if doer:
            agent.append(child)
        elif dep in _PATIENT:
            patient.append(child)
            # "held talks with the Argentine president": the partner hangs on the object
            patient += [g for g in child.children if _partner(g)]
        elif dep == "obl" and _partner(child):
            patient.append(child)
        elif dep in _COMPLEMENT:
            said = True
        if passive and dep in ("obl", "obj"):
            # "was beaten to death by soldiers": the parse may hang the "by" phrase lower
            agent += [g for g in child.children if _by_phrase(g)]
    return Roles(
        _role_words(agent, names_state),
        _role_words(patient, names_state) + ((CLAUSE,) if said else ()),
    )


def _case(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


def _by_phrase(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "PRON") and _case(token) == "by"


def _partner(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and _case(token) in _PARTNER_CASES


def _role_words(heads: list[Token], names_state: Callable[[int, int], bool]) -> tuple[str, ...]:
    out: list[str] = []
    for head in heads:
        if head.lower_ in _PERSONAL:
            out.append(PERSON)
            continue
        for token in (head, *(c for c in head.children if c.dep_ in _DESCRIBING)):
            if token.pos_ in ("NOUN", "PROPN", "ADJ"):
                out.append(argument_word(token))
        if head.pos_ == "PROPN" and any(c.dep_.startswith("flat") for c in head.children):
            # "President Oru" read as one name: the office before it is read by its word
            out.append(head.text)
        start = head.left_edge.idx
        end = head.right_edge.idx + len(head.right_edge.text)
        if names_state(start, end):
            out.append(STATE)
            if names_state(head.idx, head.idx + len(head.text)):
                out.append(COUNTRY)
    return tuple(out)
