"""The rules that cut a sentence into clauses, as data: small, named, tried in order.

Each rule looks at one token in the state of a sentence's split so far; the first rule that
applies decides, by opening a clause or not, and returns whether the token joins the current
clause (``KEEP``) or only marked the boundary (``DROP``: a comma, a semicolon, a dash). A
token no rule takes joins the current clause. Each rule's docstring holds the sentence it is
for; ``RULES`` at the end gives the order, and the order matters: a date's words never open a
clause, a quotation's words only at its punctuation, a comma-ending rule after the words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.clause_model import Clause, ClauseKind
from timeline_app.core.extraction.grammar import (
    Token,
    ambiguous_noun,
    between_score_numbers,
    dictionary_finite,
    dictionary_lemma,
    is_adverb,
    is_finite,
    is_modal,
    noun_position,
)
from timeline_app.core.extraction.saying_documents import dates_a_saying_document

DASHES = frozenset({"–", "—", "--"})
_PREPOSITIONAL_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "having"})
_STOP_FOR_CLAUSE_START = frozenset(",;:()") | DASHES


class Step(Enum):
    """What becomes of the token a rule decided on."""

    KEEP = "keep"  # it joins the current clause (the one the rule may just have opened)
    DROP = "drop"  # it only marked the boundary


@dataclass
class SplitState:
    """One sentence's split so far: its tokens, the clauses cut, and what is open."""

    tokens: list[Token]
    spans: list[tuple[int, int]]  # the date expressions' offsets
    report_at: int | None  # where a closing ", X said" begins
    clauses: list[Clause] = field(default_factory=lambda: [Clause([])])
    open_sub: bool = False  # inside a subordinate/relative/complement clause a comma can end
    subordinator: str = ""  # the word that opened the last subordinate clause
    quote_depth: int = 0
    resume_at: int | None = None  # where a reduced relative without commas gives way
    resumes_said: bool = False  # the reduced relative interrupts what a saying said
    _dated_starts: frozenset[int] = field(init=False, repr=False)

    @property
    def current(self) -> Clause:
        return self.clauses[-1]

    @property
    def last_index(self) -> int:
        return len(self.clauses) - 1

    def begin(
        self, kind: ClauseKind, marker: str, parent: int | None = None, *, open_sub: bool
    ) -> None:
        """Open a clause here (or relabel the current one while it is still empty)."""
        if self.current.tokens:
            self.clauses.append(Clause([], kind, marker, parent))
        else:
            self.current.kind, self.current.marker, self.current.parent = kind, marker, parent
        self.open_sub = open_sub

    def previous(self, index: int) -> Token | None:
        return self.tokens[index - 1] if index else None

    def following(self, index: int) -> Token | None:
        return self.tokens[index + 1] if index + 1 < len(self.tokens) else None

    def dated(self, token: Token | None) -> bool:
        """Whether the token lies inside a date expression."""
        return token is not None and token.start in self._dated_starts

    def __post_init__(self) -> None:
        self._dated_starts = frozenset(
            t.start for t in self.tokens if in_spans(t.start, self.spans)
        )


ClauseTest = Callable[[SplitState, int], "Step | None"]


@dataclass(frozen=True, slots=True)
class ClauseRule:
    """A named clause-splitting rule; ``apply`` returns None when it does not apply.

    ``triggers``: the lowercase tokens the rule can decide on (None: any token), so that the
    splitter asks a rule only about tokens it could take, which keeps it fast.
    """

    name: str
    apply: ClauseTest
    triggers: frozenset[str] | None = None

    @property
    def example(self) -> str:
        return (self.apply.__doc__ or "").strip()


def clause_rule(triggers: Iterable[str] | None = None) -> Callable[[ClauseTest], ClauseRule]:
    """Decorator turning a test into a ClauseRule named after it."""

    def wrap(fn: ClauseTest) -> ClauseRule:
        return ClauseRule(fn.__name__, fn, None if triggers is None else frozenset(triggers))

    return wrap


# --- what the rules look at ------------------------------------------------------------------


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def has_verb(clause: Clause) -> bool:
    """Whether the clause holds a finite verb or a modal.

    The splitter asks this of the clause it is building at many of its tokens: scanning the
    whole clause each time took time growing with the square of its length when no verb came
    (5,000 tokens of anything wordless but punctuation: 50 s). A token's answer depends on the
    tokens beside it, so every token but the last is settled once the next one is there; the
    scan starts after the settled ones, while the clause has only grown since.
    """
    tokens = clause.tokens
    first, settled = clause.verbless
    start = settled if tokens and first is tokens[0] and settled <= len(tokens) else 0
    for i in range(start, len(tokens)):
        t = tokens[i]
        if (
            is_finite(t)
            and not (noun_position(tokens[i - 1] if i else None) and ambiguous_noun(t.low))
        ) or is_modal(tokens, i):
            return True
    clause.verbless = (tokens[0] if tokens else None, max(len(tokens) - 1, 0))
    return False


def _before_date(tokens: list[Token], index: int, spans: list[tuple[int, int]]) -> Token:
    """The token before tokens[index], looking past a date and its preposition between."""
    j = index - 1
    if not in_spans(tokens[j].start, spans):
        return tokens[j]
    while j > 0 and in_spans(tokens[j].start, spans):
        j -= 1
    if j > 0 and tokens[j].low in ("on", "in", "at", "during", "by"):
        j -= 1
    return tokens[j]


# No finite verb follows an article: "the flooded villages", "a wanted man".
_ARTICLES = frozenset({"the", "a", "an"})


