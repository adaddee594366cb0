"""Who takes part: countries, organisations and places from the gazetteer, and people's names.

Countries are found by name ("Russia"), adjective or demonym ("Russian", "British") and capital
used as a metonym ("Moscow", "Kiev"). Other cities and regions are places: a location, not an
actor. People are runs of two or three capitalised words ("Ben Wallace", "Henk de Vries"),
after dropping titles ("Defense Secretary") and words that are not names (months, "The",
countries); later mentions of a surname alone ("Wallace said", "De Vries said") map back to the
full name seen elsewhere in the article.

Given the article's parse, names the gazetteer does not know are taken from the parser's
recogniser and proper-noun tags when they pass the checks in ``recognised_names`` (the
gazetteer decides first: the recogniser is a hint). A wire dateline's place ("ROTTERDAM,
Netherlands (AP) —") is where the story was filed: a location of the article, never an actor.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core.bundled import resource_path
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.body_reference import body_described
from timeline_app.core.extraction.company_names import company_spans
from timeline_app.core.extraction.described_again import fuller_mention
from timeline_app.core.extraction.described_bodies import described_bodies
from timeline_app.core.extraction.firm_deeds import firms_by_deeds
from timeline_app.core.extraction.joined_names import ampersand_names, joined_names
from timeline_app.core.extraction.name_compounds import without_compounds
from timeline_app.core.extraction.name_cues import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    MEDIA_HEADS,
    NAME_PARTICLES,
    ORGANISATION_HEADS,
    STATE_ABBREVIATIONS,
    STATE_NAMES,
)
from timeline_app.core.extraction.namesake_firms import namesake_end
from timeline_app.core.extraction.only_where import only_where
from timeline_app.core.extraction.place_phrases import place_entities, site_names
from timeline_app.core.extraction.product_makers import story_firm
from timeline_app.core.extraction.pronoun_reference import (
    PronounReference,
    firm_described,
    owner_of_figure,
    sex_of_given_name,
)
from timeline_app.core.extraction.recognised_names import (
    Recognised,
    kind_by_head,
    recognised_names,
    surname_forms,
)
from timeline_app.core.extraction.sentences import dateline_end
from timeline_app.core.extraction.shared_surnames import shared_surnames
from timeline_app.core.extraction.whose_people import only_whose_aide, only_whose_relative

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
    DATELINE = "dateline"  # "ROTTERDAM, Netherlands (AP) —": where the story was filed


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
    # False for a name that only says where or whose ("in Lagos, Nigeria", "Cuban exiles")
    acting: bool = True

    @property
    def is_actor(self) -> bool:
        return self.kind in _ACTOR_KINDS and self.acting

    @property
    def is_location(self) -> bool:
        return self.role in (NameRole.CAPITAL, NameRole.PLACE, NameRole.DATELINE)


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
        # the organisations that are firms ("company": true), not bodies of states or causes
        self.companies: set[str] = set()
        for item in data.get("entities", []):
            name, kind = item["name"], _kind_of(item)
            if item.get("company"):
                self.companies.add(name)
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
        # A name must not be glued to other letters; a possessive may follow.
        self._pattern = re.compile(rf"(?<![\w.\-])(?:{_trie_pattern(self.entries)})(?![\w\-]|\.\w)")

    def _add(self, alias: str, entry: _Entry) -> None:
        # The first entry wins: a country's own name beats a place of the same name.
        self.entries.setdefault(alias, entry)

    def lookup(self, name: str) -> _Entry | None:
        return self.entries.get(_POSSESSIVE.sub("", name))

    def short_name(self, entity: str) -> str:
        """The headline form of an entity name ("United Kingdom" -> "UK")."""
        return self.short_names.get(entity, entity)

    def headline_name(self, mention: Mention) -> str:
        """How a headline names what ``mention`` names: the gazetteer's short form ("UK",
        "Russia" for "Moscow"), but a company the gazetteer does not know as the text
        writes it here ("Elco earned" after "Elco Industries Inc.": "Elco")."""
        if mention.kind == NameKind.ORGANISATION and self.lookup(mention.entity) is None:
            return _POSSESSIVE.sub("", mention.text)
        return self.short_name(mention.entity)

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        """Gazetteer names in ``text``, longest first, not overlapping."""
        mentions = []
        for match in self._pattern.finditer(text):
            if text.startswith("$", match.end()):
                continue  # "US$20,000", "HK$5": a currency, no country acting
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


def _trie_pattern(names: Iterable[str]) -> str:
    """One regular expression for all ``names`` that branches letter by letter, so that the
    search tries only the names that begin as the text does (an alternation of hundreds of
    names tries each at every position). Like a longest-first alternation, it prefers the
    longest name and falls back to shorter ones."""
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return pattern(trie)


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
    # "Atlanta-based", "Kremlin-backed": a word made an adjective is no name's
    return word[:1].isupper() and not word.isupper() and not _ADJECTIVE_COMPOUND.search(word)


# ("Lee Cheuk-yan", "Wong Kwok-kin": a given name's parts may be joined in lower case)
_ADJECTIVE_COMPOUND = re.compile(
    r"-(?:based|backed|led|owned|run|controlled|born|funded|made|style|linked|allied"
    r"|sponsored|held|affiliated|oriented|speaking|registered|listed)(?:['’]s)?$"
)
_STATE_AFTER = re.compile(r",\s*(\S+)")


def _before_its_state(text: str, end: int, offset: int, gazetteer: list[Mention]) -> bool:
    """Whether a run of capitalised words ending at ``end`` is followed by a comma and a
    state or country ("San Antonio, Texas", "Woodland Hills, Calif.-based"): then it names
    a town."""
    after = _STATE_AFTER.match(text, end)
    if after is None:
        return False
    written = after.group(1)
    closed = re.match(r"[^,;)\-]*?(?:[,;)\-]|\.$|$)", written)  # "Texas,", "Calif.-based"
    word = written.split("-")[0].rstrip(",;)")
    if closed is not None and (word in STATE_ABBREVIATIONS or word.rstrip(".") in STATE_NAMES):
        return True  # not "Anna Berg, Texas governor"
    at = offset + after.start(1)
    return any(
        m.start == at
        and m.role in (NameRole.NAME, NameRole.PLACE)
        and m.kind in (NameKind.PLACE, NameKind.COUNTRY)
        and not text.startswith(("'", "’"), m.end - offset)
        for m in gazetteer
    )


_PLACED = re.compile(r"\b(?:in|near|outside|inside|across|throughout)\s+\Z", re.I)


def find_people(text: str, gazetteer_mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """Full personal names: 2-3 capitalised words after titles are dropped, perhaps with
    particles between them ("Henk de Vries", "Ursula von der Leyen")."""
    # Character positions covered by gazetteer names (a set: articles are short).
    blocked = {i for m in gazetteer_mentions for i in range(m.start - offset, m.end - offset)}
    people: list[Mention] = []
    run: list[re.Match] = []

    def flush() -> None:
        tokens = list(run)
        run.clear()
        # Drop leading titles, function words, months and names that are countries.
        while tokens and (_not_name_word(tokens[0].group()) or _is_particle(tokens[0])):
            if _given_name_not_month(tokens):
                break
            tokens.pop(0)
        while tokens and (_is_particle(tokens[-1]) or _is_initial(tokens[-1])):
            tokens.pop()
        # "Charles J. Fillmore" is Charles Fillmore: an initial is no word of the name
        tokens_named = [token for token in tokens if not _is_initial(token)]
        names = [token for token in tokens_named if not _is_particle(token)]
        if not 2 <= len(names) <= 3:
            return
        words = [_POSSESSIVE.sub("", token.group()) for token in tokens_named]
        if any(_not_name_word(_POSSESSIVE.sub("", token.group())) for token in names[1:]):
            return
        if words[-1] in lexicon.NON_PERSON_HEADS:
            return
        start, end = tokens[0].start(), tokens[-1].start() + len(words[-1])
        if _PLACED.search(text[max(0, start - 12) : start]):
            return  # "born in San Francisco": nobody is "in" a person
        if _before_its_state(text, end, offset, gazetteer_mentions):
            return  # "Intelogic Inc., San Antonio, Texas": a town
        name = " ".join(words)
        people.append(person_mention(offset + start, offset + end, name, name))

    previous_end = None
    for token in _TOKEN.finditer(text):
        word = token.group()
        inside_block = token.start() in blocked
        clean = _POSSESSIVE.sub("", word)
        adjacent = previous_end is not None and text[previous_end : token.start()] == " "
        if run and adjacent and word in NAME_PARTICLES:
            run.append(token)  # kept only if a capitalised word follows
            previous_end = token.end()
            continue
        if run and adjacent and _is_initial(token):
            run.append(token)  # kept only if a capitalised word follows
            previous_end = token.end()
            continue
        if run and word == "." and _is_initial(run[-1]) and previous_end == token.start():
            previous_end = token.end()  # the stop of an initial: "Charles J. Fillmore"
            continue
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


_GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) \Z")
_LOCATED = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|inside|across|around|of|via|towards?|across)\s+\Z",
    re.IGNORECASE,
)


def _people_named_like_places(
    text: str, places: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """ "Valeska Paris, an Australian woman": a place's name after a given name (one most of
    whose bearers share a sex) is a person's surname; and "Paris left the ship" later is that
    person, wherever no preposition sets the name as a place ("born in Paris"). Returns the
    places that stay places and the people found among them."""
    people: dict[str, str] = {}  # surname -> full name
    found: list[Mention] = []
    kept: list[Mention] = []
    for mention in places:
        if mention.kind not in (NameKind.PLACE, NameKind.COUNTRY) or mention.role not in (
            NameRole.NAME,
            NameRole.CAPITAL,
            NameRole.PLACE,
        ):
            kept.append(mention)
            continue
        given = _GIVEN_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        surname = _POSSESSIVE.sub("", mention.text)
        if (
            given is not None
            and not _not_name_word(given.group(1))
            and not _LOCATED.search(text[max(0, given.start() - 12) : given.start()])
            and sex_of_given_name(given.group(1))
        ):
            full = f"{given.group(1)} {surname}"
            people.setdefault(surname, full)
            found.append(person_mention(given.start(1), mention.end, full, full))
            continue
        before = text[max(0, mention.start - 12) : mention.start]
        if surname in people and not _LOCATED.search(before):
            found.append(person_mention(mention.start, mention.end, mention.text, people[surname]))
            continue
        kept.append(mention)
    return kept, found


def _is_particle(token: re.Match) -> bool:
    return token.group() in NAME_PARTICLES


def _is_initial(token: re.Match) -> bool:
    """A capital letter alone followed by its stop: the "J." of "Charles J. Fillmore"."""
    word, end = token.group(), token.end()
    return len(word) == 1 and word.isupper() and token.string[end : end + 1] == "."


# Words that open a sentence capitalised and are no part of a name after them ("Despite
# Daniel's pleas", "Together Bernoulli and Euler", "Following Smetana's advice").
_OPENING_WORDS = frozenset(
    {w.capitalize() for w in lexicon.PREPOSITIONS}
    | {"Together", "Only", "Following", "Previously", "Initially", "Afterwards", "Unlike"}
)


# Month abbreviations that are given names as well ("Jan Kavan", "Jan Novak"): a news story
# writes the month with its period ("Jan. 5"), so the bare word before a name is the name's.
_MONTHS_AS_GIVEN_NAMES = frozenset({"Jan"})


def _given_name_not_month(tokens: list[re.Match]) -> bool:
    """Whether the run opens on a given name spelled like a month ("Jan Kavan")."""
    return (
        len(tokens) >= 2
        and tokens[0].group() in _MONTHS_AS_GIVEN_NAMES
        and tokens[1].group()[:1].isupper()
        and not _not_name_word(tokens[1].group())
    )


def _not_name_word(word: str) -> bool:
    word = _POSSESSIVE.sub("", word)
    return (
        word in _OPENING_WORDS
        or word in lexicon.TITLE_WORDS
        or word in lexicon.CAPITALISED_FUNCTION_WORDS
        or word in lexicon.MONTH_WORDS
        or word in lexicon.WEEKDAY_WORDS
        or len(word) < 2
    )


# Where a dateline may open the story: in one of its first paragraphs (after a headline).
_DATELINE_PARAGRAPHS = 3
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n|\r\n[ \t\u00a0]*\r\n")
# What ends the place a dateline opens with: "KYIV, ...", "Kyiv (Reuters)", "WASHINGTON _".
_AFTER_PLACE = re.compile(r",|\(|\s+(?:--|[-–—_])")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline opening the story: ``text[start:end]`` ("ROTTERDAM, Netherlands (AP) —
    "), read as the sentence splitter reads it; ``place`` is the mention of where it was filed."""

    start: int
    end: int
    place: Mention


