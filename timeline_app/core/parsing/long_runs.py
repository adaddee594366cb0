"""Runs of characters without a space, longer than any word, kept from spaCy's tokenizer.

spaCy's tokenizer takes a run's prefixes and suffixes off one at a time and, for each suffix,
searches the whole rest of the run: its time grows with the square of the run's length. Ten
thousand quote marks or brackets with no space took 10 s, ten thousand "@" and "." 8 s, five
thousand letters with a combining accent 15 s, and the punctuation came out as a token per
character, thousands of tokens of nothing for the parser. No word, number or web address in
news comes near ``LONGEST_RUN`` characters (the longest run in the tuning articles is under
40), so a longer run is not text the parser can read: it is cut, as written, into tokens of
``LONGEST_RUN`` characters, and the text around it is tokenized as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LONGEST_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, each run longer than ``LONGEST_RUN`` cut into tokens of that
    length; the ``Doc``'s text is ``text`` exactly."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    start = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > start:
            _tokenized(nlp, text[start : run.start()], words, spaces)
        for cut in range(run.start(), run.end(), LONGEST_RUN):
            words.append(text[cut : min(cut + LONGEST_RUN, run.end())])
            spaces.append(False)
        start = run.end()
        # one space after a token is the token's own (Token.whitespace_), as spaCy has it
        if text.startswith(" ", start):
            spaces[-1] = True
            start += 1
    if start < len(text):
        _tokenized(nlp, text[start:], words, spaces)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _tokenized(nlp: Language, text: str, words: list[str], spaces: list[bool]) -> None:
    for token in nlp.make_doc(text):
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