def _starts_clause(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index:] begin with a subject followed by a finite verb (the subject
    may carry a name in commas: "its chairman, Frank Stronach, is stepping in")."""
    if index >= len(tokens) or not tokens[index].is_word:
        return False
    first = tokens[index]
    if (
        first.low in lexicon.PREPOSITIONS or first.low in lexicon.SUBORDINATORS
    ) and not _counted_subject(tokens, index):
        return False
    if is_finite(first) and not first.text[0].isupper():
        return False
    if (
        first.text.islower()
        and (first.low.endswith("ly") or first.low in _SEQUENCE_ADVERBS)
        and _verb_follows(tokens, index)
    ):
        # "and seriously wounded six others", "and then seized a bus": an adverb, then the
        # same subject's verb
        return False
    j, limit, apposition = index, min(index + 9, len(tokens)), -1
    while j + 1 < limit:
        j += 1
        token = tokens[j]
        if token.text == "," and _named_in_commas(tokens, j):
            close = _closing_comma(tokens, j)
            limit, j, apposition = min(limit + close - j, len(tokens)), close, close
            continue
        if token.text in _STOP_FOR_CLAUSE_START:
            return False
        # right after a name in commas, a verb is no noun ("its founder, Oskar Lind, is")
        nominal = j - 1 != apposition and noun_position(tokens[j - 1])
        if tokens[j - 1].low in _ARTICLES:
            continue  # "the flooded villages": after an article, a modifier or a noun
        if is_modal(tokens, j) or (
            is_finite(token) and not (nominal and ambiguous_noun(token.low))
        ):
            # "Kenya and Tanzania and offered": a verb right after "and" is a second
            # predicate of the same subject, so what precedes was no subject.
            return tokens[j - 1].low not in lexicon.CONJUNCTIONS
    return False


# Words that count a subject round ("Over 300 pilgrims have died", "About 40 people were
# hurt"): a preposition's form, but before a figure they bound it, not open a phrase.
_ROUNDING = lexicon.words("over under about around")


def _counted_subject(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index:] open with a rounded count ("over 300 pilgrims")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return tokens[index].low in _ROUNDING and following is not None and following.text[:1].isdigit()


def _closing_comma(tokens: list[Token], comma: int) -> int:
    """Where the comma closing a phrase opened by the comma at ``comma`` is (or -1)."""
    for j in range(comma + 1, min(comma + 6, len(tokens))):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in _STOP_FOR_CLAUSE_START:
            return -1
    return -1


def _named_in_commas(tokens: list[Token], comma: int) -> bool:
    """ "its chairman, Frank Stronach, is": a name of up to four capitalised words set off
    by commas right after a noun, then a verb -- an apposition inside a subject."""
    close = _closing_comma(tokens, comma)
    if close < 0 or close == comma + 1:
        return False
    name = tokens[comma + 1 : close]
    return (
        (tokens[comma - 1].text.islower() or _place_then_region(tokens, comma))
        and all(t.is_word and t.text[0].isupper() for t in _without_full_stops(name))
        and _verb_follows(tokens, close + 1)
    )


def _without_full_stops(name: list[Token]) -> list[Token]:
    """The name's words, an abbreviation's full stop left out ("Del ." of "Del.")."""
    return [t for t in name if t.text != "."] if name and name[0].text != "." else name


def _place_then_region(tokens: list[Token], comma: int) -> bool:
    """ "a fire in Dover, Del., killed two": after a preposition, a place named with its
    state or country in commas, inside a subject (AP style: "in Lyon, France,")."""
    return (
        comma >= 2
        and tokens[comma - 1].is_word
        and tokens[comma - 1].text[0].isupper()
        and tokens[comma - 2].low in _PLACE_PREPOSITIONS
    )


_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "from", "outside"})


def _past_opening_date(state: SplitState, index: int) -> int:
    """Where the words after an opening date start: "and in 1984 the first Mac was
    released", "but on September 21, 2004 the parties agreed", "and the following year a
    phone" -- a date (with its preposition and a comma) before a clause's subject."""
    tokens, j = state.tokens, index
    if j < len(tokens) and tokens[j].low in _DATE_PREPOSITIONS and state.dated(state.following(j)):
        j += 1
    if j == len(tokens) or not state.dated(tokens[j]):
        return index
    while j < len(tokens) and state.dated(tokens[j]):
        j += 1
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    return j


_DATE_PREPOSITIONS = frozenset({"in", "on", "at", "by", "during", "early", "late"})


def _participle(word: Token) -> bool:
    """A lowercase past participle, known, by its ending ("held", "backed"), or as the
    parse reads it ("born")."""
    forms = {form for _lemma, form in lexicon.verb_readings(word.low)}
    return word.text.islower() and (
        "pp" in forms or (not forms and word.low.endswith(("ed", "en"))) or word.tag == "VBN"
    )


def _reduced_relative(
    tokens: list[Token], index: int, spans: list[tuple[int, int]] | None = None
) -> bool:
    """A past participle at tokens[index] opening a phrase that a comma and the sentence's
    own verb follow: ", held on Monday, ended", ", backed by China, vetoed", ", born on
    February 24, 1955, has built" (a comma inside a date is no end)."""
    if index >= len(tokens) or not _participle(tokens[index]):
        return False
    for j in range(index + 1, min(index + 16, len(tokens))):
        if tokens[j].text == "," and spans and in_spans(tokens[j].start, spans):
            continue
        if tokens[j].text == ",":
            return _verb_follows(tokens, j + 1)
        if tokens[j].text in _STOP_FOR_CLAUSE_START or tokens[j].text == ".":
            return False
    return False


def _finite_verb(token: Token) -> bool:
    return is_finite(token) or dictionary_finite(token)


