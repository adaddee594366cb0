"""Names the gazetteer does not know, from the parse: checked hints, not verdicts.

The parser's recogniser scores about 0.45 F1 on names and often gives them the wrong label,
so a name it marks (or a run of proper nouns the tagger marks) becomes a mention only when
the words in and around it say what it is:

* a person: a rank or role before it ("Mr. Smith", "union leader Henk de Vries"), or, when
  the recogniser says PERSON, two name words;
* an organisation: an organisation word ending it ("European Maritime Safety Agency",
  "Acme Widgets Inc."), an organisation noun beside it ("the shipping company Maersk", "the
  FNV union"), an acronym the text spells out, or, when the recogniser says ORG, a name it
  recognises twice or an acronym the text uses twice;
* a place: a place word ending it ("Tahrir Square"), or, when the recogniser says LOC, a name
  it recognises twice.

Never a month, weekday, number or a title alone, never a common word that merely opens a
sentence ("Rescuers found ..."), and never a name overlapping one the gazetteer or the
dateline already reads (``blocked``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.name_cues import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    MEDIA_HEADS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NOT_NAME_ACRONYMS,
    ORGANISATION_HEADS,
    ORGANISATION_NOUNS,
    PLACE_HEADS,
    ROLE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_LABELS = frozenset({"PERSON", "ORG", "LOC", "MISC"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# A run of capitalised words that may spell out an acronym ("Workers' Federation of the Port").
_SPELLED = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the|on|de)\s+)*[A-Z][\w'’\-]*)+")


@dataclass(frozen=True, slots=True)
class Recognised:
    """A name the parse found and the checks let through; ``kind`` is a NameKind value."""

    start: int
    end: int
    text: str
    entity: str
    kind: str  # "person", "organisation", "media", "place"


def _bare(token: Token) -> str:
    return token.text.rstrip(".")


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


class _Reader:
    """One pass over a parsed article's names."""

    def __init__(self, doc: Doc, blocked: list[tuple[int, int]], surnames: dict[str, str]):
        self.doc = doc
        self.blocked = sorted(blocked)
        self.surnames = surnames
        self.counts = Counter(_normal(span.text) for span in doc.ents)
        self._spelled: dict[str, str] | None = None

    # --- candidates ---------------------------------------------------------------------------

    def candidates(self) -> list[tuple[int, int, str]]:
        """Token ranges to judge: the recogniser's names, then the tagger's proper-noun runs."""
        found = [(e.start, e.end, e.label_) for e in self.doc.ents if e.label_ in _LABELS]
        return found + [(start, end, "") for start, end in self._proper_runs()]

    def _proper_runs(self) -> list[tuple[int, int]]:
        runs, start = [], None
        doc = self.doc
        for token in doc:
            proper = token.tag_ in _PROPER_TAGS and _is_capitalised(token)
            if start is None:
                if proper:
                    start = token.i
                continue
            if proper:
                continue
            joiner = token.text in NAME_JOINERS or token.text in NAME_PARTICLES
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if joiner and following is not None and following.tag_ in _PROPER_TAGS:
                continue
            runs.append((start, token.i))
            start = None
        if start is not None:
            runs.append((start, len(doc)))
        return runs

    # --- judging ------------------------------------------------------------------------------

    def judge(self, start: int, end: int, label: str) -> Recognised | None:
        doc = self.doc
        start, end = self._trim(start, end)
        end = self._with_company_suffix(end)
        if start >= end or not self._looks_like_a_name(start, end):
            return None
        first_char, last_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if self._overlaps_blocked(first_char, last_char):
            return None
        # Its own words outrank the recogniser's label: "Ministry of Ports" is no person.
        kind = kind_by_head([t.text for t in doc[start:end]])
        if kind is None:
            person = self._person(start, end, label)
            if person is not None:
                return person
            kind = self._kind_by_words(start, end, label)
        if kind is None:
            return None
        text = doc.text[first_char:last_char]
        entity = self._spelled_out(text) if _is_acronym(text) else text
        return Recognised(first_char, last_char, text, entity or text, kind)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        doc = self.doc
        while start < end and (
            doc[start].is_punct or doc[start].text in lexicon.CAPITALISED_FUNCTION_WORDS
        ):
            if _bare(doc[start]) in HONORIFICS:
                break  # "Mr" is a function word to the run finder, but a cue here
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].text in _POSSESSIVE_TOKENS):
            if (
                doc[end - 1].text == "."
                and end - 2 >= start
                and _bare(doc[end - 2]) in COMPANY_SUFFIXES
            ):
                break  # "Inc." keeps its period
            end -= 1
        while end > start and not _is_capitalised(doc[end - 1]):
            end -= 1
        return start, end

    def _with_company_suffix(self, end: int) -> int:
        """'Acme Widgets' + 'Inc.' (or ', Inc.') when the recogniser stopped short."""
        doc = self.doc
        at = end + 1 if end < len(doc) and doc[end].text == "," else end
        if at < len(doc) and _bare(doc[at]) in COMPANY_SUFFIXES:
            return at + 1
        return end

    def _looks_like_a_name(self, start: int, end: int) -> bool:
        tokens = self.doc[start:end]
        if not _is_capitalised(tokens[0]) or any(t.like_num or t.is_digit for t in tokens):
            return False
        if any(any(ch.isdigit() for ch in t.text) for t in tokens):
            return False
        content = [t for t in tokens if _is_capitalised(t)]
        if all(_is_common_capital(_bare(t)) for t in content):
            return False
        if len(content) == 1 and not _is_acronym(tokens[0].text):
            # A lone capitalised word must be a proper noun to the tagger: "Rescuers found"
            # opens a sentence with a plural noun, not a name.
            return tokens[0].tag_ in _PROPER_TAGS or _bare(tokens[0]) in HONORIFICS
        return True

    def _overlaps_blocked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.blocked)

    def _person(self, start: int, end: int, label: str) -> Recognised | None:
        doc = self.doc
        titled = start > 0 and _is_person_cue(doc[start - 1])
        while start < end and _bare(doc[start]) in HONORIFICS:
            titled = True
            start += 1
            if start < end and doc[start].text == ".":
                start += 1
        if start >= end:
            return None
        names = [t for t in doc[start:end] if _is_capitalised(t)]
        if not 1 <= len(names) <= 3 or any(_not_a_name_word(_bare(t)) for t in names):
            return None
        if any(_is_acronym(t.text) for t in names):
            return None
        first_char, last_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        text = doc.text[first_char:last_char]
        if titled:
            return Recognised(first_char, last_char, text, text, "person")
        if label == "PERSON" and len(names) >= 2:
            return Recognised(first_char, last_char, text, text, "person")
        if label == "PERSON" and text in self.surnames:
            return Recognised(first_char, last_char, text, self.surnames[text], "person")
        return None

    def _kind_by_words(self, start: int, end: int, label: str) -> str | None:
        doc = self.doc
        tokens = doc[start:end]
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and before.text in ORGANISATION_NOUNS:
            return "organisation"  # "the shipping company Maersk"
        text = tokens.text
        acronym = _is_acronym(text)
        if acronym and after is not None and after.text in ORGANISATION_NOUNS:
            return "organisation"  # "the FNV union"
        if acronym and self._spelled_out(text):
            return "organisation"
        if label == "ORG" and (self.counts[_normal(text)] >= 2 or (acronym and self._twice(text))):
            return "organisation"
        if label == "LOC" and self.counts[_normal(text)] >= 2:
            return "place"
        return None

    # --- acronyms -----------------------------------------------------------------------------

    def _twice(self, acronym: str) -> bool:
        return len(re.findall(rf"(?<![\w.]){re.escape(acronym)}(?![\w])", self.doc.text)) >= 2

    def _spelled_out(self, acronym: str) -> str:
        """The capitalised words whose initials make ``acronym``, as the text writes them."""
        if self._spelled is None:
            self._spelled = {}
            for match in _SPELLED.finditer(self.doc.text):
                _add_spellings(self._spelled, match.group())
        return self._spelled.get(acronym, "")


