"""A relative "that" which stands for its clause's object ("the rules that the council
adopted last month") read as a complementiser.

"That" opens both a relative clause and a clause of what was said. The parser, which sees
the second far more often, often takes the relative's "that" for a mere opener and hangs the
relative's verb (with its date) on the main verb, or leaves it with no object: the council's
adopting of the rules was then lost, or told with no rules. A relative clause whose "that"
is its object has a subject of its own and a verb with nothing after it to take as an
object ("the treaty that the envoys signed on Friday"). The repair is made only where
English allows no other reading: a common noun that is not a noun of saying or knowing ("the
news that", "the fact that"), nor the person a verb of telling addresses ("told the board
that"), then "that", a noun phrase that opens on a determiner, a possessive, a name or a
pronoun, then a past verb that has no object and no clause of its own and is followed by
nothing that could be its object. Then "that" is the verb's object, the noun phrase its
subject, and the verb's clause describes the noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.contact_relatives import CLAUSE_AFTER_OBJECT
from timeline_app.core.parsing.content_nouns import CONTENT_NOUNS
from timeline_app.core.parsing.head_moves import move_heads
from timeline_app.core.parsing.object_gaps import adjunct_after, nothing_to_take

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns whose "that" clause tells what they say or hold ("the report that the mine flooded"),
# and nouns of time, reason or manner whose "that" stands for when, why or how ("the day that
# the army left", "the reason that it failed").
_NOT_AN_OBJECT_GAP = CONTENT_NOUNS | frozenset(
    [
        "point",
        "ground",
        "grounds",
        "reason",
        "way",
        "case",
        "condition",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "time",
        "times",
        "moment",
        "night",
        "morning",
        "evening",
        "afternoon",
        "hour",
        "era",
        "period",
        "season",
        "decade",
        "century",
    ]
)
# The noun's place in its clause: an argument or a noun's modifier. A noun that only tells
# where or how something was said ("said in a statement that", "announced at a briefing
# that") is an oblique, whose "that" clause is the verb's.
_NOUN_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "nmod", "conj", "appos"})
# Words that may stand in the subject's noun phrase between "that" and the verb.
_PHRASE_TAGS = frozenset(
    {"DT", "PRP$", "PRP", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH"}
)
# What the verb may be followed by when its object is "that" ("adopted last month",
# "signed on Friday", "drew up.").
_AFTER_THE_VERB = frozenset({"PUNCT", "ADP", "ADV", "SCONJ", "CCONJ", "SPACE"})
# Dependents that show the verb has an object or a clause of its own.
_OWN_ARGUMENTS = frozenset({"obj", "iobj", "ccomp", "xcomp", "csubj", "aux:pass", "cop", "expl"})
# A misread clause's date or place lies just after its verb and hangs on a word before it.
_ADJUNCTS = frozenset(
    {"obl", "obl:unmarked", "obl:tmod", "advmod", "nmod", "nmod:unmarked", "nmod:tmod"}
)


def mend_object_that_relatives(doc: Doc) -> None:
    """Read each relative clause whose "that" is its object as one (see the module)."""
    for that in doc:
        if that.lower_ != "that" or that.i < 1 or that.dep_ not in ("mark", "obl:unmarked"):
            continue
        found = _object_relative(that)
        if found is None:
            continue
        noun, subject, verb = found
        moves = [
            (verb, noun, "acl:relcl"),
            (subject, verb, "nsubj"),
            (that, verb, "obj"),
        ]
        following = adjunct_after(verb, (noun.head, noun, that, subject), _ADJUNCTS)
        if following is not None:
            moves.append((following, verb, "obl" if following.dep_ == "nmod" else following.dep_))
        if not move_heads(moves):
            continue
        that.tag_ = "WDT"
        that.pos_ = "PRON"
        verb.pos_ = "VERB"
        if not any(c.dep_.startswith("aux") for c in verb.children):
            verb.tag_ = "VBD"  # a verb with a subject and no auxiliary is past tense


def _object_relative(that: Token) -> tuple[Token, Token, Token] | None:
    """(the noun described, the relative's subject, its verb) when ``that`` opens a relative
    clause as its object, else None."""
    doc = that.doc
    noun = doc[that.i - 1]
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or noun.is_sent_start:
        return None
    if noun.lower_ in _NOT_AN_OBJECT_GAP or noun.dep_ not in _NOUN_ROLES:
        return None
    governor = noun.head
    if governor.pos_ == "VERB" and _lemma(governor) in CLAUSE_AFTER_OBJECT:
        return None  # "told the board that the plan failed"
    verb = _verb_after_phrase(that)
    if verb is None:
        return None
    phrase = doc[that.i + 1 : verb.i]
    heads = [t for t in phrase if not (that.i < t.head.i < verb.i) or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    subject = heads[0]
    first = phrase[0]
    if first.tag_ not in ("DT", "PRP$", "PRP", "NNP", "NNPS") or first.lower_ in ("that", "this"):
        return None
    if any(c.dep_ in _OWN_ARGUMENTS and c.i != that.i for c in verb.children):
        return None
    if not _nothing_to_take(verb):
        return None
    return noun, subject, verb


def _verb_after_phrase(that: Token) -> Token | None:
    """The past verb after the noun phrase that follows ``that``, or None if something else
    stands there ("that the council would", "that the plan was")."""
    doc = that.doc
    for token in doc[that.i + 1 : min(that.i + 8, len(doc))]:
        if _past_verb(token):
            return token if token.i > that.i + 1 else None
        if token.tag_ not in _PHRASE_TAGS:
            return None
    return None


def _past_verb(token: Token) -> bool:
    """A past verb, or a past form the tagger took for an adjective though it heads no noun
    ("the mayor unveiled/JJ on Monday")."""
    if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN"):
        return True
    return token.tag_ == "JJ" and token.lower_.endswith("ed") and token.dep_ != "amod"


def _lemma(verb: Token) -> str:
    """The verb's dictionary form (the pipeline has no lemmatiser)."""
    from lemminflect import getLemma

    found = getLemma(verb.lower_, upos="VERB")
    return found[0] if found else verb.lower_


def _nothing_to_take(verb: Token) -> bool:
    return nothing_to_take(verb, _AFTER_THE_VERB, at_the_end=True)
