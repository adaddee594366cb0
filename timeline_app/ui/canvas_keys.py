"""The timeline canvas's keyboard: arrows move between events in time and between lanes,
Enter opens an event, Enter or Space on a cluster mark zooms into it, + and - zoom, and with
nothing chosen the arrows pan. Kept apart from ``TimelineView`` (which hands it every key
press) so that the widget holds painting and the mouse, and this the keys and the one piece of
state they add: the cluster mark the keyboard is on.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent

from timeline_app.core.frame import Frame, Target, neighbour
from timeline_app.core.viewport import Viewport
from timeline_app.ui.canvas_data import EventData
from timeline_app.ui.event_model import EventModel


class Canvas(Protocol):
    """What the keys need of ``TimelineView`` (named here so the two modules import one way)."""

    eventActivated: Any  # Signal(str)
    _model: EventModel
    _selection: QItemSelectionModel
    _selected_rows: set[int]
    _viewport: Viewport

    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def fit_all(self) -> None: ...
    def pan_by(self, fraction: float) -> None: ...
    def go_to_first(self) -> None: ...
    def go_to_last(self) -> None: ...
    def update(self) -> None: ...
    def _frame(self, width: float | None = None, height: float | None = None) -> Frame: ...
    def _ensure_data(self) -> EventData: ...
    def _moved(self, changed: bool) -> None: ...
    def _reveal(self, row: int) -> None: ...
    def _select_row(self, row: int | None, toggle: bool) -> None: ...


class CanvasKeys:
    """The keys of one canvas."""

    def __init__(self, view: Canvas) -> None:
        self._view = view
        # The cluster mark the keyboard is on: (the layout it belongs to, its number). A new
        # layout (zoom, edit) makes it stale, and it is then forgotten.
        self.cluster_focus: tuple[object, int] | None = None

    def handle(self, event: QKeyEvent) -> bool:
        """Act on a key pressed on the canvas; whether it was one of the canvas's keys."""
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        Key = Qt.Key
        here = None if (ctrl or shift) else self._keyboard_target()
        if key in (Key.Key_Equal, Key.Key_Plus):
            self._view.zoom_in()
        elif key in (Key.Key_Minus, Key.Key_Underscore):
            self._view.zoom_out()
        elif ctrl and key == Key.Key_0:
            self._view.fit_all()
        elif key in (Key.Key_Left, Key.Key_Right):
            later = key == Key.Key_Right
            # With an event or cluster mark chosen the arrows move between them; otherwise,
            # and always with Shift (a half view) or Ctrl, they pan.
            if here is None or not self._step_in_time(here, later):
                self._view.pan_by((0.5 if shift else 0.1) * (1 if later else -1))
        elif key in (Key.Key_Up, Key.Key_Down) and not (ctrl or shift):
            self._step_between_lanes(here, "up" if key == Key.Key_Up else "down")
        elif key in (Key.Key_Return, Key.Key_Enter, Key.Key_Space) and here is not None:
            kind, number = here
            if kind == "cluster":
                self._open_cluster(number)
            elif key != Key.Key_Space:
                self._view.eventActivated.emit(self._view._model.event_at(number).id)
        elif key == Key.Key_Escape and here is not None:
            self.cluster_focus = None
            self._view._select_row(None, False)
            self._view.update()
        elif key == Key.Key_Home:
            self._view.go_to_first()
        elif key == Key.Key_End:
            self._view.go_to_last()
        else:
            return False
        return True

    def _keyboard_target(self) -> Target | None:
        """The cluster mark the keyboard is on, else the current selected event, else None."""
        frame = self._view._frame()
        focus = self.cluster_focus
        if focus is not None and focus[0] is frame.layout and focus[1] in frame.clusters:
            return ("cluster", focus[1])
        self.cluster_focus = None
        current = self._view._selection.currentIndex()
        if current.isValid() and current.row() in self._view._selected_rows:
            return ("event", current.row())
        if self._view._selected_rows:
            return ("event", min(self._view._selected_rows))
        return None

    def _go_to_target(self, target: Target) -> None:
        kind, number = target
        if kind == "cluster":
            self._view._select_row(None, False)
            self.cluster_focus = (self._view._frame().layout, number)
            self._view.update()
        else:
            self._view._select_row(number, False)
            self._view._reveal(number)

    def _step_in_time(self, here: Target, later: bool) -> bool:
        """Move to the next (or previous) event in time, or from a cluster mark to its
        neighbour in its row; whether there was one."""
        kind, number = here
        if kind == "cluster":
            target = neighbour(self._view._frame(), here, "right" if later else "left")
            if target is None:
                return False
            self._go_to_target(target)
            return True
        index = self._view._ensure_data().index
        position = int(index.positions[number]) + (1 if later else -1)
        if not 0 <= position < len(index):
            return False
        self._go_to_target(("event", int(index.rows[position])))
        return True

    def _step_between_lanes(self, here: Target | None, direction: str) -> None:
        frame = self._view._frame()
        if here is None or (here[0] == "event" and frame.box_of_row(here[1]) is None):
            # Nothing chosen on screen yet: start at the event nearest the middle of the view.
            if frame.rows.size:
                middle = int(np.argmin(np.abs(frame.x0 - frame.width / 2)))
                self._go_to_target(("event", int(frame.rows[middle])))
            elif frame.clusters.size:
                self._go_to_target(("cluster", int(frame.clusters[0])))
            return
        target = neighbour(frame, here, direction)
        if target is not None:
            self._go_to_target(target)

    def _open_cluster(self, cluster: int) -> None:
        frame = self._view._frame()
        self.cluster_focus = None
        self._view._moved(self._view._viewport.show_days(*frame.cluster_days(cluster)))
