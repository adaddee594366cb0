"""A date that tells when an order was to be carried out, not when it was given.

"In May the mayor dissolved the council. He ordered the guilds to gather at the town hall in
March of the next year": March is when the guilds were to gather; the ordering was before it,
in the story's time. A date under the infinitive of a verb of ordering ("ordered X to
gather", "summoned the officers to report") that lies after the time the story has reached
dates the act ordered, which is not yet a happening: the ordering is dated about the story's time
(``about_then``), and what "the following month" counts from stays that time too.

A date no later than the story's time is the ordering's as much as the act's ("the general
ordered the troops to withdraw on Monday", told on Tuesday), and is left alone; so is a
passive ("was invited to join the alliance in July"), where the date is the inviting's, and an
ordering not told as done ("will order the tenants to leave by May"), which is no story's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.dates import When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import ParsedText, governing_verb, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs by which one party directs another to act: the act comes after the directing
_DIRECTING = lexicon.words("order summon command instruct direct urge tell")
# how the parse hangs an infinitive on the verb, or on its object ("ordered the guilds to
# gather": an infinitive of the object's)
_INFINITIVE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "acl"})


def _directing_verb(infinitive: Token) -> Token | None:
    head = infinitive.head
    if head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ == "obj":
        head = head.head  # "ordered the guilds to gather"
    if head.pos_ != "VERB" or lemma(head) not in _DIRECTING:
        return None
    if any(c.dep_.endswith(":pass") for c in head.children):
        return None  # "was invited to join in July": the inviting's date
    if head.tag_ != "VBD":
        return None  # "will order the tenants to leave by May": no ordering told as done
    return head


def time_ordered(parsed: ParsedText, start: int, end: int, when: When, story: When | None) -> bool:
    """Whether the date in ``[start, end)``, read as ``when``, is the time an act ordered was
    to be done, after the story's time ``story`` (see the module)."""
    if story is None or when.start_ordinal <= story.end_ordinal():
        return False
    verb = governing_verb(parsed, start, end)
    if verb is None or verb.tag_ != "VB" or verb.dep_ not in _INFINITIVE_LINKS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return False
    return _directing_verb(verb) is not None


def about_then(story: When) -> When:
    """The ordering's time: about the story's, which it is no earlier than and may follow."""
    end = story.end.with_flags(approximate=True) if story.end else None
    return When(story.start.with_flags(approximate=True), end)
