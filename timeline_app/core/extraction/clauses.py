"""Clause splitting, so that a date dates the clause that contains it and not the sentence.

A sentence is cut at ``;``, ``:``, spaced dashes, subordinators ("after", "while", "because",
"since" -- unless a date follows directly: "since 2015" is a phrase, not a clause), relative
pronouns ("which", "who", "where", a "that" after a noun), a "that" after a verb (what was
said), "and"/"but" between two full clauses, a closing reporting tail (", X said",
", according to ...") and the comma that ends a leading subordinate clause ("While X did A,
Y did B").

Clause kinds (``ClauseKind``): main, sub (adverbial), relative, complement ("X said that ..."),
report (the "X said" / "according to" part) and resumed (a main clause picking up after an
interruption: "Moscow -- which ... -- denies ..."). The cuts are the named rules of
``clause_rules`` (each with the sentence it is for), tried in order on every token; this module
holds the loop that applies them and the look-ahead for a closing reporting tail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.clause_model import Clause, ClauseKind
from timeline_app.core.extraction.clause_rules import (
    DASHES,
    RULES,
    ClauseRule,
    SplitState,
    Step,
)
from timeline_app.core.extraction.grammar import (
    Token,
    VerbGroup,
    Voice,
    is_finite,
    is_modal,
    tokenize,
)

__all__ = ["Clause", "ClauseKind", "gapped_group", "split_clauses"]

_OPENING_QUOTES = frozenset({"“", "``"})
_CLOSING_QUOTES = frozenset({"”", "''"})
# "held 14.6%": the sign is part of the amount; a closing quote or bracket belongs to the words
_KEPT_AT_END = frozenset({"”", "’", "''", ")", ".", "%"})
_BREAKS = frozenset(",;:") | DASHES


def split_clauses(
    text: str,
    offset: int,
    timex_spans: list[tuple[int, int]] | None = None,
    decided: list[tuple[str, str]] | None = None,
    verb_tags: Mapping[int, str] | None = None,
) -> list[Clause]:
    """The clauses of one sentence (``text`` starts at article offset ``offset``).

    ``decided``, if given, receives (rule name, token) for every token a rule decided on:
    which rule made which cut, for whoever tunes the rules. ``finite_at`` is the parse's
    reading of the verbs (``grammar.tokenize``).
    """
    tokens = tokenize(text, offset, verb_tags)
    if not tokens:
        return []
    state = SplitState(tokens, timex_spans or [], _reporting_tail(tokens))
    _leading_source(state)
    for index, token in enumerate(tokens):
        if token.text in _OPENING_QUOTES:
            state.quote_depth += 1
        elif token.text in _CLOSING_QUOTES and state.quote_depth:
            state.quote_depth -= 1
        rule, step = _decide(state, index)
        if decided is not None and rule is not None:
            decided.append((rule.name, token.text))
        if step is not Step.DROP:
            state.clauses[-1].tokens.append(token)
    result = [clause for clause in state.clauses if any(t.is_word for t in clause.tokens)]
    for clause in result:
        _trim(clause)
    return result


def _decide(state: SplitState, index: int) -> tuple[ClauseRule | None, Step]:
    """The first rule that decides on the token, and its decision (none: the token stays)."""
    for rule in _RULES_BY_TOKEN.get(state.tokens[index].low, _RULES_FOR_ANY_TOKEN):
        step = rule.apply(state, index)
        if step is not None:
            return rule, step
    return None, Step.KEEP


def _rules_by_token() -> dict[str, tuple[ClauseRule, ...]]:
    """For each token some rule is triggered by, the rules (in order) that can decide on it."""
    triggers = {low for rule in RULES for low in rule.triggers or ()}
    return {
        low: tuple(rule for rule in RULES if rule.triggers is None or low in rule.triggers)
        for low in triggers
    }


# the rules that can decide on a token: by the token, or those for any token
_RULES_BY_TOKEN = _rules_by_token()
_RULES_FOR_ANY_TOKEN = tuple(rule for rule in RULES if rule.triggers is None)


def _leading_source(state: SplitState) -> None:
    """ "According to sources quoted by X, ...": a leading source, ended like a phrase."""
    tokens = state.tokens
    if len(tokens) > 2 and tokens[0].low == "according" and tokens[1].low == "to":
        state.current.kind, state.current.marker = ClauseKind.REPORT, "according"
        state.open_sub, state.subordinator = True, "as"


def _reporting_tail(tokens: list[Token]) -> int | None:
    """Index where a closing ", X said" / ", according to ..." begins, if the sentence has one."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    for comma in reversed(commas[-3:]):
        if _tail_reports(tokens, comma):
            return comma + 1
    return _reporting_aside(tokens, commas)


