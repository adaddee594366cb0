"""The noun a relative or participle clause is about, as one of the clause's arguments.

"The rebellion, which began in 1905" tells a rebellion's beginning: the clause's own subject
is the pronoun "which", and what it stands for is the noun the clause hangs on. The same holds
for a participle clause with no subject of its own ("the lawsuit, filed in May"). The kind of
the happening is read from that noun as from any subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.syntax import lemma

# Pronouns that stand for the noun a relative clause hangs on.
_RELATIVE_PRONOUNS = words("which that who whom")
# The roles a relative pronoun takes in its clause for its noun to be that clause's argument.
_PRONOUN_ROLES = frozenset({"nsubj", "nsubj:pass", "obj"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})


def stand_in_antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun of the clause headed by ``head`` stands for ("the deal,
    which collapsed": deal), or the noun a participle clause with no subject of its own hangs
    on ("the suit, filed in May": suit); else None."""
    noun = head.head
    if noun.i == head.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.dep_ == "acl:relcl":
        stands_in = any(
            c.dep_ in _PRONOUN_ROLES and c.lower_ in _RELATIVE_PRONOUNS for c in head.children
        )
        return noun if stands_in else None
    if head.dep_ == "acl" and not any(c.dep_ in _SUBJECTS for c in head.children):
        return noun
    return None


def stand_in_words(head: Token | None) -> tuple[str, ...]:
    """The word of ``stand_in_antecedent`` as an argument of the kind: a noun's lemma, a name
    as written; none when there is no such noun."""
    noun = stand_in_antecedent(head) if head is not None else None
    if noun is None:
        return ()
    return (noun.text if noun.pos_ == "PROPN" and noun.text[:1].isupper() else lemma(noun),)
