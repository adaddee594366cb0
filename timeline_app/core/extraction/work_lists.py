"""Works listed with their years: "She starred in Alpha (2007) and the drama Beta (2009)",
"Other roles include Gamma (2010), Delta (2012)".

Each bracketed year dates the work it follows (its release), not the whole clause: read
as the clause's dates they give one event per year, every one titled with the first work.
Here the clause's object is narrowed, year by year, to the work that year belongs to:
"... stars in Alpha" (2007), "... stars in Beta" (2009).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Token, dictionary_lemma
from timeline_app.core.extraction.syntax import ParsedText, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

_YEAR = re.compile(r"\d{4}")
# Words that join the items of a list, left out of the item that follows them.
_JOINERS = frozenset({",", ";", "and", "&"})
# A preposition that opens an item ("as Alpha in Beta (2008), and as Gamma ..."), and those
# that may come before the first work's name ("starred in", "degrees from").
_OPENING_PREPOSITIONS = frozenset({"in", "on", "as", "with", "for", "from", "of"})
_PREPOSITIONS = _OPENING_PREPOSITIONS | {"at", "by", "to", "into", "including"}


def _bracketed_years(rest: list[Token]) -> list[tuple[int, int]]:
    """Where the brackets around lone years stand in ``rest``: the "(" and after the ")"."""
    out = []
    for index in range(len(rest) - 2):
        if (
            rest[index].text == "("
            and _YEAR.fullmatch(rest[index + 1].text)
            and rest[index + 2].text == ")"
        ):
            out.append((index, index + 3))
    return out


def listed_work(rest: list[Token], year_start: int) -> list[Token] | None:
    """The object narrowed to the work (or item) whose year starts at offset ``year_start``,
    when the object lists at least two with their years, bracketed ("Alpha (2007) and Beta
    (2009)") or each after "in" ("adding Porto in 1952, Leiria in 1955 and Faro in 1982");
    else None."""
    marks, first = _marks_and_first_item(rest)
    if len(marks) < 2:
        return None
    at = next((n for n, (i, _) in enumerate(marks) if rest[i + 1].start == year_start), None)
    if at is None:
        return None
    brackets = [i for i, _ in marks]
    if any(t.text in (":", ";") for t in rest[: brackets[0]]):
        return None  # "in two papers: Alpha (1913) and Beta (1921)": the list is an aside
    item = _item(rest, marks[at - 1][1], brackets[at]) if at else rest[first : brackets[0]]
    if not any(t.is_word for t in item):
        return None
    if at and item[0].low in _OPENING_PREPOSITIONS:
        # "praise for his role as Alpha in Beta (2008), and as Gamma in Delta (2009)": the
        # item takes up the first one's words from its own preposition on
        again = next((i for i in range(brackets[0]) if rest[i].low == item[0].low), None)
        if again is None:
            return None
        return rest[:again] + item
    return rest[:first] + item


def _marks_and_first_item(rest: list[Token]) -> tuple[list[tuple[int, int]], int]:
    """The list's years (bracketed, else each after "in") and where its first item starts:
    after the last preposition before the first name for works ("degrees from | Columbia
    University (1910)"), at the first name for items with "in" ("to include | Porto and Braga
    in 1952"), else after the last preposition ("plants in | towns ...")."""
    marks = _bracketed_years(rest)
    if marks:
        return marks, _first_item_start(rest, marks[0][0])
    marks = _years_in_list(rest)
    if not marks:
        return [], 0
    name = next((i for i in range(marks[0][0]) if rest[i].text[:1].isupper()), None)
    return marks, name if name is not None else _first_item_start(rest, marks[0][0])


def listed_among(tokens: list[SpacyToken], year_start: int) -> list[SpacyToken] | None:
    """``listed_work`` for the parse's words (a participle's phrase: "adding Porto in 1952,
    Leiria in 1955 and Faro in 1982" -> "Leiria" for 1955)."""
    words = [Token(t.idx, t.idx + len(t.text), t.text) for t in tokens]
    narrowed = listed_work(words, year_start)
    if narrowed is None:
        return None
    starts = {w.start for w in narrowed}
    return [t for t in tokens if t.idx in starts]


def _years_in_list(rest: list[Token]) -> list[tuple[int, int]]:
    """ "Porto and Braga in 1952, Leiria in 1955 and Faro in 1982": where each item's "in"
    and year stand (start, end), when every such year closes its item -- a comma, "and" or
    the clause's end follows it; none when one does not ("in 1952 and 1955", "in 1952 when
    ...")."""
    marks = [
        (index, index + 2)
        for index in range(len(rest) - 1)
        if rest[index].low in ("in", "on") and _YEAR.fullmatch(rest[index + 1].text)
    ]
    for _, end in marks:
        after = rest[end] if end < len(rest) else None
        if after is not None and after.low not in (",", "and", ";", ".") and after.is_word:
            return []
        following = rest[end + 1].text if end + 1 < len(rest) else ""
        if after is not None and after.low == "and" and _YEAR.fullmatch(following):
            return []  # "in 1952 and 1955": one item, two years
    # each item has words of its own between the years, and names a thing: "delivered in
    # 1971 and published in 1975" lists happenings, each already its own clause's
    for (_, before), (index, _) in zip(marks, marks[1:], strict=False):
        words = [t for t in rest[before:index] if t.is_word and t.low != "and"]
        if not words or not _names_a_thing(words[0]):
            return []
    return marks


def _names_a_thing(first: Token) -> bool:
    """Whether an item of a list opens on a name, an article, a possessive or a number
    ("Leiria", "a church", "its second plant", "two towns"), not on an adverb or a verb
    ("and again in 1907", "and published in 1975")."""
    return (
        first.text[:1].isupper()
        or first.text[:1].isdigit()
        or first.low in ("a", "an", "the", "its", "his", "her", "their", "our", "two", "three")
    )


def dated_beside_list(rest: list[Token], year_start: int) -> bool:
    """ "Since 1949 it has grown to include Porto in 1952 and Leiria in 1955": a date of the
    clause beside a list whose items each have their own year dates no happening of its
    own (each item's year dates its happening)."""
    marks = _years_in_list(rest)
    return len(marks) >= 2 and all(rest[i + 1].start != year_start for i, _ in marks)


def _first_item_start(rest: list[Token], bracket: int) -> int:
    """Where the first work's name starts: after the last preposition before its first
    capitalised word ("honorary degrees from | Columbia University (1910)", "in | the
    comedy Alpha (2006)"), or at the object's start."""
    capital = next((i for i in range(bracket) if rest[i].text[:1].isupper()), bracket)
    prepositions = [i for i in range(capital) if rest[i].low in _PREPOSITIONS]
    return prepositions[-1] + 1 if prepositions else 0


def _item(rest: list[Token], start: int, bracket: int) -> list[Token]:
    """A later work's name: after the last comma before its bracket (", directed by X, and
    Beta (1962)"), else after the last "and" ("Alpha (2010) and Beta (2011)")."""
    between = range(start, bracket)
    commas = [i for i in between if rest[i].text == ","]
    if commas:
        start = commas[-1] + 1
    else:
        ands = [i for i in between if rest[i].low in ("and", "&")]
        if ands:
            start = ands[-1] + 1
    while start < bracket and rest[start].low in _JOINERS:
        start += 1
    return rest[start:bracket]


# --- a work and the year it came out ------------------------------------------------------
#
# "She appeared in Alpha (2010)", "his novel The Long Quay (1931)", "the 1999 film Omega":
# the year dates the work's appearance, one happening per work, titled with what its maker
# did ("Ada Lind appears in Alpha", "Tom Hale publishes The Long Quay"), not what the
# sentence says of the work ("Alpha (2010) is considered her best film").

# What a work's maker did, by the noun that says what kind of work it is.
_KIND_VERBS = {
    noun: verb
    for verb, nouns in (
        (
            "appear in",
            "film films movie movies comedy comedies drama dramas thriller thrillers musical "
            "documentary series sitcom show shows vehicle role roles miniseries western "
            "performance performances",
        ),
        ("star in", "star"),
        (
            "publish",
            "novel novels book books paper papers essay essays poem poems memoir memoirs "
            "collection treatise study studies monograph masterpiece work works story stories "
            "novella biography autobiography textbook",
        ),
        ("release", "album albums single singles song songs record records"),
        ("compose", "symphony symphonies opera operas concerto sonata suite quartet oratorio"),
    )
    for noun in nouns.split()
}
# Verbs whose object or place is the work, as its maker's doing ("starred in Alpha",
# "published The Long Quay"); each with the preposition it takes before the work.
_MAKING_VERBS = {
    "appear": "in",
    "star": "in",
    "co-star": "in",
    "act": "in",
    "perform": "in",
    "publish": "",
    "write": "",
    "compose": "",
    "direct": "",
    "record": "",
    "release": "",
    "produce": "",
    "paint": "",
    "edit": "",
    "translate": "",
    "co-write": "",
    "author": "",
}
# Lower-case words a title may hold between its capitalised ones ("Elevator to the Gallows").
_TITLE_SMALL_WORDS = lexicon.words(
    "a an and the of to in on at for from with by or as et la le les de del di du 's ’s"
)
_LONGEST_NAME = 6  # words of a work's name a title keeps whole, subtitle and all
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})