def find_dateline(text: str, gazetteer: Gazetteer) -> Dateline | None:
    """The dateline opening one of the story's first paragraphs, or None."""
    start = 0
    for _paragraph in range(_DATELINE_PARAGRAPHS):
        chunk_end = len(text)
        following = _PARAGRAPH_BREAK.search(text, start)
        if following is not None:
            chunk_end = following.start()
        length = dateline_end(text[start:chunk_end])
        if length:
            return _dateline_at(text, start, start + length, gazetteer)
        if following is None:
            return None
        start = following.end()
    return None


def _dateline_at(text: str, start: int, end: int, gazetteer: Gazetteer) -> Dateline:
    line = text[start:end]
    first = start + len(line) - len(line.lstrip())
    written = _AFTER_PLACE.split(text[first:end], maxsplit=1)[0].rstrip()
    place = written.title() if written.isupper() else written
    entry = gazetteer.lookup(place)
    country = ""
    if entry is not None:
        country = entry.entity if entry.kind == NameKind.COUNTRY else entry.country
    else:
        after = re.match(
            r",\s*(?:the\s+)?([A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)?)",
            text[first + len(written) : end],
        )
        named = gazetteer.lookup(after.group(1)) if after else None
        if named is not None and named.kind == NameKind.COUNTRY:
            country = named.entity
    mention = Mention(
        first, first + len(written), written, place, NameKind.PLACE, NameRole.DATELINE, country
    )
    return Dateline(first, end, mention)