# Adverbs that put a second deed after the first ("and then seized a bus", "and afterwards
# flew home"): before a verb, never its subject.
_SEQUENCE_ADVERBS = lexicon.words("then later afterwards afterward thereafter subsequently")


def _verb_follows(tokens: list[Token], index: int) -> bool:
    """A finite verb (with its own adverbs) right here: a coordinated predicate."""
    for j in range(index, min(index + 3, len(tokens))):
        token = tokens[j]
        if is_finite(token) or is_modal(tokens, j) or dictionary_finite(token):
            return True
        if not (
            token.low.endswith("ly")
            or token.low in ("also", "already", "still")
            or (token.low in _SEQUENCE_ADVERBS and token.text.islower())
        ):
            return False
    return False


def _adverb_before_dated_verb(state: SplitState, index: int) -> bool:
    """ "and then moved to Lisbon in 1984", "and once performed there in 1984": an adverb,
    then a verb whose predicate has a date of its own before the next comma. The adverb is no
    subject: the verb goes on with the clause's subject, and the date is the second
    predicate's alone."""
    tokens = state.tokens
    return (
        index + 1 < len(tokens)
        and tokens[index].text.islower()
        and is_adverb(tokens[index])
        and _finite_verb(tokens[index + 1])
        and _dated_before_comma(state, index + 1)
    )


def _subordinator_applies(
    tokens: list[Token], index: int, dated: Callable[[Token | None], bool]
) -> bool:
    """'as' is a conjunction only after a comma; the others whenever they are mid-sentence."""
    low = tokens[index].low
    previous = tokens[index - 1]
    if low == "as":
        return previous.text == ","
    if low == "once" and index + 1 < len(tokens) and _finite_verb(tokens[index + 1]):
        return False  # "and once performed at the Palladium": "once" before a verb is "at one time"
    if low in ("since", "until", "before", "after", "once"):
        if previous.low in _TIME_UNITS and _dated_phrase(tokens, index + 1, dated):
            return False  # "The day after the Jan. 3 raid, police ...": a time phrase
        # "soon after", "shortly before" stay with the subordinator; "the day after" does not.
        return previous.low not in lexicon.DETERMINERS
    return True


# the lengths of time that "after" and "before" count from a happening
_TIME_UNITS = lexicon.words("minutes hours day days week weeks month months year years moments")


def _dated_phrase(tokens: list[Token], index: int, dated: Callable[[Token | None], bool]) -> bool:
    """Whether the words up to the next comma are a dated noun phrase, with no finite verb:
    "two days after the March 2 fire", not "two days after the army left on March 2" nor
    "five years after its launch"."""
    has_date = False
    for token in tokens[index:]:
        if token.text in (",", ";", ":", "."):
            break
        if is_finite(token):
            return False
        has_date = has_date or dated(token)
    return has_date


def _starts_det_np(token: Token) -> bool:
    return token.low in ("the", "a", "an", "of", "is", "was")


def _verb_before_that(state: SplitState, index: int) -> bool:
    """Whether the word before "that" (looking past a date) is a verb whose object it opens."""
    tokens = state.tokens
    verb = _before_date(tokens, index, state.spans)  # "said last week that ..."
    position = tokens.index(verb)
    if dates_a_saying_document(tokens, position):
        return False  # "said in a letter released Wednesday that": what was said, not released
    if verb.low.endswith("ing") and position > 0 and tokens[position - 1].low in _DETERMINERS:
        return False  # "a bombing that took place on Saturday": a noun, which "that" follows
    infinitive = (
        position > 0
        and tokens[position - 1].low == "to"
        and (dictionary_lemma(verb.low) == verb.low)
    )  # "to demand that ..."
    return bool(lexicon.verb_readings(verb.low) or infinitive) and verb.low not in (
        "is",
        "was",
        "be",
    )


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "another", "every", "each"})


def _noun_before_that(state: SplitState, index: int) -> bool:
    """Whether "that" follows a noun and opens a clause about it, not a noun phrase."""
    previous, following = state.tokens[index - 1], state.following(index)
    if following is None or not previous.is_word or previous.low in lexicon.PREPOSITIONS:
        return False
    if state.tokens[index].tag == "WDT":
        return True  # the parse reads it as the relative's object: "the rules that the board"
    return (previous.text.islower() and not _starts_det_np(following)) or is_finite(following)


_COMMA = (",",)
_THAT = ("that",)
_HARD_BREAKS = (";", ":", *DASHES)


# --- the rules, in the order RULES gives them ------------------------------------------------


@clause_rule()
def inside_date(state: SplitState, index: int) -> Step | None:
    """ "talks resumed on Monday, March 3": a date's own words and commas open no clause."""
    return Step.KEEP if state.dated(state.tokens[index]) else None


@clause_rule()
def reporting_tail(state: SplitState, index: int) -> Step | None:
    """ "Troops crossed the border, the ministry said": the closing tail is the report."""
    if index != state.report_at:
        return None
    state.begin(ClauseKind.REPORT, state.tokens[index].low, open_sub=False)
    return Step.KEEP


@clause_rule(_COMMA)
def participle_phrase(state: SplitState, index: int) -> Step | None:
    """ "The first round, held on Monday, ended without a deal": a participle phrase after
    the subject is a (passive) clause of its own, and the sentence resumes after it."""
    current = state.current
    if (
        state.tokens[index].text != ","
        or state.open_sub
        or current.kind != ClauseKind.MAIN
        or not current.tokens
        or has_verb(current)
        or not _reduced_relative(state.tokens, index + 1, state.spans)
    ):
        return None
    state.begin(ClauseKind.RELATIVE, ",", state.last_index, open_sub=True)
    return Step.DROP


_REDUCED_STOPS = frozenset(',;:()"“”') | DASHES


