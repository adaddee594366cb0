"""Shallow grammar without a parser: tokens, verb groups, subjects, tense.

News sentences are regular enough that a verb lexicon plus word order finds the main verb
of a clause: the subject comes first, then auxiliaries, adverbs and one main verb.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.lexicon import words
from timeline_app.core.tenses import Tense

_TOKEN = re.compile(
    # "didn't" -> "did" + "n't", as treebanks split it, so that the auxiliary is seen
    r"(?i:(?:do|does|did|is|are|was|were|has|have|had|ca|could|wo|would|should|must|need|sha)"
    r"(?=n[’']t\b))|(?i:n[’']t)\b"
    r"|(?:[A-Za-z]\.){2,}"  # U.S. / U.N.
    r"|\d[\d,.:]*\d|\d"  # 100,000 / 20:00
    r"|[^\W_][\w’'\-]*[^\W_’'\-]|[^\W_]"  # words, with inner hyphens and apostrophes
    r"|[’']s\b"  # the possessive after an abbreviation: "Corp.'s"
    r"|--|``|''|\S"
)
PUNCT_BREAKS = frozenset(",;:–—()[]\"“”«»`'") | {"--", "``", "''"}


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offset in the article
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens with article offsets."""
    return [Token(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(text)]


def is_finite(token: Token) -> bool:
    return token.is_word and lexicon.is_finite_form(token.text) and not token.text[0].isupper()


def looks_like_past_verb(token: Token, previous: Token | None) -> bool:
    """An unknown lowercase word in -ed right after a noun-like word: "bombs rocked"."""
    word = token.text
    if not word.islower() or not word.endswith("ed") or len(word) < 5:
        return False
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
        token.text.islower()
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
    aspect: str
    voice: str
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
    "subsequently then soon later"
)


def _is_adverb(token: Token) -> bool:
    return token.low in _ADVERB_OK or (
        token.low.endswith("ly") and token.text.islower() and len(token.text) > 4
    )


def find_verb_group(tokens: list[Token], *, subjectless: bool = False) -> VerbGroup | None:
    """The first verb group after a non-empty subject (or at the start if ``subjectless``)."""
    start = None
    previous = None
    for index, token in enumerate(tokens):
        if not token.is_word:
            if token.text not in _QUOTE_TOKENS:
                previous = token
            continue
        if index:
            previous = _previous_word(tokens, index)
        if index == 0 and not subjectless:
            continue
        low = token.low
        finite = (
            low in lexicon.MODALS
            or (low in lexicon.AUXILIARIES and low not in ("be", "been", "being", "having"))
            or (is_finite(token) and not (noun_position(previous) and ambiguous_noun(low)))
        )
        if (
            not finite
            and previous is not None
            and previous.low in _SUBJECT_PRONOUNS | {"who", "which", "that"}
        ):
            # "that divided the family": a form our lexicon lacks may be in the dictionary
            finite = (
                (bool(lexicon.verb_readings(low)) or dictionary_finite(token))
                and (not token.text[0].isupper())
                and not _auxiliary_next(tokens, index)
            )
        if (
            not finite
            and index
            and (
                _plural_noun(previous)
                or (
                    # "Leaders meet ...": the sentence's first word, capitalised for that
                    index == 1
                    and previous is tokens[0]
                    and _plural_noun(Token(previous.start, previous.end, previous.text.lower()))
                )
            )
            and lexicon.verb_readings(low)
        ):
            finite = any(form == "base" for _l, form in lexicon.verb_readings(low))
        if not finite and index:
            finite = looks_like_past_verb(token, previous)
        if not finite and index == 0 and subjectless:
            # "..., vetoed the resolution": a clause that borrows its subject opens on its
            # verb, which may be one only the dictionary knows
            finite = dictionary_finite(token)
        if finite:
            start = index
            break
    if start is None:
        return None
    return _group_from(tokens, start)


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
    """A third-person form that is as likely a plural noun ("talks", "attacks")."""
    forms = {form for _lemma, form in lexicon.verb_readings(low)}
    return "3sg" in forms and "past" not in forms


def noun_position(previous: Token | None) -> bool:
    """A word after these is read as a noun even if it could be a verb ("however, talks")."""
    return (
        previous is None
        or previous.text in (",", "(", "“", "``")
        or (previous.low in lexicon.DETERMINERS or previous.low in lexicon.PREPOSITIONS)
    )


def _plural_noun(token: Token | None) -> bool:
    return bool(
        token
        and token.is_word
        and token.text.islower()
        and token.text.endswith("s")
        and not token.text.endswith("ss")
        and not lexicon.verb_readings(token.text)
    )


def _group_from(tokens: list[Token], start: int) -> VerbGroup:
    verbs: list[Token] = []
    adverbs: list[str] = []
    negated = False
    auxes: list[str] = []
    index = start
    main_index = start
    while index < len(tokens):
        token = tokens[index]
        low = token.low
        if not token.is_word and token.text not in ("’", "'"):
            break
        if low in lexicon.MODALS or low in lexicon.AUXILIARIES:
            auxes.append(low)
            verbs.append(token)
            main_index = index
            index += 1
            continue
        if (
            low in lexicon.NEGATIONS
            or low in ("n’t",)
            or low.endswith("n’t")
            or low.endswith("n't")
        ):
            negated = True
            verbs.append(token)
            index += 1
            continue
        if verbs and _is_adverb(token) and index + 1 < len(tokens):
            adverbs.append(low)
            verbs.append(token)
            index += 1
            continue
        if index == start or _fits_after(auxes, low):
            verbs.append(token)
            main_index = index
            index += 1
        break
    # Trim trailing adverbs that followed the last verb.
    while verbs and tokens[main_index] is not verbs[-1]:
        verbs.pop()
    main = tokens[main_index]
    main_low = main.low
    rest = tokens[main_index + 1 :]
    if main_low in lexicon.AUXILIARIES or main_low in lexicon.MODALS:
        lemma = lexicon.AUXILIARIES.get(main_low, main_low)
    else:
        lemma = guess_lemma(main_low)
    readings = {form for _l, form in lexicon.verb_readings(main_low)}
    aux_lemmas = [lexicon.AUXILIARIES.get(a, a) for a in auxes if a != main_low]
    voice = "active"
    aspect = "simple"
    if aux_lemmas and aux_lemmas[-1] == "be" and main_low.endswith("ing"):
        aspect = "progressive"
    elif (
        aux_lemmas
        and aux_lemmas[-1] == "be"
        and (
            readings & {"pp", "past"} or main_low.endswith("ed") or _dictionary_participle(main_low)
        )
    ):
        voice = "passive"
    if (
        "have" in aux_lemmas
        and aux_lemmas.index("have") < len(aux_lemmas)
        and any(a in ("has", "have", "had") for a in auxes)
    ):
        aspect = "perfect" if aspect == "simple" else aspect
    first = auxes[0] if auxes else main_low
    if first in ("will", "shall", "wo", "sha"):  # "wo"/"sha" as in "won't", "shan't"
        tense = Tense.FUTURE
    elif first in lexicon.MODALS:
        tense = Tense.MODAL
    elif (
        first in _PRESENT_AUX
        or (not auxes and readings & {"3sg", "base"} and not readings & {"past"})
        or not auxes
        and readings & {"3sg"}
    ):
        tense = Tense.PRESENT
    else:
        tense = Tense.PAST
    return VerbGroup(
        subject=tokens[:start],
        verbs=verbs,
        rest=rest,
        lemma=lemma,
        tense=tense,
        aspect=aspect,
        voice=voice,
        negated=negated,
        adverbs=adverbs,
    )
