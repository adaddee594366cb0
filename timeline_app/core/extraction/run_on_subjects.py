"""Who does the sentence's verb when a relative clause ran on into it.

"Relatives of the miners who died in the blast gathered in the square": the clause rules let
the relative clause ("who died in the blast gathered ...") run on into the sentence's verb,
and the title then tells that verb (``titles.relative_ran_on``). Its subject is not the
relative's noun ("miners") but the whole noun phrase the relative clause sits in, "Relatives
of the miners": the parse hangs the relative clause on "miners", and "miners" on
"Relatives" as a noun modifier ("of the miners"), so the phrase's head is found by climbing
from the relative's noun through the noun modifiers it is part of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token as SpacyToken

    from timeline_app.core.extraction.grammar import Token
    from timeline_app.core.extraction.syntax import ParsedText

_NOUNS = frozenset({"NOUN", "PROPN"})


def run_on_subject(
    relative_verb_at: int, earlier: list[Token], parsed: ParsedText | None
) -> list[Token] | None:
    """The words of the noun phrase whose relative clause's verb starts at
    ``relative_verb_at``, up to the clause, from ``earlier`` (the sentence's tokens before
    the clause), when that phrase is more than the relative's own noun ("Relatives of the
    miners", "The son of the founder"); else None, and the relative's noun is the subject."""
    verb = parsed.token_at(relative_verb_at) if parsed is not None else None
    if verb is None or verb.dep_ != "acl:relcl" or verb.head.pos_ not in _NOUNS:
        return None
    noun = verb.head
    top = _phrase_head(noun)
    if top.i == noun.i:
        return None
    first = min((c.left_edge.idx for c in top.lefts if c.dep_ != "case"), default=top.idx)
    end = verb.left_edge.idx
    words = [t for t in earlier if first <= t.start < end]
    if not words or not any(t.start == top.idx for t in words):
        return None
    return words


def _phrase_head(noun: SpacyToken) -> SpacyToken:
    """The noun that heads the phrase ``noun`` modifies from after it ("the miners" in
    "Relatives of the miners" -> "Relatives"; "the mine" in "the owner of the company of
    the mine" -> "owner")."""
    while noun.dep_ == "nmod" and noun.head.pos_ in _NOUNS and noun.head.i < noun.i:
        noun = noun.head
    return noun
