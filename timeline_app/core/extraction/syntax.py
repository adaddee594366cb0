"""What the parser says about a stretch of the article: its tokens, the word that heads a
clause, the noun a date modifies, and whether a clause tells a happening at all.

The extractor cuts clauses and finds dates with its own rules; the parse (``core/parsing``)
then answers the questions word order cannot: whether a clause hangs under an "if", whether
its predicate is an adjective or a noun ("This is not Lehman"), whether "2010" in "the 2010
raid" dates the raid or the sentence's verb. The readings are named rules (``READING_RULES``),
tried in order, each documented with the sentence it handles.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.figure_states import FIGURE_NOUNS, describes
from timeline_app.core.extraction.grammar import NOUN_MODIFIER, dictionary_lemma
from timeline_app.core.extraction.named_rules import NamedRule, named_rule
from timeline_app.core.extraction.opened_dates import noun_after_opened_date
from timeline_app.core.parsing.headline_case import read_in_lower_case

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token


class Reading(StrEnum):
    """What a clause tells, as far as its grammar shows."""

    HAPPENING = "happening"
    CONDITION = "condition"  # "if Cyprus leaves the euro"
    HYPOTHETICAL = "hypothetical"  # "the savings would be worthless"
    QUESTION = "question"  # "Will Russia invade?"
    STATE = "state"  # "This is not Lehman", "It's possible"
    OPINION = "opinion"  # "Analysts believe ..." (the believing; what is believed is no news)
    # "The strike will go on", "The vote is due to take place next week": what will be, or
    # is planned, has not happened; a date given to it ("elections will be held on 5 May")
    # is its schedule, not a date on which anything happened. Announcing it is the event
    # ("The government said on Monday elections will be held on 5 May").
    PREDICTION = "prediction"

    @property
    def proposed(self) -> bool:
        return self is Reading.HAPPENING

    @property
    def dated_proposed(self) -> bool:
        """Whether a clause read so is an event when a date of its own dates it."""
        return self is Reading.HAPPENING

    @property
    def said_is_news(self) -> bool:
        """Whether saying it is an event: announcing what will or would be is ("said the
        strike would go on"), voicing a view, a state or a question is not."""
        return self in (Reading.HAPPENING, Reading.PREDICTION, Reading.HYPOTHETICAL)


# Relations that make a word part of the noun phrase of the word it hangs on.
_NOMINAL_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod:poss", "nmod:unmarked"})
# Relations of a word standing for a thing (not a clause) in its own clause.
_NOMINAL_ROLES = frozenset(
    {
        "nsubj",
        "nsubj:pass",
        "obj",
        "iobj",
        "obl",
        "obl:npmod",
        "obl:tmod",
        "nmod",
        "compound",
        "appos",
        "conj",
        "root",
        "ROOT",
    }
)
_CONDITION_MARKERS = frozenset({"if", "unless", "whether"})
_UNREAL_AUXILIARIES = frozenset({"would", "could", "might", "may", "should", "must", "can"})
_OPEN_WORDS = frozenset({"whatever", "whoever", "whichever", "anything", "nothing", "nobody"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})  # "wo" of "won't"
# "couldn't cross the river": a past inability happened (the tense rules read "could not")
_PAST_ABILITY = frozenset({"could"})
# Auxiliaries that guess, before "be" or "have": "may be hiding", "might have fled".
_GUESSING_AUXILIARIES = frozenset({"may", "might"})
# Verbs of believing and feeling: what they head is a view, not a happening.
_OPINION_VERBS = lexicon.words("""
believe think hope fear expect doubt wonder suspect feel guess suppose reckon seem appear
worry speculate predict
""")
# Nouns that name a happening, beyond the nominalisations the extractor already knows.
HAPPENING_NOUNS = frozenset(lexicon.NOMINALISATIONS) | lexicon.words("""
ambush assault airstrike airstrikes bombardment battle clash clashes conference
congress convention crisis debate demonstration demonstrations earthquake epidemic flood
floods hurricane incursion inauguration launch lockdown march marches operation outbreak
purge rally rebellion revolution riot riots sanctions shooting shootings storm takeover
trial typhoon uprising vote walkout
announcement decision resignation appointment acquisition merger ruling verdict accord
pact settlement treaty truce unveiling
""")


def _sure_noun(token: Token) -> bool:
    """Whether a plural noun stands where the parse is seldom wrong: the subject of the verb
    right after it ("Large bombs exploded") or the object of a verb before it ("hit two
    ships"). Elsewhere ("The ferry line plans to add", read as the subject of a verb further
    on) the word lists' verb may be right; and before a bare present ("Other works include")
    the word lists, which do not take a bare present from the parse, would find no verb.
    A plural joined by "and" to such a noun is as sure ("sent doctors and nurses")."""
    head = token.head
    if token.dep_ == "conj" and head.tag_ == "NNS" and head.i < token.i:
        return _sure_noun(head)
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ in ("nsubj", "nsubj:pass"):
        return (
            head.i == token.i + 1 and head.tag_ in ("VBD", "VBZ", "MD")
        ) or _auxiliaries_between(token, head)
    return token.dep_ == "obj" and head.i < token.i


_AUXILIARY_RELATIONS = frozenset({"aux", "aux:pass"})


def _auxiliaries_between(subject: Token, head: Token) -> bool:
    """ "4,120 fires had been detected", "Early releases of the app were withdrawn": the
    subject's plural noun followed only by its own phrase, with no verb in it, and then its
    verb's auxiliaries, the first of them finite ("had", "have", "were", "will"), which the
    word lists know for the clause's verb as well as the parse does."""
    doc = subject.doc
    own = doc[subject.i + 1 : subject.right_edge.i + 1]
    between = doc[subject.right_edge.i + 1 : head.i]
    return (
        len(between) > 0
        and not any(t.pos_ in ("VERB", "AUX") for t in own)
        and all(t.dep_ in _AUXILIARY_RELATIONS and t.head.i == head.i for t in between)
        and lexicon.is_finite_form(between[0].text)
    )


def _is_word(token: Token) -> bool:
    # a backtick (wire copy opens quotations with two) is punctuation the model does not flag
    return not (token.is_punct or token.is_space or token.text.strip("`") == "")


def lemma(token: Token) -> str:
    """The word's dictionary form (the shipped pipeline has no lemmatiser): a verb's from
    the extractor's verb list or LemmInflect's dictionary, a noun's from LemmInflect."""
    low = token.lower_
    if token.pos_ in ("VERB", "AUX"):
        return lexicon.lemma_of(low) or dictionary_lemma(low) or low
    return _noun_lemma(low) if token.pos_ in ("NOUN", "PROPN") else low


@functools.lru_cache(maxsize=8192)
def _noun_lemma(low: str) -> str:
    """A noun's dictionary form by LemmInflect, remembered: the same nouns come back in
    every clause of an article, and the lookup is the costliest step of ``lemma``."""
    from lemminflect import getLemma

    found = getLemma(low, upos="NOUN", lemmatize_oov=True)
    return found[0] if found else low


class ParsedText:
    """The parse of an article with a way to find the tokens of any character span."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts = [token.idx for token in doc]

    @functools.cached_property
    def text(self) -> str:
        """The article's text, once: spaCy's ``Doc.text`` joins every token anew on each
        call, which per title made a long article's extraction quadratic."""
        return str(self.doc.text)

    def first_at(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset`` (0 past the end)."""
        index = bisect_left(self._starts, offset)
        return index if index < len(self._starts) else 0

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens that start in ``[start, end)``."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return [self.doc[i] for i in range(first, last)]

    def token_at(self, offset: int) -> Token | None:
        """The token that starts at ``offset``, or the one that holds it."""
        index = bisect_left(self._starts, offset)
        if index < len(self._starts) and self._starts[index] == offset:
            return self.doc[index]
        if index == 0:
            return None
        token = self.doc[index - 1]
        return token if offset < token.idx + len(token.text) else None

    def head(self, start: int, end: int) -> Token | None:
        """The word that heads the span: the one whose own head lies outside it (or is the
        sentence's root), a verb rather than anything else where there are several."""
        tokens = [t for t in self.tokens(start, end) if _is_word(t)]
        heads = [t for t in tokens if t.head.i == t.i or not start <= t.head.idx < end]
        if not heads:
            return None
        return next((t for t in heads if t.pos_ in ("VERB", "AUX")), heads[0])

    def verb_tags(self, start: int, end: int) -> dict[int, str]:
        """The Penn tags of the lowercase words in ``[start, end)`` the parse reads as
        verbs (and a title-cased headline's, which the parser read in lower case: "Council
        Closes Two Libraries"): "barred" after "a judge" is VBD, "born" VBN -- what the word
        lists cannot tell; and NNS for a plural noun the word lists would take for a present verb ("Large
        bombs exploded": "bombs" is the subject's noun, not "bombs" the verb); and WDT for a
        "that" that is a relative clause's object ("the plan that the mayor unveiled"), which
        the word rules would take for what a verb said. Only added knowledge: the clause rules
        use it beside their own."""
        return {
            t.idx: t.tag_
            for t in self.tokens(start, end)
            if (t.text.islower() or read_in_lower_case(t))
            and (
                (t.tag_.startswith(("VB", "MD")) and t.pos_ in ("VERB", "AUX"))
                or (t.tag_ == "NNS" and t.pos_ == "NOUN" and _sure_noun(t))
                or _object_relative_that(t)
            )
        } | {
            t.idx: NOUN_MODIFIER
            for t in self.tokens(start, end)
            if _noun_modifier(t) or _describes_the_subject(t)
        }


def _noun_modifier(token: Token) -> bool:
    """ "Acme's proposed merger", "the bank's expected loss", "the planned sale": a
    participle right after a possessive or a determiner that the parse reads as the next
    noun's modifier, which the word lists would take for a verb ("has proposed"). So is one
    after an adverb in "-ly" that follows such a word, a preposition or a number ("one of a
    group of closely held firms", "its wholly owned unit", "two newly built ships"): the
    adverb grades the participle, and nothing before it can be the participle's subject."""
    if token.i == 0 or token.dep_ not in ("amod", "compound") or token.tag_ not in ("VBN", "JJ"):
        return False
    if token.head.i != token.i + 1 or not token.text.islower():
        return False
    before = token.doc[token.i - 1]
    if (
        before.pos_ == "ADV"
        and before.lower_.endswith("ly")
        and before.head.i == token.i
        and before.i > 0
    ):
        before = token.doc[before.i - 1]
        return before.tag_ in _BEFORE_A_MODIFIER or before.tag_ in ("IN", "CD", "JJ")
    return before.tag_ in _BEFORE_A_MODIFIER


# Relations by which a noun belongs to the phrase of the noun it hangs on.
_WITHIN_A_PHRASE = frozenset({"nmod", "compound", "conj", "nmod:poss"})


def _describes_the_subject(token: Token) -> bool:
    """ "Corvane Ltd., a unit owned by Ian Reid, said on Monday ...": a participle the parse
    hangs on a noun of an apposition to the subject describes the subject, whose verb comes
    after the apposition; the word lists, which take "owned" for a past verb, would make it
    the clause's ("Corvane Ltd. owned by Ian Reid"). One with a number in its phrase may be
    dated, a happening of its own ("His daughter Ana, born in 1929, is a writer")."""
    if token.tag_ != "VBN" or token.dep_ not in ("acl", "amod"):
        return False
    if any(t.like_num for t in token.subtree):
        return False
    noun = token.head
    for _ in range(8):
        if noun.dep_ == "appos":
            break
        if noun.dep_ not in _WITHIN_A_PHRASE or noun.head.i == noun.i:
            return False
        noun = noun.head
    else:
        return False
    named = noun.head
    return (
        named.dep_ in ("nsubj", "nsubj:pass")
        and named.i < token.i < named.head.i
        and any(t.text == "," for t in token.doc[token.i : named.head.i])
    )


# Words after which a participle can only modify the noun it stands before.
_BEFORE_A_MODIFIER = frozenset({"POS", "DT", "PRP$"})


def _object_relative_that(token: Token) -> bool:
    """Whether ``token`` is a "that" the parse reads as the object of a relative clause
    whose verb has no other object ("told the council that Ruiz made the claim" is what was
    told, however the parse reads it)."""
    if token.lower_ != "that" or token.dep_ != "obj" or token.head.dep_ != "acl:relcl":
        return False
    return not any(c.dep_ == "obj" and c.i != token.i for c in token.head.children)


# --- the noun a date modifies ------------------------------------------------------------------


def adnominal_head(parsed: ParsedText, start: int, end: int) -> Token | None:
    """The noun that a date expression modifies from before it ("the 2010 raid", "last
    year's election", "his 2007 campaign"), or None when the date hangs on a verb or comes
    after its noun ("raided on Monday", "the raid in 2010" are read as dating the clause)."""
    tokens = [t for t in parsed.tokens(start, end) if _is_word(t)]
    if not tokens:
        return None
    if tokens[0].lower_ in _DEICTIC and not _genitive_after(tokens[-1]):
        # "Last week Control Data reported ...": a date counted from today names a noun's
        # time only in the genitive ("last week's vote"); bare, it dates the clause, however
        # the parse hung it on the name after it
        return None
    noun = _parsed_noun(tokens, start, end)
    if noun is None:
        # "a May 10, 2011, share purchase agreement", "Acme's 2017 merger": between an
        # article or a possessive and its noun a date can only be the noun's, however the
        # parse hung it
        noun = noun_after_opened_date(parsed.tokens(start, end))
        if noun is None:
            return None
    elif noun.i < tokens[-1].i or noun.dep_ not in _NOMINAL_ROLES:
        return None
    if noun.pos_ == "VERB" and not any(c.dep_ in ("det", "nmod:poss") for c in noun.children):
        return None  # "on Friday finished drafting": a verb, not "the 2010 raid" mistagged
    if any(t.dep_ == "det" and t.head.i == noun.i for t in noun.doc[tokens[-1].i + 1 : noun.i]):
        # "on 2 March 2001 the army shelled": a determiner opens the noun's phrase, so a date
        # before it is no part of it, whatever the parser hung it on
        return None
    if noun.lower_ in lexicon.words(
        "day days week weeks month months year years time period season quarter anniversary"
    ):
        return None  # "the 2014 period", "Monday's anniversary": the date itself
    return noun


def _parsed_noun(tokens: list[Token], start: int, end: int) -> Token | None:
    """The noun the parse hangs a date's words on, up its chain of modifiers."""
    outside = [t for t in tokens if not start <= t.head.idx < end]
    # one word of the date hangs outside it, or each of its words on the same noun
    # ("the Feb. 23 accord": "Feb." and "23" both compounds of "accord")
    if not outside or len({t.head.i for t in outside}) != 1:
        return None
    date_head = outside[0]
    if any(t.dep_ not in _NOMINAL_MODIFIERS for t in outside):
        return None
    if any(c.dep_ == "case" and c.i < date_head.i for c in date_head.children):
        # "On Monday, city manager Rosa Delgado fired ...": a date with a preposition of its
        # own is a phrase of the clause, whatever noun the parse hung it on
        return None
    noun = date_head.head
    # "the 2010 commando raid", "the 2010 naval raid": up the chain of modifiers to the noun
    # the phrase is about
    while noun.dep_ in ("compound", "amod", "nummod") and noun.head.i > noun.i:
        noun = noun.head
    return noun


_DEICTIC = frozenset({"last", "this", "next", "past", "coming"})


def _genitive_after(token: Token) -> bool:
    """Whether the word after ``token`` is the genitive's "'s" ("last week's vote")."""
    if token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i + 1].lower_ in ("'s", "’s", "'", "’")


_SETTING_CASES = frozenset(
    {"in", "at", "during", "on", "throughout", "after", "before", "following", "ahead", "amid"}
    | {"prior"}  # "Prior to Tuesday's hearing": the parse marks "prior", cases "to"
)
# Nouns that set a clause's time by another happening named in their "of" phrase: "in the
# wake of the March 2 blast", "on the eve of Friday's vote"
_TIME_FRAMES = frozenset({"wake", "aftermath", "eve", "run-up", "heels"})


def is_setting(noun: Token) -> bool:
    """Whether a noun is the occasion of its clause's verb: "In a July 16 press
    conference, Jobs said ..." -- the date of the conference dates what was said there;
    "Following Tuesday's ruling, the union called a strike", "In the wake of the March 2
    blast, the plant was closed": a happening the clause is set just after or before."""
    if (
        noun.dep_ == "nmod"
        and noun.head.lower_ in _TIME_FRAMES
        and any(c.dep_ == "case" and c.lower_ == "of" for c in noun.children)
    ):
        noun = noun.head
    cases = [c for c in noun.children if c.dep_ in ("case", "mark")]
    if not any(c.lower_ in _SETTING_CASES for c in cases):
        return False
    if any(c.lower_ == "following" and _after_a_stretch(c) for c in cases):
        return False
    if noun.dep_ == "obl":
        return noun.head.pos_ in ("VERB", "AUX")
    # a fronted phrase under a preposition is no subject, nor the sentence's head, whatever
    # the parse made of it ("Ahead of Friday's vote, the mayor resigned"): it sets the time
    # of the verb after its comma
    if noun.dep_ == "nsubj":
        return noun.head.pos_ == "VERB" and _comma_after(noun)
    return (
        noun.dep_ == "ROOT"
        and _comma_after(noun)
        and any(c.pos_ == "VERB" and c.i > noun.i and _told_as_done(c) for c in noun.children)
    )


_PAST_AUXILIARIES = frozenset({"was", "were", "has", "have", "had"})


def _told_as_done(verb: Token) -> bool:
    """ "resigned", "was recalled", "has quit": a happening told as done, which a misparsed
    verb must be for its clause to be read at all ("is expected to resign" is not)."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_.startswith("aux") and c.lower_ in _PAST_AUXILIARIES for c in verb.children
    )


_STRETCHES = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "night"}
)


def _after_a_stretch(word: Token) -> bool:
    """ "the month following Friday's crash": the phrase names a stretch of time
    counted from the happening, whatever the parse hung it on; it sets no clause."""
    return word.i > 0 and word.doc[word.i - 1].lower_ in _STRETCHES


def _comma_after(noun: Token) -> bool:
    """Whether the noun's phrase opens the sentence and a comma closes it right after the
    noun."""
    doc = noun.doc
    return (
        bool(noun.left_edge.is_sent_start) and noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
    )


_CLAUSE_RELATIONS = frozenset(
    {"ROOT", "root", "advcl", "ccomp", "xcomp", "conj", "acl", "acl:relcl", "parataxis", "csubj"}
)


def governing_verb(parsed: ParsedText, start: int, end: int) -> Token | None:
    """The verb whose clause a date expression belongs to: up from the date through nouns
    and prepositions to the first verb that heads a clause."""
    tokens = [t for t in parsed.tokens(start, end) if _is_word(t)]
    outside = [t for t in tokens if not start <= t.head.idx < end]
    token = outside[0].head if outside else None
    for _ in range(40):
        if token is None:
            return None
        if token.pos_ in ("VERB", "AUX") and token.dep_ in _CLAUSE_RELATIONS:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def dates_a_participle(parsed: ParsedText, start: int, end: int, head_at: int | None) -> bool:
    """Whether a date belongs to a participle or infinitive inside a clause rather than to
    the clause's own verb: "added audio recording, prompting Apple Corps to file suit again
    in 1989" -- 1989 is when the suit was filed, not when the recording was added."""
    if head_at is None:
        return False
    verb = governing_verb(parsed, start, end)
    if verb is None or verb.idx == head_at:
        return False
    head = parsed.token_at(head_at)
    if head is None:
        return False
    # on the way up to the clause's verb, a participle phrase of its own (", prompting",
    # ", killing"): "invited to join NATO in July 1997" still dates the inviting
    token = verb
    while token.i != head.i:
        if (
            token.tag_ == "VBG"
            and token.dep_ == "advcl"
            and token.i > head.i
            and token.doc[token.i - 1].text == ","
        ):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def prompted_happening(parsed: ParsedText, start: int, end: int) -> tuple[Token, Token] | None:
    """The verb a date belongs to and who does it, when the verb is what a participle phrase
    makes someone do: "..., prompting the label to file suit again in 1989" -> (file,
    label): the label filed suit in 1989."""
    verb = governing_verb(parsed, start, end)
    if verb is None or verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VB":
        return None
    participle = verb.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return None
    doer = next((c for c in participle.children if c.dep_ == "obj" and c.i < verb.i), None)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN"):
        return None
    return verb, doer


def _misread_reduced_relative(verb: Token) -> bool:
    """ "asked the court to lift the injunction issued Thursday": a past form right after the
    object of the verb it hangs on, with no subject, auxiliary or conjunction of its own, can
    only be a participle on that object, whatever tag and relation the parser gave it."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    if before.pos_ != "NOUN" or before.dep_ not in ("obj", "obl"):
        return False
    if not verb.head.is_ancestor(before):
        return False  # the object of a clause the participle has no part in
    own = ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc", "expl")
    return not any(c.dep_ in own for c in verb.children)


def reduced_relative_noun(participle: Token) -> Token:
    """The noun a reduced relative's participle tells of: its head, or the object right
    before it where the parser hung the participle on the verb ("the injunction issued")."""
    if _misread_reduced_relative(participle):
        return participle.doc[participle.i - 1]
    return participle.head


# Periods a report is made for: "the quarter ended June 30", "the year ending March 31"
_PERIODS = lexicon.words("quarter quarters half year years period months weeks season")


def _names_a_period(verb: Token) -> bool:
    """Whether "ended" or "ending" follows a period's noun: "the quarter ended June 30"."""
    return (
        lemma(verb) == "end"
        and verb.i > 0
        and verb.doc[verb.i - 1].lower_ in _PERIODS
        and not any(c.dep_ in ("nsubj", "nsubj:pass", "aux") for c in verb.children)
    )


# Verbs whose passive takes a "that" clause: "the envoy, told that the talks had failed".
_TOLD_THAT = lexicon.words("""
tell inform warn assure remind notify convince persuade advise
""")


def _takes_a_clause(verb: Token) -> bool:
    """ "The judge ruled on Friday that Jones took the money": a past form followed, after
    its own words, by "that" and a clause with a subject of its own is a verb taking what
    was ruled, said or found, not a participle on the noun before it (a passive takes no
    such clause, but for "told that" and its like)."""
    after = verb.right_edge.i + 1
    doc = verb.doc
    if after + 1 >= len(doc) or doc[after].lower_ != "that" or lemma(verb) in _TOLD_THAT:
        return False
    that = doc[after]
    clause = that.head
    if that.dep_ != "mark" and not any(
        c.dep_ == that.dep_ and c.i != that.i and c.pos_ in ("NOUN", "PROPN", "PRON")
        for c in clause.children
    ):
        return False  # "the report released Monday that critics attacked": a relative "that"
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > after for c in clause.children)


def dated_reduced_relative(parsed: ParsedText, start: int, end: int) -> Token | None:
    """The participle a date belongs to when it opens a reduced relative on a noun: "figures
    released April 3 by a market research firm" -> released (the figures were released
    then, whatever the sentence says of them)."""
    verb = governing_verb(parsed, start, end)
    if verb is not None and _names_a_period(verb):
        return None  # "the quarter ended June 30": the day names the quarter, nothing ended
    if verb is not None and _misread_reduced_relative(verb):
        return verb
    if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return None
    if verb.i and verb.doc[verb.i - 1].is_punct:
        return None  # "The first round, held on Monday, ...": a clause of its own already
    noun = verb.head
    if any(c.dep_ in ("aux", "aux:pass", "mark") for c in verb.children):
        return None  # "the sale to be completed by April 30": what is yet to be done
    if (
        noun.dep_ == "acl:relcl"
        or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)
        or any(c.lower_ in _RELATIVE_WORDS for c in (*verb.children, *noun.children))
    ):
        return None  # "the law, which parliament passed in 2010": a relative clause, not reduced
    if _takes_a_clause(verb):
        return None  # "The judge ruled on Friday that ...": the sentence's verb, misread
    root = verb.sent.root
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)
    if root.pos_ not in ("VERB", "AUX") and verb.head.i != root.i and not finite:
        # "Talks between the authority and the union collapsed on Monday" parsed with a noun
        # for its root and no finite verb: the "participle" on a noun inside it is the
        # sentence's own verb, misread (on the root itself it is a headline's: "iOS update
        # released on Monday")
        return None
    return verb if verb.head.pos_ in ("NOUN", "PROPN") else None