class ActorFinder:
    """Finds the names in one article; remembers full names so surnames can be resolved.

    ``doc`` is the parser's reading of exactly ``text`` (same offsets), or None: then names
    come from the gazetteer and capitalised runs only. ``dateline`` is the wire dateline
    opening the story (None if it has none): its place is one mention with the role
    ``DATELINE``, a location and never an actor; ``dateline_end`` is where the story's own
    words begin after it (0 without a dateline).
    """

    def __init__(
        self, text: str, gazetteer: Gazetteer | None = None, *, doc: Doc | None = None
    ) -> None:
        if doc is not None and not _parses(doc, text):
            raise ValueError("ActorFinder was given the parse of another text")
        self.text = text
        self.gazetteer = gazetteer or load_gazetteer()
        self.dateline = find_dateline(text, self.gazetteer)
        self.dateline_end = self.dateline.end if self.dateline else 0
        places = [_namesake(text, m, self.gazetteer) for m in self.gazetteer.find(text)]
        if self.dateline is not None:
            # Inside the dateline only the news agency stays a name ("(AP)").
            line = self.dateline
            places = [
                m
                for m in places
                if m.kind == NameKind.MEDIA or not (line.start <= m.start < line.end)
            ]
            places.append(line.place)
            places.sort(key=lambda m: m.start)
        companies = _companies(text, places, self._dateline_range())
        companies = _with_joined_names(text, places, companies, self.gazetteer)
        places = [m for m in places if not any(c.start <= m.start < c.end for c in companies)]
        places, named_like_places = _people_named_like_places(text, places)
        self.places = places
        people = find_people(text, places + companies) + named_like_places
        surnames = _surnames(people)
        if doc is not None:
            blocked = [(m.start, m.end) for m in places + companies]
            if self.dateline is not None:
                blocked.append((self.dateline.start, self.dateline.end))
            found = recognised_names(doc, text, blocked, surnames)
            found = _with_firms_by_deeds(doc, text, blocked, found, surnames)
            found, places = _place_led_bodies(text, found, places)
            self.places = places
            people = _merge([_by_head(p) for p in people], found, self.gazetteer)
        people = sorted(people + companies, key=lambda m: m.start)
        brands = _brands(people)
        people = [_as_company(m, brands) for m in people]
        # "Marine" was no surname if "Tarvik Marine" is a company.
        people = [m for m in people if not (m.kind == NameKind.PERSON and m.entity in brands)]
        surnames = _surnames([m for m in people if m.kind == NameKind.PERSON])
        people = [_resolved(m, surnames) for m in people]
        # Every further use of a name read once: a surname ("De Vries said"), or an
        # organisation the recogniser marked only once ("The BDF said").
        known = {form: person_mention(0, 0, form, full) for form, full in surnames.items()}
        known.update((m.text, m) for m in people if m.kind != NameKind.PERSON)
        lone: set[str] = set()
        for form, company in brands.items():
            if " " in form:  # "Magna International"
                known.setdefault(form, replace(company, text=form))
            elif doc is not None and self._brand_word(form):
                # a lone "Magna" only where the parse reads a proper noun ("Coast earned",
                # not "the coast"); "UniFirst" for "UNIFIRST Corp."
                for spelled in _spellings(text, form):
                    if spelled not in known:
                        known[spelled] = replace(company, text=spelled)
                        lone.add(spelled)
        proper = _proper_starts(doc) if lone and doc is not None else set()
        people = _repeated(
            text, known, places, people, self._dateline_range(), lone=lone, proper=proper
        )
        people = _surname_by_place(text, people)
        people += _sharing_a_surname(text, places + people)
        people += _head_references(text, places + people)
        people = [_monarch(text, m) for m in people]
        self.mentions = _bystanders(text, sorted(self.places + people, key=lambda m: m.start))
        gazetteer = self.gazetteer
        self.mentions = without_compounds(
            text,
            self.mentions,
            doc,
            lambda name: gazetteer.lookup(name) is not None,
            functools.partial(_body, text),
            lambda mention: _a_firm(mention, gazetteer),
        )
        if doc is not None:
            self.mentions = _where_not_who(doc, self.mentions)
            self.mentions = _people_who_are_places(doc, self.mentions, gazetteer)
        self.mentions = _whose_people(text, self.mentions, doc)
        self._starts = [m.start for m in self.mentions]
        self._doc = doc
        self._pronouns: PronounReference | None = None
        self._starts_of_tokens: list[int] | None = None
        self._bodies: list[Mention] = []
        self._subject_bodies: list[Mention] | None = None
        self._described: list[tuple[Mention, str]] = []

    def person_for_pronoun(self, pronoun: str, at: int) -> str | None:
        """The person "he", "she", "him" or "her" at offset ``at`` stands for (None: no
        person named within reach); see ``pronoun_reference``."""
        return self._pronoun_reference().person_for(pronoun, at)

    def person_for_object(self, pronoun: str, at: int, besides: set[int]) -> str | None:
        """The person "him" or "her" after a verb at ``at`` stands for, not the one named at
        the offsets ``besides`` (the clause's subject)."""
        return self._pronoun_reference().person_for_object(pronoun, at, besides)

    def thing_for_pronoun(self, pronoun: str, at: int) -> tuple[int, int] | None:
        """Where the noun phrase lies that the subject "it" or "they" at ``at`` stands for
        (None: none agrees, or the pronoun is empty); see ``pronoun_reference``."""
        return self._pronoun_reference().thing_for(pronoun, at)

    def owner_for_pronoun(self, pronoun: str, at: int) -> tuple[int, int] | None:
        """Where the noun phrase lies that the "its" or "their" opening a subject at ``at``
        stands for (None: none agrees); see ``pronoun_reference``."""
        return self._pronoun_reference().owner_for(pronoun, at)

    def relative_for_pronoun(self, pronoun: str, at: int) -> tuple[str, str] | None:
        """Whose relative, and which ("daughter"), the "he" or "she" at ``at`` stands for
        when it is no named person; see ``pronoun_reference``."""
        return self._pronoun_reference().relative_for(pronoun, at)

    def person_before(self, at: int) -> str | None:
        """The one person the sentence before the one at ``at`` names as its subject; see
        ``pronoun_reference``."""
        return self._pronoun_reference().subject_before(at)

    def pair_for_pronoun(self, at: int) -> tuple[str, str] | None:
        """The two people the subject "they" (or "the couple") at ``at`` stands for, where the
        sentence before names just two; see ``pronoun_reference``."""
        return self._pronoun_reference().pair_for(at)

    # The mentions sorted by kind, once: asked for at every clause, a list built anew from
    # all the article's mentions made a long text's extraction quadratic.
    @functools.cached_property
    def _organisations(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == NameKind.ORGANISATION]

    @functools.cached_property
    def _not_organisations(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind != NameKind.ORGANISATION]

    @functools.cached_property
    def _named_spans(self) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.entity) for m in self.mentions]

    @functools.cached_property
    def person_entities(self) -> frozenset[str]:
        """The names of the people the article names."""
        return frozenset(m.entity for m in self.mentions if m.kind == NameKind.PERSON)

    @functools.cached_property
    def story_firm(self) -> Mention | None:
        """The company the story is about, as its first mention (None: none stands out); see
        ``product_makers``."""
        firms = [m for m in self.mentions if m.acting and _a_firm(m, self.gazetteer)]
        entity = story_firm(m.entity for m in firms)
        return next((m for m in firms if m.entity == entity), None)

    def firm_described(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The firm a subject's "the company" or "the Akron-based maker" at ``[start, end)``
        stands for, and where the description lies; see ``pronoun_reference``."""
        organisations, others = self._organisations, self._not_organisations
        person = self._pronoun_reference().evidently_person
        return firm_described(self._doc, self.text, (start, end), organisations, others, person)

    def body_described(self, said: list[str], at: int) -> Mention | None:
        """The organisation a subject's bare "the ministry" or "the alliance" (its words
        ``said``, at ``at``) stands for; see ``body_reference``."""
        return body_described(self._doc, said, at, self._organisations)

    def fuller_mention(self, at: int) -> tuple[int, int] | None:
        """Where the fuller mention lies that a subject's bare "the law" (its noun at
        ``at``) stands for; see ``described_again``."""
        return fuller_mention(self._doc, at)

    def owner_of_figure(self, start: int, end: int) -> str | None:
        """The firm whose bare figure ("net income", "revenue") the subject at ``[start,
        end)`` is; see ``pronoun_reference``."""
        organisations, others = self._organisations, self._not_organisations
        person = self._pronoun_reference().evidently_person
        return owner_of_figure(self._doc, self.text, (start, end), organisations, others, person)

    def _pronoun_reference(self) -> PronounReference:
        if self._pronouns is None:
            people = [m for m in self.mentions if m.kind == NameKind.PERSON]
            self._pronouns = PronounReference(
                self.text, people, self._doc, bodies=self._organisations
            )
        return self._pronouns

    def _brand_word(self, word: str) -> bool:
        """Whether a company's first word may name it alone: no word that opens sentences or
        titles, no organisation or place word ("First", "Group", "Coast" of "Gold Coast ..."
        may), and no name the gazetteer reads otherwise."""
        bare = _POSSESSIVE.sub("", word)
        return (
            len(bare) > 1
            and bare[:1].isupper()
            and not _not_name_word(bare)
            and bare not in ORGANISATION_HEADS
            and bare not in COMPANY_SUFFIXES
            and bare not in lexicon.TITLE_WORDS
            and self.gazetteer.lookup(bare) is None
        )

    def companies_described(self, start: int, end: int) -> list[Mention]:
        """The companies that definite descriptions inside ``[start, end)`` stand for: "the
        company", "the concern", "the Ohio-based maker of tools" (and "the company's
        shares") is the organisation named last before it as the subject of a clause
        ("Jayark agreed to buy Kofcoh Inc. ... the company said": Jayark), else the first
        organisation the article names. Each as a mention at the description's noun; none
        without the parse, or where the description holds a name of its own."""
        doc = self._doc
        if doc is None:
            return []
        out = []
        first = bisect.bisect_left(self._token_starts(), start)
        for token in doc[first:]:
            if token.idx >= end:
                break
            if token.lower_ not in lexicon.FIRM_NOUNS or token.pos_ != "NOUN":
                continue
            # "the company", "The Wilmington, Mass., garment company" (whose "the" the parse
            # may hang on the town)
            before = _description_before(token)
            if not before:
                continue
            if any(w.lower_ in _ANOTHER_FIRM for w in before):
                continue  # "the proposed new company", "the combined company": not one named
            described = before[0].idx
            if self._describes_a_person(described):
                continue  # "Mr. Steinman, the newsletter publisher"
            if any(m.is_actor for m in self.within(described, token.idx + len(token.text))):
                continue  # "the Acme company", "the Dutch group Hollandia": named
            company = self._company_before(described, token.lower_)
            if company is not None:
                out.append(
                    replace(company, start=token.idx, end=token.idx + len(token), text=token.text)
                )
        return out

    def bodies_described(self, start: int, end: int) -> list[Mention]:
        """The bodies and groups the story names by common nouns that take part in the
        clause at ``[start, end)`` ("the port authority", "the dockers' union", "rebels"),
        each an organisation's mention at its phrase; none without the parse. See
        ``described_bodies``."""
        if self._doc is None:
            return []
        named = self._named_spans
        return [
            Mention(first, last, self.text[first:last], name, NameKind.ORGANISATION, NameRole.NAME)
            for first, last, name in described_bodies(self._doc, start, end, named)
        ]

    def _describes_a_person(self, at: int) -> bool:
        """Whether the description at ``at`` stands in apposition after a person's name."""
        comma = self.text.rfind(",", 0, at)
        if comma < 0 or self.text[comma + 1 : at].strip():
            return False
        named = self.within(max(0, comma - 60), comma + 1)
        return bool(named) and named[-1].kind == NameKind.PERSON and named[-1].end >= comma - 1

    def _token_starts(self) -> list[int]:
        if self._starts_of_tokens is None:
            self._starts_of_tokens = [token.idx for token in self._doc or []]
        return self._starts_of_tokens

    def _company_before(self, at: int, noun: str) -> Mention | None:
        """The organisation the text last described before ``at`` with ``noun`` ("Rally's
        Inc., a fast-food company"), else the one named last before it as a clause's
        subject, else the first organisation named before it."""
        if self._subject_bodies is None:
            doc = self._doc
            assert doc is not None
            starts = {token.idx: token for token in doc}
            bodies = [m for m in self._organisations if m.acting]
            subjects = []
            for mention in bodies:
                head = _head_token(doc, starts, mention)
                if head is None:
                    continue
                if head.dep_ in ("nsubj", "nsubj:pass"):
                    subjects.append(mention)
                apposition = _DESCRIBED.match(self.text, mention.end)
                if apposition is not None:  # the parse often hangs the apposition elsewhere
                    self._described.append((mention, apposition.group(1).lower()))
            self._bodies, self._subject_bodies = bodies, subjects
        described = [m for m, said in self._described if said == noun and m.end <= at]
        if described:
            return described[-1]
        before = [m for m in self._subject_bodies if m.end <= at]
        if before:
            return before[-1]
        earlier = [m for m in self._bodies if m.end <= at]
        return earlier[0] if earlier else None

    def _dateline_range(self) -> range:
        return range(self.dateline.start, self.dateline.end) if self.dateline else range(0)

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie inside ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


