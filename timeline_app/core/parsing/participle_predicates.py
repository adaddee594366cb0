"""A sentence's past verb read as a participle on its subject ("Shares closed at $4.")
made the sentence's verb again.

"The airline's shares closed at four crowns." and a headline's "Three miners rescued after
cave-in" have the same words in a row, and the parser, which learned headlines' reduced
passives too, sometimes reads the sentence as the headline: its root is then the noun, and
its predicate a participle describing it. A full sentence needs a finite verb; where the
parse finds none, the words end on a full stop (a sentence, not a headline), and the
"participle" is a form that may as well be the past tense, by no agent ("by ...") nor
auxiliary marked passive, it is the sentence's verb and the noun its subject.

The same verb is sometimes read as an adjective of its object instead ("The army sent
tanks and trucks to the border.": "army" a compound and "sent" a modifier of "tanks", the
root): a sentence with no finite verb whose root noun has, before it, a past form right
after another noun of its, is that noun's verb, and the root its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.finite_pasts import past_tense_form
from timeline_app.core.parsing.head_moves import move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# Dependents that mark a participle as passive or as a clause of its own.
_PASSIVE_OR_OWN = frozenset(
    {"aux", "aux:pass", "mark", "obl:agent", "nsubj", "nsubj:pass", "cop", "expl"}
)
# The noun's dependents that belong to the clause once the verb heads it.
_CLAUSE_LEVEL = frozenset(
    {"punct", "advcl", "obl", "obl:unmarked", "obl:tmod", "advmod", "parataxis", "mark"}
)


def mend_participle_predicates(doc: Doc) -> None:
    """Make each sentence's misread past verb its root (see the module)."""
    for sentence in doc.sents:
        verb = _misread_predicate(sentence)
        if verb is None:
            misread = _misread_modifier(sentence)
            if misread is not None:
                _make_verb_of_modifier(*misread)
            continue
        noun = sentence.root
        moves = [(verb, verb, "ROOT"), (noun, verb, "nsubj")]
        moves += [
            (c, verb, c.dep_)
            for c in noun.children
            if (c.i > verb.i and c.dep_ in _CLAUSE_LEVEL)
            or (c.i < noun.i and c.dep_ in _CLAUSE_LEVEL and _sets_the_scene(c))
        ]
        if move_heads(moves):
            verb.tag_ = "VBD"
            verb.pos_ = "VERB"


def _make_verb_of_modifier(verb: Token, subject: Token) -> None:
    """``verb`` heads its sentence, ``subject`` (the noun before it) is its subject and the
    noun it modified its object; the phrases of time and place the parse hung on the root go
    to the verb."""
    noun = verb.head
    root = subject.sent.root
    moves = [(verb, verb, "ROOT"), (subject, verb, "nsubj"), (noun, verb, "obj")]
    moves += [
        (c, verb, "obl" if c.dep_ == "nmod" else c.dep_)
        for c in root.children
        if c.i not in (noun.i, subject.i, verb.i)
        and (
            c.i < subject.left_edge.i
            and c.dep_ in _CLAUSE_LEVEL
            or c.i > verb.i
            and (c.dep_ in _CLAUSE_LEVEL or _time_phrase(c))
        )
    ]
    if move_heads(moves):
        verb.tag_ = "VBD"
        verb.pos_ = "VERB"


def _time_phrase(word: Token) -> bool:
    """ "on Monday" hung on a noun: the verb's time, as a noun's phrase never is."""
    return word.dep_ == "nmod" and word.lower_ in _WEEKDAYS


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()  # noqa: SIM905
)


def _misread_modifier(sentence: Span) -> tuple[Token, Token] | None:
    """The past verb of ``sentence`` its parse read as a modifier of its object, right after
    the noun that is its subject ("army sent tanks"), and that subject; or None. The object
    is the root, or a conjunct of the root when the parse made the subject the root ("navy
    sent ships": "navy", "ships" and what follows read as one list)."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text not in _SENTENCE_ENDS:
        return None
    verbs = [
        t for t in sentence if t.dep_ == "amod" and t.tag_ in ("VBN", "VBD") and t.head.i == t.i + 1
    ]
    if len(verbs) != 1 or any(t.tag_ in _FINITE for t in sentence if t.i != verbs[0].i):
        return None
    verb = verbs[0]
    noun = verb.head
    if not verb.text.islower() or list(verb.children) or verb.i == sentence.start:
        return None
    subject = sentence.doc[verb.i - 1]
    if noun.tag_ not in ("NNS", "NN") or subject.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    object_is_root = (
        noun.i == root.i and subject.head.i == root.i and subject.right_edge.i == subject.i
    )
    subject_is_root = subject.i == root.i and noun.dep_ == "conj" and noun.head.i == root.i
    if not (object_is_root or subject_is_root):
        return None
    return (verb, subject) if past_tense_form(verb) else None


def _sets_the_scene(word: Token) -> bool:
    """Whether ``word``, before the noun, heads a phrase of the clause, not the noun's: an
    adverb does only when a comma closes it ("By then, dozens of lorries ...")."""
    if word.dep_ != "advmod":
        return True
    last = word.right_edge
    after = word.doc[last.i + 1] if last.i + 1 < len(word.doc) else last
    return "," in (last.text, after.text)


def _misread_predicate(sentence: Span) -> Token | None:
    """The past verb of ``sentence`` its parse read as a participle on the root noun, or
    None."""
    noun = sentence.root
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text not in _SENTENCE_ENDS:
        return None
    if any(t.tag_ in _FINITE for t in sentence):
        return None
    # on the root, or on the noun of the root's "of" phrase ("The proposed sale of the unit
    # collapsed": the parse hung "collapsed" on "unit")
    nouns = [noun, *(c for c in noun.rights if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN"))]
    verbs = [c for n in nouns for c in n.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if len(verbs) != 1 or verbs[0].left_edge.i != verbs[0].i:
        return None  # two of them, or words before it of its own: some other misreading
    verb = verbs[0]
    if verb.pos_ not in ("VERB", "ADJ") or any(c.dep_ in _PASSIVE_OR_OWN for c in verb.children):
        return None
    if not past_tense_form(verb):
        return None  # "taken", "stolen", "given": a participle only
    doc = sentence.doc
    between = doc[noun.i + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") or not noun.is_ancestor(t) for t in between):
        return None
    return verb
