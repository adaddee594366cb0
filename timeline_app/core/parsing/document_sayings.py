"""What was said in a dated document, hung back on the saying.

"The union said in a statement released Tuesday that it wants talks to resume": the parser
often hangs "that it wants ..." on the participle that dates the document ("released"), as
if the statement was released that it wants talks, and every reader of the parse then tells
"Union releases it wants talks". A "that" clause after a participle on the noun of a
saying's "in" phrase is what was said: it goes to the saying, and the participle stays the
document's modifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs whose "in a letter", "in a statement" names where the words were said, as written
# (the parser gives no lemmas).
_SAYINGS = frozenset(
    """say says said tell tells told write writes wrote announce announces announced state
    states stated declare declares declared add adds added claim claims claimed insist insists
    insisted argue argues argued warn warns warned""".split()  # noqa: SIM905 (a word list)
)


def mend_document_sayings(doc: Doc) -> None:
    """Hang each saying's "that" clause back on the saying (see the module)."""
    for participle in doc:
        if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD"):
            continue
        saying = _saying_of(participle.head)
        if saying is None:
            continue
        said = next(
            (
                c
                for c in participle.children
                if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if said is not None and move_heads([(said, saying, "ccomp")]):
            participle.tag_ = "VBN"


def _saying_of(noun: Token) -> Token | None:
    """The verb of saying whose "in" phrase ``noun`` heads ("said in a letter"), or None."""
    if noun.dep_ != "obl" or not any(c.dep_ == "case" and c.lower_ == "in" for c in noun.children):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lower_ not in _SAYINGS:
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # the saying has what it said already
    return verb