def phrase_title(parts: list[list[Token]], leave_out: tuple[int, int]) -> str:
    """A title from phrases of the parse, without determiners at their starts and without
    the date's words."""
    words: list[str] = []

    def left_out(token: Token) -> bool:
        # the date's words, and the preposition that opens it ("on" of "on Monday")
        inside = leave_out[0] <= token.idx < leave_out[1]
        return inside or (token.dep_ == "case" and leave_out[0] <= token.head.idx < leave_out[1])

    for part in parts:
        tokens = [t for t in part if not left_out(t)]
        while tokens and (tokens[0].dep_ in ("det", "case") or tokens[0].pos_ == "DET"):
            tokens.pop(0)
        # a preposition left hanging where the date was ("again in")
        while tokens and tokens[-1].pos_ in ("ADP", "PUNCT", "CCONJ"):
            tokens.pop()
        if tokens:
            words.append(_text_of(tokens))
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def year_in_name(parsed: ParsedText, start: int, end: int) -> bool:
    """Whether a bare year is part of a name it follows: "Worldwide Developers Conference
    2010", "Euro 2012", "Vision 2030" -- a name, not a date of the clause."""
    tokens = [t for t in parsed.tokens(start, end) if _is_word(t)]
    if len(tokens) != 1 or not (tokens[0].text.isdigit() and len(tokens[0].text) == 4):
        return False
    year = tokens[0]
    name = year.head
    return (
        year.dep_ in ("flat", "nmod:unmarked", "nummod", "compound")
        and name.i == year.i - 1
        and name.pos_ == "PROPN"
    )