def _verb_after_reduced(state: SplitState, index: int) -> int | None:
    """Where the sentence's own verb stands after a participle phrase with no commas ("The
    convoy seen on Friday near the border was carrying fuel"): a finite verb the parse does
    not read as a participle, before any break, conjunction, subordinator or relative."""
    tokens = state.tokens
    for j in range(index + 1, min(index + 14, len(tokens))):
        token = tokens[j]
        if token.text == "," and (state.dated(token) or _closes_full_date(state, j)):
            continue  # "the quarter ended March 31, 2024, rose": the date's own commas
        if (
            token.text in _REDUCED_STOPS
            or token.low in lexicon.CONJUNCTIONS
            or token.low in lexicon.RELATIVES
            or token.low in lexicon.SUBORDINATORS  # "Parents prosecuted after X leads to"
            or token.low == "that"
        ):
            return None
        if state.dated(token) or not token.is_word:
            continue
        if is_modal(tokens, j) or (is_finite(token) and token.tag != "VBN"):
            # "forced the firm to cut its prices": an infinitive is no sentence verb
            return None if tokens[j - 1].low == "to" else j
    return None


def _closes_full_date(state: SplitState, index: int) -> bool:
    """Whether the comma at ``index`` closes a date that has a comma of its own ("March 31,
    2024,"): the pair of commas sets the year off, and ends no phrase."""
    tokens = state.tokens
    if index < 2 or not state.dated(tokens[index - 1]) or not tokens[index - 1].text.isdigit():
        return False
    return tokens[index - 2].text == "," and state.dated(tokens[index - 2])


@clause_rule()
def participle_without_commas(state: SplitState, index: int) -> Step | None:
    """ "The convoy seen on Friday near the border was carrying fuel": a past participle
    right after the subject's noun, with the sentence's own verb still to come, is a passive
    relative clause of its own: the convoy was seen on Friday."""
    current, token = state.current, state.tokens[index]
    previous = state.previous(index)
    said = current.kind == ClauseKind.COMPLEMENT
    if (
        (current.kind != ClauseKind.MAIN or state.open_sub)
        and not said
        or previous is None
        or not previous.is_word
        or previous.low in lexicon.DETERMINERS
        or previous.low in lexicon.PREPOSITIONS
        # after "be" or "has" it is the verb's own passive or perfect ("to be published")
        or previous.low in lexicon.AUXILIARIES
        or previous.low in ("he", "she", "it", "they", "we", "i", "you", "who")
        or not previous.text.isalpha()
        # a common noun ("The body found"), not a name that may be the subject of a past verb
        or not previous.text.islower()
        or has_verb(current)
        # a participle the lists or the parse know ("between", "seed" only end like one)
        or not (token.tag == "VBN" or "pp" in {f for _l, f in lexicon.verb_readings(token.low)})
        or not token.text.islower()
        or token.tag == "VBD"  # the parse reads it as the clause's own verb
        or state.dated(token)
    ):
        return None
    resume = _verb_after_reduced(state, index)
    if resume is None:
        return None
    state.begin(ClauseKind.RELATIVE, ",", state.last_index, open_sub=False)
    state.resume_at = resume
    state.resumes_said = said
    return Step.KEEP


@clause_rule()
def after_participle_without_commas(state: SplitState, index: int) -> Step | None:
    """ "The convoy seen on Friday near the border was carrying fuel": the sentence resumes
    at its own verb after a participle phrase with no commas."""
    if index != state.resume_at:
        return None
    state.resume_at = None
    if state.resumes_said:
        # "Acme said sales in the quarter ended March 31 fell 4%": what was said goes on
        # with its own subject, so the participle's clause steps before it and the saying's
        # complement takes the verb
        state.resumes_said = False
        relative = state.clauses.pop()
        said = state.clauses.pop()
        relative.parent = len(state.clauses) + 1
        state.clauses += [relative, said]
        state.open_sub = True
        return Step.KEEP
    state.begin(ClauseKind.RESUMED, "", open_sub=False)
    return Step.KEEP


@clause_rule(DASHES)
def score_dash(state: SplitState, index: int) -> Step | None:
    """ "Sweden beat Korea 1 – 0; Belgium beat Panama 3 – 0": a dash between two numbers is
    a score, no break between clauses (the years of "(1704 – 1787)" are not)."""
    return Step.KEEP if between_score_numbers(state.tokens, index) else None


@clause_rule(_HARD_BREAKS)
def hard_break(state: SplitState, index: int) -> Step | None:
    """ "Talks collapsed; fighting resumed": a semicolon, colon or spaced dash ends a clause (and
    "Moscow -- which denies it -- says ..." resumes the main clause after a relative, as "Acme
    -- the biggest mill -- closed a plant" does after an aside the dashes enclose)."""
    text = state.tokens[index].text
    if text not in (";", ":") and text not in DASHES:
        return None
    closes_aside = text in DASHES and state.current.marker in DASHES
    if closes_aside and not has_verb(state.current):
        # "-- the nation's biggest mill --": a noun's apposition, which names no subject
        state.current.kind = ClauseKind.RELATIVE
    if text == ";" and _continues_a_list(state, index):
        return Step.DROP
    resumes = state.current.kind == ClauseKind.RELATIVE or closes_aside
    kind = ClauseKind.RESUMED if resumes else ClauseKind.MAIN
    state.begin(kind, text, open_sub=False)
    return Step.DROP


