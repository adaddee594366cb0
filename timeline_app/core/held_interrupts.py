"""Ctrl+C held back while a piece of work that must not be cut in two runs.

Python raises KeyboardInterrupt wherever the main thread happens to be. A long command that
keeps what it did when stopped (``ingest``) must not be stopped half-way through taking one
article in: the article named by the document but its events never gathered, or events taken
by the gathering index but not yet in the document, are lost for good, as the next run skips
an article the document holds. Inside ``whole()`` a Ctrl+C is noted and raised when the piece
is done; elsewhere (waiting for a worker) it is raised at once, as usual.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from types import FrameType, TracebackType
from typing import Any

# What signal.signal takes and gives back.
_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


class HeldInterrupts:
    """A context in which ``whole()`` pieces of work are not interrupted in the middle.

    It takes over SIGINT only where Python's own Ctrl+C handler is in place, in the main
    thread: a command started with SIGINT ignored (a shell's background job) stays deaf to
    it, and a program that set its own handler keeps it.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._pending = False
        self._previous: _Handler = None
        self._installed = False

    def __enter__(self) -> HeldInterrupts:
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            self._previous = signal.signal(signal.SIGINT, self._interrupted)
            self._installed = True
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False
        self._pending = False

    def _interrupted(self, _number: int, _frame: FrameType | None) -> None:
        if self._depth:
            self._pending = True
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def whole(self) -> Iterator[None]:
        """Runs the block to its end; a Ctrl+C that came meanwhile is raised after it."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if not self._depth and self._pending:
            self._pending = False
            raise KeyboardInterrupt
