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

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.name_cues import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    LOCATIVES,
    MEDIA_HEADS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NOT_NAME_ACRONYMS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    ORGANISATION_NOUNS,
    PARTY_PLURALS,
    PLACE_HEADS,
    PLACE_LEADS,
    ROLE_NOUNS,
    STATE_ABBREVIATIONS,
    STATE_NAMES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
    # Its own words or those beside it say what it is ("Gen.", "Inc.", "the company ..."),
    # not only the recogniser's label and a repetition.
    by_words: bool = True
    # An organisation whose name opens with a place the gazetteer reads ("New York Police
    # Department", "Turkish Constitutional Court"): the finder decides which of the two
    # stands (see ``place_led_bodies``).
    led_by_place: bool = False


class _Reader:
    """One pass over a parsed article's names. The tokens' words, tags and offsets are read
    into lists once: spaCy builds a Python object at every ``doc[i]``."""

    def __init__(
        self, doc: Doc, text: str, blocked: list[tuple[int, int]], surnames: dict[str, str]
    ) -> None:
        self.text = text  # the doc's own; ``doc.text`` would join its tokens anew
        self.words: list[str] = []
        self.tags: list[str] = []
        self.starts: list[int] = []
        for token in doc:
            self.words.append(token.text)
            self.tags.append(token.tag_)
            self.starts.append(token.idx)
        self.bare = [word.rstrip(".") for word in self.words]
        self.ents = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in _LABELS]
        self.blocked = sorted(blocked)
        self._blocked_starts = [s for s, _ in self.blocked]
        self._longest_blocked = max((e - s for s, e in self.blocked), default=0)
        self.surnames = surnames
        self.counts = Counter(_normal(self._text(s, e)) for s, e, _ in self.ents)
        # Names that follow "in", "near", "from" ... somewhere: the recogniser's places must.
        self.located = {
            _normal(self._text(s, e))
            for s, e, _ in self.ents
            if s and self.words[s - 1] in LOCATIVES
        }
        self._spelled: dict[str, str] | None = None

    def _text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``."""
        return self.text[self.starts[start] : self.starts[end - 1] + len(self.words[end - 1])]

    def _capitalised(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def _punct(self, i: int) -> bool:
        return not any(char.isalnum() for char in self.words[i])

    # --- candidates ---------------------------------------------------------------------------

    def candidates(self) -> list[tuple[int, int, str]]:
        """Token ranges to judge: the recogniser's names, then the tagger's proper-noun runs."""
        return self.ents + [(start, end, "") for start, end in self._proper_runs()]

    def _proper_runs(self) -> list[tuple[int, int]]:
        runs, start = [], None
        words, tags, count = self.words, self.tags, len(self.words)
        for i in range(count):
            proper = tags[i] in _PROPER_TAGS and self._capitalised(i)
            if start is None:
                if proper:
                    start = i
                continue
            if proper:
                continue
            joiner = words[i] in NAME_JOINERS or words[i] in NAME_PARTICLES
            if (
                joiner
                and i + 1 < count
                and tags[i + 1] in _PROPER_TAGS
                and not _dated(words[i + 1])
            ):
                continue
            runs.append((start, i))
            start = None
        if start is not None:
            runs.append((start, count))
        return runs

    def mentions_any(self, candidate: tuple[int, int, str], names: dict[str, str]) -> bool:
        """Whether one of ``names`` is among the candidate's words."""
        start, end, _ = candidate
        # Every surname's forms include its last word alone ("Vries" for "de Vries").
        return any(word.rstrip(".") in names for word in self.words[start:end])

    # --- judging ------------------------------------------------------------------------------

    def judge(self, start: int, end: int, label: str) -> Recognised | None:
        start, end = self._trim(start, end)
        end = self._with_company_suffix(end)
        if start >= end or not self._looks_like_a_name(start, end):
            return None
        first_char = self.starts[start]
        last_char = self.starts[end - 1] + len(self.words[end - 1])
        if self._overlaps_blocked(first_char, last_char):
            return self._led_by_place(start, end)
        # Its own words outrank the recogniser's label: "Ministry of Ports" is no person.
        kind, by_words = kind_by_head(self.words[start:end]), True
        if kind is None:
            person = self._person(start, end, label)
            if person is not None:
                return person
            kind, by_words = self._kind_by_words(start, end, label)
        if kind is None:
            return None
        longer = self._with_complement(end)
        longer_char = self.starts[longer - 1] + len(self.words[longer - 1])
        # not into a name the gazetteer reads: "Central Bank" of "Ireland"
        if not self._overlaps_blocked(first_char, longer_char):
            last_char = longer_char
        text = self.text[first_char:last_char]
        entity = self._spelled_out(text) if _is_acronym(text) else text
        return Recognised(first_char, last_char, text, entity or text, kind, by_words)

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        words, bare = self.words, self.bare
        while start < end and (
            self._punct(start) or words[start] in lexicon.CAPITALISED_FUNCTION_WORDS
        ):
            if bare[start] in HONORIFICS:
                break  # "Mr" is a function word to the run finder, but a cue here
            start += 1
        while end > start and (self._punct(end - 1) or words[end - 1] in _POSSESSIVE_TOKENS):
            if words[end - 1] == "." and end - 2 >= start and bare[end - 2] in COMPANY_SUFFIXES:
                break  # "Inc." keeps its period
            end -= 1
        while end > start and not self._capitalised(end - 1):
            end -= 1
        return start, end

    def _with_company_suffix(self, end: int) -> int:
        """'Acme Widgets' + 'Inc.' (or ', Inc.') when the recogniser stopped short."""
        count = len(self.words)
        at = end + 1 if end < count and self.words[end] == "," else end
        if at < count and self.bare[at] in COMPANY_SUFFIXES:
            return at + 1
        return end

    def _with_complement(self, end: int) -> int:
        """An organisation or place named with its "of" complement, where the recogniser
        stopped short: "Massachusetts Institute" + "of Technology", "Royal Courts" + "of
        Justice"."""
        count = len(self.words)
        while (
            end + 1 < count
            and self.words[end] in ("of", "for")
            and self._capitalised(end + 1)
            and not _not_a_name_word(self.bare[end + 1])
        ):
            end += 2
            while end < count and self._capitalised(end) and not _not_a_name_word(self.bare[end]):
                end += 1
        return end

    def _looks_like_a_name(self, start: int, end: int) -> bool:
        words = self.words[start:end]
        if not words[0][:1].isupper() or any(char.isdigit() for word in words for char in word):
            return False
        at = self.starts[start]
        if at and self.text[at - 1].isalnum():
            return False  # the "G" of "3G"
        content = [i for i in range(start, end) if self._capitalised(i)]
        if all(_is_common_capital(self.bare[i]) or self.bare[i] in NOT_NAMES for i in content):
            return self._body_of_office_words(content)
        if len(content) == 1 and not _is_acronym(words[0]):
            lone = self.bare[start]
            if len(lone) < 2 or lone in ORGANISATION_HEADS or lone in PLACE_HEADS:
                return False  # "the Commission said": a body named before, or none
            # A lone capitalised word must be a proper noun to the tagger: "Rescuers found"
            # opens a sentence with a plural noun, not a name.
            return self.tags[start] in _PROPER_TAGS or lone in HONORIFICS
        return True

    def _body_of_office_words(self, content: list[int]) -> bool:
        """Whether a run of words that name offices ends with a body's word: "the Security
        Council", "the State Council", "the National Security Council" name a body that acts,
        though each word alone would only be a title ("Security Minister", "State
        Secretary")."""
        bare = self.bare
        return (
            len(content) >= 2
            and bare[content[-1]] in ORGANISATION_HEADS
            and all(bare[i] in lexicon.TITLE_WORDS for i in content)
        )

    def _led_by_place(self, start: int, end: int) -> Recognised | None:
        """An organisation's name that opens with a place or a country the gazetteer reads
        and ends with an organisation word ("Velt Police Department", "Australian Sports
        Commission"); else None (a run that reaches into a place otherwise is no name)."""
        first_char = self.starts[start]
        last_char = self.starts[end - 1] + len(self.words[end - 1])
        head_char = self.starts[end - 1]
        inside = [(s, e) for s, e in self.blocked if s < last_char and first_char < e]
        if not inside or inside[0][0] != first_char or any(e > head_char for _, e in inside):
            return None
        words = self.words[start:end]
        if kind_by_head(words) != "organisation" or not MEDIA_HEADS.isdisjoint(words):
            return None  # not "the Iraqi News Agency", an outlet that reports
        text = self.text[first_char:last_char]
        return Recognised(first_char, last_char, text, text, "organisation", led_by_place=True)

    def _overlaps_blocked(self, start: int, end: int) -> bool:
        # Only ranges starting within the longest range's length before ``start`` can reach it.
        first = bisect.bisect_left(self._blocked_starts, start - self._longest_blocked)
        last = bisect.bisect_left(self._blocked_starts, end)
        return any(start < e for _, e in self.blocked[first:last])

    def _person(self, start: int, end: int, label: str) -> Recognised | None:
        bare = self.bare
        titled = start > 0 and (
            bare[start - 1] in HONORIFICS or self.words[start - 1] in ROLE_NOUNS
        )
        while start < end and bare[start] in HONORIFICS:
            titled = True
            start += 1
            if start < end and self.words[start] == ".":
                start += 1
        if start >= end:
            return None
        if titled and not self._capitalised(start):
            return None  # "Mayor of Harlow": an office of a place, no person named
        names = [i for i in range(start, end) if self._capitalised(i)]
        if not 1 <= len(names) <= 3 or any(_not_a_name_word(bare[i]) for i in names):
            return None
        if any(bare[i] in PARTY_PLURALS for i in names):
            return None  # "Ruiz and Democrats": the party is no word of her name
        if any(_is_acronym(self.words[i]) for i in names):
            return None
        first_char = self.starts[start]
        last_char = self.starts[end - 1] + len(self.words[end - 1])
        text = self.text[first_char:last_char]
        if text in self.surnames:  # whatever the recogniser's label: "Jobs" is Steve Jobs
            return Recognised(first_char, last_char, text, self.surnames[text], "person")
        if titled:
            return Recognised(first_char, last_char, text, text, "person")
        # "born in San Francisco": whatever the recogniser says, no person is "in" anything
        placed = start > 0 and self.words[start - 1].lower() in _PLACE_PREPOSITIONS
        if label == "PERSON" and len(names) >= 2 and not placed and not self._town(end):
            return Recognised(first_char, last_char, text, text, "person", by_words=False)
        return None

    def _town(self, end: int) -> bool:
        """Whether the name ending before token ``end`` is followed by a comma and a state of
        the United States ("San Antonio, Texas", "Woodland Hills, Calif."): a town."""
        if end + 1 >= len(self.words) or self.words[end] != ",":
            return False
        after = self.text[self.starts[end + 1] : self.starts[end + 1] + 20]
        # the state closes the town's address: "Texas,", "Calif.-based", not "Texas governor"
        state = re.match(r"((?:[A-Z][\w.]*)(?: [A-Z][a-z]+)?)(?:[,;)\-]|$|\s*$)", after)
        if state is None:
            return False
        words = state.group(1)
        return words in STATE_ABBREVIATIONS or words.rstrip(".") in STATE_NAMES

    def _kind_by_words(self, start: int, end: int, label: str) -> tuple[str | None, bool]:
        """What the words beside a name say it is, else what a repeated label says (and
        whether words said it)."""
        words = self.words
        before = words[start - 1] if start > 0 else ""
        after = words[end] if end < len(words) else ""
        if before in ORGANISATION_NOUNS:
            return "organisation", True  # "the shipping company Maersk"
        text = self._text(start, end)
        acronym = _is_acronym(text)
        if acronym and after in ORGANISATION_NOUNS:
            return "organisation", True  # "the FNV union"
        spelled = self._spelled_out(text) if acronym else ""
        if spelled:
            # What the words spelled out name: "Baltic Dockworkers Federation" an
            # organisation; "Software Development Kit" nothing that acts.
            return kind_by_head(spelled.split()), True
        if label == "ORG" and (self.counts[_normal(text)] >= 2 or (acronym and self._twice(text))):
            return "organisation", False
        if label == "LOC" and self.counts[_normal(text)] >= 2 and _normal(text) in self.located:
            return "place", False
        return None, False

    # --- acronyms -----------------------------------------------------------------------------

    def _twice(self, acronym: str) -> bool:
        return len(re.findall(rf"(?<![\w.]){re.escape(acronym)}(?![\w])", self.text)) >= 2

    def _spelled_out(self, acronym: str) -> str:
        """The capitalised words whose initials make ``acronym``, as the text writes them."""
        if self._spelled is None:
            self._spelled = {}
            for match in _SPELLED.finditer(self.text):
                _add_spellings(self._spelled, match.group())
        return self._spelled.get(acronym, "")