def _continues_a_list(state: SplitState, index: int) -> bool:
    """ "Inspectors found that the grain had been dried, sorted or sifted; stored in silos;
    or shipped abroad": after a semicolon, predicates with no subject of their own go on
    with the list a clause of what was found or said began, and belong to it (they are
    no main clause, and borrow no subject of the sentence's). The next clause is opened as
    the one the list began in."""
    start = index + 1
    while start < len(state.tokens) and state.tokens[start].low in lexicon.CONJUNCTIONS:
        start += 1
    if start >= len(state.tokens) or _starts_clause(state.tokens, start):
        return False
    at = state.last_index
    while at > 0 and state.clauses[at].kind == ClauseKind.RESUMED:
        at -= 1
    opening = state.clauses[at]
    if opening.kind not in (ClauseKind.COMPLEMENT, ClauseKind.RELATIVE) or at == 0:
        return False
    if opening.kind == ClauseKind.RELATIVE and opening.marker != "that":
        return False
    state.begin(opening.kind, opening.marker, opening.parent, open_sub=False)
    return True


@clause_rule()
def quoted_words(state: SplitState, index: int) -> Step | None:
    """ "He said “we will act because we must” and left": inside a quotation no word opens a
    clause."""
    return Step.KEEP if state.quote_depth else None


@clause_rule(lexicon.SUBORDINATORS)
def subordinator(state: SplitState, index: int) -> Step | None:
    """ "Fighting resumed after talks failed": a subordinator mid-sentence opens an adverbial
    clause, unless a date follows it ("since 2015" is a phrase, not a clause)."""
    low, following = state.tokens[index].low, state.following(index)
    if (
        low not in lexicon.SUBORDINATORS
        or following is None
        or not index
        or state.dated(following)
        or not _subordinator_applies(state.tokens, index, state.dated)
    ):
        return None
    state.begin(ClauseKind.SUB, low, open_sub=True)
    state.subordinator = low
    return Step.KEEP


@clause_rule(lexicon.SUBORDINATORS)
def leading_subordinator(state: SplitState, index: int) -> Step | None:
    """ "While talks went on, troops gathered": a sentence that opens on a subordinator opens
    on an adverbial clause, which the comma before the main clause will end."""
    low = state.tokens[index].low
    if low not in lexicon.SUBORDINATORS or index != 0 or state.dated(state.following(index)):
        return None
    state.current.kind, state.current.marker = ClauseKind.SUB, low
    state.subordinator = low
    state.open_sub = True
    return Step.KEEP


@clause_rule({"having"})
def leading_perfect_participle(state: SplitState, index: int) -> Step | None:
    """ "Having resigned in May, she joined the board in June": a sentence that opens on
    "having" and a participle opens on a phrase of its own happening, done by the main
    clause's subject before it, which the comma before the main clause ends."""
    following = state.following(index)
    if (
        index != 0
        or state.tokens[index].low != "having"
        or following is None
        or not following.text.islower()
        or not (following.tag == "VBN" or following.low.endswith(("ed", "en")))
    ):
        return None
    state.current.kind, state.current.marker = ClauseKind.SUB, "having"
    state.subordinator = "having"
    state.open_sub = True
    return Step.KEEP


@clause_rule()
def leading_participle(state: SplitState, index: int) -> Step | None:
    """ "Saying costs had doubled, the council closed two libraries": a sentence that opens
    on a present participle opens on a phrase about the main clause's doer, which the comma
    before the main clause ends; the sentence's news is the main clause. The parse's tag
    decides ("Following the vote" is a preposition); without one, the word lists."""
    token, tokens = state.tokens[index], state.tokens
    known = not token.tag and any(f == "ing" for _l, f in lexicon.verb_readings(token.low))
    if index != 0 or not (token.tag == "VBG" or known) or state.current.kind != ClauseKind.MAIN:
        return None
    if not any(t.text == "," and _starts_clause(tokens, j + 1) for j, t in enumerate(tokens)):
        return None  # "Citing costs was his excuse": a subject, no phrase before a clause
    state.current.kind, state.current.marker = ClauseKind.SUB, token.low
    state.subordinator = token.low
    state.open_sub = True
    return Step.KEEP


def _opened_by_participle(clause: Clause) -> bool:
    """Whether a clause is a leading participle phrase (``leading_participle``)."""
    return (
        bool(clause.tokens)
        and clause.kind == ClauseKind.SUB
        and clause.marker == clause.tokens[0].low
        and clause.marker.endswith("ing")
    )


@clause_rule(lexicon.RELATIVES)
def relative_pronoun(state: SplitState, index: int) -> Step | None:
    """ "The embassy, which was bombed in 1998, reopened": a relative pronoun opens a relative
    clause ("where" only after a comma or dash; none after a preposition: "in which")."""
    low, previous = state.tokens[index].low, state.previous(index)
    if (
        low not in lexicon.RELATIVES
        or previous is None
        or not (previous.text == "," or previous.text in DASHES or low != "where")
        or previous.low in lexicon.PREPOSITIONS
    ):
        return None
    parent = state.last_index if state.current.tokens else None
    state.begin(ClauseKind.RELATIVE, low, parent, open_sub=True)
    return Step.KEEP


@clause_rule(_THAT)
def that_after_verb(state: SplitState, index: int) -> Step | None:
    """ "The ministry said last week that troops had left": a "that" after a verb opens what
    was said (or demanded: "voted to demand that Russia withdraw")."""
    if state.tokens[index].low != "that" or not index or not _verb_before_that(state, index):
        return None
    if state.tokens[index].tag == "WDT":
        return None  # "the plan that the mayor unveiled": the parse's relative on a noun
    state.begin(ClauseKind.COMPLEMENT, "that", state.last_index, open_sub=True)
    return Step.KEEP