# Ranks before a monarch's name: "King Hussein" is named by his given name, so no bearer of
# the word as a surname ("Saddam Hussein") is he.
_MONARCHS = re.compile(
    r"\b(King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh|Pope|Tsar|Czar) \Z"
)


def _monarch(text: str, mention: Mention) -> Mention:
    """A single name after a monarch's rank as that monarch ("King Hussein"), not the
    person of the article who bears it as a surname."""
    if mention.kind != NameKind.PERSON or " " in mention.text:
        return mention
    rank = _MONARCHS.search(text, max(0, mention.start - 10), mention.start)
    if rank is None:
        return mention
    return replace(mention, entity=f"{rank.group(1)} {_POSSESSIVE.sub('', mention.text)}")


def _companies(text: str, places: list[Mention], skip: range) -> list[Mention]:
    """The companies named with a suffix ("Unicorp Canada Corp."), as organisations whose
    names hold the places inside them; not one the gazetteer knows ("Sony Corp." stays
    Sony), nor one inside the dateline."""
    found = []
    for start, end in company_spans(text):
        if start in skip:
            continue
        inside = [m for m in places if start <= m.start and m.end <= end]
        if any(m.kind in (NameKind.ORGANISATION, NameKind.MEDIA) for m in inside):
            continue
        if any(m.start < start < m.end or m.start < end < m.end for m in places):
            continue  # it would cut a name the gazetteer reads
        name = text[start:end]
        found.append(Mention(start, end, name, name, NameKind.ORGANISATION, NameRole.NAME))
    return found


