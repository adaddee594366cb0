"""Shallow grammar without a parser: tokens, verb groups, subjects, tense.

News sentences are regular enough that a verb lexicon plus word order finds the main verb
of a clause: the subject comes first, then auxiliaries, adverbs and one main verb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.lexicon import words
from timeline_app.core.tenses import Tense

_TOKEN = re.compile(
    # "didn't" -> "did" + "n't", as treebanks split it, so that the auxiliary is seen
    r"(?i:(?:do|does|did|is|are|was|were|has|have|had|ca|could|wo|would|should|must|need|sha)"
    r"(?=n[’']t\b))|(?i:n[’']t)\b"
    r"|[A-Za-z][\w-]*\.(?:com|org|net|gov|edu|int|info)\b"  # "Acme.org": one name
    r"|[A-Z]+&[A-Z]+\b"  # "AT&T", "F&AM"
    r"|(?:[A-Za-z]\.){2,}"  # U.S. / U.N.
    # degrees and the like, whose inner stops end nothing: "Ph.D.", "M.Sc.", "B.Litt."
    r"|[A-Z][a-z]{0,3}\.(?:[A-Z][a-z]{0,3}\.)+(?![A-Za-z])"
    r"|\d+(?:st|nd|rd|th|s)\b(?:-[^\W_]+)*"  # "20th", "the 1980s", "into her 80s": one word each
    r"|\d[\d,.:]*\d|\d"  # 100,000 / 20:00
    r"|[^\W_][\w’'\-]*[^\W_’'\-]|[^\W_]"  # words, with inner hyphens and apostrophes
    r"|[’']s\b"  # the possessive after an abbreviation: "Corp.'s"
    r"|--|``|''|\S"
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offset in the article
    end: int
    text: str
    # the parse's Penn tag where it reads this word as a verb ("VBD" for "barred" after "a
    # judge", "VBN" for "born"): knowledge added to the word lists', never taken from them
    tag: str = ""

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def stands_for_person(self) -> bool:
        """Whether the token is a person's name put in for a pronoun ("he" -> "Steve Jobs"):
        one person, whatever the name's last letter (a title's verb agrees with it)."""
        return False

    @property
    def stands_for_firm(self) -> bool:
        """Whether the token is a firm's name put in for "the company" ("Unisys"): one firm,
        whatever the name's last letter."""
        return False


@dataclass(frozen=True, slots=True)
class FirmToken(Token):
    """A firm's name, put in for a description of it ("the Elm Grove, Wis., concern")."""

    @property
    def is_word(self) -> bool:
        return True

    @property
    def stands_for_firm(self) -> bool:
        return True