# Verbs that name the hearer before what they make known: "told reporters that ...",
# "assured the board that ..." ("showed the photos that he took": a thing shown, not a hearer)
_TELLING_A_HEARER = lexicon.words("tell inform assure remind warn notify advise")
# Words a short hearer phrase may hold: "told stock market regulators", "told the court"
_HEARER_STOPS = lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS | frozenset(lexicon.SUBORDINATORS)


@clause_rule(_THAT)
def that_after_hearer(state: SplitState, index: int) -> Step | None:
    """ "The bank told regulators that it bought 40,000 shares": after a verb of telling and
    its hearer, "that" opens what was told, not a relative clause on the hearer (one cannot
    tell a thing to "regulators that it bought")."""
    tokens = state.tokens
    if tokens[index].low != "that" or index < 2:
        return None
    verb_at = next(
        (
            j
            for j in range(index - 2, max(-1, index - 6), -1)
            if lexicon.lemma_of(tokens[j].low) in _TELLING_A_HEARER and _finite_verb_at(tokens, j)
        ),
        None,
    )
    if verb_at is None:
        return None
    hearer = tokens[verb_at + 1 : index]
    if not hearer or any(not t.is_word or t.low in _HEARER_STOPS for t in hearer):
        return None
    if not _starts_clause(tokens, index + 1):
        return None  # "warned investors that day": no clause follows
    state.begin(ClauseKind.COMPLEMENT, "that", state.last_index, open_sub=True)
    return Step.KEEP


@clause_rule(_THAT)
def that_after_noun(state: SplitState, index: int) -> Step | None:
    """ "The drama that has divided the family ended": a "that" after a noun opens a relative
    clause ("that the" after a noun is more often a determiner: "in that the ...")."""
    if state.tokens[index].low != "that" or not index or not _noun_before_that(state, index):
        return None
    state.begin(ClauseKind.RELATIVE, "that", state.last_index, open_sub=True)
    return Step.KEEP


def _reporting_verb_before(state: SplitState, index: int) -> bool:
    """Whether the word before tokens[index] (looking past a date) is a finite verb of
    saying ("said", "announced on Monday")."""
    if not index:
        return False
    tokens = state.tokens
    at = index - 1
    if state.dated(tokens[at]):  # "said on Monday it would": past the date and its "on"
        while at > 0 and state.dated(tokens[at]):
            at -= 1
        if at > 0 and tokens[at].low in ("on", "in", "at", "during", "by"):
            at -= 1
    # "say" alone: "told reporters that", "announced plans to" take an object first
    return lexicon.lemma_of(tokens[at].low) == "say" and _finite_verb_at(tokens, at)


def _finite_verb_at(tokens: list[Token], at: int) -> bool:
    """Whether tokens[at] is a finite verb, not a participle before a noun ("the recently
    announced phone", "the confirmed cases")."""
    verb = tokens[at]
    before = next((t for t in reversed(tokens[:at]) if not t.low.endswith("ly")), None)
    return (
        is_finite(verb)
        and verb.tag != "VBN"
        and not (before is not None and before.low in lexicon.DETERMINERS)
    )


def _finite_after_subject(tokens: list[Token], index: int) -> bool:
    """Whether the verb that makes tokens[index:] a clause is finite, not "to be held"."""
    for j in range(index + 1, min(index + 9, len(tokens))):
        if is_modal(tokens, j) or is_finite(tokens[j]):
            return tokens[j - 1].low not in ("to", "be", "been", "being")
    return False


_WH_WORDS = lexicon.RELATIVES | lexicon.words("what when why how whether if")


@clause_rule()
def that_left_out(state: SplitState, index: int) -> Step | None:
    """ "The port authority said it would publish its offer on Thursday": a clause with a
    date of its own right after a verb of saying is what was said, with or without "that"
    -- its date is the publishing's, not the saying's."""
    token = state.tokens[index]
    if (
        not token.is_word
        or state.dated(token)
        # "announces where the orbiters will be shown": a question, not what was said
        or token.low in _WH_WORDS
        or state.current.kind == ClauseKind.REPORT
        or not _reporting_verb_before(state, index)
        # only a date of its own needs it cut off: "police said the rebels had crossed the
        # river" stays one saying -- unless the sentence has no date at all and the report is
        # past, where it is cut as with "that" ("Acme said it agreed to sell its bakery unit":
        # a wire lead's news; "an analyst says the firm priced it well" is commentary)
        or not (
            any(state.dated(t) for t in state.tokens[index:])
            or (not state.spans and _said_after_subject(state.tokens, index - 1))
        )
        or not _starts_clause(state.tokens, index)
        or not _finite_after_subject(state.tokens, index)
    ):
        return None
    state.begin(ClauseKind.COMPLEMENT, "", state.last_index, open_sub=True)
    return Step.KEEP


def _said_after_subject(tokens: list[Token], at: int) -> bool:
    """ "Acme said": a past "said" after its subject, not after a quotation ("...," said
    Bolden to the crowd); a comma closes a quotation only where one was opened ("Acme Inc.,
    Dallas, said it agreed to sell ..." names its town)."""
    if tokens[at].low != "said" or at == 0:
        return False
    before = tokens[at - 1].text
    if before == ",":
        return not any(t.text in _QUOTATION_MARKS for t in tokens[:at])
    return before not in _AFTER_QUOTATION


_QUOTATION_MARKS = frozenset({'"', "“", "”", "``", "''", "‘", "’"})
# what ends a quotation before an inverted "said Bolden"
_AFTER_QUOTATION = frozenset({",", '"', "”", "''", "’", "'", ":", "—", "--"})


def _after_predicate(state: SplitState, index: int) -> bool:
    """A conjunction after a clause that has its verb already."""
    return (
        state.tokens[index].low in lexicon.CONJUNCTIONS
        and index > 0
        and bool(state.current.tokens)
        and (has_verb(state.current) or state.current.kind == ClauseKind.GAPPED)
    )


