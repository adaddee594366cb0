"""Headline-style titles from a clause: "UK begins supplying Ukraine with anti-tank weapons".

subject (its head phrase, titles dropped, a country by its short name) + the main verb in the
headline present, keeping its polarity ("has begun" -> "begins", "are arriving" -> "arrive",
passive "have been deployed" -> "deployed", "will join" -> "to join", "did not attend" ->
"does not attend", "was not damaged" -> "not damaged") + the object, cut before a trailing
phrase to about nine words. ``title_finish`` then fits the whole within twelve words at phrase
boundaries, mends its last word and refuses what cannot be mended ("" is returned, and the
extractor falls back or drops the clause). A clause without a verb that names an event ("the
Russian invasion of Crimea") becomes "Russia invades Crimea".
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import Gazetteer, Mention, NameKind, NameRole
from timeline_app.core.extraction.asked_complements import asked_complement
from timeline_app.core.extraction.counted_nouns import without_uncounted_item
from timeline_app.core.extraction.cut_modifiers import with_modified_noun
from timeline_app.core.extraction.described_firms import firm_then_described
from timeline_app.core.extraction.grammar import (
    Aspect,
    Token,
    VerbGroup,
    Voice,
    between_score_numbers,
    dictionary_lemma,
    find_verb_group,
    guess_lemma,
    plural_noun,
    tokenize,
)
from timeline_app.core.extraction.left_objects import with_object_kept
from timeline_app.core.extraction.name_cues import (
    COMPANY_SUFFIXES,
    ORGANISATION_HEADS,
    PARTY_PLURALS,
    ROLE_NOUNS,
)
from timeline_app.core.extraction.object_phrases import (
    LEVELS,
    aside_clauses,
    ends_inside_phrase,
    list_cut_off,
    modified_noun_cut_off,
    object_offsets,
    phrase_offsets,
    question_cut_off,
)
from timeline_app.core.extraction.own_sayings import said_of_itself
from timeline_app.core.extraction.posted_results import results_posted
from timeline_app.core.extraction.question_objects import (
    QUESTION_OPENERS,
    question_left_out,
    without_narrowing,
)
from timeline_app.core.extraction.relative_subjects import without_relative_clause
from timeline_app.core.extraction.reported_states import present_states
from timeline_app.core.extraction.saying_documents import DOCUMENTS
from timeline_app.core.extraction.sentences import NUMBERING_ABBREVIATIONS
from timeline_app.core.extraction.stranded_clauses import (
    bare_subject_offsets,
    clause_above,
    clause_subject,
    finite_verb,
    listener_offsets,
    stranded_verb,
    untold_clause,
    verb_group_offsets,
)
from timeline_app.core.extraction.title_finish import (
    HONORIFICS,
    MAX_TITLE_WORDS,
    acceptable_title,
    finish,
    fitted,
    inside_name,
    is_participle,
    loose_ends_only,
    tidy,
    too_long,
)
from timeline_app.core.parsing.content_nouns import CONTENT_NOUNS
from timeline_app.core.tenses import Tense
from timeline_app.core.timex.lexicon import NUMBER_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

    from timeline_app.core.extraction.syntax import ParsedText

MAX_OBJECT_WORDS = 9
MAX_SUBJECT_WORDS = 7

_DROP_WORDS = frozenset({"the", "a", "an"})
_QUOTES = frozenset("\"“”«»`'’") | {"``", "''"}
_OPENING_QUOTES = frozenset({"“", "``", "«"})
_CUT_PUNCT = frozenset(",;:()[]–—_") | {"--"}  # "_": the AP wire's dash
_TIME_PREPOSITIONS = frozenset(
    [
        "on",
        "in",
        "at",
        "since",
        "during",
        "by",
        "from",
        "until",
        "to",  # "extended to March 3 its offer": the date's preposition
        "till",
        "til",  # "until" as it is often written
        "through",
        "throughout",
        "before",
        "after",
        "of",
        "around",
        "about",
        "early",
        "late",
        "mid",
        "for",  # "net income for the third quarter"
        "starting",
        "beginning",
        "ending",
        "ended",  # "the quarter ended Sept. 30"
        "effective",
        "earlier",  # "backed 8 to 1 earlier this week"
        "later",  # "will open later this year"
    ]
)
# Subjects the verb agrees with in the plural ("I leave", "many worry", "police say"); the
# nouns plural without an "-s" are the lexicon's one list.
_PLURAL_WORDS = lexicon.PLURAL_WITHOUT_S | lexicon.words(
    "i you they we many some others both few several most all "
    "two three four five six seven eight nine ten"
)
_RANGE_JOINS = frozenset({"-", "–", "—", "to", "and", "through", "until", "till"})
_DATE_FRAMES = frozenset(
    {
        "night",
        "morning",
        "evening",
        "afternoon",
        "eve",
        "end",
        "middle",
        "beginning",
        "start",
        "week",
        "weekend",
        "day",
        "days",
        "weeks",
        "hours",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    }
)
_POSSESSIVE_PRONOUNS = lexicon.words("its their his her our my your")
_UNREAL_AMOUNTS = lexicon.words("more less fewer no any possible potential future")
_ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "stop", "keep"})
_INTRO_FIRST = (
    lexicon.PREPOSITIONS
    | lexicon.CONNECTIVES
    | lexicon.words("so as for however moreover meanwhile yesterday today earlier later last this")
)


def span_at(position: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The date expression holding ``position``, found by bisection: ``spans`` are in text order
    and do not overlap (as the tagger gives them), so a title costs time in proportion to its
    clause, not to the number of dates in the article."""
    index = bisect.bisect_right(spans, position, key=_span_start) - 1
    if index >= 0 and position < spans[index][1]:
        return spans[index]
    return None


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def _drop_timex(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """Tokens without date expressions and the preposition or "ago" that goes with them."""
    out: list[Token] = []
    skip_until = -1
    joined_after = -1  # where a range word right after a dropped date starts
    for index, token in enumerate(tokens):
        if token.start < skip_until:
            continue
        span = span_at(token.start, spans)
        if span is not None and _name_word(tokens, index, span):
            span = None
        if span is None:
            if token.low in _RANGE_JOINS and index and tokens[index - 1].end <= skip_until:
                joined_after = token.start
            out.append(token)
            continue
        if out and out[-1].low in _RANGE_JOINS and out[-1].start == joined_after:
            out.pop()  # "10 - 11 March": the dash between two dates goes with them
        joined_after = -1
        skip_until = _date_end(tokens, index, span[1])
        owner = tokens[index - 1] if index else None
        if not _modifies_next(tokens, index, span) and not (
            owner is not None and owner.end < skip_until and _possessive_s_at(tokens, skip_until)
        ):
            if _heads_its_phrase(tokens, skip_until):
                _drop_date_modifiers(out)
            elif token.low in _DROP_WORDS:
                continue  # "in the 3 March raid": the date is the raid's, "in" stays with it
            if out and out[-1].low in _STRETCH_PREPOSITIONS and token.text[:1].islower():
                out.pop()  # "drew fire over the holidays", not "took over Monday"
            _drop_date_frame(out)
    return out


# Prepositions of a stretch of time that go with a date opening on a lowercase word ("over
# the weekend", "within two days", "across the past year"); before a name of a day or month
# "over" is as often a particle ("took over Monday"), so only the lowercase date takes them.
_STRETCH_PREPOSITIONS = frozenset({"over", "within", "across"})


def _name_word(tokens: list[Token], index: int, span: tuple[int, int]) -> bool:
    """ "told LA Weekly", "the Sunday Times": a capitalised word of time that goes on a name is
    the name's, not a date (a weekday or a month after a name is a date: "Apple Monday said")."""
    token = tokens[index]
    return (
        index > 0
        and (token.start, token.end) == span
        and token.text[:1].isupper()
        and tokens[index - 1].text[:1].isupper()
        and tokens[index - 1].is_word
        and token.text not in lexicon.MONTH_WORDS
        and token.text not in lexicon.WEEKDAY_WORDS
        and not token.text[:1].isdigit()
    )


def _modifies_next(tokens: list[Token], index: int, span: tuple[int, int]) -> bool:
    """ "founded by current CEO John Reed": a one-word date that is an adjective of the noun
    after it leaves that noun its preposition (only the date goes)."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        token.start == span[0]
        and token.end == span[1]
        and token.text.islower()
        and not token.low[:1].isdigit()
        and following is not None
        and following.is_word
        and following.low not in lexicon.PREPOSITIONS
        and following.low not in _DROP_WORDS
    )


def _possessive_s_at(tokens: list[Token], end: int) -> bool:
    """Whether the date that ends at ``end`` ends on a possessive "'s" ("in 2008's The Winter
    Garden": the date is the noun's, and the preposition before it is the noun's too)."""
    # "'s" a token of its own, or the end of the date's word ("Friday's"): either way the
    # last token that starts before ``end`` (tokens are in order and do not overlap). Found by
    # bisection: a scan of the sentence for each date was quadratic in a long list of dates.
    at = bisect.bisect_left(tokens, end, key=lambda t: t.start) - 1
    if at < 0:
        return False
    t = tokens[at]
    return (t.end == end and t.low in ("'s", "’s")) or (
        t.low.endswith(("'s", "’s")) and t.end == end + 2
    )


def _drop_date_frame(out: list[Token]) -> None:
    """The preposition before a date goes with it, and so does a frame: "on the night of
    Oct. 23", "at the end of March"."""
    popped = False
    while out and out[-1].low in _TIME_PREPOSITIONS:
        last = out.pop()
        popped = True
        if last.low == "of" and out and out[-1].low == "as":
            out.pop()  # "assets as of Sept. 30": "as of" is one preposition
        if out and out[-1].low in _DATE_FRAMES and len(out) > 1 and out[-2].low == "the":
            del out[-2:]
    if popped and len(out) > 1 and out[-1].low == "back" and out[-2].low.endswith("ly"):
        out.pop()  # "lost tragically back on 1 February 2003": "back" looks back to the date
    if popped and out and out[-1].low in _NEARNESS:
        out.pop()  # "opened fire shortly after noon": how soon after the date goes with it


# words that say how near a date is, before its "after" or "before"
_NEARNESS = frozenset({"shortly", "soon", "just", "right", "immediately", "moments", "minutes"})


def _drop_date_modifiers(out: list[Token]) -> None:
    """ "net loss for the seasonally slow [third quarter] narrowed": the article and the
    adjectives of a dropped date, after a preposition of time, go with it (the preposition
    goes next, ``_drop_date_frame``)."""
    back = len(out)
    while back > 0 and len(out) - back < 3 and _date_adjective(out[back - 1]):
        back -= 1
    if back > 1 and out[back - 1].low in _DROP_WORDS and out[back - 2].low in _TIME_PREPOSITIONS:
        del out[back - 1 :]


def _heads_its_phrase(tokens: list[Token], end: int) -> bool:
    """Whether the date that ends at ``end`` is its phrase's noun, not the modifier of a noun
    after it ("at the annual 2010 meeting": the adjective is the meeting's)."""
    following = next((t for t in tokens if t.start >= end), None)
    return following is None or not (
        following.is_word and following.text.islower() and _noun_word(following.low)
    )


def _date_adjective(token: Token) -> bool:
    """A lowercase adjective or adverb ("slow", "seasonally") that may go before a date's
    noun."""
    low = token.low
    return (
        token.text.isalpha()
        and token.text.islower()
        and low not in lexicon.PREPOSITIONS
        and low not in lexicon.DETERMINERS
        and (_adjective_form(low) or low.endswith("ly"))
    )


@functools.cache
def _noun_word(low: str) -> bool:
    """Whether the dictionary knows the word as a noun ("meeting", "quarter")."""
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(low)


def _date_end(tokens: list[Token], index: int, end: int) -> int:
    """Where the date at tokens[index] ends, with an "ago" after it ("two days ago") or
    what the time was of ("after eight days of fighting": the fighting goes with its days)."""
    following = index + 1
    while following < len(tokens) and tokens[following].start < end:
        following += 1
    if following < len(tokens) and tokens[following].low in ("ago", "'s", "’s"):
        return tokens[following].end  # "two days ago"; "2008's Christmas Cottage"
    # "eight days of fighting": only a stretch of time in words has what it was of ("the
    # redemption on Dec. 7 [of all the shares]", "announcement Friday [of a loss]" do not)
    unit = tokens[following - 1] if following > index else tokens[index]
    if (
        following + 1 < len(tokens)
        and tokens[following].low == "of"
        and unit.text.isalpha()
        and unit.text.islower()
    ):
        last = following + 1
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].is_word
            and tokens[last + 1].text.islower()
            and tokens[last + 1].low not in lexicon.PREPOSITIONS
            and tokens[last + 1].low not in _RANGE_JOINS
        ):
            last += 1
        if tokens[following + 1].is_word and tokens[following + 1].text.islower():
            return tokens[last].end
    return end


