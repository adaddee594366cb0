"""A title-cased headline read by the parser as it would read the same words in a sentence.

"Council Closes Two Libraries After Budget Vote" reached the parser as a run of capitalised
words, which it took for one long name: the headline's claim (often the story's news) was
lost. The parser learned English from sentences, where a capital in mid-sentence marks a
name, so the headline is parsed with its common words in lower case ("Council closes two
libraries after budget vote"), and the tags, tree and names found are put back on the words
as written: the text, its offsets and the titles made from it are unchanged.

A word is a name when the story writes it so: capitalised in mid-sentence at least as often
as in lower case ("Apple", "Bank of England", "New York" keep their capitals). A word the
story never uses is lowered only if it is a small word of the language or a dictionary word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from thinc.types import Ints2d

# Words a title-cased headline may leave in lower case, and which are common words wherever
# they stand: articles, conjunctions, prepositions, pronouns, auxiliaries.
_SMALL_WORDS = """a an the and but or nor so yet as at by for from in into of off on onto out over per
    to up upon via with within without after before about against among amid around behind
    below beneath beside between beyond despite during near since than through toward towards
    under until unlike its his her their our your my it he she they we you i who what which
    that this these those is are was were be been being am has have had do does did will
    would shall should can could may might must not no"""
SMALL_WORDS = frozenset(_SMALL_WORDS.split())

# A headline is at most a line of this many words; a longer first line is the story itself.
MOST_WORDS = 25
# The capitalised words (beyond the first) a headline needs to be told from a sentence whose
# words happen to be names.
LEAST_CAPITALISED = 3

# A capital in mid-sentence: after a lowercase letter, a digit, a comma or a semicolon.
_MID_SENTENCE = r"(?<=[a-z0-9,;] )"


def headline_reading(doc: Doc) -> list[str] | None:
    """The words of ``doc`` with a title-cased first line's common words lowered, or None
    when the text does not open with such a headline."""
    text = doc.text
    line_end = text.find("\n")
    if line_end <= 0:
        return None
    headline = [t for t in doc if t.idx < line_end]
    words = [t for t in headline[1:] if t.is_alpha]
    if not words or len(headline) > MOST_WORDS:
        return None
    capitalised = [t for t in words if t.text[0].isupper()]
    if len(capitalised) < LEAST_CAPITALISED or any(
        t.text[0].islower() and t.lower_ not in SMALL_WORDS for t in words
    ):
        return None
    body = text[line_end:]
    lowered = {
        t.i
        for t in capitalised
        if t.text.istitle()
        and not _in_a_name(t, headline, body)
        and _common_word(t.text, t.lower_, body)
    }
    if not lowered:
        return None
    return [t.lower_ if t.i in lowered else t.text for t in doc]


def _in_a_name(token: Token, headline: list[Token], body: str) -> bool:
    """Whether the story writes ``token`` with a capitalised neighbour of the headline as
    one name ("Washington Monument", "Bank of England"), however often it says "the
    monument" or "the bank"."""
    i = token.i
    phrases = []
    if i > 0 and headline[i - 1].text[:1].isupper():
        phrases.append(headline[i - 1 : i + 1])
    if i + 1 < len(headline) and headline[i + 1].text[:1].isupper():
        phrases.append(headline[i : i + 2])
    joined = i + 2 < len(headline) and headline[i + 1].lower_ in _NAME_JOINS
    if joined and headline[i + 2].text[:1].isupper():
        phrases.append(headline[i : i + 3])
    return any(" ".join(t.text for t in phrase) in body for phrase in phrases)


# The small words inside a name: "Bank of England", "Trinidad and Tobago".
_NAME_JOINS = frozenset({"of", "and", "for", "de"})


def _common_word(word: str, low: str, body: str) -> bool:
    """Whether the headline's capitalised ``word`` is a common word in the story ``body``."""
    if len(low) != len(word):
        return False
    in_lower = len(re.findall(rf"\b{re.escape(low)}\b", body))
    capitals = len(re.findall(rf"\b{re.escape(word)}\b", body))
    mid_sentence = len(re.findall(rf"{_MID_SENTENCE}{re.escape(word)}\b", body))
    if mid_sentence and mid_sentence >= in_lower:
        return False
    if in_lower:
        return True
    if capitals:
        # written only where a sentence starts: the story does not say which it is
        return False
    return low in SMALL_WORDS or _in_dictionary(low)


def _in_dictionary(low: str) -> bool:
    """Whether LemmInflect's English dictionary (no proper names) knows ``low``."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(low))


# The token attribute (a spaCy extension) that marks a headline word parsed in lower case.
LOWERED = "read_in_lower_case"


def register() -> None:
    """Declare ``LOWERED`` on spaCy's tokens (once, when the pipeline is loaded)."""
    from spacy.tokens import Token

    if not Token.has_extension(LOWERED):
        Token.set_extension(LOWERED, default=False)


def read_in_lower_case(token: Token) -> bool:
    """Whether ``token`` is a capitalised headline word the parser read as a common word:
    its tags are a sentence's, whatever its capital says."""
    return token.has_extension(LOWERED) and bool(token._.get(LOWERED))


def read_as(doc: Doc, reading: Doc) -> Doc:
    """``doc`` (the text as written) given the annotations of ``reading``, the parse of the
    same tokens spelled otherwise; the tokens spelled otherwise are marked ``LOWERED``."""
    attrs: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    doc.from_array(attrs, cast("Ints2d", reading.to_array(attrs)))
    doc.tensor = reading.tensor
    for token, read in zip(doc, reading, strict=True):
        if token.text != read.text:
            token._.set(LOWERED, True)
    return doc


def text_as_read(doc: Doc) -> str:
    """``doc``'s text with the headline words the parser read in lower case written so
    (same length, same offsets): what a title quotes from a title-cased headline."""
    marked = [t for t in doc[:MOST_WORDS] if read_in_lower_case(t)]
    if not marked:
        return doc.text
    chars = list(doc.text)
    for token in marked:
        chars[token.idx : token.idx + len(token.text)] = token.lower_
    return "".join(chars)
