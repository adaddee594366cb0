"""Clause splitting, so that a date dates the clause that contains it and not the sentence.

A sentence is cut at ``;``, ``:``, spaced dashes, subordinators ("after", "while", "because",
"since" -- unless a date follows directly: "since 2015" is a phrase, not a clause), relative
pronouns ("which", "who", "where", a "that" after a noun), a "that" after a verb (what was
said), "and"/"but" between two full clauses, a closing reporting tail (", X said",
", according to ...") and the comma that ends a leading subordinate clause ("While X did A,
Y did B").

Clause kinds: main, sub (adverbial), relative, complement ("X said that ..."), report (the
"X said" / "according to" part) and resumed (a main clause picking up after an interruption:
"Moscow -- which ... -- denies ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import (
    Token,
    ambiguous_noun,
    dictionary_finite,
    dictionary_lemma,
    is_finite,
    noun_position,
    tokenize,
)

_DASHES = frozenset({"–", "—", "--"})
_PREPOSITIONAL_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as"})
_STOP_FOR_CLAUSE_START = frozenset(",;:()") | _DASHES


@dataclass
class Clause:
    """A stretch of a sentence with its tokens; ``start``/``end`` are article offsets."""

    tokens: list[Token]
    kind: str = "main"
    marker: str = ""  # the word that opened it: "after", "which", "that", "and"
    parent: int | None = None  # index of the clause it depends on (antecedent, speaker)
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def has_finite_verb(self) -> bool:
        return any(is_finite(t) or t.low in lexicon.MODALS for t in self.tokens[1:]) or (
            self.kind in ("relative", "resumed") and any(is_finite(t) for t in self.tokens)
        )


def _in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _before_date(tokens: list[Token], index: int, spans: list[tuple[int, int]]) -> Token:
    """The token before tokens[index], looking past a date and its preposition between."""
    j = index - 1
    if not _in_spans(tokens[j].start, spans):
        return tokens[j]
    while j > 0 and _in_spans(tokens[j].start, spans):
        j -= 1
    if j > 0 and tokens[j].low in ("on", "in", "at", "during", "by"):
        j -= 1
    return tokens[j]


def _starts_clause(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index:] begin with a subject followed by a finite verb."""
    if index >= len(tokens) or not tokens[index].is_word:
        return False
    first = tokens[index]
    if first.low in lexicon.PREPOSITIONS or first.low in lexicon.SUBORDINATORS:
        return False
    if is_finite(first) and not first.text[0].isupper():
        return False
    for j in range(index + 1, min(index + 9, len(tokens))):
        token = tokens[j]
        if token.text in _STOP_FOR_CLAUSE_START:
            return False
        if token.low in lexicon.MODALS or (
            is_finite(token) and not (noun_position(tokens[j - 1]) and ambiguous_noun(token.low))
        ):
            # "Kenya and Tanzania and offered": a verb right after "and" is a second
            # predicate of the same subject, so what precedes was no subject.
            return tokens[j - 1].low not in lexicon.CONJUNCTIONS
    return False


def _reduced_relative(tokens: list[Token], index: int) -> bool:
    """A past participle at tokens[index] opening a phrase that a comma and the sentence's
    own verb follow: ", held on Monday, ended", ", backed by China, vetoed"."""
    if index >= len(tokens):
        return False
    word = tokens[index]
    forms = {form for _lemma, form in lexicon.verb_readings(word.low)}
    if not word.text.islower() or not (
        "pp" in forms or (not forms and word.low.endswith(("ed", "en")))
    ):
        return False
    for j in range(index + 1, min(index + 16, len(tokens))):
        if tokens[j].text == ",":
            return _verb_follows(tokens, j + 1)
        if tokens[j].text in _STOP_FOR_CLAUSE_START or tokens[j].text == ".":
            return False
    return False