def _a_firm(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention names a company: one the gazetteer knows as a firm, or one named
    with a legal suffix ("Norvik Systems Inc.")."""
    if mention.kind != NameKind.ORGANISATION:
        return False
    if mention.entity in gazetteer.companies:
        return True
    words = mention.entity.split()
    return len(words) > 1 and words[-1].rstrip(".") in COMPANY_SUFFIXES


def _namesake(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """A known firm's name as the namesake it begins ("Apple Corps", not Apple); see
    ``namesake_firms``."""
    if mention.entity not in gazetteer.companies or mention.role != NameRole.NAME:
        return mention
    end = namesake_end(text, mention.end)
    if end is None:
        return mention
    name = text[mention.start : end]
    return replace(mention, end=end, text=name, entity=name)


def _body(text: str, mention: Mention, end: int) -> Mention:
    """A party's member in a chamber as a body's, named to ``end``: "House Republican aide"."""
    name = text[mention.start : end]
    return replace(
        mention, end=end, text=name, entity=name, kind=NameKind.ORGANISATION, role=NameRole.NAME
    )


def _with_joined_names(
    text: str, places: list[Mention], companies: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """The companies, and the organisations whose names join their words with "of", "for",
    "and" or "&" ("Center for Naval and Coastal Studies", "Procter & Gamble"; see
    ``joined_names``): not one holding a company or a body the gazetteer knows, nor one that
    cuts a name it reads."""
    taken = [(c.start, c.end) for c in companies]
    found = list(companies)

    def known(words: str) -> bool:
        return gazetteer.lookup(words) is not None

    for start, end in joined_names(text, known) + ampersand_names(text, known):
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        inside = [m for m in places if start <= m.start and m.end <= end]
        if any(m.kind in (NameKind.ORGANISATION, NameKind.MEDIA) for m in inside):
            continue
        if any(m.start < start < m.end or m.start < end < m.end for m in places):
            continue
        name = text[start:end]
        found.append(Mention(start, end, name, name, NameKind.ORGANISATION, NameRole.NAME))
    return sorted(found, key=lambda m: m.start)


def _spellings(text: str, word: str) -> list[str]:
    """How the text writes a company's first word: as it is, and, for a name written in
    capitals ("UNIFIRST Corp."), in any case that opens with a capital ("UniFirst")."""
    if not word.isupper() or len(word) < 4:
        return [word]
    found = re.findall(rf"(?<![\w.]){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    return sorted({w for w in found if w[:1].isupper()} | {word})


def _proper_starts(doc: Doc) -> set[int]:
    """Where the parse's proper nouns begin."""
    return {token.idx for token in doc if token.tag_ in ("NNP", "NNPS")}


def _repeated(
    text: str,
    known: dict[str, Mention],
    places: list[Mention],
    names: list[Mention],
    skip: range,
    *,
    lone: set[str] | frozenset[str] = frozenset(),
    proper: set[int] | frozenset[int] = frozenset(),
) -> list[Mention]:
    """``names`` and every further use of a ``known`` name (found by its text) where no place
    lies; a known name replaces a shorter one inside it ("Baltic Dockworkers Federation"
    where the parse saw only "Dockworkers Federation"). A name in ``lone`` counts only where
    a proper noun of the parse begins (``proper``)."""
    if not known:
        return names
    blocked = {i for m in places for i in range(m.start, m.end)} | set(skip)
    owner = {i: m for m in names for i in range(m.start, m.end)}  # who covers each character
    pattern = "|".join(re.escape(name) for name in sorted(known, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w.])({pattern})(?:['’]s?)?(?!\w)", text):
        start, end = match.start(), match.end(1)
        if any(i in blocked for i in range(start, end)):
            continue
        if match.group(1) in lone and start not in proper:
            continue
        inside = {owner[i] for i in range(start, end) if i in owner}
        if any(m.start < start or m.end > end or m.end - m.start == end - start for m in inside):
            continue
        for shorter in inside:
            for i in range(shorter.start, shorter.end):
                del owner[i]
        found = replace(known[match.group(1)], start=start, end=end, text=match.group(1))
        owner.update((i, found) for i in range(start, end))
    distinct = {id(m): m for m in owner.values()}  # by identity: hashing a Mention is slow
    return sorted(distinct.values(), key=lambda m: m.start)


def _parses(doc: Doc, text: str) -> bool:
    """Whether ``doc`` can be the parse of ``text``: the same length, and the same first and
    last words at the same places (``doc.text`` rebuilds the whole text at each call)."""
    if len(doc) == 0:
        return not text.strip()
    first, last = doc[0], doc[-1]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text[first.idx : first.idx + len(first.text)] == first.text
        and text[last.idx : last.idx + len(last.text)] == last.text
    )


_THE_HEAD = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b(?!\s+[A-Z])")


def _sharing_a_surname(text: str, named: list[Mention]) -> list[Mention]:
    """ "Ann" in "Ann and Bob Lee": Ann Lee (see ``shared_surnames``), where no name lies."""
    covered = {i for m in named for i in range(m.start, m.end)}
    people = [m for m in named if m.kind == NameKind.PERSON]
    return [
        person_mention(start, end, given, full)
        for start, end, given, full in shared_surnames(text, people, _a_given_name)
        if start not in covered
    ]


def _a_given_name(word: str) -> bool:
    return bool(sex_of_given_name(word))


def _head_references(text: str, named: list[Mention]) -> list[Mention]:
    """ "the Commission" for the European Commission named before it: the organisation word
    alone, after "the", names the one organisation of the article that ends with it. Where
    two do ("the Council" after two councils), it names neither."""
    by_head: dict[str, list[Mention]] = {}
    for mention in named:
        head = mention.text.split()[-1].rstrip(".")
        if mention.kind != NameKind.ORGANISATION or " " not in mention.text:
            continue
        bodies = by_head.setdefault(head, []) if head in ORGANISATION_HEADS else []
        if all(m.entity != mention.entity for m in bodies):
            bodies.append(mention)
    if not by_head:
        return []
    covered = {i for m in named for i in range(m.start, m.end)}
    found = []
    for match in _THE_HEAD.finditer(text):
        head, start = match.group(1), match.start(1)
        bodies = [m for m in by_head.get(head, []) if m.start < start]
        if len(bodies) != 1 or start in covered:
            continue
        body = bodies[0]
        found.append(replace(body, start=start, end=match.end(1), text=head))
    return found


def _brands(names: list[Mention]) -> dict[str, Mention]:
    """The shorter forms of companies named in full with a suffix: "Magna International" and
    "Magna" for "Magna International Inc."."""
    brands: dict[str, Mention] = {}
    for mention in names:
        words = mention.text.split()
        if mention.kind != NameKind.ORGANISATION or len(words) < 2:
            continue
        if words[-1].rstrip(".") not in COMPANY_SUFFIXES:
            continue
        brands.setdefault(" ".join(words[:-1]).rstrip(","), mention)
        # "American Medical" for "American Medical International Inc."
        for end in range(len(words) - 2, 1, -1):
            if words[end - 1][:1].isupper():
                brands.setdefault(" ".join(words[:end]).rstrip(","), mention)
        brands.setdefault(words[0].rstrip(","), mention)
    return brands


def _as_company(mention: Mention, brands: dict[str, Mention]) -> Mention:
    """An organisation named by its brand alone ("Magna said") as the company named in full;
    so is a run of capitalised words taken for a person ("Magna International")."""
    company = brands.get(mention.text)
    if company is None:
        return mention
    if mention.kind == NameKind.ORGANISATION or (
        mention.kind == NameKind.PERSON and " " in mention.text
    ):
        return replace(mention, entity=company.entity, kind=company.kind, role=company.role)
    return mention


def _surnames(people: list[Mention]) -> dict[str, str]:
    """Surname forms (and given names borne by one person) of the people named in full."""
    surnames: dict[str, str] = {}
    # "Gen. Okafor" leaves only a surname; it still names him when it comes again. Of two
    # people sharing a surname, the one named first keeps it ("Ahmed Mohamed" ... "his father
    # Mohamed El-Hassan Mohamed" ... "Mohamed said" is the boy), unless the later name is
    # a fuller form of the same ("Jared Padalecki", "Jared Tristan Padalecki").
    bearers: dict[str, list[str]] = {}
    for person in sorted(people, key=lambda p: p.start):
        for form in surname_forms(person.entity):
            names = bearers.setdefault(form, [])
            if person.entity not in names:
                names.append(person.entity)
    for form, names in bearers.items():
        first = _name_words(names[0])
        fuller = [n for n in names if first <= _name_words(n)]
        surnames[form] = max(fuller, key=lambda n: len(_name_words(n)))
    # "Daniel refused" after "Daniel Bernoulli" (his father Johann Bernoulli beside him): a
    # given name (one most bearers of which share a sex: a person's) names the one person of
    # the article who bears it, when no surname is it
    given_to: dict[str, set[str]] = {}
    for person in people:
        words = person.entity.split()
        if len(words) >= 2 and not _not_name_word(words[0]) and sex_of_given_name(words[0]):
            # "Jared Padalecki" and "Jared Tristan Padalecki" are one bearer
            given_to.setdefault(words[0], set()).add(surnames.get(words[-1], person.entity))
    for given, entities in given_to.items():
        if len(entities) == 1:
            surnames.setdefault(given, entities.pop())
    return surnames


def _surname_by_place(text: str, people: list[Mention]) -> list[Mention]:
    """ "Maria Lopez's father ... Carlos Lopez wrote ... Maria is with her aunt ... Lopez had
    written": of people sharing a surname, one the text calls by the given name alone (as news
    calls a child) is not the one the bare surname names; it names the other bearer named in
    full last before it (the first of them, where none is yet)."""
    # each surname form: where each bearer is named in full, in the text's order
    bearers: dict[str, list[tuple[int, str]]] = {}
    for person in people:
        if person.kind != NameKind.PERSON or len(_name_words(person.entity)) < 2:
            continue
        if person.text.split()[0] != person.entity.split()[0]:
            continue  # a bare surname, not a name in full
        for form in surname_forms(person.entity):
            bearers.setdefault(form, []).append((person.start, person.entity))
    shared = {form: named for form, named in bearers.items() if len({e for _, e in named}) > 1}
    if not shared:
        return people
    # who is called by the given name is the text's habit: read once a surname, not a mention
    called: dict[str, set[str]] = {}
    for form, listed in shared.items():
        entities = {e for _, e in listed}
        called[form] = {e for e in entities if _called_by_given_name(text, e, entities)}
    out = []
    for mention in people:
        named = shared.get(mention.text) if mention.kind == NameKind.PERSON else None
        if named is None:
            out.append(mention)
            continue
        by_given = called[mention.text]
        others = sorted((start, e) for start, e in named if e not in by_given)
        if not by_given or not others:
            out.append(mention)
            continue
        before = [e for start, e in others if start < mention.start]
        entity = before[-1] if before else others[0][1]
        out.append(replace(mention, entity=entity))
    return out


def _called_by_given_name(text: str, entity: str, bearers: set[str]) -> bool:
    """Whether the text calls ``entity`` by the given name alone ("Maria said", "Maria's
    aunt") as a habit, a name no other bearer of the surname has."""
    given = entity.split()[0]
    if _not_name_word(given) or not sex_of_given_name(given):
        return False
    if any(other.split()[0] == given for other in bearers if other != entity):
        return False
    alone = rf"(?<![\w#@.]){re.escape(given)}(?:['’]s?)?(?![\w’'-])(?!\s+[A-Z])"
    in_full = rf"(?<![\w#@.]){re.escape(entity)}(?![\w’'-])"
    # the habit of the text, not a slip: more often so than in full, and more than twice (a
    # biography may say "Jeanne" once of the woman it calls by her surname throughout)
    times = len(re.findall(alone, text))
    return times >= _GIVEN_NAME_HABIT and times > len(re.findall(in_full, text))


_GIVEN_NAME_HABIT = 3


def _name_words(name: str) -> set[str]:
    """A person's name's words without a rank ("Emperor Norton" is Norton)."""
    return {word for word in name.split() if word.rstrip(".") not in HONORIFICS}


def _resolved(mention: Mention, surnames: dict[str, str]) -> Mention:
    """A person named by surname alone ("De Vries") as the full name seen in the text."""
    full = surnames.get(mention.entity)
    if mention.kind != NameKind.PERSON or full is None or full == mention.entity:
        return mention
    return person_mention(mention.start, mention.end, mention.text, full)


def _by_head(person: Mention) -> Mention:
    """A capitalised run taken for a person that its last word shows to be an organisation
    or a place ("Coastal Freight Lines")."""
    kind = kind_by_head(person.text.split())
    if kind is None:
        return person
    role = NameRole.PLACE if kind == NameKind.PLACE else NameRole.NAME
    return Mention(person.start, person.end, person.text, person.entity, NameKind(kind), role)


def _mention_of(name: Recognised, gazetteer: Gazetteer) -> Mention:
    """A recognised name as a mention; the gazetteer's reading where it knows the name (a
    country the pattern missed between other letters, "U.S.-Iraq", is still a country)."""
    entry = gazetteer.lookup(name.text)
    if entry is not None:
        return Mention(
            name.start, name.end, name.text, entry.entity, entry.kind, entry.role, entry.country
        )
    kind = NameKind(name.kind)
    role = {NameKind.PERSON: NameRole.PERSON, NameKind.PLACE: NameRole.PLACE}.get(
        kind, NameRole.NAME
    )
    return Mention(name.start, name.end, name.text, name.entity, kind, role)


def _place_led_bodies(
    text: str, found: list[Recognised], places: list[Mention]
) -> tuple[list[Recognised], list[Mention]]:
    """The recognised names, and the places, with each organisation named after a place
    ("the Velt Police Department", "the Australian Sports Commission", "the Turkish
    Constitutional Court") kept whole and its place no mention of its own, unless the place
    is a country acting as the state ("Russian Defence Ministry", "Kenya Defence Forces"
    stay the state's acts, as before) or the name a market's."""
    kept: list[Recognised] = []
    inside: set[int] = set()
    for name in found:
        if not name.led_by_place:
            kept.append(name)
            continue
        led = [p for p in places if name.start <= p.start and p.end <= name.end]
        if not led or any(not _a_place(p) or _the_state_acting(text, p) for p in led):
            continue  # "Sony Corp." stays the firm the gazetteer knows
        if name.text.split()[-1] in _MARKETS:
            continue  # "the Toronto Stock Exchange" is where shares trade, no one acting
        kept.append(name)
        inside.update(id(p) for p in led)
    return kept, [p for p in places if id(p) not in inside]


def _with_firms_by_deeds(
    doc: Doc,
    text: str,
    blocked: list[tuple[int, int]],
    found: list[Recognised],
    surnames: dict[str, str],
) -> list[Recognised]:
    """The parse's names and the lone names doing a firm's deed (see ``firm_deeds``) where
    no name lies; a word of a person's name found is no firm ("Marsh bought ..." after
    Lena Marsh)."""
    person_words = set(surnames) | {
        word for name in found if name.kind == NameKind.PERSON for word in name.entity.split()
    }
    taken = blocked + [(name.start, name.end) for name in found]
    firms = [
        Recognised(start, end, word, word, NameKind.ORGANISATION)
        for start, end, word in firms_by_deeds(
            doc, text, taken, person_words.__contains__, _a_given_name
        )
    ]
    return sorted(found + firms, key=lambda name: name.start) if firms else found


def _a_place(mention: Mention) -> bool:
    return mention.kind in (NameKind.PLACE, NameKind.COUNTRY)


def _the_state_acting(text: str, mention: Mention) -> bool:
    """Whether a country named in an organisation's name is the state acting: its name
    ("Kenya Defence Forces"), or its adjective before an office or force of the state."""
    if mention.kind != NameKind.COUNTRY:
        return False
    return mention.role != NameRole.ADJECTIVE or _acts_as_the_state(text, mention)


def _merge(
    people: list[Mention], recognised: list[Recognised], gazetteer: Gazetteer
) -> list[Mention]:
    """People from capitalised runs and names from the parse, without overlaps. A name whose
    words show it to be an organisation or a place ("Coastal Freight Lines") wins over the
    run's guess that it is a person; otherwise the run's reading stays ("Saddam Hussein"
    is a person, whatever the recogniser's label)."""
    strong = [r for r in recognised if r.kind != NameKind.PERSON and r.by_words]
    weak = [r for r in recognised if not (r.kind != NameKind.PERSON and r.by_words)]
    strong_chars = {i for r in strong for i in range(r.start, r.end)}
    kept = [p for p in people if strong_chars.isdisjoint(range(p.start, p.end))]
    taken = {i for p in kept for i in range(p.start, p.end)} | strong_chars
    kept += [_mention_of(r, gazetteer) for r in strong]
    kept += [_mention_of(r, gazetteer) for r in weak if taken.isdisjoint(range(r.start, r.end))]
    return sorted(kept, key=lambda m: m.start)


# What a country's adjective must qualify to name the state acting: its offices (a head of
# state or government too: "the German chancellor", "the Saudi crown prince"), forces and
# their acts ("Canadian officials", "Russian troops", "the Russian invasion"); "Cuban exiles", "Canadian cents" and "an
# Australian woman" are no state.
_STATE_NOUNS = lexicon.words("""
    official officials government governments authority authorities troops troop forces force
    soldiers soldier army navy military police president prime premier minister ministers
    ministry leader leaders leadership ambassador envoy envoys diplomat diplomats delegation
    embassy regime cabinet parliament spokesman spokeswoman warplanes jets warships ships
    intelligence negotiators negotiator state officers counterpart counterparts junta security
    defense defence foreign interior border coast guard guards air naval marines commandos
    invasion attack attacks offensive strike strikes airstrike airstrikes bombing bombings
    shelling occupation annexation incursion aggression intervention blockade sanctions
    withdrawal deployment buildup build-up operation operations missile missiles rocket rockets
    aircraft planes drones submarine submarines tanks artillery vessels warship fighter
    chancellor king queen emperor monarch sultan emir prince
""")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z-]*)")
# Words that end the phrase an adjective opens: what follows them it no longer qualifies
# ("the Syrian desert from ships"); "and" joins another adjective ("Chilean and Peruvian
# officials").
_PHRASE_ENDS = lexicon.words("from of in at on to into with by for but that which who as")
# "ethnic Albanians" are a people, not the state; "the Israelis" said or did as a state
_PEOPLE_NOT_STATE = re.compile(r"\bethnic\s+\Z", re.I)
_ADDRESS_COMMA = re.compile(r",\s*\Z")
# An office held once: "a retired Peruvian diplomat", "the former Chilean envoy".
_NO_LONGER_SERVING = re.compile(r"\b(?:retired|former|ex-)\s*\Z", re.I)
# A sign and a sum right after a country's name make it a currency's: "US$5.41", "US $20".
_CURRENCY_SIGN = re.compile(r"[ \t]?[$£€¥]\s?\d")
# A country's name that begins a broadcaster's or a carrier's ("Ghana Television", "Kenya
# Airways"): the outlet or the firm speaks, not the state.
_OUTLET_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(MEDIA_HEADS | {"Airways", "Airlines", "Telecom"})) + r")\b"
)