def names_happening(noun: Token) -> bool:
    """Whether a noun names a happening ("raid", "election", "campaign")."""
    return noun.lower_ in HAPPENING_NOUNS or lemma(noun) in HAPPENING_NOUNS


def noun_phrase_words(noun: Token, leave_out: tuple[int, int]) -> list[Token]:
    """The noun with the words before it that make its phrase ("commando raid", "Russia's
    invasion"), without determiners and without the words in ``leave_out`` (the date)."""
    words = []
    for token in noun.subtree:
        if token.i > noun.i:
            break
        if leave_out[0] <= token.idx < leave_out[1] or not _is_word(token):
            continue
        if token.dep_ in ("det", "case", "cc", "mark") or token.pos_ in ("DET", "ADP", "PRON"):
            continue  # "for the", "his": no part of a title
        if token.i != noun.i and token.head.i != noun.i and token.dep_ not in _NOMINAL_MODIFIERS:
            continue
        words.append(token)
    return words


def antecedent_span(head: Token | None) -> tuple[int, int] | None:
    """Where the noun a relative or participle clause hangs on lies: "the manufacturer of
    the iPhone (which was presented on Wednesday)" -> "the iPhone" (the parse knows which of
    the two nouns), "The first round, held on Monday" -> "The first round"."""
    if head is None or head.dep_ not in ("acl:relcl", "acl"):
        return None
    noun = head.head
    beside = _noun_before_relative(head)
    if (
        beside is not None
        and beside.i != noun.i
        and (head.is_ancestor(beside) or not noun.is_ancestor(beside))
    ):
        # "It was the first time that Ritter, who arrived Thursday, ...": a relative
        # pronoun follows its noun's phrase; a parse that hangs it on a noun whose phrase
        # does not reach it is wrong ("the chairman of Acme, who" may be the chairman)
        first = beside
        while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN":
            first = first.doc[first.i - 1]
        return first.idx, beside.idx + len(beside.text)
    noun = _noun_right_before_that(head, noun) or noun
    named = noun
    noun = _phrase_noun_by_sense(head, noun) or noun
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # the noun's phrase up to the clause: "Poland, the Czech Republic and Hungary, who were
    # invited" -- all three were
    words = [t for t in noun.subtree if t.i < head.left_edge.i and _is_word(t)]
    if not noun.is_ancestor(named) and named.i > noun.i:
        # "sold bonds [from Brazil], which were downgraded": the phrase the parse hung on the
        # verb is still the noun's
        after = [t for t in noun.doc[noun.i + 1 : named.i + 1] if _is_word(t)]
        words = sorted({t.i: t for t in (*words, *after)}.values(), key=lambda t: t.i)
    while words and words[0].dep_ in ("case", "mark", "cc"):
        words.pop(0)  # "In a drama that has divided ...": the drama divides
    if not words:
        return None
    first, last = words[0], words[-1]
    return first.idx, last.idx + len(last.text)