def _reporting_aside(tokens: list[Token], commas: list[int]) -> int | None:
    """Index where a saying set off by commas before a coordinator begins ("the officer
    ordered him to stop, Captain Ortiz said, but he fled"): the report of what comes before
    it, as a closing tail is, though the sentence goes on."""
    for comma, after in zip(commas, commas[1:], strict=False):
        following = tokens[after + 1] if after + 1 < len(tokens) else None
        aside = following is not None and following.low in _AFTER_ASIDE
        if aside and _tail_reports(tokens[:after], comma):
            return comma + 1
    return None


# The coordinators that may go on after a saying's aside.
_AFTER_ASIDE = lexicon.words("but yet")


def _tail_reports(tokens: list[Token], comma: int) -> bool:
    """Whether what follows this comma is a short ", according to ..." or ", X said"."""
    tail = [t for t in tokens[comma + 1 :] if t.is_word]
    if not tail or len(tail) > 14:
        return False
    if [t.low for t in tail[:2]] == ["according", "to"]:
        return True
    verb = _reporting_verb(tail)
    # only after something said: "On Monday, Russia warned the West" is no tail, nor is
    # "As expected, Acme reported a loss": an opening "as"-phrase alone says nothing
    if (
        verb is None
        or _only_an_opening_phrase(tokens[:comma])
        or not any(is_finite(t) or is_modal(tokens, i) for i, t in enumerate(tokens[:comma]))
    ):
        return False
    # ", officials said that ...": what follows is what was said, so this is no tail
    return not (verb + 1 < len(tail) and tail[verb + 1].low == "that")


def _only_an_opening_phrase(head: list[Token]) -> bool:
    """Whether the words before a comma are one short subordinate phrase ("As expected",
    "As widely forecast", "As planned"): a comment on what follows, not something said."""
    return (
        bool(head)
        and head[0].low in lexicon.SUBORDINATORS
        and len(head) <= 4
        and not any(t.text == "," for t in head)
    )


def _reporting_verb(tail: list[Token]) -> int | None:
    """Where the tail's one finite verb is, if it is a reporting verb near the start."""
    finite = [i for i, t in enumerate(tail) if is_finite(t) or _guessing(tail, i)]
    if len(finite) != 1 or finite[0] > 8:
        return None
    verb = finite[0]
    if _guessing(tail, verb):
        return verb
    return verb if lexicon.lemma_of(tail[verb].low) in lexicon.REPORTING_VERBS else None


# A closing guess is a tail too (", the ministry predicted Wednesday"); the word lists know
# these verbs as no finite verb, so their telling forms are listed here.
_GUESSED = frozenset(
    lexicon.inflect(verb, form)
    for verb in lexicon.FORESEEING_VERBS
    for form in ("past", "pp", "3sg")
)


def _guessing(tail: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is a verb of guessing told by someone ("the bank
    predicted"), not a participle of a noun's ("from an estimated $470 million")."""
    return (
        tail[at].low in _GUESSED
        and at > 0
        and tail[at - 1].low not in lexicon.DETERMINERS
        and tail[0].low not in lexicon.PREPOSITIONS
    )


def _trim(clause: Clause) -> None:
    """Drop punctuation at the edges of a clause."""
    while clause.tokens and not clause.tokens[-1].is_word:
        if clause.tokens[-1].text in _KEPT_AT_END:
            break
        clause.tokens.pop()
    while clause.tokens and clause.tokens[0].text in _BREAKS:
        clause.tokens.pop(0)


def gapped_group(clause: Clause, host: VerbGroup, spans: list[tuple[int, int]]) -> VerbGroup:
    """The verb group of a gapped conjunct: its host's, with the conjunct's noun phrase in
    the place the verb leaves open -- the object of an active verb ("In 1998 Apple released
    the iMac, in 2001 the iPod": Apple released the iPod), the subject of a passive one
    ("The iMac was released in 1998, and in 2001 the iPod": the iPod was released)."""
    remnant = list(clause.tokens)
    # the opening ", and in 2001" goes; the date dates the event, the rest is what was done
    while remnant and (
        remnant[0].text == ","
        or remnant[0].low in lexicon.CONJUNCTIONS
        or remnant[0].low in lexicon.PREPOSITIONS
        or any(s <= remnant[0].start < e for s, e in spans)
    ):
        remnant.pop(0)
    while remnant and remnant[-1].text in (".", "!", "?"):
        remnant.pop()
    if host.voice == Voice.PASSIVE:
        return replace(host, subject=remnant, rest=[])
    return replace(host, rest=remnant)