def _bystanders(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a country that only says where or whose marked as not acting: a
    country naming a currency ("US$49"), a country closing a place's address ("the consulate in Lagos, Nigeria"), and a country's
    adjective qualifying no office or force of the state ("Cuban exiles", "an Australian
    woman"; not "Canadian officials")."""
    out: list[Mention] = []
    for mention in mentions:
        if mention.kind == NameKind.COUNTRY and (
            _CURRENCY_SIGN.match(text, mention.end)  # "US$5.41": a currency's, no state acting
            or _OUTLET_AFTER.match(text, mention.end)
            or _closes_address(text, mention, out[-1] if out else None)
            or _closes_a_name(text, mention, out[-1] if out else None)
            or mention.role == NameRole.ADJECTIVE
            and not _acts_as_the_state(text, mention)
        ):
            mention = replace(mention, acting=False)
        out.append(mention)
    return out


# A capitalised word right before a country's name, in the same name: "Fan Expo Canada",
# "Food Standards Australia", "Alternative for Germany", "the Medical Journal of Australia".
_NAME_WORD_BEFORE = re.compile(r"(?<![\w.,'’-])([A-Z][A-Za-z]+)(?: (of|for))? \Z")
# What ends the words before a sentence's or a quotation's first word.
_SENTENCE_OPENERS = tuple(".!?:;\"“‘'(—–-")
# Words before "of" whose country is the state acting or the whole state's name: "the
# Government of Iraq", "the Kingdom of Norway".
_STATE_BEFORE_OF = lexicon.words("""
Government Embassy Ministry Army Navy Parliament Cabinet Kingdom Republic Emirate Sultanate
State States Commonwealth Principality Grand Duchy People Peoples Union Federation
""")


def _closes_a_name(text: str, mention: Mention, before_it: Mention | None) -> bool:
    """Whether a country's name ends a longer name of a firm, a body, an event or a paper
    (see ``_NAME_WORD_BEFORE``): that name acts, or is only named, not the state. Not after
    a title, a weekday or a month ("President of Chile", "on Monday Chile ..."), nor after a
    person ("President Ana Ruiz of Chile" signs for her state)."""
    if mention.role != NameRole.NAME:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    window = max(line_start, mention.start - 40)
    match = _NAME_WORD_BEFORE.search(text[window : mention.start])
    if match is None:
        return False
    before = text[line_start : window + match.start(1)].rstrip()
    if not before or before.endswith(_SENTENCE_OPENERS):
        return False  # the word opens the sentence: "Yesterday Chile voted"
    word, joined = match.group(1), match.group(2)
    word_end = window + match.end(1)
    person = before_it is not None and before_it.kind == NameKind.PERSON
    if joined and person and before_it is not None and before_it.end == word_end:
        return False
    if _not_name_word(word) or word in HONORIFICS or word in lexicon.TITLE_WORDS:
        return False
    return not (joined and word in _STATE_BEFORE_OF)


def _closes_address(text: str, mention: Mention, before: Mention | None) -> bool:
    """ "Nairobi, Kenya", "Evansville, Indiana, United States": a country after a place and
    a comma names where that place is (not "Nairobi, Kenya's capital")."""
    if mention.role != NameRole.NAME or before is None or before.end > mention.start:
        return False
    place = before.is_location or before.kind == NameKind.PLACE or not before.acting
    return (
        place
        and bool(_ADDRESS_COMMA.search(text[before.end : mention.start]))
        and "," not in text[before.end : mention.start].rstrip().rstrip(",")
        and not text[mention.end : mention.end + 2].startswith(("'", "’"))
    )


def _acts_as_the_state(text: str, mention: Mention) -> bool:
    """Whether a country's adjective names its state: a plural people ("the Israelis
    suffered", not "ethnic Albanians"), or one of the (up to three) words after it names an
    office or force of the state ("Israeli officials", "Philippine President Joseph Estrada",
    "the South Korean puppet military")."""
    if mention.text.endswith("s"):
        return not _PEOPLE_NOT_STATE.search(text[max(0, mention.start - 10) : mention.start])
    if _NO_LONGER_SERVING.search(text, max(0, mention.start - 12), mention.start):
        return False  # "a retired Peruvian diplomat" serves his state no more
    at = mention.end
    for _ in range(3):
        match = _NEXT_WORD.match(text, at)
        if match is None or match[1].lower() in _PHRASE_ENDS:
            return False  # "the Afghan desert from ships": the ships are no longer its
        if match[1].lower() in _STATE_NOUNS:
            return True
        at = match.end()
    return False


# A firm described in apposition after its name: "Tessel Inc., a toy company, ...".
_DESCRIBED = re.compile(
    r",\s+an?\s+(?:[\w.'’-]+\s+){0,4}?(" + "|".join(sorted(lexicon.FIRM_NOUNS)) + r")\b", re.I
)
# The words of a description between its "the" and its noun: "The Wilmington, Mass.,
# garment company", "the bakery and cafe chain" (read by the words' classes,
# as the parse often hangs such a "the" on the town).
_DESCRIBING = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "CCONJ", "PART"})


