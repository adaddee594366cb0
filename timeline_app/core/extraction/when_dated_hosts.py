"""A happening told just before a dated "when" clause took place at that clause's time.

"The conductor was dismissed when the orchestra was disbanded in December 1983": the date
modifies "disbanded" (TimeML anchors it there), and "when" says the dismissal was at the
same time (TimeML's SIMULTANEOUS/IS_INCLUDED), so a reader puts both in December 1983. The
clause before "when" had no date of its own and was lost. What is lent is the "when"
clause's one date; a clause that is a state ("She was 17 when ..."), a scene in the
progressive ("was living in Lisbon when ...") or told in another tense ("had already left
when ...", "will resign when ...") gets nothing: only a plain past deed is the same time.
The parse must hang the "when" clause on the host's own verb: in "identified with the city,
changing his name when he came to the port in 1777" it tells the time of the changing, a
participle phrase, not of the identifying. Nor does the toll of the "when" clause's happening ("Nine people died when the bridge
collapsed in 1998"): what victims suffered in it is that one happening, told once; nor a
role held then ("served as his interpreter when he visited Japan in 1920"), a state.
(The other way round, a "when" clause after a dated clause, is ``extractor._when_clauses``;
a state a dated "when" clause frames is ``when_frames``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.grammar import Aspect
from timeline_app.core.extraction.happening_reference import SUFFERED_IN_IT
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.tenses import Tense

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.extraction.analysis import Analysis
    from timeline_app.core.extraction.syntax import ParsedText
    from timeline_app.core.timex import Timex

# the clauses a "when" clause can lend its time to: a main clause or a second predicate
_HOSTS = frozenset({ClauseKind.MAIN, ClauseKind.RESUMED})
# verbs that with "as" tell a role someone held ("served as interpreter", "acted as host")
_ROLE_VERBS = lexicon.words("serve act work")


def lent_by_when(
    analyses: list[Analysis], index: int, used: set[int], parsed: ParsedText
) -> Timex | None:
    """The date a "when" clause right after clause ``index`` lends it, if clause ``index``
    is an undated plain-past happening and the "when" clause was dated by one date of its
    own (``used`` holds the clauses dated so far)."""
    if index + 1 >= len(analyses) or index in used or (index + 1) not in used:
        return None
    host, after = analyses[index], analyses[index + 1]
    clause = after.clause
    if clause.kind != ClauseKind.SUB or clause.marker.lower() != "when":
        return None
    if len(after.timexes) != 1 or host.timexes or host.clause.kind not in _HOSTS:
        return None
    group = host.group
    if group is None or not group.subject or not host.reading.proposed:
        return None
    if group.tense != Tense.PAST or group.aspect != Aspect.SIMPLE or group.negated:
        return None
    if host.head_at is None or after.head_at is None:
        return None
    head = parsed.token_at(after.head_at)
    if head is None or head.head.idx != host.head_at or head.head.i == head.i:
        return None
    verb = content_lemma(group)
    if verb in lexicon.NOT_HAPPENING_VERBS or verb in SUFFERED_IN_IT:
        return None
    if verb in _ROLE_VERBS and any(c.lower_ == "as" for c in _arguments_of(parsed, host)):
        return None
    return after.timexes[0]


def _arguments_of(parsed: ParsedText, analysis: Analysis) -> list[Token]:
    """The words the parse hangs on the clause's verb and on their own dependents' cases
    ("served as interpreter": "interpreter" and its "as")."""
    head = parsed.token_at(analysis.head_at) if analysis.head_at is not None else None
    if head is None:
        return []
    return [grand for child in head.children for grand in (child, *child.children)]
