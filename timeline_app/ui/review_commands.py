"""Review decisions (accept, reject) as undo commands on the window's one undo stack.

A decision changes no event of the document, but it is the user's work: Ctrl+Z in the review
pane must take back the last decision (and Edit ▸ Undo name it), not an older edit of the
timeline that happens to lie underneath.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

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


class ReviewStep(QUndoCommand):
    """A step of the review (a decision, a candidate set apart): the user's work, undone
    with Ctrl+Z, but no change of the document."""


class ReviewDecisionCommand(ReviewStep):
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
    return any(not isinstance(stack.command(i), ReviewStep) for i in range(first, last))


class QueueChoices(Protocol):
    """What the review queue's commands change: decisions and candidates set apart, by id."""

    def knows(self, ids: Iterable[str]) -> bool: ...
    def decisions_of(self, ids: Iterable[str]) -> dict[str, ReviewState]: ...
    def set_decisions(self, decisions: Mapping[str, ReviewState]) -> None: ...
    def set_apart(self, ids: Iterable[str], apart: bool) -> None: ...


class QueueDecisionCommand(ReviewStep):
    """Give candidates of the review queue one state; undo gives each back its own. Once none
    of them is in the queue (their articles were closed) the step is obsolete."""

    def __init__(
        self, queue: QueueChoices, ids: list[str], state: ReviewState, title: str = ""
    ) -> None:
        self._queue = queue
        self._before = queue.decisions_of(ids)
        self._state = state
        one, many = _VERBS[state]
        super().__init__(
            one.format(title=_short(title)) if len(ids) == 1 and title else many.format(n=len(ids))
        )

    def redo(self) -> None:
        if not self._queue.knows(self._before):
            self.setObsolete(True)
            return
        self._queue.set_decisions(dict.fromkeys(self._before, self._state))

    def undo(self) -> None:
        if not self._queue.knows(self._before):
            self.setObsolete(True)
            return
        self._queue.set_decisions(self._before)


class QueueApartCommand(ReviewStep):
    """Take candidates out of the group they were put in: each becomes a group of its own."""

    def __init__(self, queue: QueueChoices, ids: list[str], title: str = "") -> None:
        self._queue = queue
        self._ids = ids
        super().__init__(
            _tr("Ungroup “{title}”").format(title=_short(title))
            if len(ids) == 1 and title
            else _tr("Ungroup {n} Candidates").format(n=len(ids))
        )

    def redo(self) -> None:
        if not self._queue.knows(self._ids):
            self.setObsolete(True)
            return
        self._queue.set_apart(self._ids, True)

    def undo(self) -> None:
        if not self._queue.knows(self._ids):
            self.setObsolete(True)
            return
        self._queue.set_apart(self._ids, False)


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