def _verb_follows(tokens: list[Token], index: int) -> bool:
    """A finite verb (with its own adverbs) right here: a coordinated predicate."""
    for j in range(index, min(index + 3, len(tokens))):
        token = tokens[j]
        if is_finite(token) or token.low in lexicon.MODALS or dictionary_finite(token):
            return True
        if not (token.low.endswith("ly") or token.low in ("also", "already", "still")):
            return False
    return False


def split_clauses(
    text: str, offset: int, timex_spans: list[tuple[int, int]] | None = None
) -> list[Clause]:
    """The clauses of one sentence (``text`` starts at article offset ``offset``)."""
    spans = timex_spans or []
    tokens = tokenize(text, offset)
    if not tokens:
        return []
    clauses: list[Clause] = [Clause([], "main")]
    open_sub = False  # inside a subordinate/relative/complement clause that a comma can end
    subordinator_kind = ""
    quote_depth = 0

    def begin(kind: str, marker: str, parent: int | None = None) -> None:
        if clauses[-1].tokens:
            clauses.append(Clause([], kind, marker, parent))
        else:
            clauses[-1].kind, clauses[-1].marker, clauses[-1].parent = kind, marker, parent

    report_at = _reporting_tail(tokens)
    if len(tokens) > 2 and tokens[0].low == "according" and tokens[1].low == "to":
        # "According to sources quoted by X, ...": a leading source, ended like a phrase
        clauses[0].kind, clauses[0].marker = "report", "according"
        open_sub, subordinator_kind = True, "as"
    for index, token in enumerate(tokens):
        low = token.low
        previous = tokens[index - 1] if index else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text in ("“", "``"):
            quote_depth += 1
        elif token.text in ("”", "''") and quote_depth:
            quote_depth -= 1
        if _in_spans(token.start, spans):
            clauses[-1].tokens.append(token)
            continue
        current = clauses[-1]
        if report_at is not None and index == report_at:
            begin("report", low)
            open_sub = False
            current = clauses[-1]
        elif (
            token.text == ","
            and not open_sub
            and current.kind == "main"
            and current.tokens
            and not _has_verb(current)
            and _reduced_relative(tokens, index + 1)
        ):
            # "The first round, held on Monday, ended ...": a participle phrase after the
            # subject is a clause of its own (passive), and the sentence resumes after it
            begin("relative", ",", len(clauses) - 1)
            open_sub = True
            continue
        elif token.text in (";", ":") or token.text in _DASHES:
            begin("main" if clauses[-1].kind != "relative" else "resumed", token.text)
            open_sub = False
            continue
        elif quote_depth:
            pass
        elif (
            low in lexicon.SUBORDINATORS
            and following is not None
            and index
            and not (following and _in_spans(following.start, spans))
            and _subordinator_applies(tokens, index)
        ):
            begin("sub", low)
            subordinator_kind = low
            open_sub = True
        elif (
            low in lexicon.SUBORDINATORS
            and index == 0
            and not _in_spans(following.start if following else -1, spans)
        ):
            current.kind, current.marker = "sub", low
            subordinator_kind = low
            open_sub = True
        elif (
            low in lexicon.RELATIVES
            and index
            and previous is not None
            and (previous.text == "," or previous.text in _DASHES or low != "where")
            and previous.low not in lexicon.PREPOSITIONS
        ):
            begin("relative", low, len(clauses) - 1 if clauses[-1].tokens else None)
            open_sub = True
        elif low == "that" and previous is not None and index:
            verb = _before_date(tokens, index, spans)  # "said last week that ..."
            position = tokens.index(verb)
            infinitive = (
                position > 0
                and tokens[position - 1].low == "to"
                and (dictionary_lemma(verb.low) == verb.low)
            )  # "to demand that ..."
            if (lexicon.verb_readings(verb.low) or infinitive) and verb.low not in (
                "is",
                "was",
                "be",
            ):
                begin("complement", "that", len(clauses) - 1)
                open_sub = True
            elif (
                previous.is_word
                and previous.low not in lexicon.PREPOSITIONS
                and (
                    previous.text.islower()
                    and following is not None
                    and not _starts_det_np(following)
                    or (following is not None and is_finite(following))
                )
            ):
                begin("relative", "that", len(clauses) - 1)
                open_sub = True
        elif low in lexicon.CONJUNCTIONS and index and current.tokens and _has_verb(current):
            if _starts_clause(tokens, index + 1):
                begin("main", low)
                open_sub = False
                current = clauses[-1]
            elif _verb_follows(tokens, index + 1) and current.kind in (
                "main",
                "resumed",
                "complement",
            ):
                begin("resumed", low)
                open_sub = False
                current = clauses[-1]
        elif (
            token.text == ","
            and open_sub
            and current.tokens
            and (_has_verb(current) or subordinator_kind in _PREPOSITIONAL_SUBORDINATORS)
            and _starts_clause(tokens, index + 1)
        ):
            begin("main", ",")
            open_sub = False
            continue
        elif (
            token.text == ","
            and current.kind == "relative"
            and following is not None
            and (_verb_follows(tokens, index + 1))
            and (_has_verb(current) or current.marker == ",")
        ):
            begin("resumed", ",")
            open_sub = False
            continue
        clauses[-1].tokens.append(token)
    result = [clause for clause in clauses if any(t.is_word for t in clause.tokens)]
    for clause in result:
        _trim(clause)
    return result


