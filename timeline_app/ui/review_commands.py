"""Review decisions (accept, reject) as undo commands on the window's one undo stack.

A decision changes no event of the document, but it is the user's work: Ctrl+Z in the review
pane must take back the last decision (and Edit ▸ Undo name it), not an older edit of the
timeline that happens to lie underneath.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from timeline_app.core.review import ReviewState
from timeline_app.ui.review_list import CandidateModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewCommands", text)


_VERBS = {
    ReviewState.ACCEPTED: (_tr("Accept “{title}”"), _tr("Accept {n} Candidates")),
    ReviewState.REJECTED: (_tr("Reject “{title}”"), _tr("Reject {n} Candidates")),
    ReviewState.PENDING: (_tr("Reset “{title}”"), _tr("Reset {n} Candidates")),
}


class ReviewDecisionCommand(QUndoCommand):
    """Give some candidates one state; undo gives each back the state it had.

    Candidates are found again by event id, so a command outlives a new reading of the
    article; once its candidates are gone (another article is under review) it is obsolete
    and the stack drops it instead of undoing nothing.
    """

    def __init__(self, candidates: CandidateModel, rows: list[int], state: ReviewState) -> None:
        self._candidates = candidates
        self._state = state
        self._before = [
            (candidates.candidate(r).event.id, candidates.candidate(r).state) for r in rows
        ]
        self._not_duplicate = [candidates.candidate(r).not_duplicate for r in rows]
        one, many = _VERBS[state]
        title = candidates.candidate(rows[0]).event.title
        super().__init__(
            one.format(title=_short(title)) if len(rows) == 1 else many.format(n=len(rows))
        )

    def _rows(self) -> list[int | None]:
        return [self._candidates.row_of(event_id) for event_id, _ in self._before]

    def redo(self) -> None:
        rows = self._rows()
        if all(row is None for row in rows):
            self.setObsolete(True)
            return
        self._candidates.set_state([r for r in rows if r is not None], self._state)

    def undo(self) -> None:
        rows = self._rows()
        if all(row is None for row in rows):
            self.setObsolete(True)
            return
        for row, (_, state), not_duplicate in zip(
            rows, self._before, self._not_duplicate, strict=True
        ):
            if row is not None:
                self._candidates.restore(row, state, not_duplicate=not_duplicate)


def push_decision(
    stack: QUndoStack, candidates: CandidateModel, rows: Iterable[int], state: ReviewState
) -> int:
    """Push the decision for the rows it would change (none already so, none on the timeline);
    how many that is."""
    changing = [
        row
        for row in sorted(set(rows))
        if not candidates.candidate(row).on_timeline
        and (
            candidates.candidate(row).state is not state
            or (state is ReviewState.ACCEPTED and candidates.candidate(row).is_duplicate)
        )
    ]
    if changing:
        stack.push(ReviewDecisionCommand(candidates, changing, state))
    return len(changing)


def document_changed(stack: QUndoStack) -> bool:
    """Whether the document differs from its saved state: steps other than review decisions
    lie between the clean state and now (a decision alone leaves nothing to save)."""
    if stack.isClean():
        return False
    clean = stack.cleanIndex()
    if clean < 0:
        return True  # the saved state was dropped from the history
    first, last = sorted((clean, stack.index()))
    return any(not isinstance(stack.command(i), ReviewDecisionCommand) for i in range(first, last))


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
