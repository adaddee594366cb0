"""Telling the user what went wrong, in the app's words: a dialog in the window a person
uses, one line on stderr in the screenshot mode and scripts (which must never wait on a
dialog)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from timeline_app.ui import message_boxes

APP_NAME = "Crisis Timeline"


class UserMessages:
    def __init__(self, parent: QWidget, *, interactive: bool) -> None:
        self._parent = parent
        self.interactive = interactive

    def error(self, title: str, text: str, detail: str = "") -> None:
        message = f"{text}\n\n{detail}" if detail else text
        if not self.interactive:
            print(f"{APP_NAME}: {message}", file=sys.stderr)
            return
        message_boxes.critical(self._parent, title, message)

    def information(self, title: str, text: str) -> None:
        if self.interactive:
            message_boxes.information(self._parent, title, text)