@dataclass(frozen=True, slots=True)
class DatedWork:
    """A work a year dates: its name, what its maker did ("appear in", "publish"), and the
    word of the sentence that names the maker, if the sentence names one."""

    name: str
    doing: str
    maker: SpacyToken | None
    predicate: SpacyToken  # the clause's verb the work hangs on
    start: int  # where the work's name starts in the text
    end: int  # where the year ends


def dated_work(parsed: ParsedText, start: int, end: int, sentence_start: int) -> DatedWork | None:
    """The work whose year is the date ``start``..``end``: a lone year in brackets after a
    title ("Alpha (2010)", "Meurtres? (Three Sinners, 1950)"), or a year before a noun of a
    kind of work followed by its title ("the 1999 film Omega"). None when the year is no
    work's, or nothing in the sentence says what kind of work it is or what its maker did."""
    words = [t for t in parsed.tokens(start, end) if not (t.is_punct or t.is_space)]
    if len(words) != 1 or not _YEAR.fullmatch(words[0].text):
        return None
    year = words[0]
    doc = year.doc
    first = parsed.first_at(sentence_start)
    name_tokens = _bracketed_title(doc, year, first)
    if name_tokens is None:
        name_tokens = _title_after_kind(doc, year)
        if name_tokens is None:
            return None
    colon = next((n for n, t in enumerate(name_tokens) if t.text == ":"), None)
    if colon and len([t for t in name_tokens if not t.is_punct]) > _LONGEST_NAME:
        # "Mankind, Nation and Individual: from a linguistic point of view": a headline
        # names a long work by its title, not its subtitle
        name_tokens = name_tokens[:colon]
    name = _joined(name_tokens)
    if not name:
        return None
    doing, maker, verb = _maker(doc, name_tokens, first)
    if doing is None:
        return None
    return DatedWork(name, doing, maker, verb, name_tokens[0].idx, year.idx + len(year.text))