def _noun_right_before_that(head: Token, noun: Token) -> Token | None:
    """ "Thousands of veterans of the uprising that toppled the king": a "that" or "which"
    with no comma before it opens a clause on the noun right before it, the last noun of the
    phrase (the uprising toppled the king), where the parse hung it on a noun further back in
    that phrase ("who" may reach back to people: "veterans of the uprising who marched")."""
    pronoun = next(
        (c for c in head.children if c.lower_ in ("that", "which") and c.i < head.i), None
    )
    if pronoun is None or pronoun.i < 1 or pronoun.i != head.left_edge.i:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.i == noun.i or before.pos_ not in ("NOUN", "PROPN") or before.dep_ != "nmod":
        return None
    if not noun.is_ancestor(before):
        return None
    while before.dep_ in ("flat", "compound") and before.head.i > before.i:
        before = before.head
    return before


# Prepositions that hang a place, a party or a source on a noun ("the plant in Ohio", "talks
# with Japan", "a bill from the House"): the phrase is about the noun before them. Not "of",
# whose noun is often the one meant ("the host of the series Room 401, which was dropped").
_SETTING_PREPOSITIONS = lexicon.words("in at with from near inside outside across between among")


def _phrase_noun_by_sense(head: Token, noun: Token) -> Token | None:
    """ "Talks with Japan, which stalled last year": the parser hangs a "which" or "that"
    clause on the last noun before it, but what stalled is the talks. Where that noun is a
    name set on a common noun by a preposition of place or party, the clause is the common
    noun's when its verb agrees with that noun alone ("shares in Acme, which have fallen")
    or, agreement silent, when the verb does nothing to anything (an intransitive or a
    passive verb: "the plant in Ohio, which closed", "the mission in Kosovo, which was set
    up in 1999"). A verb with an object stays the name's ("talks with Iran, which denies
    seeking arms"), and so does one that agrees with the name alone. The common noun, or
    None to keep the parse's."""
    pronoun = next(
        (
            c
            for c in head.children
            if c.lower_ in ("which", "that") and c.dep_ in ("nsubj", "nsubj:pass")
        ),
        None,
    )
    case = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)
    if pronoun is None or case is None or case.lower_ not in _SETTING_PREPOSITIONS:
        return None
    outer = noun.doc[case.left_edge.i - 1] if case.left_edge.i else None
    # the noun right before the phrase, whether the parse hangs the phrase on it ("talks
    # with Japan") or on its verb ("sold shares in Acme")
    if outer is None or outer.pos_ != "NOUN" or noun.dep_ not in ("nmod", "obl"):
        return None
    if outer.i != noun.head.i and not (noun.dep_ == "obl" and outer.head.i == noun.head.i):
        return None
    if lemma(head) in lexicon.REPORTING_VERBS | lexicon.ATTITUDE_VERBS:
        return None  # "talks with Iran, which denied ...": what says or thinks is the name
    number = _verb_number(head)
    if number is not None and _noun_number(noun) != _noun_number(outer):
        return outer if number == _noun_number(outer) else None
    if not (noun.pos_ == "PROPN" or (noun.text[:1].isupper() and not noun.is_sent_start)):
        return None  # "the roof of the building, which collapsed": which one is unsure
    acts_on = ("obj", "iobj", "ccomp", "xcomp")
    if pronoun.dep_ == "nsubj" and any(c.dep_ in acts_on for c in head.children):
        return None
    return outer


def _verb_number(verb: Token) -> str | None:
    """ "sing" or "plur" where the verb group of ``verb`` shows its number ("has", "were",
    "closes"); None where it does not ("closed", "will close")."""
    for token in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))):
        if token.tag_ == "VBZ" or token.lower_ == "was":
            return "sing"
        if token.tag_ == "VBP" or token.lower_ == "were":
            return "plur"
    return None


def _noun_number(noun: Token) -> str:
    if noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children):
        return "plur"
    return "sing"


def _noun_before_relative(head: Token) -> Token | None:
    """The name right before the comma and the "who" or "which" opening a relative clause
    ("Ritter, who arrived"), if there is one."""
    pronoun = next(
        (c for c in head.children if c.lower_ in ("who", "which") and c.i < head.i), None
    )
    if pronoun is None or pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    before = pronoun.doc[pronoun.i - 2]
    return before if before.pos_ == "PROPN" else None


def subject_span(head: Token | None) -> tuple[int, int] | None:
    """Where the clause's subject lies, as the parse reads it: the subject noun with the
    words before it in its phrase and the name words after it ("Henk de Vries"), without
    what hangs after it (a relative clause, an apposition, a participle phrase)."""
    if head is None:
        return None
    for token in _clause_chain(head):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            break
    else:
        return None
    # "Within a month of the launch event, Apple Computer announced": an "apposition" that
    # runs into the verb with no comma is the subject the parser mistook
    verb = subject.head
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.right_edge.i + 1 == verb.i - _auxiliaries(verb)
            # "Poland, the Czech Republic and Hungary joined": a list, not an apposition
            and not any(c.dep_ == "conj" for c in child.children)
        ):
            subject = child
    named = name_before_description(subject)
    if named is not None:
        return named
    # the words right before the subject that make its phrase ("the national grid company"),
    # not an opening the parser hung on it ("So far, however, talks ...")
    first = subject
    while first.i > 0 and not first.is_sent_start:
        before = subject.doc[first.i - 1]
        if before.dep_ not in _PHRASE_BEFORE or not subject.is_ancestor(before):
            break
        first = before
    last = subject
    for child in subject.children:
        if child.dep_ in ("flat", "compound") and child.i == last.i + 1:
            last = child
    return first.idx, last.idx + len(last.text)


def name_before_description(subject: Token) -> tuple[int, int] | None:
    """ "Jane Roe, a banker at Beta Bank, was named chief executive": a name opening the
    sentence, then a description between commas right before the verb, is the subject and
    the description its apposition, where the parser made the description the subject and
    hung the name elsewhere. Where the name lies, or None."""
    doc, verb = subject.doc, subject.head
    words = [t for t in subject.subtree if not t.is_punct]
    if not words:
        return None  # the parser made a lone mark the subject: there is no name before it
    start, end = words[0].i, words[-1].i
    if start < 2 or doc[start - 1].text != ",":
        return None
    if end + 2 != verb.i - _auxiliaries(verb) or doc[end + 1].text != ",":
        return None
    name = doc[subject.sent.start : start - 1]
    if not len(name) or any(t.pos_ != "PROPN" for t in name if not t.is_punct):
        return None
    if any(t.dep_ in ("nsubj", "nsubj:pass") for t in name) or not name[0].is_sent_start:
        return None
    return name[0].idx, name[-1].idx + len(name[-1].text)


_PHRASE_BEFORE = frozenset(
    {"det", "amod", "compound", "nummod", "nmod:poss", "flat", "case", "det:predet"}
)


def _auxiliaries(verb: Token) -> int:
    """How many auxiliaries and adverbs stand right before the verb ("has quietly said")."""
    count = 0
    for i in range(verb.i - 1, -1, -1):
        token = verb.doc[i]
        if token.head.i != verb.i or token.dep_ not in ("aux", "aux:pass", "advmod", "neg"):
            break
        count += 1
    return count


def has_nominal_subject(head: Token | None) -> bool:
    """Whether the clause headed by ``head`` has a subject that is a noun, not a pronoun."""
    if head is None:
        return False
    for token in _clause_chain(head):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and child.pos_ in ("NOUN", "PROPN"):
                return True
    return False


# --- whether a clause tells a happening --------------------------------------------------------


# A named reason why the clause headed by a word is not a happening; ``apply`` returns None
# when the rule does not apply.
ReadingRule = NamedRule["Callable[[Token], Reading | None]"]  # Token: the parser's, typed only


def reading_rule(fn: Callable[[Token], Reading | None]) -> ReadingRule:
    return named_rule(fn)


def _clause_chain(head: Token) -> Iterator[Token]:
    """The head and the heads of the clauses it belongs to, up to the sentence's root,
    through coordination ("If X leaves and Y follows": "follows" is under the "if" too)."""
    token = head
    for _ in range(50):  # a parse is a tree; the bound only guards against a broken one
        yield token
        if token.dep_ != "conj" or token.head.i == token.i:
            return
        token = token.head


@reading_rule
def under_condition(head: Token) -> Reading | None:
    """ "If Cyprus leaves the euro, its banks would collapse": what happens "if" or
    "unless", and what would follow from it, has not happened."""
    for token in _clause_chain(head):
        if _marked_condition(token):
            return Reading.CONDITION
        if any(c.dep_ == "advcl" and _marked_condition(c) for c in token.children):
            return Reading.CONDITION
    return None


def _marked_condition(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKERS for c in token.children)


@reading_rule
def asked(head: Token) -> Reading | None:
    """ "Will the talks resume on Monday?": a question tells nothing that happened."""
    # (no Token.sent: spaCy scans the whole document for it, every time)
    doc, end = head.doc, head.i
    while end + 1 < len(doc) and not doc[end + 1].is_sent_start:
        end += 1
    last = next((doc[i] for i in range(end, head.i - 1, -1) if not doc[i].is_space), None)
    while last is not None and last.is_punct and last.text not in "?" and last.i > head.i:
        last = doc[last.i - 1]
    if last is None or last.text != "?":
        return None
    root = head
    for _ in range(60):
        if root.head.i == root.i:
            break
        root = root.head
    return Reading.QUESTION if head.i >= root.i else None


