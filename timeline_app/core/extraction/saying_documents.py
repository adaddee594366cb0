"""The document a saying's words were given in: "said in a letter released Wednesday that".

The participle that dates the document ("released", "issued", "posted") is the word before
the "that", but what follows is what was said, not what was released: the "that" clause
stays with the saying, as it does after a participle the word lists do not know as a verb
("published"). Read from the words, since the parse hangs the "that" clause on the saying,
the participle or the document's date as it pleases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon

if TYPE_CHECKING:
    from timeline_app.core.extraction.grammar import Token

# Where something was said, in a saying's "in" phrase before its "that": "said in a letter
# that", "said in an interview broadcast Sunday that".
DOCUMENTS = lexicon.words("""
letter statement interview report speech post email memo note filing message broadcast
column article essay video
""")

# The forms of the verbs of saying that take such an "in" phrase (the word lists have no
# lemmas for the word rules).
_SAYINGS = lexicon.words("""
say says said write writes wrote announce announces announced state states stated declare
declares declared add adds added claim claims claimed insist insists insisted argue argues
argued warn warns warned
""")
# What may stand between "in" and the document: "a", "his", "an open", "a two-page".
_BEFORE_DOCUMENT = 3


def dates_a_saying_document(tokens: list[Token], position: int) -> bool:
    """Whether ``tokens[position]``, a participle, follows the document of a saying's "in"
    phrase ("said in a letter [released]")."""
    if position < 3 or tokens[position - 1].low not in DOCUMENTS:
        return False
    for back in range(2, 2 + _BEFORE_DOCUMENT + 1):
        at = position - back
        if at < 1 or not tokens[at].is_word:
            return False
        if tokens[at].low == "in":
            return tokens[at - 1].low in _SAYINGS
    return False
