"""The finish of a headline and whether it is one a sub-editor would keep.

A title is at most twelve words, shortened a phrase at a time from its end ("in the
northern city of Aleppo", "who had ...", a list's tail) rather than cut mid-phrase; it never
ends on a word that promises more (a preposition, a conjunction, a determiner, a possessive,
an auxiliary, a relative pronoun, "to", an honorific such as "Mr."), its brackets and quotes
are balanced, and its first word is capitalised.

Some titles cannot be mended and are refused: no subject ("Requires international bailout"),
a participle clause for a sentence ("Saying it offers 5 percent increase"), an empty pronoun
with a copula ("It is possible there to be more", "This is not 2008"), no verb and no noun of
a happening. ``title_fault`` says why; ``acceptable_title`` is its yes or no.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import (
    dictionary_lemma,
    find_verb_group,
    plural_noun,
    tokenize,
)
from timeline_app.core.extraction.name_cues import ORGANISATION_HEADS
from timeline_app.core.extraction.source_symbols import with_source_symbols

MAX_TITLE_WORDS = 12
MAX_TITLE_CHARS = 90
MIN_SUBJECT_TO_SHORTEN = 4  # a subject shorter than this is its head already

_RELATIVE_WORDS = lexicon.RELATIVES | {"that"}
_AUXILIARY_WORDS = frozenset(lexicon.AUXILIARIES) | lexicon.MODALS | {"am", "'s", "’s"}
# Words a headline cannot end on: each promises something after it.
_PROMISSORY = (
    lexicon.PREPOSITIONS
    | lexicon.DETERMINERS
    | lexicon.CONJUNCTIONS
    | frozenset(lexicon.SUBORDINATORS)
    | _RELATIVE_WORDS
    | _AUXILIARY_WORDS
    | lexicon.words("""
        to including than whether not n't never nor my your our what how why
        he she they we i
        most least very too so such rather quite only just also merely almost nearly
        """)
    # a participle of saying whose words the title had no room for: "resigns in a letter
    # stating [that ...]" ("warning" and "briefing" are left: they are nouns as often)
    | lexicon.words("""
        saying stating claiming adding noting arguing insisting explaining asserting declaring
        announcing telling asking
        """)
)
# Abbreviated honorifics and ranks, which only ever stand before a name ("with Mr.").
HONORIFICS = lexicon.words("""
    mr mrs ms mx messrs mme dr prof sir dame rev fr hon gen lt col maj capt cmdr cdr adm sgt
    cpl pvt sen rep gov pres amb supt insp
    """)
# Offices that stand before a name and, at a title's end, read as its start ("with President
# ..."): there the office is said as a common noun instead ("with president").
_PERSON_OFFICES = lexicon.words("""
    president vice-president premier minister secretary secretary-general chancellor king
    queen prince princess sheikh emir sultan ayatollah pope cardinal bishop senator governor
    mayor ambassador judge general colonel major captain commander admiral sergeant lieutenant
    professor congressman congresswoman chairman chairwoman spokesman spokeswoman envoy
    """)
_OFFICE_WORDS = frozenset(word.lower() for word in lexicon.TITLE_WORDS)
_EMPTY_PRONOUNS = lexicon.words("it this that these those there")
_CONTRACTED_COPULAS = frozenset(
    f"{pronoun}{apostrophe}s" for pronoun in _EMPTY_PRONOUNS for apostrophe in "'’"
)
_COPULAS = lexicon.words("is are was were be been")
_OBJECT_OPENERS = lexicon.DETERMINERS | lexicon.words(
    "it him her them us me you he she they we that to"
)
_PLURAL_SUBJECTS = lexicon.words("""
    i you we they people police many some others both few several most all two three four
    five six seven eight nine ten dozens hundreds thousands
    """)
# "to help turn [the firm around]": "help" takes a bare infinitive as "to" does
_BEFORE_BASE_FORM = lexicon.MODALS | lexicon.words("to not never do does did n't help helps helped")
# "all the more", "far less": a comparison whose point was cut off.
_INTENSIFIERS = lexicon.words("all the much far even any no")
_COMPARATIVES = lexicon.words("more less")
_AS_AS = lexicon.words("soon early late long far quickly recently often")  # "as soon [as]"
# Heads that are nothing without their "of" phrase: "Hundreds [of former fighters]".
_QUANTITY_HEADS = lexicon.QUANTITY_NOUNS | lexicon.words("""
    hundreds thousands millions billions tens dozens scores number total majority half part
    rest lot lots one two three four five six seven eight nine ten some many most all none
    each both several few any either neither first last members leader head
    """)
# A report with nothing reported: "Minister says".
_BARE_REPORTS = lexicon.words("say says said tell tells told add adds")
_ARTICLES = lexicon.words("the a an its their his her our my your")
# A verb's particle may end a headline ("Troops pull out", "Army moves down"); not "in", "on"
# or "over", which end a cut far more often ("Pope arrives in [Rome]").
_PARTICLES = lexicon.words("down up out off away back")
# ... and those that may stand after a short object ("takes six months off", not "in").
_SEPARABLE_PARTICLES = lexicon.words("out off around up down")
_OPENING_BRACKETS = {"(": ")", "[": "]"}
_QUOTE_PAIRS = (("“", "”"), ("«", "»"))


def loose_ends_only(words: list[str]) -> bool:
    """Whether these words are only ones a headline drops at its end ("as", "in"): no name,
    no honorific standing for one, no content."""
    return all(
        _promises_more(word) and not (word[:1].isupper() and _bare(word) in HONORIFICS)
        for word in words
    )


def tidy(text: str) -> str:
    """Undo the spaces tokens leave: "$ 1.8 million" -> "$1.8 million", "10 %" -> "10%",
    "C $9.6" -> "C$9.6"; the wire's "dlrs 14 billion" is "$14 billion" in a headline, and the
    "#" some wires write for the pound sign stays on its sum and is a "£" ("£89.7 million")."""
    text = re.sub(r"\s+([,.;:!?%])", r"\1", text)
    text = re.sub(r"\b[Dd]lrs\.?\s+(?=\d)", "$", text)
    text = re.sub(r"([$€£#])\s+(?=\d)", r"\1", text)
    text = re.sub(r"\b([A-Z]{1,2})\s+(?=\$\d)", r"\1", text)
    text = with_source_symbols(text)
    text = _CONTRACTION.sub(_contracted, text)
    text = _MODAL_AFTER_TO.sub("to", text)
    text = _REPEATED_WORD.sub(r"\1", text)
    return re.sub(r"(\w)\s+([-/])\s+(\w)", r"\1\2\3", text)  # "Self/less" stays one word


# A contraction's tokens written apart ("does n't", "will n't" where the text's "would n't"
# became a headline's future): a headline writes one word ("doesn't", "won't").
_CONTRACTION = re.compile(r"\b(\w+) n['’]t\b")
_CONTRACTED = {"will": "wo"}  # "wo" + "n't", as "ca" + "n't" is "can't"


def _contracted(match: re.Match[str]) -> str:
    word = match.group(1)
    return _CONTRACTED.get(word.lower(), word) + match.group(0)[len(word) + 1 :]


# "exiles to will proceed": a headline's "to" of the future before a modal it left in place.
_MODAL_AFTER_TO = re.compile(r"\bto (?:will|would|shall|can|could|may|might|must)\b(?= \w)")
# "is is", "notified notified": a word twice over, as no headline writes it ("had had" is
# English, but a headline never keeps "had").
_REPEATED_WORD = re.compile(r"\b([a-z]+)(?: \1\b)+")


def _bare(word: str) -> str:
    return word.strip(",;:.!?").lower()


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’")) and len(word) > 2


def _promises_more(word: str) -> bool:
    bare = _bare(word)
    return (
        bare in _PROMISSORY
        or _is_possessive(word.strip(",;:"))
        or (word[:1].isupper() and bare in HONORIFICS)
        or not any(c.isalnum() for c in word)
    )


def _particle_after_verb(words: list[str]) -> bool:
    """ "Troops pull out": a particle right after the title's first verb ends a phrasal verb,
    not a phrase ("Kopp replaces former charge in" does not)."""
    if len(words) < 3 or _bare(words[-1]) not in _PARTICLES | _SEPARABLE_PARTICLES:
        return False
    lows = [_bare(word) for word in words]
    first_verb = next((i for i in range(1, len(words)) if _verb_at(words, lows, i)), None)
    # the title's verb ("Troops pull out"), or a base form after a modal or "to" ("US must
    # hold off"), or a verb a short object away ("Jones takes six months off", "hired to help
    # turn firm around"): never one a preposition's phrase away ("meets him in Rome on")
    separated = lows[-1] in _SEPARABLE_PARTICLES and any(
        _verb_at(words, lows, verb)
        and all(
            _plain_word(word) and word not in lexicon.PREPOSITIONS for word in lows[verb + 1 : -1]
        )
        for verb in range(max(1, len(words) - 5), len(words) - 2)
    )
    return (
        first_verb == len(words) - 2
        or (lows[-3] in _BEFORE_BASE_FORM and _verb_at(words, lows, len(words) - 2))
        or separated
    )


def _plain_word(word: str) -> bool:
    """A word, a hyphened one or an amount ("automotive-parts", "$161"), not a mark that
    opens or ends a phrase ("turn the car-parts maker around", "saw $16 million flow out")."""
    return word.lstrip("$").replace("-", "").replace(",", "").replace(".", "").isalnum()


def _dangling_comparison(words: list[str]) -> bool:
    """ "savings all more": a comparative after an intensifier, or "as soon" of "as soon as"."""
    if len(words) < 2:
        return False
    before, last = _bare(words[-2]), _bare(words[-1])
    return (last in _COMPARATIVES and before in _INTENSIFIERS) or (
        before == "as" and last in _AS_AS
    )


# Adverbs a conjunction's second part may keep when its date has gone ("awarded to her in
# 1874 and again in 1876" -> "... and again"): nothing of the second part is left.
_CONJUNCT_ADVERBS = lexicon.words("again also too then later once twice more so")


def _dangling_conjunct(words: list[str]) -> bool:
    """ "Prize awarded to Dvořák and again": a conjunction and a lone adverb end the title."""
    return (
        len(words) > 2
        and _bare(words[-2]) in lexicon.CONJUNCTIONS
        and _bare(words[-1]) in _CONJUNCT_ADVERBS
    )


# Prepositions of several words whose last word reads as a noun or an adverb: left at a
# title's end, their object cut away, they promise it as a lone preposition does ("acquires
# shares from Orvik as [a] result [of ...]", "close positions ahead [of the holiday]").
# (The article is optional: a headline drops it. "in favour" is not here: "votes 8 to 1 in
# favour" is finished.)
_COMPOUND_PREPOSITIONS = tuple(
    tuple(phrase.split())
    for phrase in """
    as result|in attempt|in effort|in response|in addition|on behalf|in exchange|in spite
    |by means|by way|in light|in view|in search|in pursuit|in violation
    |in accordance|in recognition|in anticipation|with regard|in hopes|in hope|as part
    |in connection|in wake|in aftermath|in midst|in lieu|on account|on grounds|on eve
    |ahead|according
    """.replace("\n", "").split("|")
)
_OPTIONAL_ARTICLES = lexicon.words("a an the")


def _dangling_compound_preposition(words: list[str]) -> int:
    """How many words at the end are a preposition of several words with its object cut
    ("as result", "in an attempt", "ahead"): 0 when there is none. A lone adverb right after
    the title's verb is the verb's ("Talks go ahead")."""
    lows = [_bare(word) for word in words]
    for phrase in _COMPOUND_PREPOSITIONS:
        size = len(phrase)
        if len(lows) <= size or lows[-1] != phrase[-1]:
            continue
        before = lows[-size:-1]
        if before == list(phrase[:-1]):
            first_verb = next((i for i in range(1, len(words)) if _verb_at(words, lows, i)), 0)
            if size == 1 and first_verb == len(words) - 2:
                return 0
            return size
        if (
            size > 1
            and lows[-size - 1 : -1] == [phrase[0], lows[-2]]
            and lows[-2] in (_OPTIONAL_ARTICLES)
            and len(lows) > size + 1
        ):
            return size + 1
    return 0


def boundary(words: list[str], index: int) -> bool:
    """Whether a phrase can be cut before ``words[index]``: a preposition, "to", a relative
    pronoun, a subordinator, a conjunction, or after a comma, but not a word inside a name
    ("Bank of England", "Bosnia and Herzegovina")."""
    if index <= 0 or index >= len(words):
        return False
    if words[index - 1].endswith(","):
        return True
    bare = _bare(words[index])
    opens = (
        bare in lexicon.PREPOSITIONS
        or bare in _RELATIVE_WORDS
        or bare in lexicon.SUBORDINATORS
        or bare in lexicon.CONJUNCTIONS
        or bare in ("to", "including")
    )
    before = _bare(words[index - 1])
    if bare == "to" and before == "up":
        return False  # "up to 900 jobs": an amount's bound, not a phrase of its own
    if bare == "of" and (
        before in _QUANTITY_HEADS or before in _PERSON_OFFICES or before[:1].isdigit()
    ):
        return False  # "Hundreds of fighters", "Secretary of State": the head is what follows
    if (
        bare == "of"
        and index >= 2
        and _bare(words[index - 2]) in lexicon.PREPOSITIONS
        and words[index - 1] in lexicon.PART_NOUNS
    ):
        return False  # "in front of", "at the bottom of": cut before the phrase, not in it
    return opens and not inside_name(words, index)


def inside_name(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` joins the words of one name: "Bank of England", "Bosnia and
    Herzegovina"."""
    if not 0 < index < len(words) - 1:
        return False
    before, after = words[index - 1].rstrip(","), words[index + 1]
    return (
        before[:1].isupper()
        and after[:1].isupper()
        and len(after) > 1
        and after.isalpha()
        and _bare(words[index]) in ("of", "and", "for", "de", "&")
    )