# Adverbs that make a forecast a guess: "will probably return".
_HEDGES = frozenset({"probably", "likely", "possibly", "perhaps", "maybe"})
# Verbs of reaching a view, whose clause says what was concluded.
_CONCLUDING_VERBS = lexicon.words("decide conclude")


@reading_rule
def hedged(head: Token) -> Reading | None:
    """ "The gunmen may be hiding in the hills", "The leader might have fled north", "The
    crew may be in the hills": "may" or "might" before the progressive, the perfect or a
    copula guesses at what is or was so; a guess is a view, and saying it is no news ("The
    talks may resume on Monday", a plain verb after "may", foretells, and ``unreal`` reads
    it). So is what "will probably" or "will likely" be ("The pilots said the strike will
    probably end in May": neither the end nor the saying is news), and deciding or
    concluding that it will ("The two brothers have decided they will probably stay in
    Lima")."""
    for token in _clause_chain(head):
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "cop") and c.i < token.i]
        for first, then in zip(auxiliaries, auxiliaries[1:], strict=False):
            if first.lower_ not in _GUESSING_AUXILIARIES:
                continue
            if then.lower_ == "have" and then.dep_ == "aux":
                return Reading.OPINION
            if then.lower_ == "be" and (then.dep_ == "cop" or token.tag_ == "VBG"):
                return Reading.OPINION
        # "will probably return", "will likely be available": a guess at what will be
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in auxiliaries) and any(
            c.dep_ == "advmod" and c.lower_ in _HEDGES for c in token.children
        ):
            return Reading.OPINION
    if lemma(head) in _CONCLUDING_VERBS and any(
        c.dep_ == "ccomp" and c.i > head.i and hedged.apply(c) is not None for c in head.children
    ):
        return Reading.OPINION  # "decided they will probably stay": deciding on a guess
    return None


@reading_rule
def unreal(head: Token) -> Reading | None:
    """ "The savings of its people would be worthless": what would, could, might or should
    be is no happening (the past "could not" of a report is caught by the tense rules)."""
    for token in _clause_chain(head):
        negated = any(c.dep_ == "advmod" and c.lower_ in ("not", "n't") for c in token.children)
        for child in token.children:
            if child.dep_ != "aux" or child.lower_ not in _UNREAL_AUXILIARIES:
                continue
            if not (negated and child.lower_ in _PAST_ABILITY):
                return Reading.HYPOTHETICAL
    return None


@reading_rule
def nothing_done(head: Token) -> Reading | None:
    """ "Police gave no details", "The men took no money", "whatever happens": doing
    nothing, or whatever may be, is no happening."""
    for child in head.children:
        if child.dep_ in ("obj", "nsubj", "nsubj:pass") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in child.children
        ):
            return Reading.STATE
        if child.dep_ in ("nsubj", "nsubj:pass") and child.lower_ in _OPEN_WORDS:
            return Reading.STATE
        if child.dep_ == "advmod" and child.lower_ == "never":
            return Reading.STATE
    return None


# Verbs of closing off a possibility: "rule out", "exclude".
_EXCLUDING_VERBS = lexicon.words("exclude preclude")


@reading_rule
def left_open(head: Token) -> Reading | None:
    """ "The mayor did not rule out closing the harbour sometime in 2025", "The tests did
    not exclude a link between the outbreaks": not ruling something out leaves it possible,
    a view of what may be; nothing was done."""
    word = lemma(head)
    out = any(c.dep_ == "compound:prt" and c.lower_ == "out" for c in head.children)
    if not ((word == "rule" and out) or word in _EXCLUDING_VERBS):
        return None
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in ("not", "n't") for c in head.children):
        return Reading.OPINION
    return None


# "was of the schools", "is of great importance", "was like a war": what kind, whose or how
# much, never a place or a condition
_OF_KIND = frozenset({"of", "like"})


@reading_rule
def state(head: Token) -> Reading | None:
    """ "This is not Lehman", "It's possible there will be more": a predicate that is an
    adjective or a noun tells a state, unless its subject names a happening ("The vote was
    on Sunday"); a place or condition ("six people were in custody") is a situation to
    date, and stays. An adjective judges even a happening ("The raid has been very
    successful", "The talks were useful"): how it went is a view of it, not a happening."""
    if head.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON", "NUM", "SYM"):  # SYM: "was $4 million"
        return None
    if not any(c.dep_ == "cop" for c in head.children):
        return None
    if any(c.dep_ == "case" and c.lower_ not in _OF_KIND for c in head.children):
        return None  # a place or condition: ``described`` tells which of them describe
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if head.pos_ != "ADJ" and any(names_happening(s) for s in subjects):
        return None
    return Reading.STATE


@reading_rule
def described(head: Token) -> Reading | None:
    """ "The island was still under military rule", "The mayor was in Chicago": a place or
    a state going on describes (``figure_states``), unless the subject names a happening
    ("The vote was in March")."""
    if not describes(head):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return None if any(names_happening(s) for s in subjects) else Reading.STATE


@reading_rule
def expletive(head: Token) -> Reading | None:
    """ "It is likely that the ceasefire will hold", "There is no doubt": an expletive
    subject opens a judgement, not a happening."""
    if any(c.dep_ == "expl" for c in head.children) and head.pos_ in ("ADJ", "NOUN", "AUX"):
        return Reading.STATE
    return None


@reading_rule
def view(head: Token) -> Reading | None:
    """ "Analysts believe the ceasefire will hold": believing, hoping and fearing are views;
    so are guessing what will be or was ("Analysts predict slower growth", "Traders have
    speculated that the bids were low"). "She appeared in a film", "He appeared in court": appearing somewhere, with no clause of
    what seemed, is a happening ("appeared to be tired" stays a view)."""
    if lemma(head) in _OPINION_VERBS and not _appears_somewhere(head):
        return Reading.OPINION
    return None


_SHOWN_IN = frozenset({"in", "on", "at", "before", "as", "with", "alongside", "opposite"})


def _appears_somewhere(head: Token) -> bool:
    """Whether "appear" heads a showing in some place or work, not a seeming: an oblique
    with "in", "on", "at", ... and no complement clause or predicate."""
    if lemma(head) != "appear":
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "csubj", "expl") for c in head.children):
        return False
    return any(
        c.dep_ in ("obl", "obl:unmarked")
        and any(g.dep_ == "case" and g.lower_ in _SHOWN_IN for g in c.children)
        for c in head.children
    )


@reading_rule
def foretold(head: Token) -> Reading | None:
    """ "Papermaster's post will be filled by Bob Mansfield": what will be is foretold, not
    news of the day."""
    for token in _clause_chain(head):
        if any(c.dep_ in ("aux", "aux:pass") and c.lower_ in _FUTURE for c in token.children):
            return Reading.PREDICTION
    return None


_FRAMED_CLAUSES = frozenset({"advcl", "acl:relcl"})


def _clause_governor(token: Token) -> Token:
    """The head of the clause a subordinate clause hangs in: for "when" after a noun
    ("until after December, when the count ends"), the predicate the noun belongs to."""
    governor = token.head
    for _ in range(8):
        if governor.pos_ in ("VERB", "AUX", "ADJ") or governor.head.i == governor.i:
            break
        governor = governor.head
    return governor


@reading_rule
def future_frame(head: Token) -> Reading | None:
    """ "The strike will end when the union signs the new contract", "No result will be
    final until after March, when the board completes its audit": a clause in the present
    under a clause that tells what will be is the time of that future, and has not happened
    either ("will resign because he lost the vote", in the past, tells what did)."""
    for token in _clause_chain(head):
        if token.dep_ not in _FRAMED_CLAUSES or token.head.i == token.i:
            continue
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children)
        if token.tag_ not in _PRESENT_TAGS and not perfect:
            continue
        governor = _clause_governor(token)
        if foretold.apply(governor) is not None or planned.apply(governor) is not None:
            return Reading.PREDICTION
    return None


_PLANNING_PASSIVES = lexicon.words("""
schedule set slate plan intend expect due poise earmark timetable
""")
_PLANNING_VERBS = lexicon.words("plan intend aim")


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)


def _infinitive(verb: Token) -> Token | None:
    """The "to" infinitive the verb governs ("plans to visit": "visit"), if any."""
    for child in verb.children:
        if (
            child.dep_ in ("xcomp", "ccomp", "advcl")
            and child.i > verb.i
            and any(c.dep_ == "mark" and c.lower_ == "to" for c in child.children)
        ):
            return child
    return None


# the present only: "whom he was to meet years later" tells, in a life's story, what did
# happen
_BE_FORMS = frozenset({"is", "are", "am", "'s", "'re"})


def _be_to(verb: Token) -> bool:
    """ "are to travel", "is to be funded": "be" in the present and "to" before the verb."""
    before = [c for c in verb.children if c.i < verb.i]
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in before) and any(
        c.dep_ in ("cop", "aux", "aux:pass") and c.lower_ in _BE_FORMS for c in before
    )


def _planned_for(verb: Token) -> bool:
    """ "is scheduled for release": a "for" phrase says what is planned."""
    return any(
        c.dep_ == "obl" and any(g.lower_ == "for" for g in c.children) for c in verb.children
    )


@reading_rule
def planned(head: Token) -> Reading | None:
    """ "The procedures are due to go before the Security Council next week": what is due,
    scheduled, set, intended, planned, going to happen or "is to" happen has not happened
    yet."""
    for token in _clause_chain(head):
        if any(c.lower_ == "due" and c.i < token.i for c in token.children):
            return Reading.PREDICTION  # "are due to go": the parse hangs "due" on "go"
        if _be_to(token):
            return Reading.PREDICTION  # "The panel is to be funded by donations"
        word = lemma(token)
        if token.lower_ == "going" and _infinitive(token) is not None:
            return Reading.PREDICTION  # "We are going to make history"
        if (
            word in _PLANNING_PASSIVES
            and _passive(token)
            and (_infinitive(token) is not None or _planned_for(token))
        ):
            return Reading.PREDICTION  # "is scheduled for release", "is set to open"
        if word in _PLANNING_VERBS and not _passive(token) and _infinitive(token) is not None:
            return Reading.PREDICTION  # "The minister plans to visit Kyiv"
    return None


