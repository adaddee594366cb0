"""Nouns that label a story rather than name a happening ("the drama", "that trend", "another
problem"): "The drama started late on Sunday, when the board got a threat" tells its
happening in the "when" clause; "Drama begins" on a timeline tells a reader nothing."""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Token

# a word for what the story is about, saying nothing of what happened
LABEL_NOUNS = lexicon.words(
    "drama saga situation trend trends problem problems trouble affair episode ordeal matter "
    "thing things"
)
# what a label can do without saying what happened: come about, go on, stop
PHASE_VERBS = lexicon.words("begin start continue emerge occur arise unfold persist end happen")
# what may stand before the label in its phrase
_BEFORE_LABEL = lexicon.words("the this that these those a an one more another such")


def only_a_label(subject: Sequence[Token]) -> bool:
    """Whether the subject is a label noun with at most a determiner before it."""
    words = [t.low for t in subject if t.is_word]
    return bool(words) and words[-1] in LABEL_NOUNS and all(w in _BEFORE_LABEL for w in words[:-1])


def label_comes_about(subject: Sequence[Token], verbs: Sequence[str]) -> bool:
    """ "The drama began", "That trend continued", "Another problem arose": a label that
    begins, goes on or ends, with nothing else said."""
    return only_a_label(subject) and any(v in PHASE_VERBS for v in verbs)