def _description_before(noun: Token) -> list[Token]:
    """The words of the definite description ``noun`` ends, from its "the" (none where no
    "the" opens it within eight words)."""
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - 9), -1):
        word = doc[i]
        if word.lower_ == "the":
            return list(doc[i : noun.i + 1])
        modifier = word.pos_ in _DESCRIBING or word.tag_ in ("VBN", "VBG", "RB")
        if not modifier or word.text in (".", ";", ":"):  # "Maine-based", "ailing"
            return []
    return []


# What makes "the company" one other than any named before it.
_ANOTHER_FIRM = lexicon.words("""
    new proposed separate combined merged resulting planned joint other acquiring target
    parent rival
""")
# Prepositions that make a country's name say where something is or happens ("in Kenya",
# "outside Moscow", "on the Paris Bourse"), not who acts.
_WHERE = lexicon.words("in at on near outside inside across throughout around within")
# The last words of a market's name: where shares are traded, not who trades them.
_MARKETS = lexicon.words("Exchange Bourse")
# The last words of a building's or a site's name, which after "at", "in" or "from" says
# where something happened, not who did it ("launched from the Kennedy Space Center", "a
# speech at Westminster College"); named as the subject it still acts ("the centre said").
_FACILITIES = lexicon.words("""
    Center Centre Airport Station Stadium Arena Hall Square Park Palace Hotel Cathedral
    Mosque Temple College Museum Gallery Theatre Theater
""")


