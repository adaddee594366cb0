"""Who takes part: countries, organisations and places from the gazetteer, and people's names.

Countries are found by name ("Russia"), adjective or demonym ("Russian", "British") and capital
used as a metonym ("Moscow", "Kiev"). Other cities and regions are places: a location, not an
actor. People are runs of two or three capitalised words ("Ben Wallace"), after dropping titles
("Defense Secretary") and words that are not names (months, "The", countries); later mentions of
a surname alone ("Wallace said") map back to the full name seen elsewhere in the article.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from timeline_app.core.bundled import resource_path
from timeline_app.core.extraction import lexicon

_POSSESSIVE = re.compile(r"(?:['’]s?)$")


def gazetteer_path() -> Path:
    """Where the gazetteer lives (``resources/gazetteer.json``, found as bundled.py says)."""
    return resource_path("gazetteer.json")


class NameKind(StrEnum):
    """What a name names; the gazetteer file's ``kind`` spells it."""

    COUNTRY = "country"
    ORGANISATION = "organisation"
    MEDIA = "media"
    PERSON = "person"
    PLACE = "place"


class NameRole(StrEnum):
    """How a mention names its entity."""

    NAME = "name"  # "Russia", "NATO"
    ADJECTIVE = "adjective"  # "Russian", "British"
    CAPITAL = "capital"  # "Moscow" for Russia
    PLACE = "place"  # a city or region: a location, not an actor
    PERSON = "person"  # "Ben Wallace", or "Wallace" later on


_ACTOR_KINDS = frozenset({NameKind.COUNTRY, NameKind.ORGANISATION, NameKind.PERSON})


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text: what it names (``kind``) and how (``role``).

    ``country`` is the country a place or capital lies in ("" if none).
    """

    start: int
    end: int
    text: str
    entity: str
    kind: NameKind
    role: NameRole
    country: str = ""

    @property
    def is_actor(self) -> bool:
        return self.kind in _ACTOR_KINDS

    @property
    def is_location(self) -> bool:
        return self.role in (NameRole.CAPITAL, NameRole.PLACE)


def person_mention(start: int, end: int, text: str, entity: str) -> Mention:
    """A mention of a person ("Ben Wallace", or "Wallace" for him)."""
    return Mention(start, end, text, entity, NameKind.PERSON, NameRole.PERSON)


@dataclass(frozen=True, slots=True)
class _Entry:
    entity: str
    kind: NameKind
    role: NameRole
    country: str
    short: str


def _kind_of(item: dict) -> NameKind:
    kind = item.get("kind", NameKind.COUNTRY)
    try:
        return NameKind(kind)
    except ValueError:
        known = ", ".join(NameKind)
        raise ValueError(
            f"Gazetteer entry {item.get('name')!r} has kind {kind!r}; the kinds are {known}"
        ) from None


class Gazetteer:
    """Case-sensitive lookup of the names in the gazetteer file."""

    def __init__(self, data: dict) -> None:
        self.entries: dict[str, _Entry] = {}
        self.short_names: dict[str, str] = {}
        for item in data.get("entities", []):
            name, kind = item["name"], _kind_of(item)
            short = item.get("short", name)
            self.short_names[name] = short
            country = name if kind == NameKind.COUNTRY else ""
            for alias in [name, *item.get("aliases", [])]:
                self._add(alias, _Entry(name, kind, NameRole.NAME, country, short))
            for adjective in item.get("adjectives", []):
                self._add(adjective, _Entry(name, kind, NameRole.ADJECTIVE, name, short))
            for capital in item.get("capitals", []):
                self._add(capital, _Entry(name, kind, NameRole.CAPITAL, name, short))
            for place in item.get("places", []):
                self._add(place, _Entry(place, NameKind.PLACE, NameRole.PLACE, name, place))
        names = sorted(self.entries, key=len, reverse=True)
        alternation = "|".join(re.escape(name) for name in names)
        # A name must not be glued to other letters; a possessive may follow.
        self._pattern = re.compile(rf"(?<![\w.\-])(?:{alternation})(?![\w\-]|\.\w)")

    def _add(self, alias: str, entry: _Entry) -> None:
        # The first entry wins: a country's own name beats a place of the same name.
        self.entries.setdefault(alias, entry)

    def lookup(self, name: str) -> _Entry | None:
        return self.entries.get(_POSSESSIVE.sub("", name))

    def short_name(self, entity: str) -> str:
        """The headline form of an entity name ("United Kingdom" -> "UK")."""
        return self.short_names.get(entity, entity)

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        """Gazetteer names in ``text``, longest first, not overlapping."""
        mentions = []
        for match in self._pattern.finditer(text):
            entry = self.entries[match.group()]
            mentions.append(
                Mention(
                    offset + match.start(),
                    offset + match.end(),
                    match.group(),
                    entry.entity,
                    entry.kind,
                    entry.role,
                    entry.country,
                )
            )
        return mentions


@functools.cache
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer, read once per process."""
    file = Path(path) if path else gazetteer_path()
    with open(file, encoding="utf-8") as handle:
        return Gazetteer(json.load(handle))


