"""A "that" clause after the hearer of a verb of telling ("told the jurors that the pilots
landed") told of the verb, not a relative clause on the hearer.

The parser, which sees "the N that ..." relatives often, may hang the clause after a
hearer on the hearer: "told market regulators that it bought shares" then describes the
regulators, and the title takes them for what was bought ("Firm buys regulators"). After
a verb that names its hearer before what it makes known, a "that" which only opens its
clause (the clause has a subject of its own) opens what was told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs that name the hearer before what they make known ("showed the photos that he
# took", "promised the workers that ..." are left to the parse: a thing shown, a promise).
TELLING_A_HEARER = frozenset({"tell", "inform", "assure", "remind", "warn", "notify", "advise"})
_HEARER_ROLES = frozenset({"obj", "iobj"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})


def mend_told_hearers(doc: Doc) -> None:
    """Re-attach to its verb of telling each that-clause ``doc``'s parse hung on the
    hearer (see the module)."""
    for that in doc:
        if that.lower_ != "that" or that.i == 0 or that.dep_ != "mark":
            continue
        clause = that.head
        hearer = doc[that.i - 1]
        if clause.dep_ != "acl:relcl" or clause.head.i != hearer.i or clause.i < that.i:
            continue
        verb = hearer.head
        if hearer.dep_ not in _HEARER_ROLES or _lemma(verb) not in TELLING_A_HEARER:
            continue
        if not any(c.dep_ in _SUBJECTS and c.i > that.i for c in clause.children):
            continue  # "told the guards that stood by": "that" is the relative's subject
        move_heads([(clause, verb, "ccomp")])


def _lemma(verb: Token) -> str:
    """The verb's dictionary form (the pipeline has no lemmatiser)."""
    from lemminflect import getLemma

    found = getLemma(verb.lower_, upos="VERB")
    return found[0] if found else verb.lower_