def _where_not_who(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a country, a stock market or a building that the parse shows only
    to say where marked as not acting: the object of "in", "at", "near" ... and every name
    joined to it by "and" ("embassies in Kenya and Tanzania", "in London", "on the New York
    Stock Exchange", "from the Kennedy Space Center"), and a country or a market modifying a common noun that is no office or
    force of a state ("the U.S. candy market", "a strong U.S. dollar", "Stock Exchange
    composite trading"; "U.S. troops" still act)."""
    starts = {token.idx: token for token in doc}
    out = []
    for mention in mentions:
        last = mention.text.split()[-1] if mention.text.split() else ""
        market = mention.kind == NameKind.ORGANISATION and last in _MARKETS
        facility = mention.kind == NameKind.ORGANISATION and last in _FACILITIES
        if mention.acting and (mention.kind == NameKind.COUNTRY or market):
            head = _head_token(doc, starts, mention)
            if head is not None and (
                _placed(head) or _attributive(head, market) or (not market and only_where(head))
            ):
                mention = replace(mention, acting=False)
        elif mention.acting and facility:
            head = _head_token(doc, starts, mention)
            if head is not None and _placed(head, _WHERE | {"from"}):
                mention = replace(mention, acting=False)
        out.append(mention)
    return out


def _whose_people(text: str, mentions: list[Mention], doc: Doc | None) -> list[Mention]:
    """The mentions, with a person named only to say whose relative or aide another is
    marked as not acting; see ``whose_people``. The aide's noun must be a noun to the
    parse: "Keller met leader Tom Reece" names two who met."""
    nouns: set[int] | None = None
    out = []
    for i, m in enumerate(mentions):
        if m.kind == NameKind.PERSON and m.acting:
            after = next((n for n in mentions[i + 1 :] if n.start >= m.end), None)
            between = (
                only_whose_aide(text, m.end, after.start)
                if doc is not None and after is not None and after.kind == NameKind.PERSON
                else []
            )
            if between and nouns is None:
                nouns = {t.idx for t in doc if t.pos_ in ("NOUN", "ADJ")} if doc else set()
            aide = bool(between) and all(at in (nouns or set()) for at in between)
            if aide or only_whose_relative(text, m.start, m.end):
                m = replace(m, acting=False)
        out.append(m)
    return out


def _people_who_are_places(
    doc: Doc, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """The mentions, with a person's name the phrase shows to be a place's ("the town of
    Villa Serra"), and a body's the gazetteer does not know named only before a site's noun
    ("the Velt clinic"), made that place; see ``place_phrases``."""
    people = [
        (m.start, m.end, m.entity)
        for m in mentions
        if m.kind == NameKind.PERSON and m.role == NameRole.PERSON and m.text == m.entity
    ]
    places = place_entities(doc, people) if people else set()
    bodies = [
        (m.start, m.end, m.entity)
        for m in mentions
        if m.kind == NameKind.ORGANISATION
        and m.role == NameRole.NAME
        and m.text == m.entity
        and gazetteer.lookup(m.entity) is None
    ]
    sites = site_names(doc, bodies) if bodies else set()
    return [
        replace(m, kind=NameKind.PLACE, role=NameRole.PLACE)
        if (m.kind == NameKind.PERSON and m.entity in places)
        or (m.kind == NameKind.ORGANISATION and m.entity in sites)
        else m
        for m in mentions
    ]


def _head_token(doc: Doc, starts: dict[int, Token], mention: Mention) -> Token | None:
    """The token of the mention whose head lies outside it (None where the parse split
    the text otherwise)."""
    first = starts.get(mention.start)
    if first is None:
        return None
    inside = []
    for token in doc[first.i :]:
        if token.idx >= mention.end:
            break
        inside.append(token)
    ids = {token.i for token in inside}
    heads = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if len(heads) == 1 else None


def _placed(token: Token, where: frozenset[str] = _WHERE) -> bool:
    """Whether the name at ``token`` (or the first of the names it is listed with) is the
    object of a preposition of place."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return any(c.dep_ == "case" and c.lower_ in where for c in token.children)


def _attributive(token: Token, market: bool) -> bool:
    """Whether the name modifies a common noun that is no office or force of a state."""
    head = token.head
    if token.dep_ != "compound" or head.i <= token.i or head.pos_ != "NOUN":
        return False
    if market:
        return True
    # any word up to the noun may name the state's office: "U.S. government lawyers"
    for word in token.doc[token.i + 1 : head.i + 1]:
        low = word.lower_
        if not {low, low.removesuffix("s"), low.removesuffix("ies") + "y"}.isdisjoint(_STATE_NOUNS):
            return False  # "embassies", "officials"
    return True


def actor_names(mentions: list[Mention]) -> list[str]:
    """Distinct actor names in the order they appear."""
    names: list[str] = []
    for mention in mentions:
        if mention.is_actor and mention.entity not in names:
            names.append(mention.entity)
    return names


def first_location(mentions: list[Mention]) -> str:
    """The first city, capital or region named, as written ("" if none); a dateline's place
    as its name ("Rotterdam" for "ROTTERDAM")."""
    for mention in mentions:
        if mention.role == NameRole.DATELINE:
            return mention.entity
        if mention.is_location:
            return _POSSESSIVE.sub("", mention.text)
    return ""
