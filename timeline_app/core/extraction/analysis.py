"""A sentence's clauses with what the extractor knows of each, and how they hang together:
who speaks for a clause, whose subject a relative clause borrows, what a report foretells."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import Mention
from timeline_app.core.extraction.clause_model import Clause, ClauseKind
from timeline_app.core.extraction.grammar import Token, VerbGroup
from timeline_app.core.extraction.predicate_roles import NO_ROLES, Roles
from timeline_app.core.extraction.syntax import Reading
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.timex import Timex


@dataclass
class Analysis:
    """A clause with what the extractor knows about it."""

    clause: Clause
    group: VerbGroup | None
    mentions: list[Mention]
    timexes: list[Timex] = field(default_factory=list)
    # what the parse says the clause tells; a happening unless its grammar says otherwise
    reading: Reading = Reading.HAPPENING
    # the parse gives the clause a subject that is a noun ("the flu", "rescuers"), not "they"
    nominal_subject: bool = False
    # the predicate's lemma and its arguments' nouns, as the parse gives them (for the kind)
    predicate: str = ""
    arguments: tuple[str, ...] = ()
    # the noun a relative pronoun subject or object stands for ("the deal, which collapsed"),
    # an argument of the kind only: who the clause's own words name is ``arguments``
    stands_for: tuple[str, ...] = ()
    # who does the predicate's act and who undergoes it, by their roles in the parse (for
    # the kind: "was shot by police")
    roles: Roles = NO_ROLES
    # what the clause's verb says (its complement in the parse, "that" or not), if anything
    said: Reading | None = None
    # for a relative or participle clause: where the noun it hangs on lies, per the parse
    antecedent: tuple[int, int] | None = None
    # where the parse finds the clause's subject
    subject_span: tuple[int, int] | None = None
    # where the word heading the clause in the parse starts
    head_at: int | None = None


def is_nominal(analysis: Analysis) -> bool:
    """Whether the clause names a happening by a noun ("the invasion", "talks")."""
    return any(t.low in lexicon.NOMINALISATIONS for t in analysis.clause.tokens)


def nominal_lemma(analysis: Analysis) -> str:
    """The verb behind the clause's first nominalisation ("invasion" -> "invade")."""
    for token in analysis.clause.tokens:
        verb = lexicon.NOMINALISATIONS.get(token.low)
        if verb:
            return verb.split()[0]
    return ""


_NOT_A_THING = lexicon.PREPOSITIONS | lexicon.words(
    "that whether if what how why when where it him her them me us you himself herself itself"
)


def tells_a_thing(analysis: Analysis) -> bool:
    """ "Acme reported a 40% decline in earnings", "announced a merger": a verb of telling
    whose object is a thing, not a clause ("reported that ...") nor a person or a place
    ("told him", "reported to police"), is a happening of its own."""
    group = analysis.group
    if group is None or analysis.said is not None or group.lemma not in lexicon.TELLING_A_THING:
        return False
    first = next((t for t in group.rest if t.is_word), None)
    return first is not None and first.low not in _NOT_A_THING and first.tag in ("", "NNS")


def foretold_before(analyses: list[Analysis], index: int) -> int | None:
    """The main clause a closing report tells of, if it says what will or would be."""
    main = next(
        (j for j in range(index - 1, -1, -1) if analyses[j].clause.kind == ClauseKind.MAIN), None
    )
    if main is None:
        return None
    group = analyses[main].group
    return main if group is not None and group.tense.unreal else None


# Telling that is an act of its own, news on its day even when what it tells is a view or a
# state ("announced that it is time to ..."); saying alone is not.
ACTS_OF_TELLING = lexicon.words("announce declare proclaim reveal confirm")


def told(analyses: list[Analysis], index: int) -> bool:
    """Whether the that-clause after clause ``index`` is part of its happening."""
    if index + 1 >= len(analyses):
        return False
    group, following = analyses[index].group, analyses[index + 1]
    if (
        group is None
        or following.clause.kind != ClauseKind.COMPLEMENT
        or (following.clause.parent != index)
    ):
        return False
    foretold = following.group is not None and following.group.tense.unreal
    lemma = content_lemma(group)
    # "announced that it is time to move on": an announcement of what is no happening is
    # titled with what it announced
    announced = lemma in ACTS_OF_TELLING and not following.reading.proposed
    return lemma not in lexicon.REPORTING_VERBS or lemma in lexicon.DENIALS or foretold or announced


def speaker_index(analyses: list[Analysis], index: int) -> int | None:
    """The clause that says clause ``index``: the verb of its "that", a reporting tail, or a
    leading "According to ..." (a saying set off before "but" says only what precedes it:
    "he fired, Captain Ortiz said, but the vest stopped the bullet")."""
    clause = analyses[index].clause
    if clause.kind == ClauseKind.COMPLEMENT and clause.parent is not None:
        return clause.parent
    for j, other in enumerate(analyses):
        if other.clause.kind == ClauseKind.REPORT and (
            j > index or other.clause.marker == "according"
        ):
            return j
    return None


def subject_mentions(analysis: Analysis) -> list[Mention]:
    """The names inside the clause's own subject."""
    group = analysis.group
    if group is None or not group.subject:
        return []
    start, end = group.subject[0].start, group.subject[-1].end
    return [m for m in analysis.mentions if start <= m.start and m.end <= end]


_NOT_ANTECEDENTS = frozenset({ClauseKind.RELATIVE, ClauseKind.COMPLEMENT, ClauseKind.REPORT})


def antecedent(analyses: list[Analysis], index: int) -> list[Token]:
    """The subject a relative or resumed clause borrows from the clause before it: the noun
    the parse hangs it on, else the rules' guess."""
    clause = analyses[index].clause
    if (
        index > 0
        and clause.kind == ClauseKind.RELATIVE
        and analyses[index - 1].clause.kind == ClauseKind.RELATIVE
        and clause.tokens
        and clause.tokens[0].low in lexicon.CONJUNCTIONS
    ):
        # "Lind, who joined the firm in 1980 and became its chairman in 1991": the second
        # relative clause tells of the noun the first does
        return antecedent(analyses, index - 1)
    span = analyses[index].antecedent
    if span is not None:
        named = [
            t
            for other in analyses[:index]
            for t in other.clause.tokens
            if span[0] <= t.start < span[1]
            and (t.is_word or t.text in ("'", "’"))
            # "Granger Corp., which is also a lender, agreed": a clause resumed after a
            # relative clause never borrows its subject from inside that interruption
            and not (
                analyses[index].clause.kind == ClauseKind.RESUMED
                and other.clause.kind == ClauseKind.RELATIVE
            )
        ]
        if named:
            return named
    for j in range(index - 1, -1, -1):
        other = analyses[j]
        if other.clause.kind in _NOT_ANTECEDENTS:
            continue
        if (
            other.clause.kind == ClauseKind.RESUMED
            and other.group is not None
            and not any(t.is_word for t in other.group.subject)
        ):
            continue  # "..., was appointed in 1679, and in 1683 was made": it borrows too
        if other.group is not None and other.group.subject:
            if analyses[index].clause.kind == ClauseKind.RELATIVE and other.group.rest:
                rest = [t for t in other.group.rest if t.is_word]
                return rest[-6:]
            return other.group.subject
        tokens = list(other.clause.tokens)
        while tokens and tokens[0].low in lexicon.PREPOSITIONS:
            tokens.pop(0)  # "In a drama that has divided ...": the drama divides
        return tokens
    return []