def _bracketed_title(doc: Doc, year: SpacyToken, first: int) -> list[SpacyToken] | None:
    """The title before "(2010)", or before "(Three Sinners, 1950)"."""
    i = year.i
    if i + 1 >= len(doc) or doc[i + 1].text != ")":
        return None
    opening = i - 1
    if opening >= first and doc[opening].text == ",":
        # "(Three Sinners, 1950)": another name of the work, then its year
        opening -= 1
        while opening >= first and doc[opening].text != "(":
            if doc[opening].is_alpha and not doc[opening].text[:1].isupper():
                return None
            opening -= 1
    if opening < first or doc[opening].text != "(":
        return None
    return _title_before(doc, opening, first)


def _title_before(doc: Doc, bracket: int, first: int) -> list[SpacyToken] | None:
    """The title that ends right before the bracket at ``bracket``: back to the noun saying
    its kind ("the period drama | Copying Beethoven"), a verb, a bracket, or the list's comma;
    a title at the sentence's start keeps its commas and colons ("Language: Its Nature,
    Development and Origin")."""
    taken: list[SpacyToken] = []
    i = bracket - 1
    while i >= first:
        token = doc[i]
        if token.text in ("(", ")", ";"):
            break
        # "the period drama | Copying Beethoven"; but "Sound and Sense: a study of tongues"
        # is a subtitle, and the title lies before it
        if _kind_noun(token) and any(_capitalised(t) for t in taken):
            break
        if _english_verb(token):
            break
        # "his performance as Charles Ryder in the adaptation of | Brideshead Revisited": a
        # lower-case word of English ends a title; a foreign title's own lower-case words
        # ("De to hovedarter af grammatiske forbindelser") come before any capital of it
        if (
            token.is_alpha
            and token.text[:1].islower()
            and token.lower_ not in _TITLE_SMALL_WORDS
            and any(_capitalised(t) for t in taken)
            and all(
                _capitalised(t) or not t.is_alpha or t.lower_ in _TITLE_SMALL_WORDS for t in taken
            )
        ):
            break
        if (
            token.text in (",", ":")
            and any(_capitalised(t) for t in taken)
            and not _title_to_start(doc, first, i)
        ):
            break
        taken.insert(0, token)
        i -= 1
    # the title opens at its first capitalised word ("films like | Woody Allen's Match
    # Point", "and | De to hovedarter")
    while taken and not _capitalised(taken[0]):
        taken.pop(0)
    while taken and taken[-1].text in (",", ":"):
        taken.pop()
    return taken or None