# A word token with its position; names keep inner hyphens and apostrophes and dotted initials.
_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*|\S")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_’'\-]*(?:[’'\-][^\W\d_]+)*")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def find_people(text: str, gazetteer_mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """Full personal names: 2-3 capitalised words after titles are dropped."""
    # Character positions covered by gazetteer names (a set: articles are short).
    blocked = {i for m in gazetteer_mentions for i in range(m.start - offset, m.end - offset)}
    people: list[Mention] = []
    run: list[re.Match] = []

    def flush() -> None:
        tokens = list(run)
        run.clear()
        # Drop leading titles, function words, months and names that are countries.
        while tokens and _not_name_word(tokens[0].group()):
            tokens.pop(0)
        if not 2 <= len(tokens) <= 3:
            return
        words = [_POSSESSIVE.sub("", token.group()) for token in tokens]
        if any(_not_name_word(word) for word in words[1:]):
            return
        if words[-1] in lexicon.NON_PERSON_HEADS:
            return
        start, end = tokens[0].start(), tokens[-1].start() + len(words[-1])
        name = " ".join(words)
        people.append(person_mention(offset + start, offset + end, name, name))

    previous_end = None
    for token in _TOKEN.finditer(text):
        word = token.group()
        inside_block = token.start() in blocked
        clean = _POSSESSIVE.sub("", word)
        adjacent = previous_end is not None and text[previous_end : token.start()] == " "
        if inside_block or not _is_capitalised(clean) or not _NAME_WORD.fullmatch(clean):
            flush()
            previous_end = None
            continue
        if run and not adjacent:
            flush()
        run.append(token)
        previous_end = token.end()
        if word != clean:  # a possessive ends the name: "Poland's Aleksander ..."
            flush()
            previous_end = None
    flush()
    return people


def _not_name_word(word: str) -> bool:
    word = _POSSESSIVE.sub("", word)
    return (
        word in lexicon.TITLE_WORDS
        or word in lexicon.CAPITALISED_FUNCTION_WORDS
        or word in lexicon.MONTH_WORDS
        or word in lexicon.WEEKDAY_WORDS
        or len(word) < 2
    )


class ActorFinder:
    """Finds the names in one article; remembers full names so surnames can be resolved."""

    def __init__(self, text: str, gazetteer: Gazetteer | None = None) -> None:
        self.text = text
        self.gazetteer = gazetteer or load_gazetteer()
        self.places = self.gazetteer.find(text)
        people = find_people(text, self.places)
        surnames: dict[str, str] = {}
        for person in people:
            surnames.setdefault(person.entity.split()[-1], person.entity)
        covered = {i for p in people for i in range(p.start, p.end)}
        for match in re.finditer(r"(?<![\w.])([^\W\d_][\w\-]+)(?:['’]s?)?(?!\w)", text):
            word = match.group(1)
            full = surnames.get(word)
            if full and match.start() not in covered:
                people.append(person_mention(match.start(), match.start(1) + len(word), word, full))
        self.mentions = sorted(self.places + people, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie inside ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


def actor_names(mentions: list[Mention]) -> list[str]:
    """Distinct actor names in the order they appear."""
    names: list[str] = []
    for mention in mentions:
        if mention.is_actor and mention.entity not in names:
            names.append(mention.entity)
    return names


def first_location(mentions: list[Mention]) -> str:
    """The first city, capital or region named, as written ("" if none)."""
    for mention in mentions:
        if mention.is_location:
            return _POSSESSIVE.sub("", mention.text)
    return ""
