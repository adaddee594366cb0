"""Message boxes whose text is shown as written: a file name, a CSV cell or an article's title
quoted in a message can never be read as HTML (an ``<img>`` Qt would load, a link it would
open); see ``plain_text``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    informative: str = "",
    detailed: str = "",
    buttons: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox:
    """A message box (not yet shown) every text of which is plain text."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)  # always plain text in Qt
    return as_plain_text(box)


def as_plain_text(box: QMessageBox) -> QMessageBox:
    """The box, its texts shown as written: call it once every text is set (the informative
    text gets a label of its own only when it is set)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)
    return box


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    informative: str = "",
    detailed: str = "",
    buttons: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox.StandardButton:
    """``message_box`` shown and answered: the button pressed."""
    box = message_box(
        parent, icon, title, text, informative=informative, detailed=detailed, buttons=buttons
    )
    return QMessageBox.StandardButton(box.exec())


def information(parent: QWidget | None, title: str, text: str, **more) -> Button:
    """QMessageBox.information, in plain text."""
    return show_message(parent, QMessageBox.Icon.Information, title, text, **more)


def warning(parent: QWidget | None, title: str, text: str, **more) -> Button:
    """QMessageBox.warning, in plain text."""
    return show_message(parent, QMessageBox.Icon.Warning, title, text, **more)


def critical(parent: QWidget | None, title: str, text: str, **more) -> Button:
    """QMessageBox.critical, in plain text."""
    return show_message(parent, QMessageBox.Icon.Critical, title, text, **more)


def question(parent: QWidget | None, title: str, text: str, **more) -> Button:
    """QMessageBox.question (Yes and No unless ``buttons`` says otherwise), in plain text."""
    more.setdefault("buttons", Button.Yes | Button.No)
    return show_message(parent, QMessageBox.Icon.Question, title, text, **more)