def strip_intro(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """Drop opening words that only link or set the scene ("So far, however," "On Monday,")
    and any date inside ("U.S. forces Thursday launched")."""
    tokens = _drop_timex(_without_dated_opening(list(tokens), spans), spans)
    changed = True
    while changed and tokens:
        before = len(tokens)
        tokens = _without_scene_setter(_without_links(tokens), spans)
        changed = len(tokens) < before
    return tokens


def _dated(tokens: list[Token], spans: list[tuple[int, int]]) -> bool:
    return any(span_at(t.start, spans) is not None for t in tokens)


def _without_dated_opening(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """A dated opening phrase goes whole ("The day before last Tuesday's hearing, Manuel
    went"): once its date is dropped, what is left of it no longer looks like an opening."""
    commas = [i for i, t in enumerate(tokens[:12]) if t.text == ","]
    if (
        commas
        and _dated(tokens[: commas[0]], spans)
        and not any(lexicon.is_finite_form(t.text) for t in tokens[: commas[0]])
    ):
        return tokens[commas[0] + 1 :]
    return tokens


def _link(token: Token) -> bool:
    """A word that only links the clause to what came before ("after", "which", "however")."""
    low = token.low
    return (
        low in lexicon.SUBORDINATORS
        or low in lexicon.RELATIVES
        or low in lexicon.CONNECTIVES
        or low == "that"
        or not token.is_word
    )


def _without_links(tokens: list[Token]) -> list[Token]:
    start = 0
    while start < len(tokens) and _link(tokens[start]):
        start += 1
    return tokens[start:]


def _without_scene_setter(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """ "On Monday, ...", "In Kyiv, ...", "Meanwhile, ...", "Separately, ...": an opening
    phrase up to a comma that sets the scene."""
    commas = [i for i, t in enumerate(tokens[:8]) if t.text == ","]
    if not commas:
        return tokens
    head = tokens[: commas[0]]
    if head and (
        _dated(head, spans)
        or head[0].low in _INTRO_FIRST
        or (head[0].low.endswith("ly") and len(head) == 1)
        or _adverb_then_phrase(head)
    ):
        return tokens[commas[0] + 1 :]
    return tokens


def _scene_setter(head: list[Token]) -> bool:
    """ "Previously at the request of the mayor,", "at this year's trade fair (TF2),": a
    phrase that opens on a preposition, or on an adverb and then one, sets the scene; the
    subject comes after its comma. ("Of the 40 members, 30 voted": "of" says whose.)"""
    opens_phrase = len(head) > 1 and head[0].low in lexicon.PREPOSITIONS and head[0].low != "of"
    return opens_phrase or _adverb_then_phrase(head)


def _adverb_then_phrase(head: list[Token]) -> bool:
    """ "Previously at the invitation of the mayor,", "Shortly after the war,": an adverb
    opening a prepositional phrase sets the scene as the phrase alone would."""
    return (
        len(head) > 2
        and head[0].low.endswith("ly")
        and head[0].text[:1].isupper()
        and head[1].low in lexicon.PREPOSITIONS
    )


def with_possessives(tokens: list[Token]) -> list[Token]:
    """ "the rebels' leader": an apostrophe right after a plural's "s" and before the next
    word is its possessive, kept on the word ("rebels'"), not dropped as a quotation mark --
    unless a quotation opened by a single quote is still open ("'a last resort' and")."""
    out: list[Token] = []
    quoting = False
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text in ("'", "’") and out:
            before = out[-1]
            attached = before.end == token.start and before.is_word
            if (
                attached
                and not quoting
                and before.low.endswith("s")
                and following is not None
                and following.is_word
                and following.start > token.end
            ):
                out[-1] = replace(before, end=token.end, text=before.text + token.text)
                continue
            if not attached and following is not None and following.start == token.end:
                quoting = True  # "'a last resort'": a quotation opens
            elif attached:
                quoting = False
        out.append(token)
    return out


def _join(tokens: list[Token]) -> str:
    text = " ".join(t.text for t in tokens if t.text not in _QUOTES)
    text = re.sub(r"\s+([,.;:!?’])", r"\1", text)
    text = re.sub(r"\s+([’']s)\b", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def shorten_subject(
    tokens: list[Token],
    mentions: list[Mention],
    gazetteer: Gazetteer,
    *,
    acting: bool = True,
    parsed: ParsedText | None = None,
) -> tuple[str, bool]:
    """The subject's head phrase and whether it is plural. A capital that acts stands for its
    country ("Moscow warned" -> Russia); one that undergoes stays itself ("Kyiv was shelled").
    With ``parsed``, the parse's reading of the phrase decides the number where the words
    alone mislead (an "and" inside a name, a surname ending in -s)."""
    named = _named_in_apposition(with_possessives(tokens), mentions)
    if named is not None:
        return without_offices(named.entity), False
    if firm := firm_then_described(tokens, mentions):
        return firm, False  # "Barlow Co., a maker of hay forks," -> "Barlow Co."
    words = _subject_words(with_possessives(tokens))
    if parsed is not None:
        words = without_relative_clause(_without_participle_aside(words, parsed), parsed)
    if any(t.text == "that" for t in words[:-1]):
        return "", False  # "reporters on Tuesday that the deal": two clauses' words, no subject
    if not words:
        return "", False
    if parsed is not None and len(words) == 1 and words[0].low == "one":
        noun = _noun_one_stands_for(parsed.token_at(words[0].start))
        if noun:  # "unlike the one that carried her to office": the plan, not "One"
            return noun, False
    spelled = _organisation_spelled_out(words, tokens, mentions)
    if spelled is not None:
        return spelled, False
    start, end = words[0].start, words[-1].end
    # "The Netherlands", "the Philippines": the name's own article is left out of the words
    inside = [m for m in mentions if _from_article(m, start) <= m.start and m.end <= end]
    people = [m for m in inside if m.kind == NameKind.PERSON]
    described = _described_by_copula(words, people)
    if described is not None:
        return without_offices(described.entity), False
    if (
        len(people) == 1
        and people[0].end == end
        and not _owned_by(words, people[0])
        and not _joined_to(words, people[0])
        and not _more_than_named(people[0], words)
    ):
        return without_offices(people[0].entity), _people_in_plural(words, parsed)
    if people and _named_then_described(words, people[0]):
        return _with_suffix_stop(without_offices(people[0].entity), words, people[0]), False
    listed = _people_listed(words, people, inside)
    if listed:
        return listed, True
    if len(words) == 1 and words[0].stands_for_firm:
        return words[0].text, False  # "Unisys takes a charge": one firm
    if len(words) == 1 and words[0].stands_for_person:
        return without_offices(words[0].text), False  # "he" -> "Steve Jobs": one man
    if len(inside) == 1 and _names_whole(inside[0], start, end, acting):
        # "Democrats pledge": a party named by its members' plural takes a plural verb
        return gazetteer.headline_name(inside[0]), inside[0].text in PARTY_PLURALS
    plural = _plural_subject(words, inside)
    if parsed is not None:
        plural = _number_by_parse(words, inside, parsed, plural)
    return _clipped(words), plural


def _noun_one_stands_for(one: SpacyToken | None) -> str:
    """ "The new plan looks different from the one that won in 2008", "narrower than the one
    that opened": "the one" stands for the noun named before it in its sentence, written
    with the nouns that make its kind ("budget plan") and without what set it apart ("new");
    "" where "one" is no such noun (a count: "one of the guards")."""
    if one is None or one.pos_ not in ("NOUN", "PRON") or one.lower_ != "one":
        return ""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in one.children):
        return ""
    for word in reversed(one.doc[one.sent.start : one.i]):
        if word.pos_ == "NOUN" and word.dep_ != "compound" and word.lower_ != "one":
            kind = [c.text for c in word.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
            return " ".join([*kind, word.text])
    return ""


def _people_in_plural(words: list[Token], parsed: ParsedText | None) -> bool:
    """ "Senate Democrats", "House Republicans": a "person" the name finder made of a body's
    name and a plural the parse tags NNPS and the dictionary knows is several people ("Robert
    Gates", "Bill Gates" are one: no body's name before the plural)."""
    word = parsed.token_at(words[-1].start) if parsed is not None else None
    body = len(words) == 2 and words[0].text in _CHAMBERS
    return body and word is not None and word.tag_ == "NNPS" and bool(plural_noun(word.lower_))


# Bodies whose members a plural after their name counts ("Senate Democrats").
_CHAMBERS = ORGANISATION_HEADS | {"House", "Commons", "Lords"}


def _more_than_named(person: Mention, words: list[Token]) -> bool:
    """ "Democrats pledged": a person the name finder put together from a list elsewhere in
    the text ("Obama and Democrats") is not who a subject of one of them names; the title
    keeps the subject's own words."""
    return " and " in person.entity and not any(t.low == "and" for t in words)


def _from_article(mention: Mention, start: int) -> int:
    """Where a subject's words would begin to hold the mention: before the "The" a country's
    name opens with ("The Netherlands signed"), which the subject's words leave out."""
    if mention.text[:4].lower() == "the " and mention.start + 4 == start:
        return mention.start
    return start


def _organisation_spelled_out(
    words: list[Token], tokens: list[Token], mentions: list[Mention]
) -> str | None:
    """ "The Union of Independent Farmers and Fishermen (UIFF) has launched": a subject that
    spells out the initials in brackets after it (the finder's organisation, or letters that
    are its capitals' initials, in any order: a name translated keeps its own) is that one
    body, whatever names of people or lists the finder saw in its words ("Independent
    Farmers"). Its name, or None."""
    said = " ".join(t.text for t in words)
    if any(m.kind == NameKind.ORGANISATION and m.entity == said != m.text for m in mentions):
        return said
    after = [t for t in tokens if t.start >= words[-1].end][:3]
    if [t.text for t in after[::2]] != ["(", ")"] or not after[1].text.isupper():
        return None
    initials = sorted(t.text[0] for t in words if t.text[:1].isupper())
    return said if len(initials) > 2 and initials == sorted(after[1].text) else None


def _named_in_apposition(tokens: list[Token], mentions: list[Mention]) -> Mention | None:
    """ "Their son, Thomas Colton Moss, was born": a subject that describes someone by whose
    he is ("their", "its", "his", "her") and then names him between commas is the person
    named ("Thomas Colton Moss born", not "Their son born"). A description a reader can
    place stays ("The bank's deputy director, Anna Berg," -> "Bank's deputy director").
    None when the description names anyone itself, or the commas list things."""
    words = [t for t in tokens if t.text not in _QUOTES]
    commas = [i for i, t in enumerate(words) if t.text == ","]
    if not commas or not 0 < commas[0] < len(words) - 1 or len(commas) > 2:
        return None
    first = commas[0]
    last = commas[1] if len(commas) == 2 else len(words)
    if last != len(words) and last != len(words) - 1:
        return None
    named, described = words[first + 1 : last], words[:first]
    if not named or not described or described[0].low not in _POSSESSIVE_PRONOUNS:
        return None
    start, end = named[0].start, named[-1].end
    people = [m for m in mentions if m.kind == NameKind.PERSON and m.start <= end]
    if any(m.start < words[first].start for m in people) or any(
        t.low in ("and", "&", "or") for t in words
    ):
        return None
    whole = [m for m in people if m.start == start and m.end == end]
    return whole[0] if whole else None


_COPULAS = lexicon.words("is was are were")


def _described_by_copula(words: list[Token], people: list[Mention]) -> Mention | None:
    """ "Joshua Norton (c. 1818 – 1880), known as Emperor Norton, was a citizen of San
    Francisco, who in 1859 proclaimed himself emperor": a relative clause whose antecedent
    reached back over "was" to the sentence's subject names that subject, the person the
    copula describes, not "Joshua Norton c known as Emperor Norton was citizen"."""
    copula = next((i for i, t in enumerate(words) if t.low in _COPULAS and t.text.islower()), 0)
    if not copula or not people or people[0].start != words[0].start:
        return None
    return people[0] if people[0].end <= words[copula].start else None


def _joined_to(words: list[Token], person: Mention) -> bool:
    """ "Ann and Bob Lee": a name that "and" joins to a word before it is one of several."""
    return any(t.low in ("and", "&") for t in words if t.end <= person.start)


def _owned_by(words: list[Token], person: Mention) -> bool:
    """ "the widow of John Smith", "the Organization of African Unity": a name after "of" is
    whose or what the subject is, not the subject; so is one after any preposition ("the
    search for Ivo Lind was extended": the search was, not Lind)."""
    before = [t for t in words if t.end <= person.start]
    return bool(before) and before[-1].low in lexicon.PREPOSITIONS


def _with_suffix_stop(name: str, words: list[Token], person: Mention) -> str:
    """ "Peter Hale Jr.": the name with the stop of its closing "Jr." or "Sr.", which the name
    finder leaves out."""
    stop = any(t.text == "." and t.start == person.end for t in words)
    return f"{name}." if stop and name.endswith((" Jr", " Sr")) else name


def _named_then_described(words: list[Token], person: Mention) -> bool:
    """ "Mr. Harlow, founder and owner of the bakery,": a subject that opens on a person's
    name and goes on to describe him after a comma is that person (not a list of three)."""
    before = [t for t in words if t.end <= person.start and t.is_word]
    after = [t for t in words if t.start >= person.end]
    if len(after) > 1 and after[0].text == "." and after[0].start == person.end:
        after = after[1:]  # "James Hale Jr., the nephew of ...": the stop of "Jr."
    return (
        all(_office_word(t.text) for t in before)
        and bool(after)
        and after[0].text == ","
        and not any(t.text[:1].isupper() for t in after[1:2])
    )


# Words that join the people of a list ("Prime Ministers Jan Novak of Slovakia and Petr
# Dvorak of Bohemia").
_LIST_JOINS = frozenset({",", "and", "&"})


def _people_listed(words: list[Token], people: list[Mention], inside: list[Mention]) -> str:
    """ "Prime Ministers Jan Novak of Slovakia and Petr Dvorak of Bohemia" -> "Jan Novak and
    Petr Dvorak" (three or more by their surnames): a subject that lists people the finder
    knows, with their offices, their countries ("of Slovakia") and names it does not know,
    is the people; "" when it holds anything else ("the Bank of England and the Treasury")."""
    if not people or not any(t.low in ("and", "&") for t in words):
        return ""
    names: list[str] = []
    run: list[Token] = []
    after_office = False
    listed: set[int] = set()  # the people already listed, by where their names start

    def close_run() -> bool:
        nonlocal run, after_office
        if run:
            person = next((m for m in people if m.start <= run[0].start < m.end), None)
            named = any(m.start <= run[0].start < m.end for m in inside)
            # a name the finder does not know, among people it knows, is one more ("Reed")
            if person is None and not after_office and named:
                return False
            # "Anna K. Berg": the stop of an initial parts the words of one name, not two
            # people ("Berg, Berg, Lund and Lund")
            if person is None or person.start not in listed:
                names.append(_listed_name(person) if person else _join(run))
            if person is not None:
                listed.add(person.start)
        run, after_office = [], False
        return True

    index = 0
    while index < len(words):
        token = words[index]
        place = any(
            m.start <= token.start < m.end and m.kind in (NameKind.COUNTRY, NameKind.PLACE)
            for m in inside
        )
        if token.low == "of" and after_office and not run:
            pass  # "Secretary of State": the office goes on
        elif token.low == "of" and index + 1 < len(words):
            if not words[index + 1].text[:1].isupper() or not close_run():
                return ""
            while index + 1 < len(words) and words[index + 1].text[:1].isupper():
                index += 1  # "of Slovakia": whose, not who
        elif token.low in _LIST_JOINS or not token.is_word:
            if not close_run():
                return ""
        elif not run and (_office_word(token.text) or _office_word(token.text.capitalize())):
            after_office = True
        elif token.text[:1].isupper() and not place:
            run.append(token)
        else:
            return ""
        index += 1
    if not close_run() or len(names) < 2:
        return ""
    if len(names) > 2:
        names = [name.split()[-1] for name in names]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _listed_name(person: Mention) -> str:
    """A listed person's name: "Ann" as written in "Ann and Bob Lee", whose surname the list
    writes once (``shared_surnames``), else the full name."""
    if " " not in person.text and person.entity.startswith(f"{person.text} "):
        return person.text
    return without_offices(person.entity)


def without_offices(name: str) -> str:
    """A person's name without the offices a name finder may have taken into it
    ("Presidents Leonid Kuchma" -> "Leonid Kuchma"), as long as a name is left."""
    words = name.split()
    start = 0
    while start < len(words) - 1 and _office_word(words[start]):
        start += 1
    return " ".join(words[start:])


def _office_word(word: str) -> bool:
    """ "President", "Presidents", "Ministers": an office before a name, in either number."""
    if word in lexicon.TITLE_WORDS:
        return True
    return word.endswith("s") and word[:-1] in lexicon.TITLE_WORDS


def _subject_words(tokens: list[Token]) -> list[Token]:
    """The subject's words without quotes and filler, cut before a trailing parenthetical
    ("Moscow, for its part" -> "Moscow") but not inside a list ("Poland, the Czech Republic
    and Hungary")."""
    words = [
        t
        for n, t in enumerate(tokens)
        if t.text not in _QUOTES
        and (t.low not in _DROP_WORDS or _distributive_article(tokens, n))  # "a few"
    ]
    while words and words[0].text in (",",):
        words.pop(0)
    if _opening_phrase_then_pronoun(words):
        words = words[-1:]  # "Late in her life she [published]": the pronoun is the subject
    commas = [i for i, t in enumerate(words) if t.text == ","]
    if commas and commas[0] + 1 < len(words) and _scene_setter(words[: commas[0]]):
        words = words[commas[0] + 1 :]  # "Previously at the request of the mayor, Lane"
    if len(words) == 1 and words[0].low in _CONTRACTED_SUBJECTS:
        # "He's garnered praise": the "'s" is the verb's "has", not the subject's
        words = [replace(words[0], end=words[0].end - 2, text=words[0].text[:-2])]
    while len(words) > 1 and _adverb(words[-1]):
        words.pop()  # "They also [share]": the adverb is the verb's, not the subject's
    for index, token in enumerate(words):
        if token.text in _CUT_PUNCT and index and not _opens_list(words, index):
            return words[:index]
    return words


_PERSONAL_SUBJECTS = lexicon.words("i we you he she they")
_CONTRACTED_SUBJECTS = lexicon.words("he's she's he’s she’s")


def _opening_phrase_then_pronoun(words: list[Token]) -> bool:
    """ "Late in his life he", "In the spring of that year they": a phrase of time or place
    with no comma after it, then the pronoun that is the clause's subject."""
    return (
        len(words) > 2
        and words[-1].low in _PERSONAL_SUBJECTS
        and (words[0].low in lexicon.PREPOSITIONS or words[0].low in ("late", "early"))
    )


def _score_dash(tokens: list[Token], index: int) -> bool:
    """Whether a dash stands between the numbers of a score ("won 2 – 1")."""
    return tokens[index].text in ("–", "—", "-") and between_score_numbers(tokens, index)


def _adverb(token: Token) -> bool:
    """ "also", "still", "reportedly": an adverb the rules left at the end of a subject."""
    low = token.low
    if low in lexicon.KEPT_ADVERBS:
        return False  # "formally", "reportedly": the title keeps them
    return token.text.islower() and (
        low in ("also", "still", "then", "now", "already", "meanwhile", "meantime", "just")
        or (
            low.endswith("ly")
            and len(low) > 4
            and not _adjective_form(low)
            and not _noun_not_adverb(low)  # "lawyers for the family", "the assembly"
        )
    )


@functools.lru_cache(maxsize=4096)
def _noun_not_adverb(low: str) -> bool:
    from lemminflect import getAllLemmas

    found = getAllLemmas(low)
    return "NOUN" in found and "ADV" not in found


def _opens_list(words: list[Token], index: int) -> bool:
    """Whether the comma at ``index`` is inside a list: names ("Poland, the Czech Republic
    and Hungary") or short items ("troops, tanks and jets"), an "and" ending it with only
    commas between."""
    rest = words[index + 1 :]
    closing = next((i for i, t in enumerate(rest) if t.low == "and"), None)
    if words[index].text != "," or closing is None or not rest:
        return False
    short_items = closing <= 6 and all(t.is_word or t.text == "," for t in rest[:closing])
    return rest[0].text[:1].isupper() or short_items


def _names_whole(mention: Mention, start: int, end: int, acting: bool) -> bool:
    """Whether one name is the whole subject and speaks for itself (a capital only acting)."""
    return (
        mention.start == start
        and mention.end == end
        and (mention.role == NameRole.NAME or (mention.role == NameRole.CAPITAL and acting))
    )


def _plural_subject(words: list[Token], inside: list[Mention]) -> bool:
    """Number agrees with the head noun, the last word before any preposition: "U.N.
    officials in New York" is plural, "the offer of talks" singular."""
    while len(words) > 1 and (
        words[-1].low in lexicon.KEPT_ADVERBS
        or (words[-1].low in ("each", "all", "both") and words[-2].is_word)
    ):
        words = words[:-1]  # "Poland and Hungary formally [join]", "they each [report]"
    head_words = words
    for index, token in enumerate(words[1:], 1):
        if token.low in lexicon.PREPOSITIONS:
            head_words = words[:index]
            break
    head = head_words[-1]
    named = any(m.start <= head.start < m.end for m in inside)
    if _one_organisation(words, head, inside) or _and_in_modifiers(head_words):
        return False  # "the Food and Drug Administration approved": one body
    if any(t.low in ("and", "&") for t in head_words) or head.low in _PLURAL_WORDS:
        return True
    if _joins_names(words, inside):
        return True  # "the Bank of England and the Treasury"
    plural_form = head.text.endswith("s") and not head.text.endswith(("ss", "us", "is"))
    if (head.text.islower() or head is words[0]) and plural_noun(head.low):
        return True  # "Fishermen from the village rescue": the dictionary knows the plural
    if not named:
        return plural_form and (head.text.islower() or head is words[0])
    # "Americans", "Russians": a people named by its plural
    return head.text.endswith("s") and any(
        m.role == NameRole.ADJECTIVE and m.start <= head.start < m.end for m in inside
    )


# Adverbs that pick out the subject, whatever the parse hangs them on ("Only McCaw's offer").
_FOCUSING_ADVERBS = lexicon.words("""
only even just nearly almost about roughly mostly largely mainly particularly especially
exactly precisely merely solely chiefly primarily partly
""")


def _without_participle_aside(words: list[Token], parsed: ParsedText) -> list[Token]:
    """ "The general, facing rebel and foreign troops at the border, sought a truce": a phrase
    after a comma that the parse opens with a participle on the subject is an aside, not
    part of the subject (which the word rules kept, taking "troops and" for a list). An
    adverb opening the words that the parse hangs on the verb is the verb's ("Certainly
    the rebels took hostages"), not one on a word of the subject ("Nearly 300 people")."""
    if len(words) > 1:
        first = parsed.token_at(words[0].start)
        if (
            first is not None
            and first.pos_ == "ADV"
            and first.dep_ == "advmod"
            and first.lower_ not in _FOCUSING_ADVERBS
            and first.head.pos_ in ("VERB", "AUX")
            and first.head.idx > words[-1].start
        ):
            words = words[1:]
    while len(words) > 1:
        # "Inspectors first [reported]", "I first [went]": an adverb the parse hangs on the
        # verb after the subject is the verb's
        last = parsed.token_at(words[-1].start)
        if (
            last is None
            or words[-1].low in lexicon.KEPT_ADVERBS  # "formally [join]": the title keeps it
            or last.dep_ != "advmod"
            or last.head.pos_ not in ("VERB", "AUX")
            or last.head.idx <= last.idx
        ):
            break
        words = words[:-1]
    for index, token in enumerate(words[:-1]):
        if token.text != "," or not index:
            continue
        word = parsed.token_at(words[index + 1].start)
        if (
            word is not None
            and word.tag_ in ("VBG", "VBN")
            and word.dep_ in ("acl", "advcl", "csubj")
            and words[index + 1].text.islower()
        ):
            return words[:index]
    return words


def _number_by_parse(
    words: list[Token], inside: list[Mention], parsed: ParsedText, plural: bool
) -> bool:
    """The subject's number where the parse reads its phrase otherwise than the words do:
    an "and" inside the phrase that joins no heads ("The Immigration and Naturalization
    Service ruled", "the airline and casino company announced": one each), a number for its
    head ("Thirty of the 40 members voted": several), and a capitalised word in -s that is
    one firm or person ("Jones took", "Dataproducts rejected"), not a plural the dictionary
    or the text's names know ("Democrats", "Americans")."""
    text = parsed.text
    if any(t.stands_for_person or text[t.start : t.end] != t.text for t in words):
        return plural  # a name put in for a pronoun ("the pair"): not the parse's words
    spans = parsed.tokens(words[0].start, words[-1].end)
    within = {t.i for t in spans}
    roots = [t for t in spans if t.head.i not in within or t.head.i == t.i]
    if len(roots) > 1:
        # "Thirty-two" read as two words, "Inspectors first [reported]" with the verb's
        # adverb: the one the verb takes as its subject
        roots = [t for t in roots if t.dep_ in ("nsubj", "nsubj:pass")]
    if len(roots) != 1 or not _is_word_token(roots[0]):
        return plural
    root = roots[0]
    joined = any(c.dep_ == "conj" and c.i in within for c in root.children)
    if (root.tag_ == "CD" or root.like_num) and root.lower_ not in ("one", "1"):
        # "Thirty of the 40 members": several; "$14 million of that" is one amount
        return plural or any(
            c.dep_ == "nmod" and c.tag_ in ("NNS", "NNPS") and c.i in within for c in root.children
        )
    if root.pos_ not in ("NOUN", "PROPN"):
        return plural
    if plural and not joined and _singular_verb(root):
        return False  # "News of the storm has inspired": the text's own verb is singular
    if not plural and _plural_by_parse(root, inside):
        return True
    if (
        plural
        and not joined
        and root.tag_ in ("NN", "NNP")
        and _and_inside_modifier(words, root, inside)
    ):
        return False
    alone = root.idx == words[-1].start and not any(t.low in ("and", "&") for t in words)
    if plural and alone and _lone_name_in_s(root, inside):
        return False
    return plural


def _singular_verb(subject: SpacyToken) -> bool:
    """Whether the text's own verb agrees with ``subject`` in the singular: "has", "is",
    "was" or a present in -s ("News of the floods has spread", "Jones is"), what no plural
    subject takes."""
    if subject.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    verb = subject.head
    finite = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")] + [verb]
    first = min(finite, key=lambda t: t.i)
    return first.tag_ == "VBZ" or first.lower_ == "was"


def _plural_by_parse(root: SpacyToken, inside: list[Mention]) -> bool:
    """ "About 1,000 Marines flew", "Inspectors first reported": a head the parse tags as a
    plural noun (NNS, NNPS), or one counted by a number above one ("2,300 Dockers"), is
    several, unless it is one country's, firm's or person's name in -s ("the Philippines",
    "Dataproducts", "Jones") or a name put together from several ("United States")."""
    counted = any(
        c.dep_ == "nummod"
        and c.like_num
        and c.lower_ not in ("one", "1")
        and not _year_like(c.text)  # "the 2004 opening date": a year, no count
        # "on 2 March 2001 the army": a date the parse hung there, not a count
        and not any(d.dep_ != "advmod" for d in c.children)
        and not any(d.dep_ == "det" and c.i < d.i < root.i for d in root.children)
        for c in root.children
    )
    if counted:
        return True
    if root.tag_ not in ("NNS", "NNPS") or not _plural_form(root.text):
        return False  # "the new consul" the parse tagged NNS: no plural by its form
    named = [m for m in inside if m.start <= root.idx < m.end]
    if any(m.role != NameRole.ADJECTIVE for m in named):
        return False
    before = root.doc[root.i - 1] if root.i else None
    if root.text in ORGANISATION_HEADS and before is not None and before.text[:1].isupper():
        return False  # "America West Airlines", "Acme Industries": one body's name
    return not _lone_name_in_s(root, inside)


def _plural_form(word: str) -> bool:
    """Whether the word is written as a plural: in -s ("Marines", not "-ss", "-us"), or as
    the dictionary's plural ("men", "people")."""
    low = word.lower()
    return bool(plural_noun(low)) or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) < 2100


def _is_word_token(token: SpacyToken) -> bool:
    return token.text[:1].isalnum()


def _and_inside_modifier(words: list[Token], root: SpacyToken, inside: list[Mention]) -> bool:
    """Whether every "and" of the phrase stands before its head inside one name ("the
    Immigration and Naturalization Service [Commissioner]") or between two common nouns
    modifying it ("the airline and casino company"), so that it joins no two subjects
    ("North and South Korea" joins two)."""
    ands = [(n, t) for n, t in enumerate(words) if t.low in ("and", "&")]
    if not ands or any(t.start > root.idx for _n, t in ands):
        return False
    for n, token in ands:
        if any(m.start < token.start and token.end < m.end for m in inside):
            continue
        neighbours = words[n - 1 : n + 2 : 2] if n else []
        if len(neighbours) == 2 and all(w.is_word and w.text.islower() for w in neighbours):
            continue
        if _in_office_before_name(words, n, root):
            continue
        return False
    return True


def _in_office_before_name(words: list[Token], at: int, root: SpacyToken) -> bool:
    """Whether the "and" at ``at`` joins the two fields of an office that comes before the
    head's name ("Trade and Industry Minister Dana Ortiz"): capitalised words, then the
    office, then the name."""
    for token in words[at + 1 :]:
        if token.start >= root.idx:
            return False
        if _office_word(token.text):
            return at > 0 and words[at - 1].text[:1].isupper()
        if not (token.is_word and token.text[:1].isupper()):
            return False
    return False


def _lone_name_in_s(root: SpacyToken, inside: list[Mention]) -> bool:
    """ "Jones took the money", "Dataproducts rejected the offer": a capitalised head in -s
    is one person or firm, not several, where the parse reads it as one name (NNP) or the
    text uses it as one: after an honorific ("Mr. Jones"), before a company's suffix
    ("Dataproducts Inc."), or as the subject of a verb in the singular ("Qantas plans",
    "Courtaulds has"). "Insurgents", "Democrats", "Americans" are used as none of these."""
    text = root.text
    if not (text[:1].isupper() and text.endswith("s") and not text.isupper()):
        return False
    if any(m.start <= root.idx < m.end and m.role == NameRole.ADJECTIVE for m in inside):
        return False  # "Americans", "Russians"
    if root.is_sent_start and plural_noun(root.lower_) and not _capitalised_inside(root):
        return False  # "Shares fell": a plural noun opening the sentence, whatever its tag
    if root.tag_ == "NNP":
        return True
    return _used_as_one(root.doc, text)


def _capitalised_inside(word: SpacyToken) -> bool:
    """Whether the text writes ``word`` with its capital inside a sentence too (a name)."""
    return any(not t.is_sent_start for t in _written(word.doc, word.text))


def _used_as_one(doc: Doc, text: str) -> bool:
    """Whether the text uses the capitalised word ``text`` as one person's or firm's name
    (asked once per word and document: each of its uses is looked at)."""
    known: dict[str, bool] = doc.user_data.setdefault(_USED_AS_ONE, {})
    if text not in known:
        known[text] = _any_use_as_one(doc, text)
    return known[text]


def _any_use_as_one(doc: Doc, text: str) -> bool:
    for token in _written(doc, text):
        before = doc[token.i - 1] if token.i else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if before is not None and before.lower_.rstrip(".") in HONORIFICS:
            return True
        if after is not None and after.text.rstrip(".") in COMPANY_SUFFIXES:
            return True
        if token.dep_ in ("nsubj", "nsubj:pass"):
            verb = token.head
            group = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
            if any(t.tag_ == "VBZ" or t.lower_ == "was" for t in group):
                return True
    return False


_WRITTEN = "crisis_timeline.tokens_by_text"
_USED_AS_ONE = "crisis_timeline.used_as_one_name"


def _written(doc: Doc, text: str) -> list[SpacyToken]:
    """The tokens of ``doc`` written ``text``, in order. The index is made once per document
    and kept in its ``user_data``: the title of each event asks about its head word, and a
    scan of the whole article for each was quadratic in the article's length."""
    index: dict[str, list[int]] | None = doc.user_data.get(_WRITTEN)
    if index is None:
        index = {}
        for token in doc:
            index.setdefault(token.text, []).append(token.i)
        doc.user_data[_WRITTEN] = index
    return [doc[i] for i in index.get(text, ())]


def _one_organisation(words: list[Token], head: Token, inside: list[Mention]) -> bool:
    """ "The Food and Drug Administration", "the Bureau of Alcohol, Tobacco and Firearms":
    an "and" between two capitalised words of one name, whose head is a body's (Commission,
    Bureau, Administration), joins no two subjects. One before which the text names
    something of its own ("Germany and the European Commission", "Acme and Globex Group")
    does."""
    if not (head.text[:1].isupper() and head.text in ORGANISATION_HEADS):
        return False
    ands = [n for n, t in enumerate(words) if t.low in ("and", "&")]
    if not ands:
        return False
    for n in ands:
        if n == 0 or n + 1 >= len(words):
            return False
        before, after, joiner = words[n - 1], words[n + 1], words[n]
        if not (before.text[:1].isupper() and after.text[:1].isupper()):
            return False
        if not _common_word(before.low):
            return False  # "Initech and Globex Group": a name of its own before "and"
        if any(
            m.end == before.end and not (m.start < joiner.start and joiner.end < m.end)
            for m in inside
        ):
            return False
    return True


def _and_in_modifiers(words: list[Token]) -> bool:
    """ "The bakery and cafe chain", "the oil and gas company": an "and" between
    two lowercase nouns that modify a singular head after them joins the modifiers, not two
    subjects. Not when a determiner or a person's office follows it ("the airline and the
    casino", "the president and vice president": two), nor when it stands right before the
    head ("the bank and lender": two)."""
    head = words[-1]
    if not head.text.islower() or head.low in _PLURAL_WORDS or plural_noun(head.low):
        return False
    ands = [n for n, t in enumerate(words) if t.low in ("and", "&")]
    if not ands:
        return False
    for n in ands:
        if n == 0 or len(words) - n < 3:
            return False
        before, joiner, after = words[n - 1], words[n], words[n + 1]
        if not (before.text.islower() and after.text.islower()):
            return False
        if after.start - joiner.end > 1:
            return False  # a word left out after "and": "the airline and [the] casino"
        if after.low in lexicon.DETERMINERS or {before.low, after.low} & ROLE_NOUNS:
            return False
        if not (_noun_word(before.low) and _noun_word(after.low)):
            return False
    return True


@functools.lru_cache(maxsize=4096)
def _common_word(low: str) -> bool:
    """Whether the dictionary knows the word as an ordinary English word ("food", "drug",
    "securities"), so that, capitalised, it is part of a name and no name of its own."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(low))


def _joins_names(words: list[Token], inside: list[Mention]) -> bool:
    """Whether an "and" outside any name joins a name to the subject's first ("the Bank of
    England and the Treasury"), not two words of one name or phrase ("Bosnia and
    Herzegovina", "the offer of bread and water")."""
    for index, token in enumerate(words[:-1]):
        if token.low not in ("and", "&") or any(m.start <= token.start < m.end for m in inside):
            continue
        following = words[index + 1]
        if following.text[:1].isupper() and words[0].text[:1].isupper():
            return True
    return False


def _clipped(words: list[Token]) -> str:
    """The subject as text, cut before a preposition (or at MAX_SUBJECT_WORDS) if long;
    words are counted, not the stops and possessive endings of "Inc.'s"."""
    if _word_count(words) <= MAX_SUBJECT_WORDS:
        return _join(words)
    for index, token in enumerate(words[1:], 1):
        if token.low in lexicon.PREPOSITIONS and index >= 2:
            return _join(words[:index])
    end = 0
    while _word_count(words[: end + 1]) <= MAX_SUBJECT_WORDS:
        end += 1
    while end > 1 and (not words[end - 1].is_word or words[end - 1].low in ("and", "or")):
        end -= 1  # "Madeleine Albright, Berger and": not on the list's "and"
    return _join(words[:end])


def _word_count(words: list[Token]) -> int:
    return sum(1 for t in words if t.is_word and t.low not in ("'s", "’s"))


def headline_verb(group: VerbGroup, plural: bool) -> str:
    """The verb group as a headline writes it, keeping its polarity: "did not attend" -> "does
    not attend", "was not destroyed" -> "not destroyed", "will not be rebuilt" -> "not to be
    rebuilt", "have not left" -> "have not left" (a perfect denies that it has happened yet)."""
    if group.tense == Tense.MODAL:
        return _modal_verbs(group)
    kept = [a for a in group.adverbs if a in lexicon.KEPT_ADVERBS]
    negation = polarity(group)
    lemma = group.lemma
    passive = group.voice == Voice.PASSIVE
    if group.tense == Tense.FUTURE:
        verb = ["be", lexicon.inflect(lemma, "pp")] if passive else [lemma]
        return _words(negation, "to", *kept, *verb)
    if passive:
        return _words(*kept, negation, _participle_of(group))
    if lemma == "be":
        return _words(*kept, "are" if plural else "is", negation)
    if negation and group.aspect == Aspect.PERFECT:
        return _words(*kept, "have" if plural else "has", negation, lexicon.inflect(lemma, "pp"))
    if negation == "not":
        return _words(*kept, "do" if plural else "does", "not", lemma)
    return _words(*kept, negation, lexicon.inflect(lemma, "base" if plural else "3sg"))


def _participle_of(group: VerbGroup) -> str:
    """The passive's participle as the article spells it ("kidnapped", not the verb list's
    "kidnaped"), where the group's main verb is one."""
    main = group.main.low
    if group.main.text.islower() and main.endswith(("ed", "en")):
        lemma = lexicon.lemma_of(main) or dictionary_lemma(main) or guess_lemma(main)
        if lemma == group.lemma:
            return main
    return lexicon.inflect(group.lemma, "pp")


def polarity(group: VerbGroup) -> str:
    """The verb group's negation as a headline keeps it: "never", "not" or "" ("had no money"
    is a "no" of the object, not of the verb)."""
    if not group.negated:
        return ""
    said = [t.low for t in group.verbs] + [t.low for t in _leading_negations(group.rest)]
    if "never" in said:
        return "never"
    return "not" if any(_negates(word) for word in said) else ""


def _negates(word: str) -> bool:
    return word == "not" or word.endswith(("n't", "n’t"))


def _leading_negations(tokens: list[Token]) -> list[Token]:
    """ "is not Lehman": the negation the verb group stopped before, already its own."""
    count = 0
    while count < len(tokens) and (tokens[count].low == "never" or _negates(tokens[count].low)):
        count += 1
    return tokens[:count]


def _words(*words: str) -> str:
    return " ".join(word for word in words if word)


def _modal_verbs(group: VerbGroup) -> str:
    """ "could not cross" -> "couldn't cross": a modal keeps its own words."""
    return re.sub(
        r"\s+(n[’']t)\b",
        r"\1",
        " ".join(
            t.text
            for t in group.verbs
            if t.low not in group.adverbs or t.low in lexicon.KEPT_ADVERBS
        ),
    )


def title_tokens(tokens: list[Token], mentions: list[Mention]) -> set[int]:
    """Starts of the office words before a name: "U.S. Secretary of State [Antony Blinken]"."""
    drop: set[int] = set()
    by_start = {t.start: i for i, t in enumerate(tokens)}
    named = [m for m in mentions if m.kind in (NameKind.COUNTRY, NameKind.ORGANISATION)]
    for person in (m for m in mentions if m.kind == NameKind.PERSON):
        index = by_start.get(person.start)
        if index is None:
            continue
        j = index - 1
        seen_title = False
        while j >= 0:
            token = tokens[j]
            if token.text in lexicon.TITLE_WORDS:
                seen_title = True
            elif not seen_title or not (
                token.low == "of"
                or token.text in ("’", "'", "’s", "'s")
                or any(m.start <= token.start < m.end for m in named)
            ):
                break  # "of", a possessive or a country may sit inside a title only
            drop.add(token.start)
            j -= 1
    return drop


# How many tokens _object_words looks past a break (a list's closing "and"), and the first
# window of a clause's tokens read for an object.
_LOOKAHEAD = 12
_FIRST_WINDOW = 64


def object_text(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    replacements: dict[int, str],
    mentions: list[Mention] | None = None,
    parsed: ParsedText | None = None,
    verb_start: int | None = None,
) -> str:
    """What follows the verb, as a headline keeps it: no articles, no date, ~9 words.

    Only the tokens up to the object's first break matter, so they are read in growing
    windows: a run-on clause of hundreds of dates costs its object, not its length. A window's
    answer stands once its break has more tokens after it than any step looks ahead, or
    when it has no break but twice the words a title keeps (a run-on list's every verb would
    read the list to its end).

    With the parse (``parsed``, and the offset of the verb whose object it is), an object the
    word reader would cut, or that ends inside a phrase, is read again from the parse's
    phrases, leaving out whole phrases until it fits (``object_phrases``).
    """
    spans = _without_measured_object(tokens, spans)
    tokens = _without_opening_source(tokens)
    verb = parsed.token_at(verb_start) if parsed is not None and verb_start is not None else None
    if parsed is None or verb is None:
        return tidy(" ".join(_clip_object(_read_object(tokens, spans, replacements, mentions)[0])))
    tokens = with_list_cut_off(tokens, parsed)
    words, read = _read_object(tokens, spans, replacements, mentions)
    words = _without_aside_clauses(words, read, parsed, verb)
    clipped = _clip_object(words)
    waiting = (
        _verb_of_subject_at_end(clipped, _aligned(clipped, read), parsed)
        if len(clipped) == len(words)  # the reader stopped there, not the length
        else None
    )
    if waiting is not None:
        # "announced that the city's new chief[, Dana Ortiz,] will start": the reader
        # stopped at an aside after the subject of what was said; the parse's phrases
        # leave the aside out and keep the verb
        whole = _object_from_parse(
            tokens, spans, replacements, mentions, parsed, verb, MAX_OBJECT_WORDS
        ) or _clip_object(_barest_object(tokens, spans, replacements, mentions, parsed, verb))
        if whole and waiting.text in whole:
            return tidy(" ".join(whole))
    if clipped:
        limit = MAX_OBJECT_WORDS
        mended = _mended_by_parse(words, clipped, read, parsed, verb, limit)
        if mended is None:
            mended = _object_from_parse(tokens, spans, replacements, mentions, parsed, verb, limit)
        if mended:
            mended = _unstranded(mended, read, tokens, spans, replacements, mentions, parsed, verb)
            return tidy(" ".join(_with_later_object(words, mended, read, parsed, verb)))
    if 0 < len(clipped) < len(words):
        asked = asked_complement(verb, _offsets_of(_aligned(clipped, read), parsed))
        if asked is not None:
            # "says all tenants will be eligible [for a new boiler]": no cut of the
            # parse's ends there, and the word lost what it asks for
            end = verb.sent.end_char
            rest = tokens + tokenize(parsed.text[tokens[-1].end : end], tokens[-1].end)
            reading = (spans, replacements, mentions)
            return tidy(" ".join(_with_asked_phrase(clipped, rest, reading, parsed, verb, asked)))
    return tidy(" ".join(_with_later_object(words, clipped, read, parsed, verb)))


def _without_opening_source(tokens: list[Token]) -> list[Token]:
    """ "said according to those figures, the store passed Best Buy" -> "says store passed
    Best Buy": whose figures or account the news rests on, set off by a comma before what
    was said (perhaps after its "that"), is an aside a headline drops; the object is what
    follows the comma."""
    first = 1 if tokens and tokens[0].low == "that" else 0
    words = [t.low for t in tokens[first : first + 2]]
    if words != list(_SOURCE_OPENER):
        return tokens
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or comma > first + _SOURCE_WORDS:
        return tokens
    return tokens[comma + 1 :]


# The words that open a source's phrase before what it tells ("according to the report,"),
# and how many words such a phrase runs to, at most, before its comma.
_SOURCE_OPENER = ("according", "to")
_SOURCE_WORDS = 8


def _with_later_object(
    words: list[str], kept: list[str], read: list[Token], parsed: ParsedText, verb: SpacyToken
) -> list[str]:
    """ "give passengers [of its delayed flights] [a full refund]": the object cut before
    the verb's later object, shortened so that it keeps it (``left_objects``)."""
    if not 0 < len(kept) < len(words) or words[: len(kept)] != kept:
        return kept
    tokens = [parsed.token_at(t.start) if t is not None else None for t in _aligned(words, read)]
    fits = lambda shorter: _counted(shorter) <= MAX_OBJECT_WORDS  # noqa: E731
    return with_object_kept(words, tokens, len(kept), verb, fits) or kept


def _unstranded(
    words: list[str],
    read: list[Token],
    tokens: list[Token],
    spans: list[tuple[int, int]],
    replacements: dict[int, str],
    mentions: list[Mention] | None,
    parsed: ParsedText,
    verb: SpacyToken,
) -> list[str]:
    """The object, or when its cut left a clause without its verb ("says [its new plan]",
    "orders [the tenants]") the parse's phrases at the first level that fit and keep that
    verb (else the object as it was: a shorter one would say less); when it left a word
    without the phrase it asks for ("would be eligible [for free repairs]"), the phrases that
    keep that phrase."""
    at = _aligned(words, read)
    lost = stranded_verb(verb, _offsets_of(at, parsed))
    if lost is None and at and at[-1] is not None:
        last = parsed.token_at(at[-1].end - 1)
        lost = clause_above(last, verb, _offsets_of(at, parsed)) if last is not None else None
    asked = asked_complement(verb, _offsets_of(at, parsed)) if lost is None else None
    if lost is None and asked is None or not tokens:
        return words
    # the clause may have been split at the aside before the verb ("declared his deputy[, Ana
    # Ruiz,] would lead"): the parse's phrases choose from the rest of the sentence too
    end = verb.sent.end_char
    tokens = tokens + tokenize(parsed.text[tokens[-1].end : end], tokens[-1].end)
    if asked is not None:
        # "says residents will be eligible [for free repairs]": a word lost what it asks for
        return _with_asked_phrase(
            words, tokens, (spans, replacements, mentions), parsed, verb, asked
        )
    if lost is None:
        return words
    for level in range(LEVELS):
        chosen, chosen_read = _read_object(
            _object_tokens(tokens, parsed, verb, level), spans, replacements, mentions
        )
        kept = _offsets_of(_aligned(chosen, chosen_read), parsed)
        fits = chosen and _counted(chosen) <= MAX_OBJECT_WORDS
        if fits and lost.idx in kept and stranded_verb(verb, kept) is None:
            asked = asked_complement(verb, kept)
            if asked is None:
                return chosen
            # "says all owners would be exempt [from the new charge]": the verb kept, what
            # it asks for lost
            reading = (spans, replacements, mentions)
            return _with_asked_phrase(chosen, tokens, reading, parsed, verb, asked)
    return _clause_told_short(words, read, tokens, (spans, replacements, mentions), parsed, lost)


def _with_asked_phrase(
    words: list[str],
    tokens: list[Token],
    reading: tuple[list[tuple[int, int]], dict[int, str], list[Mention] | None],
    parsed: ParsedText,
    verb: SpacyToken,
    asked: SpacyToken,
    fits: Callable[[list[str]], bool] | None = None,
) -> list[str]:
    """ "says all residents [of the flooded district] will be eligible [for free repairs]":
    when the cut left out the phrase a kept word asks for (``asked_complements``), the parse's
    phrases at the first level that keeps that word and fits with the phrase, itself whole or
    at its barest; else the object as it was. Without a test of fit (``fits``), an object
    within MAX_OBJECT_WORDS is looked for first, then one the title may still hold after a
    short subject and its verb ("says all iPhone buyers will be eligible to receive free
    case"): the title's own fit decides then."""
    tests = (fits,) if fits is not None else (_object_fits, _title_may_fit)
    for test in tests:
        for level in range(LEVELS):
            offsets = object_offsets(verb, level)
            if asked.head.idx not in offsets:
                continue
            for phrase_level in (level, LEVELS - 1):
                kept = offsets | phrase_offsets(asked, phrase_level)
                chosen = [t for t in tokens if _parse_offset(parsed, t) in kept]
                told, told_read = _read_object(chosen, *reading)
                if not told or not test(told):
                    continue
                kept_now = _offsets_of(_aligned(told, told_read), parsed)
                if asked.idx in kept_now and stranded_verb(verb, kept_now) is None:
                    return told
    return words


def _object_fits(words: list[str]) -> bool:
    return _counted(words) <= MAX_OBJECT_WORDS


def _title_may_fit(words: list[str]) -> bool:
    """Whether a title may still hold the object after a subject and verb of a word each."""
    return not too_long(["Subject", "verb", *words])


def _clause_told_short(
    words: list[str],
    read: list[Token],
    tokens: list[Token],
    reading: tuple[list[tuple[int, int]], dict[int, str], list[Mention] | None],
    parsed: ParsedText,
    lost: SpacyToken,
    fits: Callable[[list[str]], bool] = _object_fits,
) -> list[str]:
    """ "told reporters that the new checks [at the ports] would start": when no phrase of the
    object can go and keep the verb the cut lost, the clause's subject keeps only its head and
    what goes before it, then its verb and the verb's own shortest object that fits ("holders
    [of $2 million of its notes] have agreed to exchange debt"); else the object as it was."""
    kept = _offsets_of(_aligned(words, read), parsed)
    subject = clause_subject(lost, kept) if finite_verb(lost) else None
    if subject is None:  # ("after hitting [a homer]": a participle's phrase may go whole)
        return words
    before = {offset for offset in kept if offset <= subject.idx}
    # the subject as it was kept, else only its head and determiner ("his counterpart")
    barest = {o for o in before if o < subject.left_edge.idx} | bare_subject_offsets(subject)
    group = verb_group_offsets(lost, subject)
    for told_subject in (before, barest):
        for level in range(LEVELS):
            offsets = told_subject | group | object_offsets(lost, level)
            chosen = [t for t in tokens if _parse_offset(parsed, t) in offsets]
            told, told_read = _read_object(chosen, *reading)
            if not told or not fits(told):
                continue
            if lost.idx in _offsets_of(_aligned(told, told_read), parsed):
                return told
    return words


def _verb_of_subject_at_end(
    words: list[str], at: list[Token | None], parsed: ParsedText
) -> SpacyToken | None:
    """The verb still to come when an object ends on the subject of a clause ("says [the
    city's new chief], Dana Ortiz, [will start]"): a headline of what was said without it."""
    token = at[-1] if words and at else None
    word = parsed.token_at(token.end - 1) if token is not None else None
    for _ in range(4):
        if word is None or word.head is word:
            return None
        if word.dep_ in ("nsubj", "nsubj:pass") and word.head.i > word.i:
            head = word.head
            predicate = head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children)
            if not predicate or any(t.start <= head.idx < t.end for t in at if t is not None):
                return None
            return head
        word = word.head
    return None


def with_list_cut_off(tokens: list[Token], parsed: ParsedText) -> list[Token]:
    """The clause's words and, where it was split inside a list of names, the rest of the list
    and its noun: "sell its Alpha, Brio [and Castello pasta brands]", "arguing the Immigration
    [and Naturalization Service]". A list and its noun stay together (a title too long for
    them leaves the names out, ``_mended_by_parse``), never a name cut from its list."""
    if not tokens:
        return tokens
    last = parsed.token_at(tokens[-1].end - 1)
    end = list_cut_off(last, _noun_or_adjective) if last is not None else None
    if end is None and last is not None:
        # "refused to reveal [which members voted]", "released misleading [or false claims]"
        end = question_cut_off(last) or modified_noun_cut_off(last)
    if end is None:
        return tokens
    start = tokens[-1].end
    return tokens + tokenize(parsed.text[start : end.idx + len(end.text)], start)


def _without_aside_clauses(
    words: list[str], read: list[Token], parsed: ParsedText, verb: SpacyToken
) -> list[str]:
    """The object without the relative and adverbial clauses the parse reads inside it
    ("helps to stabilize a region [that has been ...]", "brought the clock [he made] to
    school"), which a headline leaves out; the whole object when they would leave nothing."""
    aside = aside_clauses(verb)
    if not aside:
        return words
    kept: list[str] = []
    for word, token in zip(words, _aligned(words, read), strict=True):
        inside = parsed.token_at(token.start) if token is not None else None
        if inside is None or inside.idx not in aside:
            kept.append(word)
    kept = _without_trailing_join(kept)
    return kept if kept else words


def _mended_by_parse(
    words: list[str],
    clipped: list[str],
    read: list[Token],
    parsed: ParsedText,
    verb: SpacyToken,
    limit: int,
) -> list[str] | None:
    """The object without the names listed before its noun, when the clip fell among them;
    the word reader's object when it ends where a phrase of the parse ends; else its longest cut
    before a preposition or a list's next item (within MAX_OBJECT_WORDS) that does; else
    None, when the phrases must be chosen afresh ("reward of up [to $2 million]": no such
    cut)."""
    at = _aligned(words, read)
    kept = object_offsets(verb, 0) | _offsets_of(at, parsed)
    listed = _names_listed(words)
    if listed is not None and len(clipped) < _listed_noun_end(words, listed[1]) <= len(words):
        # the clip fell inside the names or their noun ("its Alpha, Brio and Castello pasta")
        shorter = _clip_object(words[: listed[0]] + words[listed[1] :])
        if not _ends_inside(shorter, _aligned(shorter, read), parsed, kept):
            return shorter
    if _counted(clipped) <= limit and not _ends_inside(
        clipped, _aligned(clipped, read), parsed, kept
    ):
        return clipped
    for end in range(min(len(words), _within(words, limit)), 1, -1):
        boundary = end == len(words) or (
            words[end].lower() in _OBJECT_BREAKS and words[end - 1 : end + 1] != ["up", "to"]
        )
        if boundary and end < len(words) and _between_listed_names(words, end):
            continue  # "Poland, Hungary, ...": a list of names is one phrase, whole or not at all
        if boundary and not _ends_inside(words[:end], at, parsed, kept):
            return words[:end]
    return None


def _between_listed_names(words: list[str], end: int) -> bool:
    """Whether a cut before words[end] (a list's comma or "and") falls between two names of a
    list of names its commas began ("Poland, Hungary [, Slovakia and the Czech Republic]")."""
    if words[end] not in (",", "and") or not words[end - 1][:1].isupper():
        return False
    later = words[end + 1 : end + 2]
    return "," in words[:end] and bool(later) and later[0][:1].isupper()


def _names_listed(words: list[str]) -> tuple[int, int] | None:
    """Where names are listed before a noun: "sell its [Baby Ruth, Butterfinger and Pearson]
    candy businesses to Nestle". They say which ones, and a headline leaves them out first
    ("sell its candy businesses"); a list of names that is the object is no such list."""
    for start in range(1, len(words)):
        if words[start - 1].lower() not in _POSSESSIVE_PRONOUNS | lexicon.DETERMINERS:
            continue
        end = start
        while end < len(words) and (words[end][:1].isupper() or words[end] in (",", "and")):
            end += 1
        run = words[start:end]
        if (
            end < len(words)
            and ("," in run or "and" in run)
            and run[-1][:1].isupper()
            and words[end].isalpha()
            and words[end].islower()
            and words[end] not in lexicon.PREPOSITIONS
            and _noun_or_adjective(words[end])
        ):
            return start, end
    return None


def _listed_noun_end(words: list[str], start: int) -> int:
    """Where the noun after a list of names ends: "[pasta brands]" of "its Alpha, Brio and
    Castello pasta brands to Dorn"."""
    end = start
    while (
        end < len(words)
        and words[end].isalpha()
        and words[end].islower()
        and words[end] not in lexicon.PREPOSITIONS | {"to"}
        and _noun_or_adjective(words[end])
    ):
        end += 1
    return max(end, start + 1)


# Where the word reader's object may be cut: before a preposition, or between a list's items.
_OBJECT_BREAKS = lexicon.PREPOSITIONS | {"to", ",", "and", "or"}


def _aligned(words: list[str], read: list[Token]) -> list[Token | None]:
    """The token each word of the object was read from (None for a word the reader made up
    or merged: "had hit" -> "hit")."""
    out: list[Token | None] = []
    position = 0
    for word in words:
        bare = word.rstrip(".,;:")
        found = None
        for index in range(position, min(len(read), position + 6)):
            if read[index].text.rstrip(".") == bare or word.startswith(read[index].text + "-"):
                found = index
                break
        if found is None:
            out.append(None)
            continue
        # "film-makers" read as "film", "-", "makers": the word ends on its last piece
        last = found
        while (
            last + 1 < len(read)
            and read[last + 1].start == read[last].end
            and word.endswith(read[last + 1].text)
            and len(bare) > len(read[found].text)
        ):
            last += 1
        out.append(read[last])
        position = last + 1
    return out


def _offsets_of(tokens: list[Token | None], parsed: ParsedText) -> set[int]:
    """The offsets of the parse's words for these tokens (each word of a hyphenated one)."""
    out: set[int] = set()
    for token in tokens:
        if token is not None:
            out.update(t.idx for t in parsed.tokens(token.start, token.end))
    return out


def _ends_inside(
    words: list[str], at: list[Token | None], parsed: ParsedText, kept: set[int]
) -> bool:
    """Whether an object of ``words`` (a prefix of the aligned ones) ends inside a phrase."""
    if not words:
        return False
    token = at[len(words) - 1]
    if token is None:
        return False
    word = parsed.token_at(token.end - 1)  # "film-makers": the parse's "makers"
    return word is not None and ends_inside_phrase(word, kept)


def _read_object(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    replacements: dict[int, str],
    mentions: list[Mention] | None,
) -> tuple[list[str], list[Token]]:
    """The word reader's object, before it is clipped, and the tokens it read it from."""
    size = _FIRST_WINDOW
    while True:
        window = tokens[:size]
        drop = title_tokens(window, mentions or [])
        kept = with_possessives([t for t in _drop_timex(window, spans) if t.start not in drop])
        words, stop = _object_words(kept, replacements)
        if size >= len(tokens) or (stop is not None and stop + _LOOKAHEAD < len(kept)):
            break
        if stop is None and len(words) > 2 * MAX_OBJECT_WORDS:
            # no break in a whole window, and twice the words a title keeps: the object runs
            # far past any title's reach, and a run-on list of a hundred lines would be read
            # to its end for each of its verbs (a window of dates alone, dropped, reads on)
            break
        size *= 4
    return _simple_past(_without_opening_that(words)), kept if stop is None else kept[:stop]


def _object_from_parse(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    replacements: dict[int, str],
    mentions: list[Mention] | None,
    parsed: ParsedText,
    verb: SpacyToken,
    limit: int,
) -> list[str] | None:
    """The object as the parse's phrases give it, leaving out whole phrases until it fits;
    None when the parse reads no verb there or no level fits."""
    if verb.pos_ not in ("VERB", "AUX") or not verb.text[:1].isalpha():
        return None
    for level in range(LEVELS):
        chosen = _object_tokens(tokens, parsed, verb, level)
        words = _read_object(chosen, spans, replacements, mentions)[0]
        if words and _counted(words) <= limit:
            return words
    return None


def _barest_object(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    replacements: dict[int, str],
    mentions: list[Mention] | None,
    parsed: ParsedText,
    verb: SpacyToken,
) -> list[str]:
    """The object as the parse's phrases give it at their shortest, however long."""
    chosen = _object_tokens(tokens, parsed, verb, LEVELS - 1)
    return _read_object(chosen, spans, replacements, mentions)[0]


def _object_tokens(
    tokens: list[Token], parsed: ParsedText, verb: SpacyToken, level: int
) -> list[Token]:
    """The words of ``tokens`` inside the object the parse gives ``verb`` at ``level``."""
    offsets = object_offsets(verb, level)
    return [t for t in tokens if _parse_offset(parsed, t) in offsets]


def _parse_offset(parsed: ParsedText, token: Token) -> int | None:
    """The offset of the parse's word that holds ``token``."""
    word = parsed.token_at(token.start)
    return word.idx if word is not None else None


def _without_opening_that(words: list[str]) -> list[str]:
    """ "says that talks failed" -> "says talks failed", "tells reporters that talks failed"
    -> "tells reporters talks failed": a headline drops the "that" of what is said (after
    one or two words of whom it was told, if a word of telling takes them)."""
    if len(words) > 2 and words[0].lower() == "that":
        return words[1:]
    for index in (2, 3, 4):
        # "says in a note posted Friday that she expects ...": where it was said goes too
        if (
            index + 2 < len(words)
            and words[0].lower() == "in"
            and words[index].lower() == "that"
            and any(word.lower() in DOCUMENTS for word in words[1:index])
        ):
            return words[index + 1 :]
    for index in (1, 2):
        if (
            index + 2 < len(words)
            and words[index].lower() == "that"
            and words[index - 1].lower() in _TOLD
        ):
            return words[:index] + words[index + 1 :]
    return words


# Whom something is told: "told reporters that", "assured him that".
_TOLD = lexicon.words("reporters journalists him her them us me parliament lawmakers")


def present_report(words: list[str]) -> list[str]:
    """ "says it would investigate" -> "says it will investigate": told in the headline's
    present, what was said of the future is in the future ("would have" stays: it never
    happened)."""
    out = list(words)
    for index, word in enumerate(out[:-1]):
        if word == "would" and out[index + 1] != "have" and index:
            out[index] = "will"
        elif word in ("wouldn't", "wouldn’t") and out[index + 1] != "have" and index:
            out[index] = "wo" + word[5:]  # "said it wouldn't be" -> "says it won't be"
    return out


_AMOUNT_OF_TIME = re.compile(
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)"
    r"(?: \w+)? (?:hour|day|week|month|year|decade)s?"
    # "took years to resume flights": an uncounted stretch is as much what "took" measures
    r"|(?:many |a few )?(?:hours|days|weeks|months|years|decades)",
    re.IGNORECASE,
)


def _without_measured_object(
    tokens: list[Token], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ "took six months off", "sentenced him to 12 years in prison": an amount of time right
    after the verb or after "to" is what the verb measures and stays in the title ("for six
    months", "on Monday" go); so is one a verb of lasting takes, with or without its
    preposition ("a tour likely to last [over a week]", "talks that lasted for two days")."""
    kept = set()
    named = _date_named_as(tokens, spans)
    if named is not None:
        kept.add(named)
    for index, token in enumerate(tokens[:_FIRST_WINDOW]):
        if index and tokens[index - 1].low != "to" and not _lasts(tokens, index):
            continue
        span = span_at(token.start, spans)
        if span is None or span[0] != token.start:
            continue
        text = " ".join(t.text for t in tokens if span[0] <= t.start < span[1])
        if _AMOUNT_OF_TIME.fullmatch(text):
            kept.add(span)
    return [s for s in spans if s not in kept] if kept else spans


def _date_named_as(tokens: list[Token], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "set March 4 as the deadline", "picked Sunday as the day to strike": a date right
    after the verb and before "as" is the thing chosen, the verb's object, and a title
    without it ("sets as deadline") says nothing."""
    if not tokens:
        return None
    span = span_at(tokens[0].start, spans)
    if span is None or span[0] != tokens[0].start:
        return None
    after = next((i for i, t in enumerate(tokens) if t.start >= span[1]), None)
    if after is None or tokens[after].low != "as":
        return None
    # "opened Tuesday as protesters gathered": an "as" of circumstance, the date the verb's
    return None if _opens_circumstance(tokens, after, ["as"]) else span


def _lasts(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] follows a verb of lasting ("last", "lasted"), right after it or
    after one preposition ("last over", "lasted for")."""
    before = index - 1
    if before > 0 and tokens[before].low in lexicon.PREPOSITIONS:
        before -= 1
    word = tokens[before]
    return word.text.islower() and word.is_word and guess_lemma(word.low) in _DURATION_VERBS


# Verbs whose complement is a stretch of time ("likely to last over a week").
_DURATION_VERBS = lexicon.words("last")


def _simple_past(words: list[str]) -> list[str]:
    """ "says he had discussed the budget" -> "says he discussed budget": what a headline
    reports is told in the simple past, not the past perfect of the article's narration.
    ("had been" is left: its "was" or "were" would need the subject's number; before a
    participle a headline's passive drops it, "says 2 million ballots [had been] counted".)"""
    out: list[str] = []
    for word in words:
        if out[-2:] == ["had", "been"] and len(out) > 2 and _past_participle(word):
            del out[-2:]
        if out and out[-1].lower() == "had" and word.islower() and word != "been":
            lemma = guess_lemma(word)
            if lemma != word and lexicon.inflect(lemma, "pp") == word:
                out[-1] = lexicon.inflect(lemma, "past")
                continue
            if lemma == word and lexicon.dictionary_form(word, "pp") == word:
                out[-1] = word  # "had hit", "had cut": a verb that is its own participle
                continue
        out.append(word)
    return out


def _past_participle(word: str) -> bool:
    """ "counted", "sold": a lowercase word that is its verb's past participle."""
    lemma = guess_lemma(word)
    return word.islower() and lemma != word and lexicon.inflect(lemma, "pp") == word


def _object_words(
    tokens: list[Token], replacements: dict[int, str]
) -> tuple[list[str], int | None]:
    """The object's words up to the first break (and where that break is, if any), with names
    put in for "the country"."""
    words: list[str] = []
    skip_quantity = False
    quoted = False
    skip_through = -1
    for index, token in enumerate(tokens):
        if token.text == "," and (quoted or _names_a_list(tokens, index)):
            # "Poland, the Czech Republic and Hungary"; "called it “frank, undisguised terror”"
            words.append(",")
            continue
        if token.text == "," and _between_adjectives(tokens, index):
            continue  # "from his small, family shop": one noun's two adjectives
        if token.text == "," and _parenthetical_adverb(tokens, index):
            skip_through = tokens[index + 2].start  # "to seek, unsuccessfully, a seat"
            continue
        if token.start <= skip_through:
            continue
        if _abbreviation_stop(tokens, index) and words:
            words[-1] += "."  # "forced Apple Inc. to lower prices": no end of the object
            continue
        if _honorific_before_name(tokens, index):
            continue  # "met Mr. Lavrov": a headline names him without it
        if token.text == "." and index and _honorific_before_name(tokens, index - 1):
            continue
        if _score_dash(tokens, index) and words:
            # "beat Korea 1 – 0": a score, which a headline writes "1-0", not a break
            words[-1] = f"{words[-1]}-{tokens[index + 1].text}"
            skip_through = tokens[index + 1].start
            continue
        if token.text in _CUT_PUNCT or token.text == "." or _spaced_dash(tokens, index):
            return words, index
        if _second_thing_said(token, words):
            words.pop()  # "hit a depot and that the fire spread": the "and" goes too
            return words, index
        if words and _opens_second_predicate(tokens, index):
            return words, index  # "called him a liar [and said ...]": a second event
        if _opens_relative(tokens, index) or _opens_second_clause(tokens, index):
            return words, index
        if _relative_after_noun(tokens, index, words):
            return words, index  # "went to the station where they claimed ...": the place
        if _opens_circumstance(tokens, index, words):
            return words, index  # "off to a bright start as thousands crowded in"
        if token.text in _QUOTES:
            quoted = _inside_quotes_after(token, quoted)
            continue
        if token.start in replacements and not _possessive_her(tokens, index):
            words.append(replacements[token.start])
            continue
        if token.low in _DROP_WORDS and not _distributive_article(tokens, index):
            continue
        if _upper_bound(tokens, index):
            words += ["up", "to"]  # "as many as 900 jobs": a headline says "up to 900 jobs"
            skip_through = tokens[index + 2].start
            continue
        if _partitive_of(tokens, index):
            words.append(token.text)  # "all of the shares" -> "all shares"
            skip_through = tokens[index + 1].start
            continue
        if _quantity_of(tokens, index):
            _drop_quantity(words)
            skip_quantity = True
            continue
        if not (skip_quantity and token.low == "of"):
            words.append(token.text)
        skip_quantity = False
    return words, None


# Words that follow an object "her" where they could follow a possessive one ("joined her
# there", "took her home", "met her again").
_AFTER_AN_OBJECT = lexicon.words("""
there here home back away abroad again later first once twice today yesterday tonight
together alone instead too
""")


def _spaced_dash(tokens: list[Token], index: int) -> bool:
    """ "the fair on Sunday - the busiest day of the month -": a hyphen with a space on each
    side, before an article, is a dash that opens an aside (some texts space their hyphens
    too, "Scientology - owned", "2000 - 2050", and those join what they stand between)."""
    if tokens[index].text != "-" or not 0 < index < len(tokens) - 1:
        return False
    after = tokens[index + 1]
    spaced = tokens[index - 1].end < tokens[index].start and after.start > tokens[index].end
    return spaced and after.low in lexicon.DETERMINERS


def _distributive_article(tokens: list[Token], index: int) -> bool:
    """ "$26.50 a share", "12 cents a share", "60 miles an hour": an "a" after an amount is
    "per", not an article, and "to $26.50 share" says nothing; a headline keeps it. So it
    keeps the "a" of "a few", "a little" and "a half" (without it "lost few renters" says
    the opposite, and "half million dollars" is no English)."""
    if tokens[index].low not in ("a", "an") or index >= len(tokens) - 1:
        return False
    if tokens[index + 1].low in _AMOUNTS_WITH_A:
        return True
    if tokens[index + 1].low == "little":  # "rose a little", not "a little girl"
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        return after is None or not after.is_word or after.low in lexicon.PREPOSITIONS
    if index == 0:
        return False
    following = tokens[index + 1]
    if not (following.is_word and following.text.islower()):
        return False
    before = tokens[index - 1]
    if _amount_word(before):
        return True
    if before.low in _FRACTIONS and following.low in _COUNTS_AFTER_A_FRACTION:
        return True  # "half a million", "half a dozen": "half million" is no English
    # "12 cents a share", "three times a week": the amount's unit between them
    return (
        index > 1
        and before.is_word
        and before.text.islower()
        and before.low.endswith("s")
        and _amount_word(tokens[index - 2])
    )


_AMOUNTS_WITH_A = frozenset({"few", "half"})
_FRACTIONS = lexicon.words("half quarter third")
_COUNTS_AFTER_A_FRACTION = lexicon.words("dozen hundred thousand million billion trillion")


def _amount_word(token: Token) -> bool:
    """A number ("26.50", "12", "twelve"), or one of the words that close a sum ("million")."""
    return token.text[:1].isdigit() or token.low in _NUMBERS


# Number words that end an amount ("twelve cents a share", "$2 million a year"); "a" and "an"
# would read as numbers themselves.
_NUMBERS = frozenset(NUMBER_WORDS) - {"a", "an", "couple", "half", "dozen"}


def _possessive_her(tokens: list[Token], index: int) -> bool:
    """ "made her debut", "left her family": a "her" before its noun is whose, not whom, and
    the person put in for the object "her" ("proposed to her") does not stand for it (a name
    without "'s" garbles the object: "makes Jeanne Moreau theatrical debut")."""
    if tokens[index].low != "her" or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    low = following.low
    return (
        following.is_word
        and low not in lexicon.PREPOSITIONS
        and low not in lexicon.DETERMINERS
        and low not in lexicon.CONJUNCTIONS
        and low not in lexicon.SUBORDINATORS
        and low not in ("that", "to", "as", "than")
        and low not in _AFTER_AN_OBJECT
        and (not following.text.islower() or _noun_or_adjective(low))
    )


@functools.cache
def _noun_or_adjective(low: str) -> bool:
    """Whether the dictionary knows the word as a noun or an adjective ("family", "own")."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(low)
    return "NOUN" in readings or "ADJ" in readings or not readings


# Abbreviations at the end of a name, whose stop ends no sentence ("Apple Inc. to lower").
_NAME_ABBREVIATIONS = lexicon.words("inc corp co cie ltd bros jr sr plc")


def _honorific_before_name(tokens: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is an honorific ("Mr", "Dr.") before a name."""
    token = tokens[index]
    if not token.text[:1].isupper() or token.low.rstrip(".") not in HONORIFICS:
        return False
    following = index + 1
    if following < len(tokens) and tokens[following].text == ".":
        following += 1
    return following < len(tokens) and tokens[following].text[:1].isupper()


def _abbreviation_stop(tokens: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is the stop of an abbreviated name with more after it:
    "Apple Inc. to lower", or a place's "St. Gallen", "Mt. Kenya", "Ft. Worth"."""
    if not (
        tokens[index].text == "."
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].end == tokens[index].start
    ):
        return False
    before = tokens[index - 1]
    if before.low in _NAME_ABBREVIATIONS:
        return True
    if _initial(before) and tokens[index + 1].text[:1].isupper():
        return True  # "succeed Daniel P. Davison", "to the T. Rowe Price funds": an initial
    if before.low in _MONTH_ABBREVIATIONS and tokens[index + 1].text[:1].isdigit():
        return True  # "set Nov. 10 as the deadline": a month kept in the object
    if before.low in NUMBERING_ABBREVIATIONS and tokens[index + 1].text[:1].isdigit():
        return True  # "to become the No. 1 seller": the number it abbreviates follows
    return before.low in _PLACE_ABBREVIATIONS and tokens[index + 1].text[:1].isupper()


def _initial(token: Token) -> bool:
    """A single capital letter, as a name's initial is written ("P" of "Daniel P. Davison")."""
    return len(token.text) == 1 and token.text.isupper()


_MONTH_ABBREVIATIONS = lexicon.words("jan feb mar apr jun jul aug sep sept oct nov dec")

# Abbreviations opening a place's name ("St. Petersburg", "Mt. Kenya", "Ft. Worth").
_PLACE_ABBREVIATIONS = lexicon.words("st mt ft")


def _parenthetical_adverb(tokens: list[Token], comma: int) -> bool:
    """ "to seek, unsuccessfully, a seat": an adverb of manner between two commas is an
    aside, and the object goes on after it (", however," links a new clause instead)."""
    return (
        comma + 3 < len(tokens)
        and tokens[comma + 2].text == ","
        and tokens[comma + 1].low.endswith("ly")
        and _adverb(tokens[comma + 1])
    )


def _between_adjectives(tokens: list[Token], comma: int) -> bool:
    """ "his small, family shop": a comma after a determiner's first word and before a
    lowercase word that is no list's ("the money, food and tents" is a list)."""
    if comma < 1 or comma + 2 >= len(tokens):
        return False
    if comma == 1:  # "launches new, faster iPhone": the object opens on the adjective
        tokens = [Token(tokens[0].start, tokens[0].start, "the"), *tokens]
        comma += 1
    before, first, following = tokens[comma - 2], tokens[comma - 1], tokens[comma + 1]
    after = tokens[comma + 2 : comma + 5]
    return (
        (before.low in lexicon.DETERMINERS or before.low in _POSSESSIVE_PRONOUNS)
        and _adjective_form(first.low)
        and first.low not in lexicon.PREPOSITIONS  # "took six months off, later revealing"
        and not following.low.endswith(("ing", "ed"))
        and bool(after)
        and after[0].is_word
        and not after[0].low.endswith("ing")
        and first.text.islower()
        and first.is_word
        and following.text.islower()
        and following.is_word
        and following.low not in lexicon.DETERMINERS
        and not any(t.low in ("and", "or", ",") for t in after)
    )


@functools.cache
def _adjective_form(low: str) -> bool:
    """Whether the dictionary knows the word as an adjective ("small", "new"; not "town")."""
    from lemminflect import getAllLemmas

    return "ADJ" in getAllLemmas(low)


def _opens_relative(tokens: list[Token], index: int) -> bool:
    """ "a deal in which episodes will ...": a preposition before "which" or "whom" opens a
    relative clause, and the object ends before it."""
    return (
        tokens[index].low in lexicon.PREPOSITIONS
        and index + 1 < len(tokens)
        and tokens[index + 1].low in ("which", "whom", "whose")
    )


def _relative_after_noun(tokens: list[Token], index: int, words: list[str]) -> bool:
    """ "the station where they claimed he had left": "where" or "when" after a noun opens a
    clause about that noun, not more of the object ("announced where the shuttles will go"
    has no noun before it: there it is the object)."""
    if tokens[index].low not in ("where", "when") or not words or not index:
        return False
    before = tokens[index - 1]
    return before.is_word and (not before.text.islower() or _noun_or_adjective(before.low))


# Conjunctions that open a clause of circumstance or reason, which a headline leaves out.
_CIRCUMSTANCE = lexicon.words("as while because although though whereas")


def _opens_circumstance(tokens: list[Token], index: int, words: list[str]) -> bool:
    """ "was off to a bright start as thousands of people crowded into the square": "as",
    "while" or "because" before a subject and its own verb opens the circumstance, not more
    of the object ("as chairman", "as the rain fell" without a verb of its own is no clause
    of this kind)."""
    if tokens[index].low not in _CIRCUMSTANCE or not words:
        return False
    for token in tokens[index + 2 : index + 10]:
        if not token.is_word or token.low in lexicon.RELATIVES or token.low == "that":
            return False
        if token.low == "as" == tokens[index].low:
            return False  # "half as much power as it did": a comparison's first "as"
        if _finite(token):
            return True
    return False


def _opens_second_clause(tokens: list[Token], index: int) -> bool:
    """ "resigned and its chairman, Frank Lind, is stepping in": an "and" or "but" before a
    new subject and its own verb opens a clause of its own, not more of the object (a
    relative or "that" on the way makes the verb theirs: "and the treaty, which was ...")."""
    if tokens[index].low not in ("and", "but") or index + 1 >= len(tokens):
        return False
    if tokens[index + 1].low not in lexicon.DETERMINERS | _POSSESSIVE_PRONOUNS:
        return False
    if _closes_a_list(tokens, index):
        return False  # "Poland, Hungary and the Czech Republic can join": the list's last name
    for token in tokens[index + 2 : index + 12]:
        if token.low in lexicon.RELATIVES or token.low in ("that", "to", "and", "but"):
            return False
        if token.low in lexicon.SUBORDINATORS:
            return False
        if _finite(token):
            return True
    return False


def _closes_a_list(tokens: list[Token], index: int) -> bool:
    """Whether the "and" at ``index`` closes a list of names its commas began ("Poland,
    Hungary [and] the Czech Republic"): the list is one phrase, and a verb after it is the
    whole list's, so the "and" opens no clause of its own."""
    if tokens[index].low != "and":
        return False
    for comma in range(index - 1, max(index - 10, 0), -1):
        if tokens[comma].low == "and":
            return False
        if tokens[comma].text == ",":
            return _names_a_list(tokens, comma)
    return False


def _second_thing_said(token: Token, words: list[str]) -> bool:
    """ "hit a depot and that the fire spread": an "and that" opens a second thing said."""
    return token.low == "that" and bool(words) and words[-1].lower() in ("and", "but")


def _opens_second_predicate(tokens: list[Token], index: int) -> bool:
    """ "called the governor a coward and said ...": an "and" or "but" straight before a verb
    in the past (or "-s") tense the parse reads as finite opens the subject's second
    predicate, a happening of its own, not more of the first verb's object (the title would
    tell it in the wrong tense, cut: "calls governor coward and said closure")."""
    if tokens[index].low not in ("and", "but") or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return after.text.islower() and after.tag in _SECOND_PREDICATE_TAGS


_SECOND_PREDICATE_TAGS = frozenset({"VBD", "VBZ"})


def _inside_quotes_after(quote: Token, quoted: bool) -> bool:
    """Whether the words after this quotation mark are quoted (a straight one toggles)."""
    return quote.text in _OPENING_QUOTES or (quote.text == '"' and not quoted)


def _quantity_of(tokens: list[Token], index: int) -> bool:
    """ "a small contingent of special forces": a quantity noun before "of"."""
    return (
        tokens[index].low in lexicon.QUANTITY_NOUNS
        and index + 1 < len(tokens)
        and tokens[index + 1].low == "of"
    )


def _upper_bound(tokens: list[Token], index: int) -> bool:
    """ "as many as 900 jobs", "as much as $5 million": an amount's upper bound."""
    if index + 3 >= len(tokens) or tokens[index].low != "as" or tokens[index + 2].low != "as":
        return False
    return tokens[index + 1].low in ("many", "much") and _amount(tokens[index + 3].text)


def _amount(word: str) -> bool:
    return word[:1].isdigit() or word[:1] == "$"


_PARTITIVES = lexicon.words("all both")
_PARTITIVE_DETERMINERS = lexicon.words("the its their his her these those our")


def _partitive_of(tokens: list[Token], index: int) -> bool:
    """ "all of the outstanding shares", "both of its plants": a headline writes "all
    publicly held shares", "both its plants" (of a plural noun only: "all of the town" is
    no "all town")."""
    if not (
        tokens[index].low in _PARTITIVES
        and index + 2 < len(tokens)
        and tokens[index + 1].low == "of"
        and tokens[index + 2].low in _PARTITIVE_DETERMINERS
    ):
        return False
    for token in tokens[index + 3 : index + 7]:
        if not token.is_word or token.low in lexicon.PREPOSITIONS:
            return False
        if plural_noun(token.low):
            return True
    return False


def _drop_quantity(words: list[str]) -> None:
    """ "a small contingent of special forces" -> "special forces": the quantity's own
    lowercase words go (not a number, not a preposition before it)."""
    while (
        words
        and words[-1].islower()
        and words[-1] not in lexicon.PREPOSITIONS
        and (not words[-1][:1].isdigit())
        # "to investigate a series of shootings": an infinitive is the verb, not the quantity's
        and not (len(words) > 1 and words[-2] == "to" and _verb_not_adjective(words[-1]))
    ):
        words.pop()


@functools.lru_cache(maxsize=4096)
def _verb_not_adjective(low: str) -> bool:
    from lemminflect import getAllLemmas

    found = getAllLemmas(low)
    return "VERB" in found and "ADJ" not in found


def _clip_object(words: list[str]) -> list[str]:
    """A long object cut at its last preposition within MAX_OBJECT_WORDS (not inside a name,
    "Bank of England", nor after a quantity, "hundreds of")."""
    if _counted(words) <= MAX_OBJECT_WORDS:
        return words
    bound = next(
        (
            i
            for i in range(len(words) - 2)
            if words[i : i + 2] == ["up", "to"] and _amount(words[i + 2])
        ),
        None,
    )
    if bound is not None and _counted(words) - 2 <= MAX_OBJECT_WORDS:
        return (
            words[:bound] + words[bound + 2 :]
        )  # "buy [up to] 2 million shares": the bound goes first
    within = _within(words, MAX_OBJECT_WORDS)
    cut = None
    for index in range(2, min(within + 1, len(words))):
        if _opens_contact_clause(words, index):
            cut = index  # "the stock of Delta Radio Corp. [it does not yet hold]": the clause goes
            continue
        if words[index].lower() in lexicon.PREPOSITIONS | {"to"} and not inside_name(words, index):
            if words[index].lower() == "of" and _names_its_noun(words, index):
                continue  # "the town of Trujillo": the name says which town, and goes with it
            cut = index
            if _part_of_what_follows(words, index):
                cut = index - 2  # "proposed to her [in front of the painting]": the phrase goes
    end = cut or without_uncounted_item(words, within)
    if _dangling_participle(words, cut):
        end -= 1  # "a data center intended [to serve ...]": the participle goes too
    if words[end - 1].endswith(("'s", "’s", "s'", "s’")):
        end += 1  # "his brother's opinions", not "his brother's"
    return words[:end]


def _counted(words: list[str]) -> int:
    """How many words an object has: a list's commas ("Poland, Hungary and ...") are none."""
    return sum(1 for word in words if word != ",")


def _within(words: list[str], limit: int) -> int:
    """How many of ``words`` hold their first ``limit`` words (a list's commas uncounted)."""
    counted = 0
    for index, word in enumerate(words):
        if word != ",":
            counted += 1
            if counted == limit:
                return index + 1
    return len(words)


def _part_of_what_follows(words: list[str], of: int) -> bool:
    """ "in front [of ...]", "at the bottom [of the ninth]", "on top [of ...]": a preposition
    and one noun before "of" name a part of what follows, and mean nothing cut from it."""
    return (
        of >= 4
        and words[of - 2].lower() in lexicon.PREPOSITIONS
        and words[of - 1] in lexicon.PART_NOUNS
    )


def _names_its_noun(words: list[str], of: int) -> bool:
    """ "the town of Trujillo Alto": a name after "of" that is the whole phrase (a preposition,
    the end or a clause of its own after it) says which town; "collection of Mac software"
    is no such name."""
    end = of + 1
    while end < len(words) and words[end][:1].isupper():
        end += 1
    return end > of + 1 and (
        end == len(words)
        or words[end].lower() in lexicon.PREPOSITIONS
        or _opens_contact_clause(words, end)
    )


_CLAUSE_PRONOUNS = lexicon.words("it they he she we")


def _opens_contact_clause(words: list[str], index: int) -> bool:
    """ "the stock of Delta Radio Corp. it does not yet hold": a subject pronoun right
    after a name opens a relative clause without "that" (the object ends before it)."""
    return (
        0 < index < len(words) - 1
        and words[index] in _CLAUSE_PRONOUNS
        and words[index - 1][:1].isupper()
    )


def _dangling_participle(words: list[str], cut: int | None) -> bool:
    """Whether a cut before "to" or "by" leaves a participle without its complement or agent
    ("center intended [to ...]"), not a verb with its auxiliary ("had been tendered")."""
    return (
        cut is not None
        and cut > 1
        and words[cut].lower() in ("to", "by")
        and is_participle(words[cut - 1])
        and words[cut - 2].lower() not in lexicon.AUXILIARIES
        # "their favourite painting [by Dubois]": a noun in -ing, after its determiner
        and not (
            words[cut - 1].endswith("ing")
            and _noun_or_adjective(words[cut - 1].lower())
            and words[cut - 2].lower() not in lexicon.PREPOSITIONS
        )
    )


def _names_a_list(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at tokens[comma] is inside a list of names that "and" closes."""
    if not comma or not tokens[comma - 1].text[:1].isupper():
        return False
    named = False
    for token in tokens[comma + 1 : comma + 10]:
        if token.low == "and":
            return named
        named = named or token.text[:1].isupper()
        if not token.is_word and token.text != ",":
            return False
        if token.is_word and not token.text[:1].isupper() and token.low != "the":
            return False
    return False


def nominal_title(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    gazetteer: Gazetteer,
) -> str:
    """A title for a verbless clause that names an event: "the Russian invasion of Crimea";
    "" when what it gives would not be kept."""
    title = _nominal_title(tokens, spans, mentions, gazetteer)
    # one word ("Agreement", "Launch") names neither who nor what: no label for a timeline
    return title if len(title.split()) > 1 and acceptable_title(title) else ""


def _nominal_title(
    tokens: list[Token],
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    gazetteer: Gazetteer,
) -> str:
    tokens = [t for t in with_possessives(_drop_timex(tokens, spans)) if t.text not in _QUOTES]
    while tokens and _leading_filler(tokens[0]):
        tokens.pop(0)
    for index, token in enumerate(tokens):
        verb = lexicon.NOMINALISATIONS.get(token.low)
        if not verb:
            continue
        actor = _actor_before(tokens, index, mentions)
        after = tokens[index + 1 :]
        if actor and after and after[0].low == "of" and verb != "war":
            obj = object_text(after[1:], [], {})
            if obj:
                subject = gazetteer.short_name(actor.entity)
                return finish(f"{subject} {lexicon.inflect(verb, '3sg')} {obj}")
        start = max(0, index - 2)
        while start < index and not _modifies_noun(tokens[start]):
            start += 1  # "has not signed an agreement": the noun's phrase, not the verb's
        if tokens[start].low in _UNREAL_AMOUNTS:
            return ""  # "more strikes", "no talks": what may or may not come, not a happening
        return finish(object_text(tokens[start:], [], {}))
    return ""


def _modifies_noun(token: Token) -> bool:
    """Whether a word before a noun can be part of its phrase (an adjective, a name, a
    number), not a verb, an auxiliary, a negation or a preposition."""
    low = token.low
    if not token.is_word or low in lexicon.PREPOSITIONS or low in lexicon.NEGATIONS:
        return False
    if low in lexicon.AUXILIARIES or low in lexicon.MODALS or low in ("to", "be"):
        return False
    if low in _POSSESSIVE_PRONOUNS:
        return False  # "its invasion": whose is for the evidence to say, not the title
    lemma = lexicon.lemma_of(low) or dictionary_lemma(low)
    return not (token.text.islower() and lemma not in (None, low))


def _leading_filler(token: Token) -> bool:
    low = token.low
    return (
        low in lexicon.SUBORDINATORS
        or low in _DROP_WORDS
        or low in lexicon.CONNECTIVES
        or not token.is_word
    )


def _actor_before(tokens: list[Token], index: int, mentions: list[Mention]) -> Mention | None:
    """ "the Russian invasion": a name or adjective of a name just before the noun."""
    if not index:
        return None
    token, window = tokens[index], tokens[max(0, index - 2)].start
    return next(
        (
            m
            for m in mentions
            if m.role in (NameRole.ADJECTIVE, NameRole.NAME)
            and m.end <= token.start
            and m.start >= window
        ),
        None,
    )


def clause_title(
    group: VerbGroup,
    subject: str,
    plural: bool,
    spans: list[tuple[int, int]],
    replacements: dict[int, str],
    mentions: list[Mention] | None = None,
    parsed: ParsedText | None = None,
) -> str:
    """Subject + headline verb + object, within the limits, or "" when no such title would
    be kept (no subject, "It is ...", "Saying ..."): the caller then falls back or drops it."""
    group = without_fillers(light_verb_said_plainly(group))
    group = results_posted(group) or group  # "had a deficit of $2 million" -> "posts deficit of"
    group = (
        headline_passive(group, spans)
        or conjoined_passive(group, spans)
        or adnominal_participle(group, parsed)
        or group
    )
    group = appointed_infinitive(group) or group
    verb = headline_verb(group, plural)
    if subject == "I" and verb == "are":
        verb = "am"
    if not subject:
        return ""
    rest = group.rest[len(_leading_negations(group.rest)) :] if group.negated else group.rest
    if parsed is not None and rest:  # the object's phrase the clause splitter cut off, whole
        rest = with_list_cut_off(rest, parsed)
    # "has begun supplying Ukraine": the aspectual verb keeps its -ing complement.
    obj = object_text(rest, spans, replacements, mentions, parsed, group.main.start)
    if not obj and parsed is not None and not group.negated and group.voice != Voice.PASSIVE:
        # "Police arrested and questioned the boy": the object both verbs share
        obj = _shared_object(group, parsed, plural)
    if not obj:  # "Experts estimated that ...": what they estimated, told apart
        obj = _what_it_says(group, parsed, spans)
    if not obj and group.lemma in _LASTING_VERBS:
        # "The fair runs through March 11": the stretch of time is all the verb says
        obj = object_text(rest, [], replacements, mentions)
    obj = " ".join(_reported(obj.split(), group))
    if own := said_of_itself(subject.split(), verb.split(), obj.split(), plural):
        verb, obj = " ".join(own[0]), " ".join(own[1])
    kept_subject, kept_verb, kept_obj = fitted(subject.split(), verb.split(), obj.split())
    if parsed is not None and 0 < len(kept_obj) < len(obj.split()):
        kept_obj = _fitted_at_phrase_end(
            obj.split(), kept_obj, rest, (spans, replacements, mentions), parsed, group.main.start
        )
        head = kept_subject + kept_verb
        reading = (spans, replacements, mentions)
        asked = _asked_phrase_within(kept_obj, rest, reading, parsed, group.main.start, head)
        if asked is not None:
            kept_obj = _reported(asked, group)
    telling = group.lemma in _TELLING and not group.negated
    if parsed is not None and kept_obj and (telling or len(kept_obj) < len(obj.split())):
        # the object the title's limit cut keeps the verb of the clause inside it; a clause
        # told ("tells news conference that curfew") keeps it whoever cut it, and the
        # listener goes before it does
        reading = (spans, replacements, mentions)
        told = _clause_kept_within(
            kept_obj, rest, reading, parsed, group.main.start, kept_subject + kept_verb
        )
        if told is None and telling:
            said = ["say" if plural else lexicon.inflect("say", "3sg")]
            told = _clause_kept_within(
                kept_obj, rest, reading, parsed, group.main.start, kept_subject + said, True
            )
            kept_verb = said if told is not None else kept_verb
        kept_obj = _reported(told, group) if told is not None else kept_obj
    head = kept_subject + kept_verb
    if (
        parsed is not None
        and question_left_out(obj.split(), len(kept_obj))
        and acceptable_title(finish(" ".join(head + kept_obj), keep=len(head)))
    ):  # (a title refused without its question stays refused: which events are proposed
        # is not the title's to change)
        reading = (spans, replacements, mentions)
        kept_obj = _question_kept(obj.split(), rest, reading, parsed, head) or kept_obj
    if parsed is not None and kept_obj:
        reading = (spans, replacements, mentions)
        kept_obj = _noun_not_cut(kept_obj, rest, reading, parsed, MAX_TITLE_WORDS - len(head))
    title = finish(" ".join(head + kept_obj), keep=len(head))
    if title == finish(" ".join(head)) and not loose_ends_only(obj.split()):
        return ""  # "Envoy meets [Gen.]": all the object said was cut away
    return title if acceptable_title(title) else ""


def _reported(obj: list[str], group: VerbGroup) -> list[str]:
    """The object of a past verb as a headline tells it ("said it would" -> "says it will")."""
    if group.tense == Tense.PAST:
        obj = present_report(obj)
        if group.lemma in _SAID:
            obj = present_states(obj)  # "says it wants", not "wanted"
    return obj


def _clause_kept_within(
    kept: list[str],
    rest: list[Token],
    reading: tuple[list[tuple[int, int]], dict[int, str], list[Mention] | None],
    parsed: ParsedText,
    verb_start: int,
    head: list[str],
    unheard: bool = False,
) -> list[str] | None:
    """ "says holders [of $3 million of its notes] [have agreed ...]": the object that the
    title's limit cut so that a clause inside it lost its verb (the object read to its own
    limit had kept it), read again from the parse's phrases at the first level that keeps
    the verb and fits after ``head``, else with the clause's subject at its barest; None
    when no clause lost its verb or none fits (the headline is the news said, not whom it
    was said about). ``unheard``: without whom it was told ("told a news conference that
    ...": the headline says "says")."""
    verb = parsed.token_at(verb_start)
    if verb is None or not rest or not kept:
        return None
    spans, replacements, mentions = reading
    read = _read_object(rest, _without_measured_object(rest, spans), replacements, mentions)[1]
    offsets = _offsets_of(_aligned(kept, read), parsed)
    lost = stranded_verb(verb, offsets) or (untold_clause(verb, offsets) if unheard else None)
    if lost is None:
        return None
    end = verb.sent.end_char
    tokens = rest + tokenize(parsed.text[rest[-1].end : end], rest[-1].end)
    if unheard:
        heard = listener_offsets(verb, lost)
        if not heard:
            return None
        tokens = [t for t in tokens if _parse_offset(parsed, t) not in heard]
    fits = lambda told: not too_long(head + told)  # noqa: E731
    for level in range(LEVELS):
        chosen, chosen_read = _read_object(
            _object_tokens(tokens, parsed, verb, level), spans, replacements, mentions
        )
        now = _offsets_of(_aligned(chosen, chosen_read), parsed)
        if chosen and fits(chosen) and lost.idx in now and stranded_verb(verb, now) is None:
            return chosen
    told = _clause_told_short(kept, read, tokens, reading, parsed, lost, fits)
    return told if told is not kept else None


def _asked_phrase_within(
    kept: list[str],
    rest: list[Token],
    reading: tuple[list[tuple[int, int]], dict[int, str], list[Mention] | None],
    parsed: ParsedText,
    verb_start: int,
    head: list[str],
) -> list[str] | None:
    """ "confirm the leak came [from a contractor's laptop]": the object the title's limit
    cut so that a kept word lost the phrase it asks for, read again from the parse's phrases
    to keep it within the title after ``head``; None when no word lost one or none fits."""
    verb = parsed.token_at(verb_start)
    if verb is None or not rest or not kept:
        return None
    spans, replacements, mentions = reading
    read = _read_object(rest, _without_measured_object(rest, spans), replacements, mentions)[1]
    asked = asked_complement(verb, _offsets_of(_aligned(kept, read), parsed))
    if asked is None:
        return None
    end = verb.sent.end_char
    tokens = rest + tokenize(parsed.text[rest[-1].end : end], rest[-1].end)
    fits = lambda told: not too_long(head + told)  # noqa: E731
    told = _with_asked_phrase(kept, tokens, reading, parsed, verb, asked, fits)
    return told if told is not kept else None


# Verbs of telling whose listener a headline may leave out, saying "says" instead.
_TELLING = lexicon.words("tell inform assure notify")


# Verbs of saying whose reported states of mind a headline tells in the present.
_SAID = lexicon.words("say tell announce declare state add insist")


# Verbs whose clause says what was asked, estimated, found or made known: a title of the
# verb alone tells nothing. (Plain sayings, "said", "added", "noted", are the clause's own
# event, and a saying with nothing said is not proposed.)
_SAYING_VERBS = lexicon.words("""
ask estimate find conclude disclose reveal predict calculate
""")


def _what_it_says(group: VerbGroup, parsed: ParsedText | None, spans: list[tuple[int, int]]) -> str:
    """The clause of what was said, asked or estimated that the parse gives the verb after
    it and the clause rules told apart ("Experts estimated that 60% of the water ...", "was
    asked if his party would ..."), as the title's object, so that the verb's title does not
    stop on the verb ("Experts estimate", "Senator asked"); "" when there is none."""
    word = parsed.token_at(group.main.start) if parsed is not None else None
    if word is None or group.lemma not in _SAYING_VERBS:
        return ""
    said = [c for c in word.children if c.dep_ == "ccomp" and c.i > word.i]
    if len(said) != 1:
        return ""
    clause = said[0]
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children) or any(
        t.text in _QUOTES or t.text == ":" for t in word.doc[word.i : clause.i]
    ):
        return ""  # "said would be laid off", "replied: ``Silence ...": no clause of its own
    doc = word.doc
    kept = [
        t
        for t in doc[clause.left_edge.i : clause.right_edge.i + 1]
        if t.lower_ not in _DROP_WORDS
        and not (t.i == clause.left_edge.i and t.lower_ == "that")
        and t.text not in _QUOTES
        and not (t.is_punct and t.text not in (",", "%", "$") and not _attached(t))
        and not any(start <= t.idx < end for start, end in spans)
    ]
    # written as the text writes it: "Kuwait's", "U.S.", "74%"
    joined = [
        t.text + (t.whitespace_ if n + 1 < len(kept) and kept[n + 1].i == t.i + 1 else " ")
        for n, t in enumerate(kept)
    ]
    return "".join(joined).strip()


def _attached(token: SpacyToken) -> bool:
    """Whether the token is written onto the one before it ("U.S" + ".")."""
    return token.i > 0 and not token.doc[token.i - 1].whitespace_


def _shared_object(group: VerbGroup, parsed: ParsedText, plural: bool) -> str:
    """ "Police arrested and questioned the boy": a verb with no object of its own whose
    second verb, joined right after it by "and" with no subject of its own, has one, shares
    that object; the title tells both ("Police arrest and question boy"). "" when the
    parse shows no such pair."""
    word = parsed.token_at(group.main.start)
    if word is None or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in word.children):
        return ""
    doc = word.doc
    if word.i + 2 >= len(doc) or doc[word.i + 1].lower_ != "and":
        return ""
    second = doc[word.i + 2]
    if (
        second.dep_ != "conj"
        or second.head.i != word.i
        or second.tag_ != word.tag_
        or any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass") for c in second.children)
    ):
        return ""
    objects = [c for c in second.children if c.dep_ == "obj"]
    lemma = lexicon.lemma_of(second.lower_) or dictionary_lemma(second.lower_)
    if len(objects) != 1 or not lemma:
        return ""
    thing = objects[0]
    words = [
        t.text
        for t in doc[thing.left_edge.i : thing.i + 1]
        if t.lower_ not in _DROP_WORDS and t.text[:1].isalnum()
    ]
    return " ".join(["and", lexicon.inflect(lemma, "base" if plural else "3sg"), *words])


def adnominal_participle(group: VerbGroup, parsed: ParsedText | None) -> VerbGroup | None:
    """ "a group led by two directors", "losses mandated by the new rules", "the act, signed
    into law by the president": a lone participle the parse reads as a noun's (``acl``,
    VBN), with its agent after it, tells what was done
    to that noun, so its title is a passive ("Group led by two directors"), never what the
    noun did ("Group leads by two directors"). (Without the agent the parse's reading is too
    often a headline's past: "Net income dropped 8%".) None when the group is no such verb."""
    if (
        parsed is None
        or not group.rest
        or len(group.verbs) != 1
        or group.voice == Voice.PASSIVE
        or group.tense != Tense.PAST
        or not group.main.text.islower()
    ):
        return None
    word = parsed.token_at(group.main.start)
    if word is None or word.dep_ != "acl" or word.tag_ != "VBN":
        return None
    if group.rest[0].low != "by" and not any(_agent(c) for c in word.children):
        return None  # "the act, signed into law by the president": the agent further on
    return replace(group, voice=Voice.PASSIVE)


def _agent(token: SpacyToken) -> bool:
    """Whether the parse reads ``token`` as a passive's agent: "by the president"."""
    return token.dep_ in ("obl:agent", "obl") and token.left_edge.lower_ == "by"


def _fitted_at_phrase_end(
    obj: list[str],
    kept: list[str],
    rest: list[Token],
    reading: tuple[list[tuple[int, int]], dict[int, str], list[Mention] | None],
    parsed: ParsedText,
    verb_start: int,
) -> list[str]:
    """The object as ``fitted`` shortened it to fit the title, unless that ends inside a
    phrase of the parse ("killed in clashes between Serb police [and ethnic Albanians]"):
    then its longest shorter cut, before a preposition or a list's next item, that ends where
    a phrase does ("killed in clashes")."""
    verb = parsed.token_at(verb_start)
    if verb is None:
        return kept
    spans, replacements, mentions = reading
    read = _read_object(rest, _without_measured_object(rest, spans), replacements, mentions)[1]
    at = _aligned(obj, read)
    whole = object_offsets(verb, 0) | _offsets_of(at, parsed)
    if not _ends_inside(kept, at, parsed, whole):
        return kept
    for end in range(len(kept) - 1, 1, -1):
        if obj[end].rstrip(",").lower() in _OBJECT_BREAKS and not _ends_inside(
            obj[:end], at, parsed, whole
        ):
            return _without_trailing_join(obj[:end])
    return kept


def _noun_not_cut(
    kept: list[str],
    rest: list[Token],
    reading: tuple[list[tuple[int, int]], dict[int, str], list[Mention] | None],
    parsed: ParsedText,
    room: int,
) -> list[str]:
    """The object without modifiers whose noun a cut left out ("founds large [and very
    lucrative marine salvage company]" -> "founds marine salvage company")."""
    spans, replacements, mentions = reading
    read = _read_object(rest, _without_measured_object(rest, spans), replacements, mentions)[1]
    mended = with_modified_noun(kept, _aligned(kept, read), rest, parsed, room)
    return _without_trailing_join(mended) if mended != kept else kept


def _question_kept(
    obj: list[str],
    rest: list[Token],
    reading: tuple[list[tuple[int, int]], dict[int, str], list[Mention] | None],
    parsed: ParsedText,
    head: list[str],
) -> list[str] | None:
    """ "refuses to disclose which [security] contractors were hired": the object whose
    question the limit cut off, whole after ``head``, its nouns without their narrowing
    modifiers."""
    spans, replacements, mentions = reading
    read = _read_object(rest, _without_measured_object(rest, spans), replacements, mentions)[1]
    words = [parsed.token_at(t.start) if t is not None else None for t in _aligned(obj, read)]
    opener = next(i for i, word in enumerate(obj) if word.lower() in QUESTION_OPENERS)
    return without_narrowing(obj, words, opener + 1, lambda kept: not too_long(head + kept))


def _without_trailing_join(words: list[str]) -> list[str]:
    """Words without the comma or conjunction a cut left at their end."""
    out = list(words)
    while out and out[-1].rstrip(",").lower() in ("", "and", "or", "but"):
        out.pop()
    if out and out[-1].endswith(","):
        out[-1] = out[-1][:-1]
    return out


# What a speaker says while thinking ("they jumped up uh twenty percent"), never a word of
# the happening; a transcript keeps them, a headline never does.
_SPEECH_FILLERS = lexicon.words("uh um uhm erm er hmm")


def without_fillers(group: VerbGroup) -> VerbGroup:
    """The group without a speaker's fillers in its subject or what follows its verb."""
    if not any(t.low in _SPEECH_FILLERS for t in [*group.subject, *group.rest]):
        return group
    return replace(
        group,
        subject=[t for t in group.subject if t.low not in _SPEECH_FILLERS],
        rest=[t for t in group.rest if t.low not in _SPEECH_FILLERS],
    )


def appointed_infinitive(group: VerbGroup) -> VerbGroup | None:
    """ "The two sisters are to travel to Paris" -> "Two sisters to travel to Paris": "is to"
    and "are to" say what is arranged, as a headline's bare "to" does; "was to meet him years
    later" told what did happen later ("Byron meets FitzGibbon"). None when the group is not
    "be" + "to" + a verb."""
    rest = group.rest
    if (
        group.lemma != "be"
        or group.voice == Voice.PASSIVE
        or group.aspect != Aspect.SIMPLE
        or group.tense not in (Tense.PRESENT, Tense.PAST)
        or len(rest) < 2
        or rest[0].low != "to"
        or not rest[1].text.islower()
        or rest[1].low == "blame"  # "was to blame": whose fault it was, no arrangement
    ):
        return None
    lemma = lexicon.lemma_of(rest[1].low) or dictionary_lemma(rest[1].low)
    if lemma != rest[1].low:
        return None  # "is to the north": no verb's base form after "to"
    tense = Tense.FUTURE if group.tense == Tense.PRESENT else Tense.PAST
    return replace(group, lemma=lemma, rest=rest[2:], tense=tense)


def listed_item(group: VerbGroup, dated_at: int | None) -> VerbGroup | None:
    """ "Her later roles include The Lookout (2007), A Single Man (2009) and Stoker (2013)",
    "starred in Leap Year (2010) and Burning Man (2011)": in a list whose items each carry
    their year in brackets, the happening of a year is its own item ("roles include A Single
    Man" for 2009), not the list's first. None unless the date ``dated_at`` is such a year."""
    rest = group.rest
    if dated_at is None:
        return None
    at = next((i for i, t in enumerate(rest) if t.start == dated_at), None)
    bracketed = [i for i, t in enumerate(rest) if t.text == "(" and i + 1 < len(rest)]
    if at is None or at < 2 or rest[at - 1].text != "(" or len(bracketed) < 2:
        return None
    if at - 1 == bracketed[0]:
        return None  # the first item's year: the clause as written titles it
    start = at - 1
    while (
        start > 0 and rest[start - 1].text not in (",", ")", ";") and rest[start - 1].low != "and"
    ):
        start -= 1
    # what comes before the first item is the list's ("degrees from", "in"), said with each
    first = next((i for i, t in enumerate(rest) if t.text[:1].isupper()), None)
    if first and rest[first - 1].low in _DROP_WORDS:
        first -= 1
    if first is None or first > bracketed[0]:
        return None
    item = rest[max(start, first) : at - 1]
    if not item:
        return None
    # the lead ends on its last preposition: "in [the romantic comedy] Leap Year" describes
    # the first item only
    prepositions = [i for i in range(first) if rest[i].low in lexicon.PREPOSITIONS | {"as"}]
    lead = rest[: prepositions[-1] + 1] if prepositions else rest[:first]
    if lead and lead[-1].low == item[0].low:
        lead = lead[:-1]  # "as Charles Ryder ..., and as Ozymandias": the item says its "as"
    if any(t.text in (":", ";") for t in rest[first : bracketed[0]]):
        return None  # "in two papers: Logic (1913) and Syntax (1921)": no item after the lead
    return replace(group, rest=[*lead, *item])


# Verbs that are done to someone or something and hardly ever done alone: a headline's
# bare participle of one ("Defector arrested after ...") is a passive, never a past tense.
UNDERGONE_VERBS = lexicon.words("""
abduct acquit arrest assassinate award behead bury capture charge convict crown deport
detain discover elect evacuate execute expel exile find fine fire hospitalise hospitalize
imprison indict injure jail kidnap kill lynch murder name oust prosecute rescue release
sack sentence shoot stab sue summon suspend wound
confiscate impound loot ransack seize
""")
# What may follow such a participle in its clause: where and when, not whom.
_PLACE_PREPOSITIONS = lexicon.words("""
in on at off near along outside inside across over under after before during for from to
into as
""")


def headline_passive(group: VerbGroup, spans: list[tuple[int, int]]) -> VerbGroup | None:
    """ "Scientology defector arrested after attempting to leave", "Parents prosecuted after
    daughter's death", "Report found on street": the parse reads the lone verb as a
    participle (VBN), nothing done to anything follows it, and the verb is one that is done
    to someone, so the clause is a headline's passive ("Defector arrested"), not something
    the subject did ("Defector arrests"). None when the group is not such a clause."""
    main = group.main
    if (
        len(group.verbs) != 1
        or group.voice == Voice.PASSIVE
        or group.tense != Tense.PAST
        or main.tag != "VBN"
        or not main.text.islower()
        or group.lemma not in UNDERGONE_VERBS
    ):
        return None
    following = [t for t in _drop_timex(group.rest, spans) if t.text not in _QUOTES]
    if following and following[0].is_word and following[0].low not in _PLACE_PREPOSITIONS | {"by"}:
        return None  # "found the money": the object says it was the subject that acted
    return replace(group, voice=Voice.PASSIVE)


# Verbs done to someone or something that a passive shares with another ("was closed in 1990,
# repaired and reopened in 1994"); with UNDERGONE_VERBS, the second participle's passive.
_DONE_TO_VERBS = lexicon.words("""
appoint build close demolish destroy dismiss interrogate promote question rebuild renovate
reopen repair replace restore sell transfer
""")


def conjoined_passive(group: VerbGroup, spans: list[tuple[int, int]]) -> VerbGroup | None:
    """ "The goalkeeper was injured and replaced by a reserve": a participle that shares the
    subject and the "was" of the clause before (the parse reads it VBN, no auxiliary of its
    own, no object after it) is a passive too: "Goalkeeper replaced by reserve", never
    "Goalkeeper replaces by reserve". The agent's "by" says so for any verb; without one, only
    a verb done to something is taken ("was arrested and charged with murder"). None when
    the group is not such a clause."""
    main = group.main
    if (
        any(t.is_word and t.low not in ("and", "or", "but", "then") for t in group.subject)
        or len(group.verbs) != 1
        or group.voice == Voice.PASSIVE
        or group.tense != Tense.PAST
        or main.tag != "VBN"
        or not main.text.islower()
    ):
        return None
    following = [t for t in _drop_timex(group.rest, spans) if t.text not in _QUOTES]
    if following and following[0].low == "by":
        return replace(group, voice=Voice.PASSIVE)
    if group.lemma not in UNDERGONE_VERBS | _DONE_TO_VERBS:
        return None
    if (
        following
        and following[0].is_word
        and following[0].low
        not in _PLACE_PREPOSITIONS
        | {
            "and",
            "with",
        }
    ):
        return None  # "and sold the farm": an object, so the subject did it
    return replace(group, voice=Voice.PASSIVE)


# Verbs of lasting, whose only complement may be how long ("runs through March 11",
# "remained until July 1805"): without it the title says nothing ("Fair runs").
_LASTING_VERBS = lexicon.words("run last remain stay continue live reign serve")


# A verb that says little and the noun that says what was done, with the preposition that
# goes once the noun is a verb: "sent strong signals that" -> "signals", "paid a visit to
# Paris" -> "visits Paris". A headline says the verb.
LIGHT_VERBS: dict[tuple[str, str], tuple[str, str]] = {
    ("send", "signal"): ("signal", ""),
    ("send", "signals"): ("signal", ""),
    ("make", "decision"): ("decide", ""),
    ("take", "decision"): ("decide", ""),
    ("make", "announcement"): ("announce", ""),
    ("make", "attempt"): ("try", ""),
    ("give", "approval"): ("approve", ""),
    ("give", "warning"): ("warn", ""),
    ("issue", "warning"): ("warn", ""),
    ("launch", "attack"): ("attack", "on"),
    ("carry", "attack"): ("attack", "on"),
    ("pay", "visit"): ("visit", "to"),
    ("hold", "meeting"): ("meet", ""),
    ("reach", "agreement"): ("agree", ""),
    ("make", "offer"): ("offer", "of"),
    ("make", "request"): ("request", "for"),
    ("make", "promise"): ("promise", ""),
}
_LIGHT_FILLER = lexicon.DETERMINERS | _POSSESSIVE_PRONOUNS | lexicon.words("out")


def light_verb_said_plainly(group: VerbGroup) -> VerbGroup:
    """ "Top officials sent strong new signals that Israel wants to withdraw" -> "Top
    officials signal Israel wants to withdraw": a light verb and its noun are said as the
    verb the noun names, which leaves the title its room for what was signalled. Only the
    noun's own adjectives go ("strong new"); a noun with a name or number before it
    ("sent 300 signals") stays as it is."""
    if group.voice == Voice.PASSIVE or group.tense == Tense.MODAL:
        return group
    rest = group.rest
    index = 0
    while index < len(rest) and index < 5 and rest[index].low in _LIGHT_FILLER:
        index += 1
    while index < len(rest) and index < 5 and _adjective_only(rest[index]):
        index += 1
    if index >= len(rest) or (group.lemma, rest[index].low) not in LIGHT_VERBS:
        return group
    verb, preposition = LIGHT_VERBS[(group.lemma, rest[index].low)]
    after = rest[index + 1 :]
    if preposition and after and after[0].low == preposition:
        after = after[1:]
    return replace(group, lemma=verb, rest=after)


def _adjective_only(token: Token) -> bool:
    """A lowercase word the dictionary knows as an adjective and not as a noun ("strong",
    "new"; not "peace" of "peace talks")."""
    return token.text.islower() and _adjective_not_noun(token.low)


@functools.cache
def _adjective_not_noun(low: str) -> bool:
    from lemminflect import getAllLemmas

    readings = getAllLemmas(low)
    return "ADJ" in readings and "NOUN" not in readings


def content_lemma(group: VerbGroup) -> str:
    """The verb that says what happened: "has begun supplying" -> "supply"."""
    if group.lemma in _ASPECTUAL and group.rest and group.rest[0].low.endswith("ing"):
        return guess_lemma(group.rest[0].low)
    if group.lemma in _ASPECTUAL and len(group.rest) > 1 and group.rest[0].low == "to":
        word = group.rest[1].low  # already the base form after "to"
        return lexicon.lemma_of(word) or word
    return group.lemma


# --- a clause that ran on into its sentence's main verb ---------------------------------------

# Verbs whose object may be a clause without "that" ("said the army attacked", "found the
# minister lied"): a finite verb after them is their complement's, not a run-on.
_CLAUSE_TAKING = lexicon.REPORTING_VERBS | lexicon.words("""
find show know learn hear see feel fear hope expect suggest prove indicate mean realise
realize understand ensure
""")
# (not "VBZ": a plural noun the parser reads as a verb, "urged all Balkan states", is no verb)
_FINITE_TAGS = frozenset({"VBD", "MD"})
_FINITE_AUXILIARIES = lexicon.words("is are am was were has have had")


def _finite(token: Token) -> bool:
    """A finite verb by the parse's reading or by form ("was", "has")."""
    return token.tag in _FINITE_TAGS or (token.text.islower() and token.low in _FINITE_AUXILIARIES)


def _clause_break(token: Token) -> bool:
    low = token.low
    return (
        not token.is_word
        or low in lexicon.CONJUNCTIONS
        or low in lexicon.SUBORDINATORS
        or low in lexicon.RELATIVES
        or low in ("that", "than", "as", "to")
    )


def run_on_verb(group: VerbGroup, *, clause_object: bool = True) -> int | None:
    """Where in the group's rest a finite verb follows with nothing to open a clause for it:
    "the car found near the river [belonged]", "a man who was walking his dog [was] shot" --
    the sentence's own verb, which the subject of this clause goes with. None for a verb that
    takes a clause as its object ("said the army attacked") unless ``clause_object`` is False
    (what follows the verb cannot be its object: "found near the river")."""
    if clause_object and group.lemma in _CLAUSE_TAKING:
        return None
    for index, token in enumerate(group.rest):
        if _clause_break(token):
            return None
        if index and _finite(token):
            return index
    return None


def reduced_relative(
    group: VerbGroup,
    spans: list[tuple[int, int]],
    dated_at: int | None = None,
    marker: str = "",
) -> VerbGroup | None:
    """ "The car found near the river belonged to a teacher": a bare participle with a place
    after it, and the sentence's verb later, is a passive that describes the subject ("Car
    found near river"), not something the car did; so is one with only a date before the
    sentence's verb ("An update released on Monday fixed the bug": "Update released"). (A
    date is no place: "said on Monday the strike would go on" is a saying.)

    Which of the two happenings the title tells goes by the event's date (``dated_at``, where
    its date expression starts): "Three journalists kidnapped in Syria last month were freed
    on Friday" is "Three journalists kidnapped in Syria" last month and "Three journalists
    freed" on Friday; undated, the sentence's verb, unless it tells a state ("belonged").

    A verb with a relative pronoun for its subject ("the miners [that] died in the blast",
    ``marker``) is no bare participle but a relative clause: ``relative_ran_on``."""
    own_subject = [t.low for t in group.subject if t.is_word] or [marker.lower()]
    if len(own_subject) == 1 and own_subject[0] in lexicon.RELATIVES | {"that"}:
        return None
    stop = run_on_verb(group, clause_object=False)
    main = group.main
    if (
        stop is None
        or len(group.verbs) != 1
        or group.tense != Tense.PAST
        or group.voice == Voice.PASSIVE
        or not main.text.islower()
        or not (main.tag == "VBN" or lexicon.inflect(group.lemma, "pp") == main.low)
        or not (undated := _drop_timex(group.rest, spans))
        or not (undated[0].low in lexicon.PREPOSITIONS or undated[0] is group.rest[stop])
    ):
        return None
    participle = replace(group, voice=Voice.PASSIVE, rest=group.rest[:stop])
    sentence_verb = find_verb_group(group.rest[stop:], subjectless=True)
    if (
        sentence_verb is None
        or sentence_verb.verbs[0] is not group.rest[stop]
        or sentence_verb.lemma in lexicon.NOT_HAPPENING_VERBS
        or (dated_at is not None and dated_at < group.rest[stop].start)
    ):
        return participle
    return replace(sentence_verb, subject=group.subject)


def participle_subject(
    group: VerbGroup,
    subject: list[Token],
    parsed: ParsedText | None,
    spans: list[tuple[int, int]],
) -> list[Token] | None:
    """ "A historian warned against any change to an agency set up by the Congress in
    1789": a participle the parse hangs on a noun, with a date or an agent of its own
    ("reeling from rules mandated by Parliament"), tells what was done to that noun, so where
    the words taken for its subject run over another clause's verb, the subject is the noun's
    phrase ("Agency set up by Congress"), never the first name of the sentence. None when
    the subject needs no such mending."""
    word = parsed.token_at(group.main.start) if parsed is not None else None
    if word is None or word.dep_ != "acl" or word.tag_ != "VBN" or not subject:
        return None
    end = word.right_edge.idx + len(word.right_edge.text)
    if not any(word.idx < start < end for start, _end in spans) and not any(
        _agent(c) for c in word.children
    ):
        return None  # "the claims made in the report": no happening of its own
    noun = word.head
    if noun.pos_ not in ("NOUN", "PROPN") or not any(t.start == noun.idx for t in subject):
        return None
    spoken = parsed.tokens(subject[0].start, noun.idx) if parsed is not None else []
    if not any(t.pos_ in ("VERB", "AUX") for t in spoken):
        return None
    first = min((c.left_edge.idx for c in noun.lefts if c.dep_ != "case"), default=noun.idx)
    return [t for t in subject if first <= t.start <= noun.idx]


def relative_ran_on(
    group: VerbGroup,
    marker: str,
    spans: list[tuple[int, int]],
    *,
    verbless: bool = False,
    dated_at: int | None = None,
) -> VerbGroup | None:
    """ "A Denver man who was walking his dog in a park was shot on Friday": a relative
    clause the rules let run on into the sentence's verb titles that verb, which the date
    and the news belong to ("Denver man shot"), not the background the clause describes;
    one dated before the sentence's verb ("the man who shot the guard on Friday was
    arrested") keeps its own verb, without the run-on ("Man shoots guard"), unless the event
    is dated by a date after the clause (``dated_at``, where its date expression starts: "...
    was arrested on Sunday" is "Man arrested").

    ``verbless``: the parse found no verb to head the sentence, having read its verb as a
    participle inside the relative clause ("veterans of the uprising that toppled the king
    [gathered] to denounce the ruling"); then a bare past form after the clause's object is the
    sentence's verb, and the clause's title ends before it ("Uprising topples king")."""
    own_subject = [t.low for t in group.subject if t.is_word] or [marker.lower()]
    if len(own_subject) > 1 or own_subject[0] not in lexicon.RELATIVES | {"that"}:
        return None
    stop = run_on_verb(group)
    if stop is None and verbless:
        stop = _past_form_after_object(group)
        return replace(group, rest=group.rest[:stop]) if stop is not None else None
    if stop is None:
        return None
    if _dated(group.rest[:stop], spans) and (dated_at is None or dated_at < group.rest[stop].start):
        return replace(group, rest=group.rest[:stop])
    found = find_verb_group(group.rest[stop:], subjectless=True)
    if found is None or found.verbs[0] is not group.rest[stop]:
        return None
    return replace(found, subject=group.subject)


def _past_form_after_object(group: VerbGroup) -> int | None:
    """Where a bare past form ("gathered", read by the parse as a participle) follows the
    relative clause's verb and its object, with nothing to open a clause for it."""
    for index, token in enumerate(group.rest):
        if _clause_break(token):
            return None
        if (
            index
            and token.tag in ("VBD", "VBN")
            and token.text.islower()
            and lexicon.inflect(guess_lemma(token.low), "past") == token.low
        ):
            return index
    return None


def questioned_doer(group: VerbGroup, marker: str, before: Token | None) -> bool:
    """ "to investigate who shot down the plane": a "who" after a verb asks who did it (a
    "who" after a noun names him); the doer is unknown, and the title is what was done."""
    own_subject = [t.low for t in group.subject if t.is_word]
    return (
        (own_subject or [marker.lower()]) in (["who"], ["what"])
        and before is not None
        and before.text.islower()
        and (before.tag.startswith("VB") or lexicon.is_finite_form(before.text))
        and group.voice != Voice.PASSIVE
        and group.tense == Tense.PAST
    )


def done_title(
    group: VerbGroup,
    spans: list[tuple[int, int]],
    mentions: list[Mention] | None = None,
) -> str:
    """ "who shot down the president's plane" -> "President's plane shot down": what was done
    to the object, in the passive, when the doer is what is asked."""
    rest = list(group.rest)
    particle = ""
    if rest and rest[0].low in ("down", "up", "out", "off") and len(rest) > 1:
        particle = rest.pop(0).low
    words = object_text(rest, spans, {}, mentions).split()
    cut = next(
        (i for i, word in enumerate(words) if i and word.lower() in lexicon.PREPOSITIONS), None
    )
    thing = words[:cut] if cut else words
    if not thing:
        return ""
    verb = _words(lexicon.inflect(group.lemma, "pp"), particle)
    title = finish(" ".join(thing) + " " + verb, keep=len(thing))
    return title if acceptable_title(title) else ""


def said_in_setting(
    group: VerbGroup, spans: list[tuple[int, int]], said: list[Token]
) -> VerbGroup | None:
    """ "announced on Monday in an internal memo that she would take leave": a report whose
    object is only where it was made says what it said ("announces she will take leave"),
    not where ("announces in internal memo")."""
    if group.lemma not in lexicon.REPORTING_VERBS or not said:
        return None
    own = [t for t in _drop_timex(group.rest, spans) if t.is_word]
    if not own or own[0].low not in lexicon.PREPOSITIONS:
        return None
    told = [t for t in said if t.low != "that"] if said[0].low == "that" else said
    return replace(group, rest=told)


# Verbs whose happening is the decision or finding their clause states ("ruled that the ban
# was legal"): titled alone ("Court rules") they say nothing.
_DECIDING = _CLAUSE_TAKING | lexicon.words("rule decide conclude determine agree vote")


def said_when_bare(
    group: VerbGroup, spans: list[tuple[int, int]], said: list[Token]
) -> VerbGroup | None:
    """ "A Greek court has ruled that worshippers may now meet at ancient sites": a verb of
    saying or deciding with nothing after it but its clause is titled with what the clause
    says ("Greek court rules worshippers may now meet at ancient sites"), not alone ("Greek
    court rules")."""
    if group.lemma not in _DECIDING or not said:
        return None
    if any(t.is_word for t in _drop_timex(group.rest, spans)):
        return None
    told = said[1:] if said[0].low == "that" else said
    return replace(group, rest=told) if any(t.is_word for t in told) else None


def object_relative(
    group: VerbGroup,
    marker: str,
    spans: list[tuple[int, int]],
    antecedent: list[Token],
    parsed: ParsedText | None = None,
) -> VerbGroup | None:
    """ "a treaty, which the two presidents signed last May": a relative clause with a
    subject of its own, and no object after its verb, has its antecedent for an object ("Two
    presidents sign treaty", not "Two presidents sign"). ``antecedent`` starts with the word
    before the noun's phrase: after a preposition, the noun may be either of two, and only
    the parse's noun of the relative clause is taken ("in line with a plan that the minister
    detailed" -> "Minister details plan")."""
    own = [t for t in group.subject if t.is_word and t.low not in lexicon.RELATIVES]
    if marker.lower() not in ("which", "that", "whom") or not own or not antecedent:
        return None
    group = _within_relative(group, parsed)
    if any(t.is_word for t in _drop_timex(group.rest, spans)):
        return None
    if antecedent[0].low in lexicon.PREPOSITIONS:
        # "a treaty calling for lower tariffs, which ...": which noun is unsure by the words
        return _parsed_antecedent(group, antecedent, parsed)
    return replace(group, rest=[*antecedent[1:], *group.rest])


def _within_relative(group: VerbGroup, parsed: ParsedText | None) -> VerbGroup:
    """``group`` without what follows its relative clause: "The law which the governor
    signed last month did not end the dispute" -- with no comma to close it, the clause
    rules run the relative clause on into the main clause's predicate, which the parse puts
    outside the relative verb's phrase."""
    word = parsed.token_at(group.main.start) if parsed is not None else None
    if word is None or word.dep_ != "acl:relcl" or not group.rest:
        return group
    last = word.right_edge
    end = last.idx + len(last.text)
    rest = [t for t in group.rest if t.start < end]
    return replace(group, rest=rest) if len(rest) < len(group.rest) else group


def that_relative(
    group: VerbGroup, spans: list[tuple[int, int]], earlier: list[Token], parsed: ParsedText
) -> VerbGroup | None:
    """ "in line with a plan that the minister detailed this week": a "that" clause the
    clause rules took for what was said, which the parse hangs on a noun before it as its
    relative clause, with a subject of its own and nothing after its verb, has that noun for
    its object ("Minister details plan", not "Minister details"). ``earlier`` are the tokens
    of the sentence before the clause."""
    own = [t for t in group.subject if t.is_word and t.low != "that"]
    if not own or any(t.is_word for t in _drop_timex(group.rest, spans)):
        return None
    return _parsed_antecedent(group, earlier, parsed)


def _parsed_antecedent(
    group: VerbGroup, tokens: list[Token], parsed: ParsedText | None
) -> VerbGroup | None:
    """``group`` with the phrase of the noun the parse hangs its relative clause on, from
    ``tokens``, for its object."""
    noun = _relative_noun(group, parsed)
    if noun is None or not any(t.start == noun.idx for t in tokens):
        return None
    first = min((c.left_edge.idx for c in noun.lefts if c.dep_ != "case"), default=noun.idx)
    return replace(group, rest=[*(t for t in tokens if first <= t.start <= noun.idx), *group.rest])


def _relative_noun(group: VerbGroup, parsed: ParsedText | None) -> SpacyToken | None:
    """The noun the parse hangs the relative clause of ``group``'s verb on, if it does."""
    word = parsed.token_at(group.main.start) if parsed is not None else None
    if word is None or word.dep_ not in ("acl:relcl", "acl") or word.head.pos_ != "NOUN":
        return None
    if word.dep_ == "acl" and word.head.lower_ in _CONTENT_NOUNS:
        return None  # "the news that the minister resigned": what the news said, no relative
    marker = next((t for t in word.children if t.lower_ in ("that", "which", "whom")), None)
    if marker is None or marker.i == 0 or marker.doc[marker.i - 1].i != word.head.i:
        return None  # ", which": set off from its noun, it may be a clause's on any noun before
    return word.head


# Nouns whose "that" clause tells what they say or hold ("the report that the mine had
# flooded"), where the parse's ``acl`` is no relative clause.
_CONTENT_NOUNS = CONTENT_NOUNS