_GAP_STOPS = frozenset(",;:.?!()") | DASHES
_GAPPED_HOSTS = frozenset(
    {ClauseKind.MAIN, ClauseKind.RESUMED, ClauseKind.COMPLEMENT, ClauseKind.GAPPED}
)


def _gap_remnant(state: SplitState, index: int) -> bool:
    """Whether a date and a noun phrase with no verb follow this comma or "and", up to the
    next comma, conjunction or the sentence's end: ", in 2001 the iPod", "and the following
    year a phone"."""
    tokens = state.tokens
    j = index + 1
    if tokens[index].text == "," and j < len(tokens) and tokens[j].low in lexicon.CONJUNCTIONS:
        j += 1
    after_date = _past_opening_date(state, j)
    if after_date == j or after_date >= len(tokens):
        return False
    first = tokens[after_date]
    if (
        not first.is_word
        or first.low in lexicon.PREPOSITIONS
        or first.low in lexicon.SUBORDINATORS
        or first.low in lexicon.CONJUNCTIONS
    ):
        return False  # "in 2001 in Paris", "in 2001, when ...": no noun phrase
    words = 0
    for k in range(after_date, len(tokens)):
        token = tokens[k]
        if token.text in _GAP_STOPS or token.low in lexicon.CONJUNCTIONS:
            break
        if is_modal(tokens, k) or is_finite(token) or token.low == "to" or state.dated(token):
            return False  # a verb of its own ("the iPod was released"): a clause, not a gap
        words += token.is_word
    return words > 0


@clause_rule((",", *lexicon.CONJUNCTIONS))
def gapped_conjunct(state: SplitState, index: int) -> Step | None:
    """ "In 1998 Apple introduced the iMac, in 2001 the iPod and the following year a
    phone": after a clause with a date of its own, a comma or "and", then another date and a
    noun phrase with no verb, is the same verb again, left out, on that date."""
    token, current = state.tokens[index], state.current
    if (
        token.text != ","
        and token.low not in lexicon.CONJUNCTIONS
        or not index
        or current.kind not in _GAPPED_HOSTS
        or state.open_sub
        or not any(state.dated(t) for t in current.tokens)
        or (current.kind != ClauseKind.GAPPED and not has_verb(current))
        or (token.text != "," and state.dated(state.tokens[index - 1]))  # "2014 and 2016"
        or not _gap_remnant(state, index)
    ):
        return None
    state.begin(ClauseKind.GAPPED, token.low, state.last_index, open_sub=False)
    return Step.DROP if token.text == "," else Step.KEEP


@clause_rule(_ROUNDING)
def count_after_source(state: SplitState, index: int) -> Step | None:
    """ "According to the ministry over 300 pilgrims have died": with no comma after the
    leading source, a rounded count right after its noun opens the subject of the news,
    which is no part of the source's name."""
    current, before = state.current, state.previous(index)
    if (
        current.kind != ClauseKind.REPORT
        or current.marker != "according"
        or before is None
        or not before.is_word
        or before.low in lexicon.PREPOSITIONS
        or before.low in lexicon.DETERMINERS
        or not _counted_subject(state.tokens, index)
        or not _starts_clause(state.tokens, index)
    ):
        return None
    state.begin(ClauseKind.MAIN, "", open_sub=False)
    return Step.KEEP


# Words after which "yet" is the adverb of time: "have not yet", "has yet to".
_BEFORE_ADVERB_YET = frozenset(
    {"not", "n't", "has", "have", "had", "is", "are", "was", "were", "as", "and", "but", "or"}
)


@clause_rule({"yet"})
def yet_as_adverb(state: SplitState, index: int) -> Step | None:
    """ "It appears that the rebels have not yet fully engaged the brigade": "yet" after a
    negation or an auxiliary is "so far", no conjunction; it opens no clause (the clause
    that began with the subject goes on, and keeps it)."""
    before = state.previous(index)
    return Step.KEEP if before is not None and before.low in _BEFORE_ADVERB_YET else None


@clause_rule(lexicon.CONJUNCTIONS)
def and_new_clause(state: SplitState, index: int) -> Step | None:
    """ "Talks collapsed and troops crossed the border": "and"/"but" between two full
    clauses."""
    if (
        not _after_predicate(state, index)
        or not _starts_clause(state.tokens, _past_opening_date(state, index + 1))
        or _adverb_before_dated_verb(state, index + 1)
    ):
        return None
    state.begin(ClauseKind.MAIN, state.tokens[index].low, open_sub=False)
    return Step.KEEP


@clause_rule(lexicon.CONJUNCTIONS)
def and_second_predicate(state: SplitState, index: int) -> Step | None:
    """ "Estrada on Tuesday condemned the bombings and offered condolences": a second verb of
    the same subject resumes the clause, and so shares its date."""
    if (
        not _after_predicate(state, index)
        # "and in 1887 earned his degree": a date of its own may open the second predicate
        or not (
            _verb_follows(state.tokens, _past_opening_date(state, index + 1))
            or _adverb_before_dated_verb(state, index + 1)
        )
        or state.current.kind not in (ClauseKind.MAIN, ClauseKind.RESUMED, ClauseKind.COMPLEMENT)
    ):
        return None
    state.begin(ClauseKind.RESUMED, state.tokens[index].low, open_sub=False)
    return Step.KEEP