def _title_to_start(doc: Doc, first: int, end: int) -> bool:
    """Whether the sentence opens with a title running up to ``end``: capitalised words and
    the small words of titles only ("Mankind, Nation and Individual: ...")."""
    tokens = [t for t in doc[first:end] if not t.is_space]
    return bool(tokens) and all(
        _capitalised(t) or t.lower_ in _TITLE_SMALL_WORDS or t.text in (",", ":", "'s", "’s")
        for t in tokens
    )


def _title_after_kind(doc: Doc, year: SpacyToken) -> list[SpacyToken] | None:
    """ "the 1999 film Omega", "her 1931 novel The Long Quay": the title after the kind."""
    i = year.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and not doc[i].text[:1].isupper():
        i += 1  # "the 1999 horror film"
    while i < len(doc) and doc[i].lower_ in _KIND_VERBS and doc[i].lower_ not in ("star", "role"):
        i += 1
    if i == year.i + 1 or doc[i - 1].lower_ not in _KIND_VERBS or i >= len(doc):
        return None
    taken = []
    while i < len(doc) and (
        _capitalised(doc[i])
        or (doc[i].lower_ in _TITLE_SMALL_WORDS and i + 1 < len(doc) and _capitalised(doc[i + 1]))
    ):
        taken.append(doc[i])
        i += 1
    return taken or None


def _kind_noun(token: SpacyToken) -> bool:
    """A lower-case noun of a kind of work ("film"; not "Single" of "A Single Man")."""
    return token.text[:1].islower() and token.lower_ in _KIND_VERBS


def _english_verb(token: SpacyToken) -> bool:
    """A lower-case verb the dictionary knows: not a word of a foreign title the parse took
    for a verb ("De to hovedarter")."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.text[:1].islower()
        and (lexicon.lemma_of(token.lower_) or dictionary_lemma(token.lower_)) is not None
    )


def _capitalised(token: SpacyToken) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _joined(tokens: list[SpacyToken]) -> str:
    out = ""
    for n, token in enumerate(tokens):
        out += token.text
        if n + 1 < len(tokens):
            out += token.whitespace_
    return out.strip()


def _maker(
    doc: Doc, name: list[SpacyToken], first: int
) -> tuple[str | None, SpacyToken | None, SpacyToken]:
    """What the work's maker did and the word naming the maker: the clause's verb when it
    makes or shows the work ("starred in", "published"), else the noun of the work's kind
    ("his novel", "film roles include"); the maker is that verb's subject when it is a
    person's word, else the "his" or "her" before the work."""
    # the verb the work hangs on, before it: not a participle on a work ("Alpha (1958),
    # directed by ..."), nor a verb the work is the subject of ("Alpha (1922) is ...")
    verb = name[-1]
    while verb.head.i != verb.i and not (
        verb.pos_ in ("VERB", "AUX") and verb.i < name[0].i and verb.dep_ not in ("acl", "amod")
    ):
        verb = verb.head
    doing = None
    if verb.pos_ in ("VERB", "AUX"):
        found = _MAKING_VERBS.get(lemma(verb))
        if found is not None:
            doing = f"{lemma(verb)} {found}".strip()
    if doing is None:
        doing = _kind_before(doc, name, first)
    if doing is None:
        return None, None, verb
    subject = _subject_of(verb)
    inside = name[0].i <= (subject.i if subject is not None else -1) <= name[-1].i
    if (
        subject is not None
        and not inside
        and (subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL)
    ):
        return doing, subject, verb
    owner = next((t for t in reversed(doc[first : name[0].i]) if t.lower_ in ("his", "her")), None)
    return doing, owner, verb


def _kind_before(doc: Doc, name: list[SpacyToken], first: int) -> str | None:
    """The doing a noun of the work's kind gives: the nearest before the title in its
    sentence ("in the period drama Copying Beethoven", "film roles include"), else the
    nearest after it ("... (1925) is one of the pioneering works")."""
    for token in reversed(doc[first : name[0].i]):
        if _kind_noun(token):
            return _KIND_VERBS[token.lower_]
    for token in doc[name[-1].i + 1 : name[-1].sent.end]:
        if _kind_noun(token):
            return _KIND_VERBS[token.lower_]
    return None


def _subject_of(verb: SpacyToken) -> SpacyToken | None:
    """The verb's subject, or that of the verb it is joined to by "and"."""
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        subject = next((c for c in candidate.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return subject
    return None
