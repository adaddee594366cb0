"""A subject's words without the relative clause on its noun ("The bridge [the army
built in 1952] collapsed" -> "Bridge collapses").

The clause rules cut a subject before the first verb after it, so a relative clause without
"that" leaves its own subject in the main clause's ("Bridge army collapses"). The parse
knows those words hang on the relative's verb, which describes the subject's noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.extraction.grammar import Token
    from timeline_app.core.extraction.syntax import ParsedText


_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def without_relative_clause(words: list[Token], parsed: ParsedText) -> list[Token]:
    """``words`` less those that belong to a relative clause on a noun among them which the
    parse makes the subject of another verb (the rules may keep the relative's verb too: "The
    lighthouse the family owned burned"). On a noun with no verb of its own, the "relative"
    holds the sentence's verb ("The three banks each raised ...")."""
    starts = {w.start for w in words}
    kept = []
    for word in words:
        token = parsed.token_at(word.start)
        inside = token is not None and any(
            up.dep_ == "acl:relcl"
            and up.head.idx in starts
            and up.head.i < token.i
            and up.head.dep_ in _SUBJECTS
            for up in (token, *token.ancestors)
        )
        if not inside:
            kept.append(word)
    return kept if kept else words
