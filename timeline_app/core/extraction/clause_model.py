"""What a clause is: a stretch of a sentence's tokens, of one kind, opened by one word."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from timeline_app.core.extraction.grammar import Token


class ClauseKind(StrEnum):
    """How a clause hangs on the rest of its sentence; the extractor dates and titles by it."""

    MAIN = "main"
    SUB = "sub"  # adverbial: "after talks failed", "while troops gathered"
    RELATIVE = "relative"  # "which ...", "who ...", a noun's "that ...", ", held on Monday,"
    COMPLEMENT = "complement"  # what was said or demanded: "X said that ..."
    REPORT = "report"  # the saying itself: ", X said", "according to ..."
    RESUMED = "resumed"  # a main clause picking up after an interruption, or a second predicate
    # a conjunct whose verb (and subject) are those of the clause before, left out: "In 1998
    # Apple released the iMac, in 2001 the iPod" -- a date and what the verb did then
    GAPPED = "gapped"

    @property
    def borrows_subject(self) -> bool:
        """Whether the clause may open on its verb, its subject said before ("which hit")."""
        return self in (ClauseKind.RELATIVE, ClauseKind.RESUMED)

    @property
    def carries_sentence(self) -> bool:
        """A main clause or its continuation: what the sentence itself asserts."""
        return self in (ClauseKind.MAIN, ClauseKind.RESUMED)


@dataclass
class Clause:
    """A stretch of a sentence with its tokens; ``start``/``end`` are article offsets."""

    tokens: list[Token]
    kind: ClauseKind = ClauseKind.MAIN
    marker: str = ""  # the word that opened it: "after", "which", "that", "and"
    parent: int | None = None  # index of the clause it depends on (antecedent, speaker)
    # How far ``has_verb`` has found no verb: (the first token then, how many tokens from the
    # start are settled as no verb), so that asking again as the clause grows reads only the
    # tokens added since.
    verbless: tuple[Token | None, int] = field(default=(None, 0), repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end