# Verbs of judging or hearing, in the passive: "is seen as", "is said to be", "is credited
# with" -- what others think or say of something, not what it did.
_JUDGING_PASSIVES = lexicon.words("""
see regard view consider deem report say believe think rumour rumor know credit
understand reckon describe hail tout
""")


@reading_rule
def judged(head: Token) -> Reading | None:
    """ "The visit is seen as a test of the agreement": what something is seen as, said or
    reported to be, or credited with, is a view of it, not a happening ("were reported
    killed", "is said to have fled" report happenings, and stay)."""
    if lemma(head) not in _JUDGING_PASSIVES or not _passive(head):
        return None
    for child in head.children:
        if child.dep_ == "obl" and any(c.lower_ in ("as", "with", "for") for c in child.children):
            return Reading.OPINION  # "seen as a test", "credited with the success"
        if child.dep_ == "xcomp" and child.tag_ != "VBN":
            perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in child.children)
            if not perfect:
                return Reading.OPINION  # "are reported to want", "is said to be faster"
    return None


_EXPLAINING_NOUNS = lexicon.words("response reaction retaliation reply answer protest revenge")
_EXPLAINING_VERBS = lexicon.words("explain attribute ascribe")
_ASCRIBING_VERBS = lexicon.words("attribute ascribe")


@reading_rule
def explained(head: Token) -> Reading | None:
    """ "The minister's remarks were in response to signals from Syria": a clause saying
    what an earlier happening answered, or what explains it ("The rise is explained by
    demand", "The bank attributed the loss to bad loans"), explains it; it is no new
    happening."""
    if lemma(head) in _EXPLAINING_VERBS and _passive(head):
        return Reading.STATE  # "The rise is explained by strong demand at Christmas"
    if lemma(head) in _ASCRIBING_VERBS and any(
        t.i > head.i and t.dep_ in ("case", "mark") and t.lower_ == "to" for t in head.subtree
    ):
        # "The firm attributed the decline to higher costs": what a figure is put down to
        return Reading.STATE
    if lemma(head) not in _EXPLAINING_NOUNS or not any(c.dep_ == "cop" for c in head.children):
        return None
    if any(c.dep_ == "case" and c.lower_ == "in" for c in head.children):
        return Reading.STATE
    return None


@reading_rule
def compared(head: Token) -> Reading | None:
    """ "The loss compares with a profit of $2 million", "Net income was $4 million, compared
    with $6 million a year earlier": setting a figure beside another is no happening (its
    date is the other figure's); comparing something, with an object ("The report compared
    the two banks"), is an act."""
    if lemma(head) != "compare" or any(c.dep_ == "obj" for c in head.children):
        return None
    if head.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in head.children):
        return None  # "The panel compared with ...": an active past tense misread
    # the word right after it: the parse may hang "with a year earlier" on "earlier"
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return Reading.STATE if after is not None and after.lower_ in ("with", "to") else None


# What a plan, an agreement or a law is written to say: what it "calls for" or "requires" is
# its terms, not a happening ("The minister called for a ceasefire", said of a person, is one).
_TERMS_NOUNS = lexicon.words("""
accord agreement deal pact treaty contract proposal plan bid offer bill law resolution
measure package settlement budget legislation program programme scheme regulation rule
rules charter constitution directive guideline guidelines terms
""")
_TERMS_VERBS = lexicon.words("require stipulate envisage envision oblige")


@reading_rule
def terms(head: Token) -> Reading | None:
    """ "The accord also called for the buyer to purchase 500,000 shares", "The rival offer
    requires the board to hold a vote by March": what a plan, an agreement or a law
    calls for or requires is what it says, not what was done."""
    word = lemma(head)
    if word == "call":
        if not any(
            any(g.dep_ in ("case", "mark") and g.lower_ == "for" for g in c.children)
            for c in head.children
        ):
            return None
    elif word not in _TERMS_VERBS:
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return Reading.STATE if any(lemma(s) in _TERMS_NOUNS for s in subjects) else None


# Verbs that tell what a figure holds or what balances it: "Results included a write-down",
# "The charge was offset by a gain", "Exports accounted for 27% of sales".
_FIGURE_MAKEUP_VERBS = lexicon.words("include")


@reading_rule
def figure_explained(head: Token) -> Reading | None:
    """ "The increase reflected strong demand for houses", "Results for the quarter included a
    $30 million write-down", "The charge is offset by a gain on a sale": what a figure reflects,
    holds or is balanced by explains the figure; it is no happening ("The delegation
    included two ministers", of people, stays; a share of a whole is ``share_of_a_whole``'s)."""
    word = lemma(head)
    if head.pos_ != "VERB":
        return None
    if word == "reflect" and not _passive(head):
        return Reading.STATE  # what something reflects is a comment on it
    if word == "offset":
        return Reading.STATE  # one sum balancing another
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if word in _FIGURE_MAKEUP_VERBS and any(_figure(s) for s in subjects):
        return Reading.STATE
    return None


# Adverbs that make a clause tell what is usual or lasting, not one happening.
_HABITUAL_ADVERBS = lexicon.words("""
often occasionally frequently sometimes usually regularly routinely always long
traditionally generally typically staunchly steadfastly consistently persistently
habitually customarily
""")


@reading_rule
def habitual(head: Token) -> Reading | None:
    """ "The leadership has long opposed the alliance's expansion": what is done often,
    always or long is a habit or a stance, not a happening."""
    for token in _clause_chain(head):
        if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in token.children):
            return Reading.STATE
    return None


# Stretches of time a state lasts over: "for years", "for three decades".
_LASTING = lexicon.words("years decades months weeks ages generations centuries")
_PRESENT_HAVE = frozenset({"has", "have", "'ve", "'s"})