def trimmed(words: list[str]) -> list[str]:
    """Without the trailing words that promise more ("with Mr.", "Turkey's", "and"), and an
    office at the end said as a common noun ("meets Prime Minister" -> "prime minister")."""
    words = list(words)
    named = False  # once a name's honorific has gone, "reports on [Mr]" leaves a preposition
    while words:
        if _dangling_comparison(words) or _dangling_conjunct(words):
            del words[-2:]
        elif cut := _dangling_compound_preposition(words):
            del words[-cut:]
        elif _promises_more(words[-1]) and (named or not _particle_after_verb(words)):
            last = words.pop()
            named = named or (last[:1].isupper() and _bare(last) in HONORIFICS)
        else:
            break
    if words:
        words[-1] = words[-1].rstrip(",;:")
    if words and words[-1][:1].isupper() and _bare(words[-1]) in _PERSON_OFFICES:
        start = len(words) - 1
        while (
            start > 1
            and words[start - 1][:1].isupper()
            and _bare(words[start - 1]) in (_OFFICE_WORDS)
        ):
            start -= 1
        # an office that is the whole subject stays, and so does a name's last word ("Martin
        # Luther King"): only an office after a lowercase word is said as a common noun
        if start > 0 and not words[start - 1][:1].isupper():
            words[start:] = [word.lower() for word in words[start:]]
    return words


