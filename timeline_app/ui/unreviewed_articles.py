"""Quitting with articles under review whose events are not on the timeline yet: the review
is kept nowhere (not in the document, not in the recovery file), so the window asks first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.core.events import Article
from timeline_app.ui.message_boxes import message_box
from timeline_app.ui.user_messages import APP_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnreviewedArticles", text)


def may_leave(parent: QWidget, articles: Sequence[Article]) -> bool:
    """Whether to quit, leaving ``articles`` (none of whose events were added) unread: asked
    when there are any, Cancel the default."""
    if not articles:
        return True
    if len(articles) == 1:
        name = articles[0].title or _tr("An article")
        text = _tr("“{name}” is still under review.").format(name=name)
        informative = _tr(
            "None of its events is on the timeline yet: quitting now leaves them out. "
            "Accept them and add them to the timeline to keep them."
        )
    else:
        text = _tr("{n} articles are still under review.").format(n=len(articles))
        informative = _tr(
            "None of their events is on the timeline yet: quitting now leaves them out. "
            "Accept them and add them to the timeline to keep them."
        )
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        APP_NAME,
        text,
        informative=informative,
        buttons=QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Quit Anyway"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    return getattr(answer, "value", answer) == QMessageBox.StandardButton.Discard.value