@reading_rule
def lasting(head: Token) -> Reading | None:
    """ "The republic has steered a careful course between the blocs for years", "The
    opening of the dam has been delayed for decades": the present perfect with "for" and a
    stretch of time tells what has gone on until now, a stance or a state, not a happening
    ("was jailed for two years", in the past, tells one; so does "has been banned for two
    years", a passive with its term counted). ``event_rules.kept_up_since`` reads "since" and
    "over the past 15 years" by the words, for an undated clause only; this reads "for" by the
    parse, dated or not ("“For the past few months we have been fed rumours,” the
    minister said on Thursday")."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "aux:pass") and c.i < head.i]
    if not any(c.lower_ in _PRESENT_HAVE and c.dep_ == "aux" for c in auxiliaries):
        return None
    passive = any(c.dep_ == "aux:pass" for c in auxiliaries)
    for word in _own_phrases(head):
        if word.lower_ not in _LASTING or word.dep_ not in ("obl", "nmod"):
            continue
        if not any(c.dep_ == "case" and c.lower_ == "for" for c in word.children):
            continue
        counted = any(c.dep_ == "nummod" for c in word.children)
        # "signed a contract for three years": a counted term of a thing is its length
        if counted and (passive or word.head.i != head.i):
            continue
        return Reading.STATE
    return None


@reading_rule
def content_told(head: Token) -> Reading | None:
    """ "The 1991 agreement was that neither side would use the name": what an agreement,
    a rule or a problem "is that" is its content, not a happening."""
    verb = head.head if head.dep_ == "cop" else head
    if head.dep_ != "cop" and not any(c.dep_ == "cop" for c in head.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children) and any(
        c.dep_ == "nsubj:outer" for c in verb.children
    ):
        return Reading.STATE
    return None


_PERIODS = lexicon.words("""
quarter year month week season term period half session semester
""")
_PERIOD_BOUNDS = lexicon.words("end begin start close run last conclude finish expire")


@reading_rule
def calendar(head: Token) -> Reading | None:
    """ "The autumn term of the Polish parliament began on 5 September", "Sales rose in the
    last quarter, which ended on December 30": that a quarter, a year or a term begins or
    ends is the calendar, not a happening."""
    if lemma(head) not in _PERIOD_BOUNDS:
        return None
    if any(c.dep_ == "nsubj" and lemma(c) in _PERIODS for c in head.children):
        return Reading.STATE  # "The fiscal year ends on June 30"
    if head.dep_ in ("acl:relcl", "acl"):
        # the noun right before the relative clause ("the last quarter, which ended"): the
        # parse may hang the clause on a noun further back
        before = head.left_edge.i - 1
        while before >= 0 and head.doc[before].is_punct:
            before -= 1
        if before >= 0 and lemma(head.doc[before]) in _PERIODS:
            return Reading.STATE
    return None


_ECHO_VERBS = lexicon.words("come follow")
_ECHO_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their"})


@reading_rule
def named_again(head: Token) -> Reading | None:
    """ "The announcement came at a special event hosted by the company": a happening named
    again by "the" and a noun, said to come or follow, was told before; this is where or
    when it came, not a new happening (unless it came during one: "during a meeting").
    Nor is what it "marked" ("marked the third time")."""
    word = lemma(head)
    if word not in _ECHO_VERBS and word != "mark":
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects or not names_happening(subjects[0]):
        return None
    subject = subjects[0]
    told_before = any(
        (c.dep_ == "det" and c.lower_ in _ECHO_DETERMINERS) or c.dep_ == "nmod:poss"
        for c in subject.children
    )
    if not told_before:
        return None
    if any(c.dep_ == "obl" and names_happening(c) for c in head.children):
        return None  # "The offer came during a meeting between the ministers": the meeting
    if word == "mark":
        # "marked the third time", "marked the first visit": a comment on it
        objects = [c for c in head.children if c.dep_ == "obj"]
        ordinal = any(
            c.dep_ == "amod" and c.lower_ in _ORDINALS for o in objects for c in o.children
        )
        return Reading.STATE if ordinal or any(lemma(o) == "time" for o in objects) else None
    return Reading.STATE


_ORDINALS = lexicon.words("first second third fourth fifth last latest")
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Determiners of a subject that speaks of a kind, not of one: "such groups", "any bank".
_KIND_DETERMINERS = frozenset({"such", "any", "every", "each"})


@reading_rule
def generic(head: Token) -> Reading | None:
    """ "Such groups grow rapidly in hard times", "Every bank keeps a reserve": a subject
    that stands for a kind, with the simple present, says what is usual, not what happened
    ("Every bank closed on Monday", in the past, tells a happening)."""
    if head.tag_ not in _PRESENT_TAGS:
        return None
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubj:pass") and any(
            d.dep_ in ("det", "amod") and d.lower_ in _KIND_DETERMINERS for d in child.children
        ):
            return Reading.STATE
    return None


def _figure(noun: Token) -> bool:
    """Whether a noun phrase is a figure: a number, a sum or a share in it ("277 flaws",
    "sales of $154 million"), or a noun for what is measured ("record profits")."""
    # the noun and what is measured of it, not a year in brackets or a name ("13th")
    measured = [noun, *(c for c in noun.children if c.dep_ == "nmod")]
    # a share the parse hangs on the noun otherwise: "a 21.2% stake", "an average 0.85% return"
    if any(
        c.dep_ in ("compound", "obl:unmarked") and c.lower_ in ("%", "percent")
        for c in noun.children
    ):
        return True
    return any(
        t.lower_ in FIGURE_NOUNS
        or t.lower_ in ("percent", "%")
        or t.pos_ in ("NUM", "SYM")
        or any(c.dep_ == "nummod" for c in t.children)
        for t in measured
    )


def _participle(word: Token) -> bool:
    """Whether a word the parse took for a noun is a verb's past participle ("has risen",
    the perfect misread as "has" and an object)."""
    verb = lexicon.lemma_of(word.lower_)
    return verb is not None and lexicon.inflect(verb, "pp") == word.lower_


@reading_rule
def possessed(head: Token) -> Reading | None:
    """ "The old browser has 277 known flaws": what something has, in the present, or a
    figure it had ("The two firms had sales of $154 million in 2023"), is how things stand,
    not a happening ("She had a baby in 2023", "has a meeting with the president on
    Friday": what is had is a happening, and stays; "has resigned" is a perfect)."""
    if lemma(head) != "have" or head.pos_ not in ("VERB", "AUX") or head.dep_.startswith("aux"):
        return None  # (the parse tags a main "had" AUX at times)
    objects = [c for c in head.children if c.dep_ == "obj"]
    if not objects:
        # "had 73 million shares outstanding": the parse may hang the count on the adjective
        objects = [
            g
            for c in head.children
            if c.dep_ == "xcomp" and c.pos_ == "ADJ"
            for g in c.children
            if g.dep_ in ("obl:unmarked", "nsubj") and g.i < c.i and _figure(g)
        ]
    if not objects or any(names_happening(o) or _participle(o) for o in objects):
        return None
    present = head.tag_ in _PRESENT_TAGS or any(
        c.dep_ == "aux" and c.lower_ in ("do", "does") for c in head.children
    )
    if present or any(_figure(o) for o in objects):
        return Reading.STATE
    return None


# Verbs that say where a price, an index or a count stood at a moment: "closed at $38.50",
# "stood at $108 million", "was estimated at 2.4 billion shares"
_LEVEL_VERBS = lexicon.words("close stand trade finish end settle estimate value")
# A price's move told with a copula: "The index was down 15.82 at 2681.76"
_LEVEL_MOVES = lexicon.words("up down off unchanged higher lower flat")
_CURRENCY_SIGNS = frozenset({"$", "#", "£", "€", "¥", "%"})


def _level(phrase: Token) -> bool:
    """Whether an "at" phrase names a level: a sum, a share or a count ("at $38.50", "at
    2681.76", "at 2.4 billion shares"), not a clock time ("at 10:30")."""
    words = list(phrase.subtree)
    if any(":" in t.text or t.lower_ in ("a.m.", "p.m.", "noon", "midnight") for t in words):
        return False
    return any(
        t.text in _CURRENCY_SIGNS or (t.pos_ == "NUM" and any(ch.isdigit() for ch in t.text))
        for t in words
    )


def _per_unit(noun: Token) -> bool:
    """Whether a noun with "a" follows a sum it divides ("9 cents a share", "$80 a
    barrel"): the parse may take it for an object."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    before = noun.left_edge.i - 1
    return before >= 0 and _figure(noun.doc[before])


@reading_rule
def level_of_the_day(head: Token) -> Reading | None:
    """ "The stock closed at $38.50", "Loss reserves stood at $108.3 million", "The index was
    down 15.82 at 2681.76": where a price, an index or a count stood is how the market stood
    that day, a quotation, not a happening ("The firm closed its plant" is one; "Shares
    fell $2" is a move, told by other rules)."""
    moved = head.lower_ in _LEVEL_MOVES and any(c.dep_ == "cop" for c in head.children)
    if not moved and (head.pos_ != "VERB" or lemma(head) not in _LEVEL_VERBS):
        return None
    if any(c.dep_ == "obj" and not _figure(c) and not _per_unit(c) for c in head.children):
        return None  # "closed the plant at a cost of $3 million": something was done
    at = [
        c
        for c in head.children
        if c.dep_.startswith("obl")
        and any(g.dep_ == "case" and g.lower_ == "at" for g in c.children)
    ]
    return Reading.STATE if any(_level(c) for c in at) else None


# Verbs of a price's or an index's move in a day's trading.
_MOVE_VERBS = lexicon.words("""
fall drop decline slip ease dip sink slide tumble plunge slump lose shed rise climb gain
advance jump rally surge firm edge
""")
# What is quoted in the markets: a stock, an index, a price, a currency.
_QUOTED = lexicon.words("""
stock stocks share shares index indexes indices average price prices dollar dollars yen euro
pound mark franc bond bonds future futures currency issue issues
""")


def _number_phrase(word: Token) -> bool:
    """Whether a word heads a number or a sum ("416", "$16.25", "19.69 points")."""
    return word.pos_ in ("NUM", "SYM") or any(
        c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) for c in word.children
    )


@reading_rule
def quoted_move(head: Token) -> Reading | None:
    """ "The index fell 148 points to 2681.76", "Shell eased 1 to 416", "The company's stock
    rose $2.50 to $117.375": how far a price or an index moved in a day's trading, and where
    it stood, is the market's quotation of the day, not a happening ("Profit fell 6% to $20.6
    million", a company's figure, is its results; "The death toll rose by 12 to 140" stays)."""
    if head.pos_ != "VERB" or lemma(head) not in _MOVE_VERBS:
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects or not all(
        lemma(s) in _QUOTED or (s.pos_ == "PROPN" and s.lower_ not in FIGURE_NOUNS)
        for s in subjects
    ):
        return None
    to_level = by_amount = False
    for token in head.subtree:
        if token.head.i == token.i or not _number_phrase(token):
            continue
        if any(c.dep_ == "case" and c.lower_ == "to" for c in token.children):
            # a level, not a range of shares ("fell 50% to 75%")
            words = [*token.subtree, token.head]
            to_level = to_level or not any(t.lower_ in ("%", "percent") for t in words)
        elif token.head.i == head.i and token.dep_ in ("obj", "obl:unmarked", "obl:npmod"):
            by_amount = True
    return Reading.STATE if to_level and by_amount else None


# Verbs of a measure's change or level over time: "rose", "fell", "doubled", "averaged".
_TREND_VERBS = lexicon.words("""
rise fall increase decrease decline drop grow shrink climb jump double triple halve soar
surge plunge slide slip sink dip expand contract average fluctuate
""")
# Nouns that are a stretch of years by themselves: "early in the decade".
_LONG_STRETCHES = lexicon.words("decade decades century generation")
# A subject that is a person: what a person rose to is a career, told by other rules.
_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "you"})
# Clauses of their own inside a clause: their dates are theirs.
_OWN_CLAUSES = frozenset({"ccomp", "csubj", "advcl", "acl:relcl", "parataxis", "acl"})
# Words that open a sentence with the stretch it speaks of: "Between 2001 and 2009, ...".
_STRETCH_OPENERS = frozenset({"between", "from", "since", "throughout", "over", "during"})


def _year(token: Token) -> int | None:
    """The year a token is ("1985"), else None."""
    text = token.text
    if len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2199:
        return int(text)
    return None


def _decade(token: Token) -> bool:
    """ "the 2000s", "the '90s": a decade by itself."""
    text = token.lower_.lstrip("'’")
    return text.endswith("0s") and text[:-1].isdigit()


def _own_phrases(head: Token) -> list[Token]:
    """The words of the clause headed by ``head`` outside the clauses it holds, and the
    opening phrase of its sentence before a comma ("Between 2001 and 2009, debt rose")."""
    words = [head]
    stack = [c for c in head.children if c.dep_ not in _OWN_CLAUSES]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _OWN_CLAUSES)
    doc, start = head.doc, head.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    if doc[start].lower_ in _STRETCH_OPENERS:
        for i in range(start, head.left_edge.i):
            if doc[i].text == ",":
                words.extend(doc[start:i])
                break
    return words