def too_long(words: list[str]) -> bool:
    """Whether the words are more than a title may hold."""
    return len(words) > MAX_TITLE_WORDS or len(" ".join(words)) > MAX_TITLE_CHARS


_too_long = too_long


def fitted(
    subject: list[str], verb: list[str], obj: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """Subject, verb and object within the limits: first the subject loses what follows its
    head ("Hasty expulsion [from the currency union]"), then the object its phrases from the
    end ("[in the northern city] [of Aleppo]"), each cut at a phrase boundary and never so
    that nothing is left of it ("says he [was in ...]" is no cut)."""
    if _too_long(subject + verb + obj) and len(subject) >= MIN_SUBJECT_TO_SHORTEN:
        cut = next((i for i in range(1, len(subject)) if _subject_boundary(subject, i)), None)
        if cut is not None and trimmed(subject[:cut]):
            subject = trimmed(subject[:cut])
    while _too_long(subject + verb + obj):
        cuts = (_object_cut(obj, i) for i in range(len(obj) - 1, 0, -1) if boundary(obj, i))
        shorter = next((kept for kept in cuts if kept), None)
        if shorter is None:
            break
        obj = shorter
    return subject, verb, obj


def _subject_boundary(subject: list[str], index: int) -> bool:
    """Where a subject can lose what follows its head: before a preposition, a relative
    pronoun or an apposition ("Prince Hassan, the king's brother"), not inside a list
    ("Poland, Hungary and the Czech Republic") and not before the name of its possessor ("the
    nation of Bangladesh")."""
    bare = _bare(subject[index])
    if not boundary(subject, index) or bare in lexicon.CONJUNCTIONS:
        return False
    if subject[index - 1].endswith(","):
        return not any(_bare(word) in lexicon.CONJUNCTIONS for word in subject[index:])
    following = subject[index + 1] if index + 1 < len(subject) else ""
    return not (bare == "of" and following[:1].isupper())


def _object_cut(obj: list[str], index: int) -> list[str]:
    """The object cut before ``index``, without what would dangle: a participle whose agent
    or purpose went ("measure designed [to ...]", "underwriters led [by ...]"), unless an
    auxiliary makes it a verb ("shares had been tendered [to ...]")."""
    kept = trimmed(obj[:index])
    dangling = (
        len(kept) > 1
        and _bare(obj[index]) in ("by", "to")
        and kept[-1] == obj[index - 1]
        and is_participle(kept[-1])
        and _bare(kept[-2]) not in _AUXILIARY_WORDS
    )
    return trimmed(kept[:-1]) if dangling else kept


def is_participle(word: str) -> bool:
    """A lowercase participle the dictionary knows ("intended", "led", "taken")."""
    low = _bare(word)
    if not word.islower() or not low.endswith(("ed", "en", "ing")):
        return False
    return (lexicon.lemma_of(low) or dictionary_lemma(low)) not in (None, low)


def shortened(words: list[str], keep: int = 3) -> list[str]:
    """Words within the limits, phrases cut from the end (never into the first ``keep``),
    else cut at the limit; either way without a word that promises more at the end."""
    while _too_long(words):
        cuts = (trimmed(words[:i]) for i in range(len(words) - 1, keep, -1) if boundary(words, i))
        shorter = next((kept for kept in cuts if len(kept) > keep), None)
        if shorter is None:
            break
        words = shorter
    if _too_long(words):
        whole = words
        words = words[:MAX_TITLE_WORDS]
        while len(" ".join(words)) > MAX_TITLE_CHARS and len(words) > 1:
            words.pop()
        words = _name_kept_whole(words, whole[len(words)], keep)
    return trimmed(words)


_NAME_JOINS = lexicon.words("of for and de & on")


def _name_kept_whole(words: list[str], dropped: str, keep: int) -> list[str]:
    """Words cut at the limit inside a long name ("Medal of the Society for
    Applied [Glaciology]") go back to before the name's last joining word ("Medal of
    the Society"), or before the name, rather than end on a piece of it."""
    if not (dropped[:1].isupper() and words and words[-1][:1].isupper()):
        return words
    start = len(words) - 1
    while start > keep and (
        words[start - 1][:1].isupper() or _bare(words[start - 1]) in _NAME_JOINS
    ):
        start -= 1
    for index in range(len(words) - 1, start, -1):
        # "Award of the Association [for ...]": a generic head is no name without the rest
        if _bare(words[index]) in _NAME_JOINS and words[index - 1] not in ORGANISATION_HEADS:
            return words[:index] if index > keep else words
    return words[:start] if start > keep else words


def _balanced(text: str) -> str:
    """An unclosed bracket cuts the title there; a stray closing bracket or quotation mark
    goes."""
    for opening, closing in _OPENING_BRACKETS.items():
        if text.count(opening) > text.count(closing):
            text = text[: text.rindex(opening)]
        if text.count(closing) > text.count(opening):
            text = text.replace(closing, "")
    for opening, closing in _QUOTE_PAIRS:
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, "").replace(closing, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text


def finish(text: str, keep: int = 3) -> str:
    """A headline from its words: balanced, within the limits, ending on a word that ends
    something, capitalised."""
    text = tidy(re.sub(r"\s+", " ", _balanced(text))).strip().rstrip(",;: ")
    # the stop of initials ("U.S.") at the end stays; a sentence's full stop goes
    text = text if _INITIALS_AT_END.search(text) else text.rstrip(".,;: ")
    words = shortened(text.split(" "), keep) if text else []
    text = _NOT_ONLY_ALONE.sub("", " ".join(words))
    return text if _cased_name(text.split(" ")[0]) else text[:1].upper() + text[1:]


# "pledges to not only keep the hospital open" with its "but expand it" cut away: the "not
# only" promises a second thing the title no longer has, and goes.
_NOT_ONLY_ALONE = re.compile(r"\bnot (?:only|just|merely) (?!.*\bbut\b)", re.IGNORECASE)
_INITIALS_AT_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


def _cased_name(word: str) -> bool:
    """ "iPhone", "eBay": a name whose capitals are inside it keeps its case."""
    return any(c.isupper() for c in word[1:])


# --- what cannot be mended -------------------------------------------------------------------


def _too_many_words(words: list[str]) -> str | None:
    return f"more than {MAX_TITLE_WORDS} words" if _too_long(words) else None


def _uncapitalised(words: list[str]) -> str | None:
    first = words[0]
    if not first[:1].islower() or _cased_name(first):
        return None
    return f"begins in lower case ({first!r})"


def _unfinished_end(words: list[str]) -> str | None:
    last = words[-1]
    if (_promises_more(last) and not _particle_after_verb(words)) or _dangling_comparison(words):
        return f"ends on {last!r}"
    if _bare(last) in _BARE_REPORTS:
        return f"reports nothing ({last!r})"
    if trimmed(words) != words:
        return f"ends on an office ({last!r})"
    return None


def _unbalanced(words: list[str]) -> str | None:
    text = " ".join(words)
    return "unbalanced brackets or quotation marks" if _balanced(text) != text else None


def _function_word_opening(words: list[str]) -> str | None:
    """ "Of agreement", "Is sad day", "To be eligible": a fragment, not a headline."""
    first = _bare(words[0])
    if first not in lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS | _AUXILIARY_WORDS | {"to"}:
        return None
    if len(words[0]) > 1 and words[0].isupper():
        return None  # "AT&T", "US": an acronym
    rest = [word for word in words[1:3] if _bare(word) not in ("least", "most", "than")]
    second = rest[0].lstrip("$€£") if rest else ""
    amount = second[:1].isdigit() or _bare(second) in _QUANTITY_HEADS
    if first in _APPROXIMATING and amount:
        return None  # "About 200 Americans leave", "Over 100 killed"
    return f"begins on {words[0]!r}"


# Prepositions that say about how many ("About 200 Americans leave", "At least 76 killed"); "From
# 88 schools" opens a phrase instead.
_APPROXIMATING = lexicon.words("about over under around above below nearly almost some up at")


def _adverb_opening(words: list[str]) -> str | None:
    """ "Only loads at slow speeds", "Also leaves for Rome": an adverb where the subject
    should be."""
    if (
        _bare(words[0]) in _NO_SUBJECT_ADVERBS
        and len(words) > 1
        and words[1].islower()
        and _verb_not_adjective(_bare(words[1]))
    ):
        return f"an adverb for a subject ({words[0]!r})"
    return None


@functools.cache
def _verb_not_adjective(low: str) -> bool:
    """A word the dictionary reads as a verb and not as an adjective ("loads", not "other")."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(low)
    return "VERB" in readings and "ADJ" not in readings


_NO_SUBJECT_ADVERBS = lexicon.words("""
only also just still even then already again later previously subsequently eventually
finally soon once instead however meanwhile nevertheless therefore thus
""")


def _empty_pronoun_with_copula(words: list[str]) -> str | None:
    """ "It is possible ...", "This is not 2008", "There to be more strikes": a subject that
    names nothing, and a verb that says nothing happened."""
    first = words[0].lower()
    # "It also is", "There to be": the copula may come a word or two later after "it" and
    # "there"; after "this" or "those" only at once ("Those vital signs are" has a subject)
    reach = 4 if first in ("it", "there") else 2
    following = [_bare(word) for word in words[1:reach]]
    if first in _CONTRACTED_COPULAS or (
        first in _EMPTY_PRONOUNS
        and (words[1:2] in (["'s"], ["’s"]) or any(word in _COPULAS for word in following))
    ):
        return f"an empty subject with a copula ({' '.join(words[:3])!r})"
    if first in _EMPTY_PRONOUNS and len(words) <= 2:
        return f"an empty subject and a bare verb ({' '.join(words)!r})"  # "It released"
    return None


def _participle_opening(words: list[str]) -> str | None:
    """ "Saying it offers ...": a participle clause, not a sentence. A gerund that is the
    subject ("Fighting erupts", "Shelling of Kyiv resumes") is no such thing."""
    first = words[0].lower()
    if not first.endswith("ing") or len(words) < 2 or not _verb_form(first):
        return None
    second = _bare(words[1])
    lemma = lexicon.lemma_of(first) or dictionary_lemma(first)
    reported = lemma in lexicon.REPORTING_VERBS and not _has_verb(words[1:])
    if second in _OBJECT_OPENERS or reported:
        return f"a participle clause ({words[0]!r})"
    return None


def _verb_form(low: str) -> bool:
    return bool(lexicon.verb_readings(low)) or dictionary_lemma(low) is not None


def _no_subject(words: list[str]) -> str | None:
    """ "Requires international bailout": a word that can only be a verb is where the subject
    should be ("Talks resume", "Attacks kill 10": a noun that could be a verb is a subject)."""
    first = _bare(words[0])
    lemma = lexicon.lemma_of(first) or dictionary_lemma(first)
    if lemma in (None, first) or first.endswith("ing") or _noun_form(first):
        return None
    forms = {form for _lemma, form in lexicon.verb_readings(first)}
    third_person = "3sg" in forms or (first.endswith("s") and not first.endswith("ss"))
    # a participle before a noun is an adjective ("Armed men attack", "Elected officials
    # warn"); before a preposition it opens a phrase ("Led by ...", "Based on ...")
    # ... also after its particle ("Laid down by the accord", "Carried out by rebels")
    after = 2 if len(words) > 2 and _bare(words[1]) in _PARTICLES else 1
    opens_phrase = (
        len(words) > after and _bare(words[after]) in _OBJECT_OPENERS | lexicon.PREPOSITIONS
    )
    reported = first in ("said", "told", "added")  # "Said message read to ..."
    if third_person or opens_phrase or reported or len(words) == 1:
        return f"no subject before {words[0]!r}"
    return None


@functools.cache
def _noun_form(low: str) -> bool:
    """Whether the dictionary knows the word as a noun ("talks", "attacks"; not "requires")."""
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(low) or "PROPN" in getAllLemmas(low)


def _no_verb(words: list[str]) -> str | None:
    """Neither a verb nor a noun naming a happening ("the Russian invasion")."""
    if _has_verb(words) or any(_bare(w) in lexicon.NOMINALISATIONS for w in words):
        return None
    return "no verb"


def _has_verb(words: list[str]) -> bool:
    """A verb after a subject: a verb group our grammar finds ("Talks resume"), an inflected
    verb the dictionary knows ("Feud divides family", "City hit"), a base form after a plural
    subject ("Two consider merger"), or a headline's infinitive ("UK to send troops")."""
    if find_verb_group(tokenize(" ".join(words))) is not None:
        return True
    lows = [_bare(word) for word in words]
    return any(_verb_at(words, lows, index) for index in range(1, len(words)))


def _verb_at(words: list[str], lows: list[str], index: int) -> bool:
    low, before = lows[index], lows[index - 1]
    if not words[index].islower() or before in _ARTICLES:
        return False
    if low in _AUXILIARY_WORDS:
        return True
    lemma = lexicon.lemma_of(low) or dictionary_lemma(low)
    if lemma is None:
        return False
    if low.endswith("ing"):
        return False
    if lemma != low:
        return True  # "divides", "hit" (a participle the dictionary gives as itself)
    earlier = lows[:index]
    # "Two consider merger", "Only 12 survive": a count of more than one is plural too
    plural_subject = any(
        w.endswith("s")
        or w in _PLURAL_SUBJECTS
        or w == "and"
        or (w.isdigit() and w != "1")
        or bool(plural_noun(w))  # "Fishermen rescue"
        for w in earlier
    )
    if before.endswith("ly") and index > 1:
        before = lows[index - 2]  # "to formally take"
    return plural_subject or before in _BEFORE_BASE_FORM or _participle_like(low)


def _participle_like(low: str) -> bool:
    """ "hit", "cut", "put": a form that is its own participle."""
    return lexicon.dictionary_form(low, "pp") == low


# tried in order; the first that finds a fault names it
_FAULTS: tuple[Callable[[list[str]], str | None], ...] = (
    _too_many_words,
    _uncapitalised,
    _unfinished_end,
    _unbalanced,
    _function_word_opening,
    _adverb_opening,
    _empty_pronoun_with_copula,
    _participle_opening,
    _no_subject,
    _no_verb,
)


def title_fault(title: str) -> str | None:
    """Why a sub-editor would not keep this title, or None if it would."""
    words = title.split()
    if not words:
        return "empty"
    return next((fault for check in _FAULTS if (fault := check(words)) is not None), None)


def acceptable_title(title: str) -> bool:
    """Whether a sub-editor would keep this title (``title_fault`` says why not)."""
    return title_fault(title) is None
