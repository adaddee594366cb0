"""A clause's past tense the tagger read as a past participle, tagged as the past again.

"Acme said it completed the purchase", "The union sued the port, but the judge ruled
against it", "The lighthouse the family owned burned down.": the tagger often gives the
clause's verb VBN, and every reader of the parse (the clause rules, titles, dates, kinds)
then takes it for a participle with its "was" or "has" left out. A participle heading a
clause with an active subject and no auxiliary is English only where the left-out auxiliary
can be read from elsewhere (a headline's "Secret papers found on a train", a conjunct's
"Two men were held and a third released"); the parse knows the clause is finite when:

- it is what was said (a ``ccomp``: "said it completed");
- it takes a direct object (a passive takes none without "was" or "has been");
- it is a conjunct, with a subject of its own, of a finite past that has no auxiliary to
  share ("sued the port, but the judge ruled");
- it is a sentence's root and the words end on a full stop (a sentence, not a headline).

Only a word written as its past tense is ("completed", "ruled", "rose"; not "taken",
"given") is retagged: a form that is only a participle stays one whatever its clause.

A verb whose past is written as its base ("quit", "cut", "shut", "set") is sometimes tagged
as the base form or the bare present (VB, VBP) after a subject of its own: "The coach quit the club in May". A base
form with a third-person singular subject and no auxiliary ("to", a modal, "did") is no
English present ("She quits"): it is the past, and is tagged VBD.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The relations by which a verb heads a clause of its own.
_CLAUSE_HEADS = frozenset({"ROOT", "root", "ccomp", "conj", "parataxis"})
_AUXILIARIES = frozenset({"aux", "aux:pass", "cop"})
# Dependents that mark a root participle as passive or as a clause of another kind.
_PASSIVE_OR_OWN = frozenset({"mark", "obl:agent", "nsubj:pass", "expl"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def mend_finite_pasts(doc: Doc) -> None:
    """Tag each clause's misread past verb VBD (see the module)."""
    # In order: a conjunct's head comes before it and is mended first ("said it completed
    # the sale and the board approved it").
    for token in doc:
        misread = (token.tag_ == "VBN" and _finite_past(token)) or (
            token.tag_ in _BARE_TAGS and _bare_past(token)
        )
        if misread and past_tense_form(token):
            token.tag_ = "VBD"
            token.pos_ = "VERB"


# The base form and the bare present: neither agrees with "she" or "the club".
_BARE_TAGS = frozenset({"VB", "VBP"})
# Subjects a present verb would agree with in "-s" ("she quits", "the club quits").
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
_SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
# A base form under these is an infinitive, a subjunctive or a command, not a misread past.
_BASE_FORM_HEADS = frozenset({"ROOT", "root", "conj", "advcl", "parataxis"})


def _bare_past(token: Token) -> bool:
    """Whether the base-form ``token`` heads a clause with a singular subject and no
    auxiliary or "to" (see the module)."""
    if token.dep_ not in _BASE_FORM_HEADS:
        return False
    children = list(token.children)
    if any(child.dep_ in _AUXILIARIES or child.dep_ == "mark" for child in children):
        return False
    subjects = [child for child in children if child.dep_ == "nsubj"]
    return len(subjects) == 1 and _singular(subjects[0])


def _singular(subject: Token) -> bool:
    if subject.lower_ in _SINGULAR_PRONOUNS:
        return True
    return subject.tag_ in _SINGULAR_NOUN_TAGS and not any(
        child.dep_ == "conj" for child in subject.children
    )


def _finite_past(token: Token) -> bool:
    if token.dep_ not in _CLAUSE_HEADS:
        return False
    deps = {child.dep_ for child in token.children}
    if "nsubj" not in deps or deps & _AUXILIARIES:
        return False
    if token.dep_ == "ccomp" or "obj" in deps:
        return True
    if token.dep_ == "conj":
        return _joined_to_finite_past(token)
    return token.dep_ in ("ROOT", "root") and not deps & _PASSIVE_OR_OWN and _ends_full(token)


def _joined_to_finite_past(token: Token) -> bool:
    """Whether the conjunct ``token`` has a finite head without an auxiliary, and its own
    active subject after the head's words (a clause of its own)."""
    head = token.head
    if head.tag_ not in _FINITE_TAGS or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(child.dep_ in _AUXILIARIES for child in head.children):
        return False
    return any(child.dep_ == "nsubj" and child.i > head.i for child in token.children)


def _ends_full(token: Token) -> bool:
    """Whether the sentence of ``token`` ends on a full stop (or "!", "?")."""
    words = [t for t in token.sent if not t.is_space]
    return bool(words) and words[-1].text in _SENTENCE_ENDS


def past_tense_form(verb: Token) -> bool:
    """Whether ``verb`` is written as its past tense is ("closed", "rose" -- not "risen")."""
    from lemminflect import getInflection, getLemma

    lemmas = getLemma(verb.lower_, upos="VERB")
    if not lemmas:
        return False
    return verb.lower_ in getInflection(lemmas[0], tag="VBD")