@clause_rule(lexicon.CONJUNCTIONS)
def and_relative_predicate(state: SplitState, index: int) -> Step | None:
    """ "Lind, who joined the firm in 1980 and became its chairman in 1991, retired": a
    second verb with a date of its own in a relative clause set off by commas is a second
    relative clause on the same noun, its happening of that date."""
    current = state.current
    if (
        current.kind != ClauseKind.RELATIVE
        or not _after_predicate(state, index)
        or not _verb_follows(state.tokens, _past_opening_date(state, index + 1))
        or not _between_commas(state, current)
        or not _dated_before_comma(state, index + 1)
    ):
        return None
    state.begin(ClauseKind.RELATIVE, current.marker, open_sub=False)
    return Step.KEEP


def _dated_before_comma(state: SplitState, index: int) -> bool:
    """Whether a date lies between ``index`` and the next comma: the second predicate has a
    date of its own ("and became its chairman in 1991")."""
    for token in state.tokens[index:]:
        if token.text in (",", ";") or token.text in DASHES:
            return False
        if state.dated(token):
            return True
    return False


def _between_commas(state: SplitState, clause: Clause) -> bool:
    """Whether a relative clause opens after a comma ("Lind, who ..."): one that does not
    ("a boy who arrived ... and became a symbol must be returned") runs on into the sentence's
    own verb, with no comma to say where it ends."""
    first = next((i for i, t in enumerate(state.tokens) if t is clause.tokens[0]), None)
    return first is not None and first > 0 and state.tokens[first - 1].text == ","


@clause_rule(_COMMA)
def comma_dated_predicate(state: SplitState, index: int) -> Step | None:
    """ "He was promoted to major in 1678, was appointed to Kiev in 1679, and in 1683 was
    made general": after a predicate with a date of its own, a comma and a finite verb go on
    with the same subject; each predicate keeps its own date."""
    current = state.current
    if (
        state.tokens[index].text != ","
        or current.kind not in (ClauseKind.MAIN, ClauseKind.RESUMED)
        or state.open_sub
        or not has_verb(current)
        or not any(state.dated(t) for t in current.tokens)
        # "It was noted that the stock tripled in 2004, doubled in 2005": whose verb goes on
        # is unclear where a "that" clause was left inside
        or any(t.low == "that" for t in current.tokens)
        or not _verb_follows(state.tokens, _past_opening_date(state, index + 1))
    ):
        return None
    state.begin(ClauseKind.RESUMED, ",", open_sub=False)
    return Step.DROP


@clause_rule(_COMMA)
def comma_ends_subordinate(state: SplitState, index: int) -> Step | None:
    """ "After talks failed on Monday, troops crossed the border": the comma that ends a
    leading subordinate clause opens the main clause."""
    current = state.current
    if (
        state.tokens[index].text != ","
        or not state.open_sub
        or not current.tokens
        or not (
            has_verb(current)
            or state.subordinator in _PREPOSITIONAL_SUBORDINATORS
            or _opened_by_participle(current)
            # "When the dam burst, the village was flooded": a verb the lists do not know
            # as past; a full clause after the comma shows where the first one ended
            or (state.subordinator == "when" and sum(t.is_word for t in current.tokens) >= 3)
        )
        or not _starts_clause(state.tokens, index + 1)
    ):
        return None
    state.begin(ClauseKind.MAIN, ",", open_sub=False)
    return Step.DROP


@clause_rule(_COMMA)
def comma_ends_relative(state: SplitState, index: int) -> Step | None:
    """ "The council, which met on Friday, vetoed the plan": after a relative clause (or a
    participle phrase) a comma and a verb resume the main clause."""
    current = state.current
    if (
        state.tokens[index].text != ","
        or current.kind != ClauseKind.RELATIVE
        or state.following(index) is None
        or not _verb_follows(state.tokens, index + 1)
        or not (has_verb(current) or current.marker == ",")
    ):
        return None
    state.begin(ClauseKind.RESUMED, ",", open_sub=False)
    return Step.DROP


_RANGE_CLOSERS = frozenset({"until", "till", "to", "through"})


@clause_rule(_COMMA)
def comma_closes_range_around_when(state: SplitState, index: int) -> Step | None:
    """ "She lived in Vienna from 1956, when the tanks came, until 1971": a "when" clause set
    inside a range says what happened at the range's first date; the comma after it and
    "until" give the range back to the clause it interrupted."""
    current, tokens = state.current, state.tokens
    if (
        tokens[index].text != ","
        or current.kind != ClauseKind.SUB
        or current.marker != "when"
        or index + 2 >= len(tokens)
        or tokens[index + 1].low not in _RANGE_CLOSERS
        or not state.dated(tokens[index + 2])
    ):
        return None
    opened = next((i for i, t in enumerate(tokens) if t is current.tokens[0]), 0)
    # the clause must open right after "from <date>,"
    if opened < 3 or tokens[opened - 1].text != "," or not state.dated(tokens[opened - 2]):
        return None
    j = opened - 2
    while j > 0 and state.dated(tokens[j - 1]):
        j -= 1
    if j == 0 or tokens[j - 1].low != "from":
        return None
    state.begin(ClauseKind.RESUMED, ",", open_sub=False)
    return Step.DROP


RULES: list[ClauseRule] = [
    after_participle_without_commas,
    inside_date,
    reporting_tail,
    participle_phrase,
    participle_without_commas,
    score_dash,
    hard_break,
    quoted_words,
    count_after_source,
    subordinator,
    leading_subordinator,
    leading_perfect_participle,
    leading_participle,
    relative_pronoun,
    that_after_verb,
    that_after_hearer,
    that_after_noun,
    that_left_out,
    yet_as_adverb,
    gapped_conjunct,
    and_new_clause,
    and_second_predicate,
    and_relative_predicate,
    comma_dated_predicate,
    comma_closes_range_around_when,
    comma_ends_subordinate,
    comma_ends_relative,
]