def tokenize(text: str, offset: int = 0, verb_tags: Mapping[int, str] | None = None) -> list[Token]:
    """Word and punctuation tokens with article offsets; ``verb_tags`` (article offset ->
    Penn tag) is the parse's reading of the verbs."""
    if not verb_tags:
        return [
            Token(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(text)
        ]
    return [
        Token(
            offset + m.start(), offset + m.end(), m.group(), verb_tags.get(offset + m.start(), "")
        )
        for m in _TOKEN.finditer(text)
    ]


# The tag the parse's reading gives a participle that modifies the noun after it ("Acme's
# proposed merger", "the planned sale"): an adjective there, never the clause's verb
# (``syntax.verb_tags``).
NOUN_MODIFIER = "JJ"

# Not VBP: a bare present is where the parser most often takes a noun for a verb ("C-17
# transport planes", "attack helicopters"); the word lists decide those.
FINITE_TAGS = frozenset({"VBD", "VBZ", "MD"})


def is_finite(token: Token) -> bool:
    if token.tag in FINITE_TAGS:
        return token.is_word
    if token.tag in ("NNS", NOUN_MODIFIER):
        return False  # the parse's plural noun: "Large bombs exploded"
    return token.is_word and lexicon.is_finite_form(token.text) and not token.text[0].isupper()


# Numerals that end like a past verb: "Several hundred marched" has its verb after them.
_NUMERALS_IN_ED = frozenset({"hundred"})


def looks_like_past_verb(token: Token, previous: Token | None) -> bool:
    """An unknown lowercase word in -ed right after a noun-like word: "bombs rocked"."""
    word = token.text
    if not word.islower() or not word.endswith("ed") or len(word) < 5:
        return False
    if word in _NUMERALS_IN_ED:
        return False  # "a few hundred protesters laid a wreath": a numeral, never a verb
    if previous is None or not previous.is_word:
        return False
    return previous.low not in lexicon.DETERMINERS | lexicon.PREPOSITIONS | {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "very",
        "more",
    }


@functools.cache
def _dictionary_participle(low: str) -> bool:
    """A past participle the dictionary knows that no rule of ours can see ("hit", "cut")."""
    lemma = dictionary_lemma(low)
    return lemma is not None and lexicon.dictionary_form(lemma, "pp") == low


@functools.cache
def dictionary_lemma(low: str) -> str | None:
    """The verb lemma from LemmInflect's English dictionary (no guessing model), or None.

    Spelling rules cannot tell "divided" (divide) from "visited" (visit) or "managed"
    (manage) from "opened" (open); a dictionary can. Imported on first use: only extraction
    needs it, and it takes a fifth of a second to load.
    """
    from lemminflect import getLemma

    lemmas = getLemma(low, upos="VERB", lemmatize_oov=False)
    return lemmas[0] if lemmas else None


def dictionary_finite(token: Token) -> bool:
    """A lowercase past or third-person form ("vetoed", "divides") the dictionary knows."""
    low = token.low
    return (
        token.tag != "NNS"  # the parse's sure plural noun: "sent doctors and nurses"
        and token.text.islower()
        and low.endswith(("ed", "s"))
        and (dictionary_lemma(low) not in (None, low))
    )


def guess_lemma(word: str) -> str:
    """The lemma of a verb form, from our lexicon, a dictionary, or the regular spelling rules."""
    low = word.lower()
    known = lexicon.lemma_of(low) or dictionary_lemma(low)
    if known:
        return known
    if low.endswith("ied"):
        return low[:-3] + "y"
    if low.endswith("ed"):
        stem = low[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        if re.search(r"(at|iz|is|uc|v|rg|dg|ng|ir|ur|bl|pl|tl|gl|c|ok|uot|vot|not)$", stem):
            return stem + "e"
        return stem
    if low.endswith("ing"):
        stem = low[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            return stem[:-1]
        return stem
    if low.endswith("ies"):
        return low[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z|o)es$", low):
        return low[:-2]
    if low.endswith("s"):
        return low[:-1]
    return low


class Voice(StrEnum):
    ACTIVE = "active"  # "troops shelled the city"
    PASSIVE = "passive"  # "the city was shelled"


class Aspect(StrEnum):
    SIMPLE = "simple"  # "met"
    PROGRESSIVE = "progressive"  # "is meeting"
    PERFECT = "perfect"  # "has met"


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """The main verb of a clause and what surrounds it.

    ``voice``: active or passive. ``tense``: present, past, modal or future (``will``).
    ``aspect``: simple, progressive or perfect.
    """

    subject: list[Token]
    verbs: list[Token]  # auxiliaries, adverbs and the main verb, in order
    rest: list[Token]  # what follows the main verb
    lemma: str
    tense: Tense
    aspect: Aspect
    voice: Voice
    negated: bool
    adverbs: list[str]

    @property
    def main(self) -> Token:
        return self.verbs[-1]


_SUBJECT_PRONOUNS = words("i we you he she it they there")
_PRESENT_AUX = words("is are am has have does do")
_ADVERB_OK = words(
    "already also still just now not n't never reportedly allegedly formally officially "
    "recently finally reportedly initially again jointly secretly even further yet "
    "subsequently then soon later once afterwards afterward thereafter"
)


def is_adverb(token: Token) -> bool:
    """ "also", "later", "fatally": a word that says how or when, not who."""
    return token.low in _ADVERB_OK or (
        token.low.endswith("ly") and token.text.islower() and len(token.text) > 4
    )


def find_verb_group(tokens: list[Token], *, subjectless: bool = False) -> VerbGroup | None:
    """The first verb group after a non-empty subject (or at the start if ``subjectless``)."""
    previous = None
    for index, token in enumerate(tokens):
        if not token.is_word:
            if token.text not in _QUOTE_TOKENS:
                previous = token
            continue
        if index:
            previous = _previous_word(tokens, index)
        if index == 0 and not subjectless or token.tag == NOUN_MODIFIER:
            continue
        spot = _Spot(tokens, index, token, token.low, previous, subjectless)
        for test in _FINITE_TESTS:
            if test(spot):
                return _group_from(tokens, index)
    return None


@dataclass(slots=True)
class _Spot:
    """A word being tested as the finite verb of its clause."""

    tokens: list[Token]
    index: int
    token: Token  # tokens[index]
    low: str  # its lowercase
    previous: Token | None  # the word before, looking through quotation marks
    subjectless: bool


_BEFORE_A_MONTH = words("in of since until by during early late mid last next this from through")


def is_modal(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is a modal verb: not the month in "on 3 May 2002", "in May",
    "May 3"."""
    token = tokens[index]
    if token.low not in lexicon.MODALS:
        return False
    if token.text != "May":
        return True
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    month = (before is not None and (before.text.isdigit() or before.low in _BEFORE_A_MONTH)) or (
        after is not None and after.text[:1].isdigit()
    )
    return not month


def _known_finite(spot: _Spot) -> bool:
    """ "Troops crossed", "Russia will": a modal, an auxiliary or a finite form we know (not
    a plural noun after a determiner: "the talks")."""
    low = spot.low
    return (
        is_modal(spot.tokens, spot.index)
        or (low in lexicon.AUXILIARIES and low not in ("be", "been", "being", "having"))
        or (is_finite(spot.token) and not (noun_position(spot.previous) and ambiguous_noun(low)))
    )


def _after_subject_pronoun(spot: _Spot) -> bool:
    """ "that divided the family": after a pronoun, a form our lexicon lacks may be in the
    dictionary."""
    previous, token = spot.previous, spot.token
    if previous is None or previous.low not in _SUBJECT_PRONOUNS | {"who", "which", "that"}:
        return False
    return (
        (bool(lexicon.verb_readings(token.low)) or dictionary_finite(token))
        and (not token.text[0].isupper())
        and not _auxiliary_next(spot.tokens, spot.index)
    )


def _after_plural_noun(spot: _Spot) -> bool:
    """ "Leaders meet in Brussels": a base form after a plural noun (or after the sentence's
    first word, capitalised only for that)."""
    previous, low = spot.previous, spot.low
    if not spot.index or not lexicon.verb_readings(low):
        return False
    plural = _plural_noun(previous) or (
        spot.index == 1
        and previous is spot.tokens[0]
        and _plural_noun(Token(previous.start, previous.end, previous.text.lower()))
    )
    return plural and any(form == "base" for _l, form in lexicon.verb_readings(low))


def _unknown_past(spot: _Spot) -> bool:
    """ "bombs rocked the capital": an unknown -ed word after a noun-like word."""
    return bool(spot.index) and looks_like_past_verb(spot.token, spot.previous)


def _opening_verb(spot: _Spot) -> bool:
    """ "..., vetoed the resolution": a clause that borrows its subject opens on its verb,
    which may be one only the dictionary knows."""
    return spot.index == 0 and spot.subjectless and dictionary_finite(spot.token)


def _parsed_opening(spot: _Spot) -> bool:
    """ "Jobs, born in San Francisco in 1955, ...": a clause that borrows its subject opens
    on a verb the parse reads as one though the word lists do not know it."""
    return spot.index == 0 and spot.subjectless and spot.token.tag in ("VBN", "VBD")


# tried in order: the first that holds makes the word the clause's verb
_FINITE_TESTS = (
    _known_finite,
    _after_subject_pronoun,
    _after_plural_noun,
    _unknown_past,
    _opening_verb,
    _parsed_opening,
)


def _auxiliary_next(tokens: list[Token], index: int) -> bool:
    """ "that talks were held": a word an auxiliary follows is the subject, not the verb."""
    following = next((t for t in tokens[index + 1 :] if t.is_word), None)
    return following is not None and (
        following.low in lexicon.AUXILIARIES or following.low in lexicon.MODALS
    )


_ING_ADJECTIVES = frozenset(
    {
        "willing",
        "unwilling",
        "ongoing",
        "outstanding",
        "upcoming",
        "interesting",
        "missing",
        "existing",
        "remaining",
    }
)


def _fits_after(auxes: list[str], low: str) -> bool:
    """Whether a word can be the verb after these auxiliaries ("has" + begun, "is" + going)."""
    forms = {form for _lemma, form in lexicon.verb_readings(low)}
    last = lexicon.AUXILIARIES.get(auxes[-1], auxes[-1]) if auxes else ""
    if last == "be":
        if low in _ING_ADJECTIVES:
            return False  # "is willing to", "is ongoing": an adjective after "be"
        return bool(forms & {"pp", "ing"}) or (
            not forms and (low.endswith(("ed", "ing", "en")) or _dictionary_participle(low))
        )
    if last == "have":
        return bool(forms & {"pp"}) or (
            not forms and (low.endswith(("ed", "en")) or _dictionary_participle(low))
        )
    # after a modal or "do": a base form, from the dictionary when our lexicon lacks it
    return bool(forms & {"base"}) or (not forms and dictionary_lemma(low) == low)


_QUOTE_TOKENS = frozenset({"“", "”", "``", "''", '"', "‘", "’"})


def _previous_word(tokens: list[Token], index: int) -> Token | None:
    """The token before ``index``, looking through quotation marks."""
    for j in range(index - 1, -1, -1):
        if tokens[j].text not in _QUOTE_TOKENS:
            return tokens[j]
    return None


def ambiguous_noun(low: str) -> bool:
    """A third-person form that is as likely a plural noun ("talks", "attacks"); "has" and
    "is" are none, so "Portland, Maine, has found" keeps its verb after the comma."""
    forms = {form for _lemma, form in lexicon.verb_readings(low)}
    return "3sg" in forms and "past" not in forms and plural_noun(low) is not None


def noun_position(previous: Token | None) -> bool:
    """A word after these is read as a noun even if it could be a verb ("however, talks")."""
    return (
        previous is None
        or previous.text in (",", "(", "“", "``")
        or (previous.low in lexicon.DETERMINERS or previous.low in lexicon.PREPOSITIONS)
    )


def _plural_noun(token: Token | None) -> bool:
    if token is not None and token.low in lexicon.PLURAL_WITHOUT_S:
        return True
    return bool(
        token
        and token.is_word
        and token.text.islower()
        and token.text.endswith("s")
        and not token.text.endswith("ss")
        and not lexicon.verb_readings(token.text)
    )


def _group_from(tokens: list[Token], start: int) -> VerbGroup:
    verbs = _VerbRun()
    auxes: list[str] = []
    main_index = _collect_verbs(tokens, start, verbs, auxes)
    # Trim trailing adverbs that followed the last verb.
    while verbs.tokens and tokens[main_index] is not verbs.tokens[-1]:
        verbs.tokens.pop()
    main_low = tokens[main_index].low
    if main_low in lexicon.AUXILIARIES or main_low in lexicon.MODALS:
        lemma = lexicon.AUXILIARIES.get(main_low, main_low)
    else:
        lemma = guess_lemma(main_low)
    readings = frozenset(form for _l, form in lexicon.verb_readings(main_low))
    if not auxes and tokens[main_index].tag == "VBZ":
        # "Norland imports most of its grain": a form the word lists lack, which the parse
        # reads as the present's third person, is the simple present, not a past
        readings |= {"3sg"}
    aux_lemmas = [lexicon.AUXILIARIES.get(a, a) for a in auxes if a != main_low]
    aspect, voice = _aspect_and_voice(main_low, readings, auxes, aux_lemmas)
    subject = tokens[:start]
    if len(subject) > 1 and subject[-1].low == "also":
        # "Its engineers also demonstrated": the adverb goes with the verb, not the subject
        verbs.adverbs.insert(0, subject.pop().low)
    return VerbGroup(
        subject=subject,
        verbs=verbs.tokens,
        rest=tokens[main_index + 1 :],
        lemma=lemma,
        tense=_tense_of(auxes[0] if auxes else main_low, bool(auxes), readings),
        aspect=aspect,
        voice=voice,
        negated=verbs.negated,
        adverbs=verbs.adverbs,
    )


@dataclass
class _VerbRun:
    """The words of a verb group as they are read: verbs, adverbs and a negation."""

    tokens: list[Token] = field(default_factory=list)
    adverbs: list[str] = field(default_factory=list)
    negated: bool = False


def _negation(low: str) -> bool:
    return low in lexicon.NEGATIONS or low in ("n’t",) or low.endswith(("n’t", "n't"))


def _collect_verbs(tokens: list[Token], start: int, run: _VerbRun, auxes: list[str]) -> int:
    """Read auxiliaries, negations and adverbs up to the main verb; its index."""
    index = main_index = start
    while index < len(tokens):
        token = tokens[index]
        low = token.low
        if not token.is_word and token.text not in ("’", "'"):
            break
        if low in lexicon.MODALS or low in lexicon.AUXILIARIES:
            auxes.append(low)
            main_index = index
        elif _negation(low):
            run.negated = True
        elif run.tokens and is_adverb(token) and index + 1 < len(tokens):
            run.adverbs.append(low)
        else:
            if index == start or _fits_after(auxes, low):
                run.tokens.append(token)
                main_index = index
            break
        run.tokens.append(token)
        index += 1
    return main_index


def _aspect_and_voice(
    main_low: str, readings: frozenset[str], auxes: list[str], aux_lemmas: list[str]
) -> tuple[Aspect, Voice]:
    """ "is meeting": progressive; "was hit": passive; "has met": perfect."""
    voice, aspect = Voice.ACTIVE, Aspect.SIMPLE
    after_be = bool(aux_lemmas) and aux_lemmas[-1] == "be"
    if after_be and main_low.endswith("ing"):
        aspect = Aspect.PROGRESSIVE
    elif after_be and (
        readings & {"pp", "past"} or main_low.endswith("ed") or _dictionary_participle(main_low)
    ):
        voice = Voice.PASSIVE
    if "have" in aux_lemmas and any(a in ("has", "have", "had") for a in auxes):
        aspect = Aspect.PERFECT if aspect == Aspect.SIMPLE else aspect
    return aspect, voice


def _tense_of(first: str, has_auxiliary: bool, readings: frozenset[str]) -> Tense:
    """The tense a verb group's first word shows ("will" future, "could" modal, "has" or a
    present form present, anything else past)."""
    if first in ("will", "shall", "wo", "sha"):  # "wo"/"sha" as in "won't", "shan't"
        return Tense.FUTURE
    if first in lexicon.MODALS:
        return Tense.MODAL
    if first in _PRESENT_AUX or (not has_auxiliary and readings & {"3sg"}):
        return Tense.PRESENT
    if not has_auxiliary and readings & {"base"} and not readings & {"past"}:
        return Tense.PRESENT
    return Tense.PAST


@functools.cache
def plural_noun(low: str) -> bool | None:
    """Whether the dictionary reads the word as a plural noun ("fishermen", "shares"), not a
    singular one ("news", "series", "crisis"); None when it knows no noun of that spelling."""
    from lemminflect import getAllLemmas

    nouns = getAllLemmas(low).get("NOUN")
    if not nouns:
        return None
    return low not in nouns


def between_score_numbers(tokens: list[Token], index: int) -> bool:
    """Whether the token stands between the numbers of a score ("won 2 – 1"): one or two
    digits each side, so the years of "(1704 – 1787)" are not."""
    return (
        0 < index < len(tokens) - 1
        and _goals(tokens[index - 1].text)
        and _goals(tokens[index + 1].text)
    )


def _goals(text: str) -> bool:
    return text.isdigit() and len(text) <= 2