def _subordinator_applies(tokens: list[Token], index: int) -> bool:
    """'as' is a conjunction only after a comma; the others whenever they are mid-sentence."""
    low = tokens[index].low
    previous = tokens[index - 1]
    if low == "as":
        return previous.text == ","
    if low in ("since", "until", "before", "after", "once"):
        # "soon after", "shortly before" stay with the subordinator; "the day after" does not.
        return previous.low not in lexicon.DETERMINERS
    return True


def _starts_det_np(token: Token) -> bool:
    return token.low in ("the", "a", "an", "of", "is", "was")


def _has_verb(clause: Clause) -> bool:
    tokens = clause.tokens
    return any(
        (
            is_finite(t)
            and not (noun_position(tokens[i - 1] if i else None) and ambiguous_noun(t.low))
        )
        or t.low in lexicon.MODALS
        for i, t in enumerate(tokens)
    )


def _reporting_tail(tokens: list[Token]) -> int | None:
    """Index where a closing ", X said" / ", according to ..." begins, if the sentence has one."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    for comma in reversed(commas[-3:]):
        tail = [t for t in tokens[comma + 1 :] if t.is_word]
        if not tail or len(tail) > 14:
            continue
        words = [t.low for t in tail]
        if words[:2] == ["according", "to"]:
            return comma + 1
        finite = [i for i, t in enumerate(tail) if is_finite(t)]
        if len(finite) != 1:
            continue
        verb = tail[finite[0]]
        lemma = lexicon.lemma_of(verb.low)
        if (
            lemma in lexicon.REPORTING_VERBS
            and finite[0] <= 8
            and any(is_finite(t) or t.low in lexicon.MODALS for t in tokens[:comma])
        ):
            # (only after something said: "On Monday, Russia warned the West" is no tail)
            # the tail must not be followed by "that" (then it is not a tail)
            if finite[0] + 1 < len(tail) and tail[finite[0] + 1].low == "that":
                continue
            return comma + 1
    return None


def _trim(clause: Clause) -> None:
    """Drop punctuation at the edges of a clause."""
    while (
        clause.tokens
        and not clause.tokens[-1].is_word
        and clause.tokens[-1].text
        not in (
            "”",
            "’",
            "''",
            ")",
            ".",
            "%",  # "held 14.6%": the sign is part of the amount
        )
    ):
        clause.tokens.pop()
    while clause.tokens and clause.tokens[0].text in (",", ";", ":", "–", "—", "--"):
        clause.tokens.pop(0)
