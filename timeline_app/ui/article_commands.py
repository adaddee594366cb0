"""Undoable changes to an article of the timeline that also touch its events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from timeline_app.core.document_edits import set_publication_date
from timeline_app.core.events import Article, Event
from timeline_app.ui.commands import DocumentEditCommand
from timeline_app.ui.event_model import EventModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArticleCommands", text)


def describe_published(published: dt.date | None) -> str:
    return f"{published.day} {published:%B %Y}" if published else _tr("unknown")


def push_publication_date_change(
    stack: QUndoStack,
    model: EventModel,
    article: Article,
    published: dt.date | None,
    changes: Sequence[tuple[Event, Event]],
) -> None:
    """Change an article's publication date and move the events it dates, as one undo step.

    ``changes`` are (current, moved) event pairs, as ``core.review.retimed_events`` gives.
    """
    title = article.title or _tr("article")
    text = _tr("Change publication date of “{title}” to {date}").format(
        title=title, date=describe_published(published)
    )
    edit = set_publication_date(article, published, [moved for _current, moved in changes])
    stack.push(DocumentEditCommand(model, edit, text))
