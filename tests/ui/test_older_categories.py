"""Documents from before the kinds hold "military": it opens, shows, filters, colours and
edits as it did, beside the new kinds, and a user's own category is kept the same way."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtGui import QFont

from timeline_app.core.document import TimelineDocument, load_document
from timeline_app.core.event_kinds import KINDS
from timeline_app.core.events import Event
from timeline_app.core.extraction.categories import categorise
from timeline_app.ui.canvas_data import EventDataMaker
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import EventsPanel

OLD_DOCUMENT = Path(__file__).resolve().parents[1] / "data" / "documents" / "version-1.ctimeline"


def _mixed_events() -> list[Event]:
    old = load_document(OLD_DOCUMENT).events
    assert any(e.category == "military" for e in old)
    template = old[0]
    new = [
        dataclasses.replace(template, id="n1", title="Dockers strike", category="protest"),
        dataclasses.replace(template, id="n2", title="Troops massed", category="strategic"),
        dataclasses.replace(template, id="n3", title="Rebels clash", category="armed clash"),
        dataclasses.replace(template, id="n4", title="Own kind", category="Cyber"),
    ]
    return [*old, *new]


def test_the_legend_shows_military_in_its_old_colour_beside_the_kinds(qtbot):
    events = _mixed_events()
    data = EventDataMaker(now=0.0).build(events, QFont())
    legend = {name: color.name().upper() for name, color, _count in data.legend}
    assert legend["military"] == "#D55E00"  # vermilion, as before the kinds
    for name in ("protest", "strategic", "armed clash", "Cyber"):
        assert name in legend
    assert len(set(legend.values())) == len(legend)  # no two share a colour


def test_the_filter_offers_and_applies_military(qtbot):
    document = TimelineDocument(title="Old and new", events=_mixed_events())
    panel = EventsPanel(EventModel(document))
    qtbot.addWidget(panel)
    combo = panel.filter_bar.category_combo
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert {"military", "protest", "strategic", "armed clash", "Cyber"} <= set(choices)
    combo.setCurrentIndex(combo.findData("military"))
    proxy = panel.proxy
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert proxy.rowCount() == sum(e.category == "military" for e in document.events)
    assert "Dockers strike" not in shown


def test_editing_an_old_event_keeps_military(qtbot):
    old = next(e for e in load_document(OLD_DOCUMENT).events if e.category == "military")
    editor = EventEditor(event=old, categories=["military"])
    qtbot.addWidget(editor)
    assert editor.category_combo.currentText() == "military"
    assert editor.to_event().category == "military"
    # The kinds are offered beside it for a user who wants to re-file the event.
    choices = {editor.category_combo.itemText(i) for i in range(editor.category_combo.count())}
    assert {"military", *KINDS} == choices


def test_the_extractor_no_longer_writes_military():
    # The seed article's kind of sentence, now filed as what it is.
    assert categorise("Russia massed troops near the border") == "strategic"
    assert "military" not in KINDS