def _over_years(words: list[Token]) -> bool:
    """Whether a clause's words speak of a stretch of years: "between 1992 and 1996", "from
    12 percent in 1986 to 3 percent in 2006" (years apart), "throughout the 2000s", "since
    the decade's first years" -- not a year set beside the one before, as a company's
    results are ("rose to $5 million in 2023 from $4 million in 2022")."""
    years = {y for y in map(_year, words) if y is not None}
    if len(years) >= 2 and max(years) - min(years) >= 2:
        return True
    if any(t.lower_ == "between" and any(_year(w) for w in t.head.subtree) for t in words):
        return True
    return any(_decade(t) or lemma(t) in _LONG_STRETCHES for t in words)


@reading_rule
def trend(head: Token) -> Reading | None:
    """ "Household debt climbed from 90 percent of income in 1998 to 130 percent in 2012",
    "The jobless rate averaged 7 percent between 2003 and 2006": how a measure moved or
    stood over a stretch of years is a trend, not a happening of a day ("Profit rose to $5
    million in 2023 from $4 million in 2022", a company's result set beside the year
    before, and "Shares fell 3% on Monday" are news, and stay)."""
    if head.pos_ != "VERB" or lemma(head) not in _TREND_VERBS:
        return None
    if any(c.dep_ == "compound:prt" for c in head.children):
        return None  # "grew up in the 1950s": a life, not a measure
    if _passive(head) or _infinitive(head) is not None:
        return None  # "the league has been expanded to include ...": something was done
    if any(c.dep_ == "obj" and not _figure(c) for c in head.children):
        return None  # "doubled its fleet": a thing done, not a measure that moved
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if any(s.lower_ in _PERSONAL_PRONOUNS for s in subjects):
        return None
    return Reading.STATE if _over_years(_own_phrases(head)) else None


READING_RULES: list[ReadingRule] = [
    under_condition,
    asked,
    hedged,
    unreal,
    foretold,
    planned,
    nothing_done,
    left_open,
    state,
    described,
    expletive,
    view,
    judged,
    explained,
    compared,
    terms,
    figure_explained,
    habitual,
    lasting,
    calendar,
    named_again,
    content_told,
    possessed,
    level_of_the_day,
    quoted_move,
    trend,
    generic,
]


@reading_rule
def believed(head: Token) -> Reading | None:
    """ "The ministry believes that the rebels have seized the airport", "Doctors fear the
    virus has spread": what someone believes, fears or suspects happened is their view of
    it, not a happening the story tells (saying it is: "said the rebels seized the
    airport"). A clause joined to what is believed with a subject of its own and no "that"
    ("believed the storm had damaged the bridge, and on Monday he closed it") is told as
    done."""
    token = head
    if token.dep_ == "conj" and (
        _marked_that(token) or not any(c.dep_ in ("nsubj", "nsubj:pass") for c in token.children)
    ):
        token = token.head
    if token.dep_ == "ccomp" and token.head.i < token.i and view.apply(token.head):
        return Reading.OPINION
    return None


def _marked_that(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


# Readings a clause takes from the clause it hangs in, asked after ``READING_RULES`` (what a
# clause tells of itself comes first: "the half, which ends on June 30" is the calendar,
# not a plan, under "will have been booked by the close of the half").
FRAMING_RULES: list[ReadingRule] = [future_frame, believed]


def said_reading(head: Token | None) -> Reading | None:
    """What the complement of a verb of saying tells ("said on Wednesday the strike would
    go on": hypothetical), or None when the verb has no clause for a complement."""
    if head is None:
        return None
    said = next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i), None)
    return reading_of(said) if said is not None else None


def reading_of(head: Token | None) -> Reading:
    """What the clause headed by ``head`` tells: the first rule that applies, else a
    happening (also when the parse gives no head: the extractor's own rules decide then)."""
    if head is None:
        return Reading.HAPPENING
    for rule in (*READING_RULES, *FRAMING_RULES):
        found = rule.apply(head)
        if found is not None:
            return found
    return Reading.HAPPENING


_RELATIVE_WORDS = frozenset({"that", "which", "who"})
_OBJECT_ROLES = frozenset({"obj", "iobj", "xcomp"})


def _text_of(tokens: list[Token]) -> str:
    """Tokens joined as the article wrote them ("Russia's", not "Russia 's")."""
    out = ""
    for i, token in enumerate(tokens):
        out += token.text
        if i + 1 < len(tokens):
            adjacent = tokens[i + 1].i == token.i + 1
            out += token.whitespace_ if adjacent else " "
    return out.strip()


# What describes a noun after it rather than naming it: an apposition, a participle or relative
# clause.
_DESCRIBING_ROLES = frozenset({"appos", "acl", "acl:relcl", "parataxis"})


def of_phrase(noun: Token) -> Token | None:
    """The head of the "of" phrase after a noun: whom or what a deed the noun names was done
    to ("the bombing of the embassy" -> "embassy")."""
    return next(
        (
            c
            for c in noun.children
            if c.i > noun.i
            # "the shooting of Ruth Lee" is at times parsed as a verb's "obl"
            and c.dep_ in ("nmod", "obl")
            and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children)
        ),
        None,
    )


def _done_to(noun: Token) -> str:
    """ "last Friday's bombing of the embassy" -> "Embassy bombed": a happening named by a
    noun alone says what was done to whom its "of" names, as a passive title ("" if the
    noun has no verb behind it or no short "of" phrase)."""
    verb = lexicon.NOMINALISATIONS.get(noun.lower_) or lexicon.NOMINALISATIONS.get(lemma(noun))
    if not verb and noun.lower_.endswith("ing"):
        verb = dictionary_lemma(noun.lower_) or ""  # "the shooting of", "the kidnapping of"
    of = of_phrase(noun)
    if not verb or " " in verb or of is None:
        return ""
    # "of Dr. Ann Lee, a 52-year-old surgeon who ...": the person, without what describes her
    described = {
        t.i for c in of.children if c.i > of.i and c.dep_ in _DESCRIBING_ROLES for t in c.subtree
    } | {t.i for t in of.subtree if t.i > of.i and t.dep_ == "punct"}
    words = [t for t in of.subtree if t.i > noun.i and t.dep_ != "case" and t.pos_ != "DET"]
    words = [t for t in words if t.i >= of.left_edge.i and t.i not in described]
    if not words or len(words) > 5 or any(t.pos_ in ("VERB", "PUNCT") for t in words):
        return ""
    title = f"{_text_of(words)} {lexicon.inflect(verb, 'pp')}"
    return title[:1].upper() + title[1:]


def says_what_was_done(noun: Token) -> bool:
    """Whether a noun names a deed and whom or what it was done to: "the shooting of a
    surgeon", "the bombing of the embassy" (not "the press conference")."""
    return bool(_done_to(noun))


def named_title(words: list[Token], noun: Token) -> str:
    """A title for a happening named by a noun phrase, with what its relative clause says it
    did: "the 2010 commando raid that killed nine activists" -> "Commando raid kills nine
    activists"; without one, the phrase alone ("Commando raid")."""
    title = _text_of(words)
    clause = next(
        (
            c
            for c in noun.children
            if c.i > noun.i and c.pos_ == "VERB" and c.dep_ in ("acl:relcl", "ccomp")
        ),
        None,
    )
    participle = next(
        (c for c in noun.children if c.i > noun.i and c.dep_ == "acl" and c.tag_ == "VBN"),
        None,
    )
    if clause is None and participle is not None:
        # "the Feb. 23 accord signed by the two ministers": what was done to it, by whom
        rest = _text_of([t for t in participle.subtree if t.i >= participle.i])
        if len(rest.split()) <= 8:
            title = f"{title} {rest}"
    # "the Oct. 3 sniper shooting of a surgeon": the words before the noun only say what kind
    if (
        clause is None
        and participle is None
        and all(w.i == noun.i or w.dep_ in ("compound", "amod") for w in words)
    ):
        done_to = _done_to(noun)
        if done_to:
            return done_to
    if clause is not None:
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "aux:pass")]
        if subjects and subjects[0].lower_ in _RELATIVE_WORDS and not auxiliaries:
            verb = lexicon.inflect(lemma(clause), "3sg")
            objects = [c for c in clause.children if c.dep_ in _OBJECT_ROLES]
            rest = _text_of(list(objects[0].subtree)) if objects else ""
            if len(rest.split()) <= 6:
                title = " ".join(part for part in (title, verb, rest) if part)
    return title[:1].upper() + title[1:]


_ARGUMENT_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent"})


def argument_word(token: Token) -> str:
    """A noun's lemma; a name as written (capitalised), by its last word: "Steve Jobs" holds
    no job, "Bill Gates" no bill."""
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        flat = [c for c in token.children if c.dep_.startswith("flat") and c.i > token.i]
        return (flat[-1] if flat else token).text
    return lemma(token)


def predicate_and_arguments(head: Token | None) -> tuple[str, tuple[str, ...]]:
    """The lemma of the clause's predicate and those of its arguments' nouns with their
    compounds: "Dockers at the port walked off the job" -> ("walk", ("docker", "job"));
    what the kind of a happening is read from."""
    if head is None:
        return "", ()
    words: list[str] = []
    # "Canada offered to send special forces": the forces are what the offer is about
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    children = [c for verb in verbs for c in verb.children]
    if head.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children):
        # "Police arrested and questioned the driver": the first verb's subject is the second's
        children += [c for c in head.head.children if c.dep_.startswith("nsubj")]
    for child in children:
        if child.dep_ not in _ARGUMENT_ROLES:
            continue
        for token in (child, *(c for c in child.children if c.dep_ in ("compound", "amod"))):
            if token.pos_ in ("NOUN", "PROPN", "ADJ"):
                words.append(argument_word(token))
    return lemma(head), tuple(words)