def _add_spellings(spelled: dict[str, str], run: str) -> None:
    words = run.split()
    capitals = [i for i, word in enumerate(words) if word[:1].isupper()]
    for a, first in enumerate(capitals):
        for last in capitals[a + 1 :]:
            initials = "".join(w[0] for w in words[first : last + 1] if w[:1].isupper())
            spelled.setdefault(initials, " ".join(words[first : last + 1]))


def kind_by_head(words: list[str]) -> str | None:
    """What a name of several words names by its head: "European Maritime Safety Agency" an
    organisation, "Ministry of Transport" too, "Daily Herald" a news outlet, "Tahrir Square"
    a place; None when its words do not say."""
    capitals = [w.rstrip(".") for w in words if w[:1].isupper()]
    if len(capitals) < 2:
        return None
    last = capitals[-1]
    if last in ORGANISATION_HEADS or last in COMPANY_SUFFIXES:
        return "organisation"
    if last in MEDIA_HEADS:
        return "media"
    if last in PLACE_HEADS:
        return "place"
    if len(words) > 2 and words[1] in ("of", "for") and capitals[0] in ORGANISATION_HEADS:
        return "organisation"  # "Ministry of Transport", "Bureau of Statistics"
    return None


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text)) and text not in NOT_NAME_ACRONYMS


def _is_person_cue(token: Token) -> bool:
    return _bare(token) in HONORIFICS or token.text in ROLE_NOUNS


def _is_common_capital(word: str) -> bool:
    """A capitalised word that is not a name by itself: a month, a day, a title, "The"."""
    return (
        word in lexicon.MONTH_WORDS
        or word in lexicon.WEEKDAY_WORDS
        or word in lexicon.TITLE_WORDS
        or word in lexicon.CAPITALISED_FUNCTION_WORDS
        or word in HONORIFICS
    )


def _not_a_name_word(word: str) -> bool:
    return _is_common_capital(word) or len(word) < 2


def _normal(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


def recognised_names(
    doc: Doc, blocked: list[tuple[int, int]], surnames: dict[str, str]
) -> list[Recognised]:
    """The checked names of ``doc``, not overlapping each other nor ``blocked`` (character
    ranges); ``surnames`` maps a surname to the full name of a person named in the text."""
    reader = _Reader(doc, blocked, surnames)
    found: list[Recognised] = []
    taken: list[tuple[int, int]] = []
    for start, end, label in reader.candidates():
        name = reader.judge(start, end, label)
        if name is None or any(s < name.end and name.start < e for s, e in taken):
            continue
        found.append(name)
        taken.append((name.start, name.end))
    return sorted(found, key=lambda name: name.start)
