"""A state told of the time that a "when" clause right after it names.

"The county became a key part of the wool trade in 1350, when the king granted the town a
charter", "The harbour master was in Porto in 2019 when the storm flooded the quay", "The
boy's uncles have looked after him since January, when he was pulled from the river": the
happening is the "when" clause's, which ``extractor._when_clauses`` dates by the date before
it. The clause that date ends says what that happening made or found (a standing, a
whereabouts) or what has gone on since it, and a reader puts no second event on the timeline
for it. A clause that tells a happening of its own keeps its event ("The harbour was rebuilt
in 1961, when the new port opened"), and so does a happening named as the subject of a
copula ("The vote was on Sunday, when the polls had closed"), which says when it took place.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.core.dates import When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.acting_subjects import names_people_acting
from timeline_app.core.extraction.actors import NameKind
from timeline_app.core.extraction.analysis import Analysis
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.grammar import Token
from timeline_app.core.extraction.syntax import HAPPENING_NOUNS
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.timex import Timex

# Verbs that link a subject to a state it came into or stayed in: "became a centre of the
# trade", "remained in exile". A plain "be" says so of a person only ("was in Porto"): a
# thing that was somewhere may be a happening told by where it took place.
_LINKING_VERBS = lexicon.words("become remain stay")
_PERSONAL_PRONOUNS = lexicon.words("he she they we i you")


def frames_a_when_clause(analyses: list[Analysis], index: int, timex: Timex, when: When) -> bool:
    """Whether clause ``index``, dated ``when`` by ``timex``, is a state whose time the
    "when" clause right after it tells the happening of (see the module)."""
    if index + 1 >= len(analyses):
        return False
    analysis, after = analyses[index], analyses[index + 1]
    group = analysis.group
    if group is None or not analysis.timexes or analysis.timexes[-1] is not timex:
        return False
    if any(t.is_word and t.start >= timex.end for t in analysis.clause.tokens):
        return False  # the date does not end the clause: "in 1999 near Lyon, when ..."
    if not _tells_a_happening_when(after):
        return False
    if _names_a_happening(group.subject):
        return False
    verb = content_lemma(group)
    if when.ongoing or verb in _LINKING_VERBS:
        return True  # "has been busy since March 3, when ...", "became a centre ... when"
    return verb == "be" and _someone(analysis)


def _tells_a_happening_when(analysis: Analysis) -> bool:
    """A "when" clause with no date of its own that tells a happening ("when the king granted
    the town a charter"; not "when he was 17")."""
    clause, group = analysis.clause, analysis.group
    return (
        clause.kind == ClauseKind.SUB
        and clause.marker.lower() == "when"
        and not analysis.timexes
        and group is not None
        and analysis.reading.proposed
        and content_lemma(group) not in lexicon.NOT_HAPPENING_VERBS
    )


def _someone(analysis: Analysis) -> bool:
    """Whether the clause's subject is a person or people: a personal pronoun, a noun for
    people ("the harbour master") or a person's name."""
    subject = [t for t in analysis.group.subject if t.is_word] if analysis.group else []
    if not subject:
        return False
    if subject[-1].low in _PERSONAL_PRONOUNS or names_people_acting(subject):
        return True
    start, end = subject[0].start, subject[-1].end
    return any(
        m.kind == NameKind.PERSON and start <= m.start and m.end <= end for m in analysis.mentions
    )


def _names_a_happening(subject: Sequence[Token]) -> bool:
    """Whether a subject's words name a happening ("The vote", "The first concerts")."""
    for token in subject:
        word = token.low
        for form in (word, word[:-1] if word.endswith("s") else word):
            if form in HAPPENING_NOUNS or form in lexicon.NOMINALISATIONS:
                return True
    return False