def _add_spellings(spelled: dict[str, str], run: str) -> None:
    words = run.split()
    capitals = [i for i, word in enumerate(words) if word[:1].isupper()]
    for a, first in enumerate(capitals):
        for last in capitals[a + 1 :]:
            initials = "".join(w[0] for w in words[first : last + 1] if w[:1].isupper())
            spelled.setdefault(initials, " ".join(words[first : last + 1]))


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "across", "throughout"})


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
    if last in PLACE_HEADS or (len(capitals) == 2 and capitals[0] in PLACE_LEADS):
        return "place"
    if len(words) > 2 and words[1] in ("of", "for") and capitals[0] in ORGANISATION_HEADS:
        return "organisation"  # "Ministry of Transport", "Bureau of Statistics"
    return None


def _dated(word: str) -> bool:
    """A day or a month: "the Velt Police Department on Monday" joins no name to its date."""
    return word in lexicon.WEEKDAY_WORDS or word in lexicon.MONTH_WORDS


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text)) and text not in NOT_NAME_ACRONYMS


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


_ARTICLE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")


def _normal(text: str) -> str:
    return _POSSESSIVE.sub("", _ARTICLE.sub("", text)).strip()


def recognised_names(
    doc: Doc, text: str, blocked: list[tuple[int, int]], surnames: dict[str, str]
) -> list[Recognised]:
    """The checked names of ``doc`` (the parse of ``text``), not overlapping each other nor
    ``blocked`` (character ranges); ``surnames`` maps a surname to the full name of a person
    named in the text."""
    reader = _Reader(doc, text, blocked, surnames)
    candidates = reader.candidates()
    judged = [reader.judge(*candidate) for candidate in candidates]
    # A person the parse named ("President Okafor") names him wherever the recogniser
    # labels his surname otherwise: judge those again knowing him.
    more = {
        form: name.entity
        for name in judged
        if name is not None and name.kind == "person"
        for form in surname_forms(name.entity)
        if form not in reader.surnames
    }
    if more:
        reader.surnames = {**more, **reader.surnames}
        judged = [
            reader.judge(*candidate) if reader.mentions_any(candidate, more) else name
            for candidate, name in zip(candidates, judged, strict=True)
        ]
    found: list[Recognised] = []
    taken: set[int] = set()  # the characters of the names kept so far
    for name in judged:
        if name is None or not taken.isdisjoint(range(name.start, name.end)):
            continue
        found.append(name)
        taken.update(range(name.start, name.end))
    return sorted(found, key=lambda name: name.start)


def surname_forms(full_name: str) -> list[str]:
    """How a person may be named later: "Vries", "de Vries" and "De Vries" for Henk de Vries."""
    words = full_name.split()
    forms = [words[-1]]
    first = len(words) - 1
    while first > 1 and words[first - 1] in NAME_PARTICLES:
        first -= 1
    if first < len(words) - 1:
        particle_form = " ".join(words[first:])
        forms += [particle_form, particle_form[0].upper() + particle_form[1:]]
    return forms
