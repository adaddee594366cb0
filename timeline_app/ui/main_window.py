"""The main window: the timeline in the middle, the events table below, the details at the right.

The window assembles the parts and their menus: the files (``file_controller``: open, save,
import, dropped files), the exports (``export_actions``), the crash recovery offer
(``recovery_offer``) and the work off the GUI thread (one ``JobRunner``). Every change to the
document goes through one QUndoStack (``ui/commands.py``); the window's modified mark follows
the stack's clean state.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.date_reader import read_when
from timeline_app.core.dates import DateError, datetime_of
from timeline_app.core.document import TimelineDocument
from timeline_app.ui import help_dialogs
from timeline_app.ui.article_workspace import ArticleWorkspace
from timeline_app.ui.autosave import Autosaver
from timeline_app.ui.column_widths import ColumnWidths
from timeline_app.ui.custody_export import CustodyExport
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.event_actions import EventActions
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.event_model import EVENT_ROLE, EventModel
from timeline_app.ui.event_table import EventsPanel, SelectionSync, plural
from timeline_app.ui.export_actions import ExportActions
from timeline_app.ui.extraction_runner import ExtractionRunner
from timeline_app.ui.file_controller import FileController, dropped_files
from timeline_app.ui.job_runner import JobRunner
from timeline_app.ui.overview_strip import OverviewStrip
from timeline_app.ui.recovery_offer import RecoveryOffer
from timeline_app.ui.review_commands import document_changed
from timeline_app.ui.settings import Settings
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.unreviewed_articles import may_leave
from timeline_app.ui.user_messages import APP_NAME, UserMessages

__all__ = ["APP_NAME", "MainWindow"]

GROUPINGS = ("none", "category", "actor")
StandardKey = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    """The application window around one timeline document.

    ``interactive=False`` (screenshots) never opens a dialog; ``remember=False`` neither
    restores nor saves the window's geometry and the recent files.
    """

    def __init__(
        self, settings: Settings | None = None, *, interactive: bool = True, remember: bool = True
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self._remember = remember
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        self.messages = UserMessages(self, interactive=interactive)
        self.jobs = JobRunner(self)  # every piece of work off the GUI thread
        self.undo_stack = QUndoStack(self)
        self.model = EventModel(parent=self, date_style=self.settings.date_style)
        self.selection = QItemSelectionModel(self.model, self)
        self._build_central()
        self._build_docks()
        self.event_actions = EventActions(
            self,
            model=self.model,
            selection=self.selection,
            stack=self.undo_stack,
            details=self.details,
            settings=self.settings,
            proxy=self.proxy,
        )
        self.files = FileController(
            self,
            model=self.model,
            stack=self.undo_stack,
            selection=self.selection,
            view=self.view,
            filter_bar=self.filter_bar,
            articles=self.articles,
            settings=self.settings,
            messages=self.messages,
            jobs=self.jobs,
            remember=remember,
        )
        self.exports = ExportActions(
            self,
            model=self.model,
            proxy=self.proxy,
            selection=self.selection,
            view=self.view,
            settings=self.settings,
            messages=self.messages,
            display_name=self.files.display_name,
        )
        self.custody_export = CustodyExport(
            self,
            model=self.model,
            settings=self.settings,
            messages=self.messages,
            document_path=lambda: self.files.path,
            display_name=self.files.display_name,
        )
        self.recovery = RecoveryOffer(
            self,
            files=self.files,
            model=self.model,
            stack=self.undo_stack,
            view=self.view,
            messages=self.messages,
        )
        self._build_actions()
        self.recent_menu = _build_menus(self)
        self._build_status_bar()
        self._connect()
        self._update_title()
        self._update_selection_actions()
        self._restore_window()

    # --- the document, for those who hold the window (the files hold the rest) ---------------

    @property
    def path(self) -> Path | None:
        """The file the document is saved in, or None for a new, untitled one."""
        return self.files.path

    @property
    def autosaver(self) -> Autosaver:
        return self.files.autosaver

    def set_document(self, document: TimelineDocument, path: Path | None) -> None:
        """Show ``document`` as the open one: unmodified, with an empty undo history."""
        self.files.set_document(document, path)

    def open_file(self, path: str | Path, *, remember: bool = True) -> bool:
        return self.files.open_file(path, remember=remember)

    def open_seed(self) -> bool:
        return self.files.open_seed()

    def open_example(self) -> bool:
        """Help ▸ Open Example: the seed article's timeline, once unsaved work is dealt with."""
        return self.maybe_save() and self.open_seed()

    def save(self) -> bool:
        return self.files.save()

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False means the user cancelled."""
        return self.files.maybe_save()

    def offer_recovery(self, folder: Path | None = None) -> bool:
        return self.recovery.offer(folder)

    # --- building ---------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.view = TimelineView(self.model, self.selection)
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.overview = OverviewStrip(self.model, self.view)
        self.overview.setAccessibleName(self.tr("Timeline overview"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.overview, 0)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.events_panel = EventsPanel(self.model, self.settings, self)
        self.table = self.events_panel.table
        self.proxy = self.events_panel.proxy
        self.filter_bar = self.events_panel.filter_bar
        self.filter_bar.dateProblem.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.table_dock = QDockWidget(self.tr("Events"), self)
        self.table_dock.setObjectName("eventsDock")
        self.table_dock.setWidget(self.events_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)

        self.details = DetailPane(self.model, self.selection, self)
        self.details_dock = QDockWidget(self.tr("Details"), self)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        # The details run the full height; the table sits under the timeline only.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.selection_sync = SelectionSync(self.table, self.proxy, self.selection, self)

        self.articles = ArticleWorkspace(
            self.model,
            self.selection,
            self.undo_stack,
            self,
            runner=ExtractionRunner(parent=self, jobs=self.jobs),
        )
        self.articles.setAccessibleName(self.tr("Articles"))
        self.articles_dock = QDockWidget(self.tr("Articles"), self)
        self.articles_dock.setObjectName("articlesDock")
        self.articles_dock.setWidget(self.articles)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.articles_dock)
        self.tabifyDockWidget(self.details_dock, self.articles_dock)
        self.details_dock.raise_()
        self.articles.reviewStarted.connect(self._show_articles)
        self.articles.eventsAdded.connect(self._say_if_added_out_of_view)
        self.articles.proposalShown.connect(self.details.show_proposal)
        self.articles.extractionCancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Extraction cancelled"), 5000)
        )

    def _build_actions(self) -> None:
        tr = self.tr
        self.new_action = _action(
            self,
            tr("&New"),
            self.files.new_document,
            [StandardKey.New],
            tr("Start an empty timeline"),
        )
        self.open_action = _action(
            self,
            tr("&Open…"),
            self.files.open_dialog,
            [StandardKey.Open],
            tr("Open a timeline, a CSV file or an article"),
        )
        self.save_action = _action(
            self,
            tr("&Save"),
            self.files.save_requested,
            [StandardKey.Save],
            tr("Save the timeline"),
        )
        self.save_as_action = _action(
            self,
            tr("Save &As…"),
            self.files.save_as,
            [StandardKey.SaveAs],
            tr("Save the timeline under a new name"),
        )
        # Under File ▸ Import and File ▸ Export: the submenu names the verb, the items the
        # format, each with a mnemonic of its own in its menu.
        self.import_csv_action = _action(
            self,
            tr("&CSV…"),
            self.files.import_csv_dialog,
            [],
            tr("Add the events of a CSV file"),
        )
        self.import_timelinejs_action = _action(
            self,
            tr("&TimelineJS Sheet or JSON…"),
            self.files.import_timelinejs_dialog,
            [],
            tr("Add the slides of a Knight Lab TimelineJS spreadsheet (CSV) or JSON file"),
        )
        self.import_article_action = _action(
            self,
            tr("&Article…"),
            self.files.import_article_dialog,
            ["Ctrl+Shift+O"],
            tr("Read news articles (.txt, .html) and review the dated events they report"),
        )
        self.import_sources_action = _action(
            self,
            tr("&Sources…"),
            self.files.sources.import_files_dialog,
            [],
            tr("Capture articles, saved pages and feeds, keep each as evidence, and review them"),
        )
        self.import_folder_action = _action(
            self,
            tr("&Folder of Sources…"),
            self.files.sources.import_folder_dialog,
            [],
            tr("Capture every article of a folder and its subfolders, and review them"),
        )
        self.import_url_action = _action(
            self,
            tr("From &URL or Feed…"),
            self.files.sources.import_addresses_dialog,
            [],
            tr("Fetch web pages or an RSS/Atom feed's articles, keep each as evidence"),
        )
        self.export_custody_action = _action(
            self,
            tr("C&ustody Log…"),
            self.custody_export.export_dialog,
            [],
            tr("Write every source with its SHA-256 and capture record (CSV or JSON)"),
        )
        self.paste_article_action = _action(
            self,
            tr("Paste Arti&cle"),
            self.files.paste_article,
            ["Ctrl+Shift+V"],
            tr("Review the dated events of the article text on the clipboard"),
        )
        self.export_csv_action = _action(
            self,
            tr("&CSV…"),
            lambda: self.exports.export_csv_dialog(only_filtered=False),
            ["Ctrl+Shift+E"],
            tr("Write every event of the timeline to a CSV file"),
        )
        self.export_filtered_action = _action(
            self,
            tr("&Filtered Events as CSV…"),
            lambda: self.exports.export_csv_dialog(only_filtered=True),
            [],
            tr("Write only the events the filter shows to a CSV file"),
        )
        self.export_timelinejs_csv_action = _action(
            self,
            tr("&TimelineJS CSV…"),
            lambda: self.exports.export_timelinejs_dialog("csv"),
            [],
            tr("Write the events as a Knight Lab TimelineJS spreadsheet"),
        )
        self.export_timelinejs_json_action = _action(
            self,
            tr("TimelineJS &JSON…"),
            lambda: self.exports.export_timelinejs_dialog("json"),
            [],
            tr("Write the events as a Knight Lab TimelineJS JSON file"),
        )
        self.export_xlsx_action = _action(
            self,
            tr("E&xcel Workbook…"),
            self.exports.export_xlsx_dialog,
            [],
            tr("Write the events as an Excel workbook, with dates a spreadsheet can sort"),
        )
        self.export_picture_action = _action(
            self,
            tr("&Picture…"),
            self.exports.export_picture_dialog,
            [],
            tr("Save the timeline as a PNG, SVG or PDF picture"),
        )
        self.print_action = _action(
            self,
            tr("&Print…"),
            self.exports.print_timeline,
            [StandardKey.Print],
            tr("Print the timeline"),
        )
        # Ctrl+Q too: Windows and some platforms define no standard Quit key.
        self.quit_action = _action(self, tr("&Quit"), self.close, [StandardKey.Quit, "Ctrl+Q"])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Say what a keypress took back: the change may be to an event not on screen.
        self.undo_action.triggered.connect(self._say_undone)
        self.redo_action.triggered.connect(self._say_redone)
        self.add_event_action = _action(
            self,
            tr("&Add Event…"),
            self.event_actions.add_event,
            ["Ctrl+E", "Ins"],
            tr("Add an event by hand"),
        )
        self.edit_event_action = _action(
            self,
            tr("&Edit Event…"),
            self.event_actions.edit_selected_event,
            ["F2"],
            tr("Change the selected event"),
        )
        delete_keys: list[QKeySequence | StandardKey | str] = [StandardKey.Delete]
        if sys.platform == "darwin":
            delete_keys.append("Backspace")
        self.delete_event_action = _action(
            self,
            tr("&Delete Event"),
            self.event_actions.delete_selected,
            delete_keys,
            tr("Delete the selected events"),
        )
        self.merge_events_action = _action(
            self,
            tr("&Merge Events"),
            self.event_actions.merge_selected,
            ["Ctrl+Shift+M"],
            tr("One event holding every source of the selected events"),
        )
        self.split_sources_action = _action(
            self,
            tr("Spli&t Sources"),
            self.event_actions.split_selected,
            [],
            tr("One event per source of the selected event"),
        )
        self.set_confidence_action = _action(
            self,
            tr("Set &Confidence…"),
            self.event_actions.set_confidence_of_selected,
            [],
            tr("Grade how sure the selected event is, with a note"),
        )
        self.outlet_reliability_action = _action(
            self,
            tr("&Outlet Reliability…"),
            self.event_actions.edit_outlet_reliability,
            [],
            tr("Rate the outlets (A–F) from which events are graded"),
        )
        self.find_action = _action(
            self, tr("&Find…"), self.focus_search, [StandardKey.Find], tr("Search the events")
        )
        self.preferences_action = _action(
            self,
            tr("Prefere&nces…"),
            self.show_preferences,
            [StandardKey.Preferences, "Ctrl+,"],
            tr("Date display, publication dates, autosave and CSV options"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.dayfirst_action = QAction(tr("Read 03/04/2021 as 3 April (Da&y First)"), self)
        self.dayfirst_action.setCheckable(True)
        self.dayfirst_action.setChecked(self.settings.dayfirst)
        self.dayfirst_action.toggled.connect(self._set_dayfirst)

        self.zoom_in_action = _action(
            self, tr("Zoom &In"), self.view.zoom_in, ["Ctrl+=", StandardKey.ZoomIn]
        )
        self.zoom_out_action = _action(
            self, tr("Zoom &Out"), self.view.zoom_out, [StandardKey.ZoomOut]
        )
        self.fit_all_action = _action(
            self, tr("&Fit All"), self.view.fit_all, ["Ctrl+0"], tr("Show the whole timeline")
        )
        self.go_to_date_action = _action(
            self,
            tr("&Go to Date…"),
            self.go_to_date_dialog,
            ["Ctrl+G"],
            tr("Bring a date into view"),
        )
        self.go_first_action = _action(self, tr("Go to Fir&st Event"), self.view.go_to_first)
        self.go_last_action = _action(self, tr("Go to &Last Event"), self.view.go_to_last)
        self.grouping_group = QActionGroup(self)
        labels = {"none": tr("&None"), "category": tr("&Category"), "actor": tr("&Actor")}
        self.grouping_actions: dict[str, QAction] = {}
        for name in GROUPINGS:
            action = QAction(labels[name], self.grouping_group)
            action.setCheckable(True)
            action.setData(name)
            action.triggered.connect(lambda checked=False, n=name: self.set_grouping(n))
            self.grouping_actions[name] = action
        self.grouping_actions[self.settings.grouping].setChecked(True)

        # Ctrl+1/2/3 bring a pane forward (showing it if closed), never hide it: a key that
        # sometimes hides what the user asked to see is a trap. The pane's × closes it.
        self.pane_actions = [
            _action(
                self,
                text,
                lambda d=dock: self.show_pane(d),
                [key],
                tr("Show the {pane} pane and bring it to the front").format(pane=name),
            )
            for text, name, key, dock in (
                (tr("&Events Table"), tr("Events"), "Ctrl+1", self.table_dock),
                (tr("&Details"), tr("Details"), "Ctrl+2", self.details_dock),
                (tr("&Articles"), tr("Articles"), "Ctrl+3", self.articles_dock),
            )
        ]

        self.shortcuts_action = _action(
            self, tr("&Keyboard Shortcuts"), self.show_shortcuts, ["Ctrl+/"]
        )
        self.open_example_action = _action(
            self,
            tr("Open &Example"),
            self.open_example,
            [],
            tr("Open the example article's timeline, as a new, unsaved document"),
        )
        self.about_action = _action(self, tr("&About Crisis Timeline"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        # The table and the details offer the event actions on right-click.
        for action in (self.edit_event_action, self.delete_event_action):
            self.table.addAction(action)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of events"))
        self.range_label = QLabel(self)
        self.range_label.setAccessibleName(self.tr("Visible dates"))
        for label in (self.count_label, self.range_label):
            label.setContentsMargins(10, 0, 10, 0)
        self.statusBar().addPermanentWidget(self.range_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self._update_counts()

    def _connect(self) -> None:
        # A bound method, not a lambda: the stack emits this from its destructor too, and Qt
        # disconnects a method of a dying window but not a lambda that calls into it.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._clean_changed)
        self.selection.selectionChanged.connect(self._update_selection_actions)
        # A merge or split changes the selected event's sources, not the selection.
        self.undo_stack.indexChanged.connect(self._update_selection_actions)
        self.view.eventActivated.connect(self.edit_event)
        self.view.addRequested.connect(lambda date: self.event_actions.add_event(start=date))
        self.view.visibleRangeChanged.connect(self._show_visible_range)
        self.table.activated.connect(
            lambda index: self.edit_event(self.proxy.mapToSource(index).data(EVENT_ROLE).id)
        )
        self.details.editRequested.connect(self.edit_event)
        self.details.eventLinkActivated.connect(self.select_event)
        self.proxy.maskChanged.connect(self.view.set_match_mask)
        self.proxy.maskChanged.connect(self.details.set_match_mask)
        self.details.clearFilterRequested.connect(self.filter_bar.clear)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
            self.proxy.maskChanged,
        ):
            signal.connect(self._update_counts)
        self.model.titleChanged.connect(self._update_title)
        self.files.documentChanged.connect(self._update_title)

    def _restore_window(self) -> None:
        self.resize(1400, 900)
        self.resizeDocks([self.table_dock], [270], Qt.Orientation.Vertical)
        self.resizeDocks([self.details_dock], [380], Qt.Orientation.Horizontal)
        if self._remember:
            geometry = self.settings.geometry()
            if geometry is not None:
                self.restoreGeometry(geometry)
            state = self.settings.window_state()
            if state is not None:
                self.restoreState(state)
            for columns in self._column_widths():
                columns.restore(self.settings)
        self.view.set_grouping(self.settings.grouping)

    def _column_widths(self) -> tuple[ColumnWidths, ...]:
        """The tables whose column widths are kept between launches."""
        return (
            self.table.columns,
            self.articles.source_columns,
            self.articles.review_panel.columns,
            self.articles.queue_panel.columns,
        )

    # --- the document -----------------------------------------------------------------------

    def _clean_changed(self, *args: object) -> None:
        # Review decisions are undo steps but leave the document as saved: no "*" for them.
        self.setWindowModified(document_changed(self.undo_stack))

    def _update_title(self, *args: object) -> None:
        self.setWindowTitle(
            self.tr("{name}[*] — {app}").format(name=self.files.display_name(), app=APP_NAME)
        )

    def _show_articles(self) -> None:
        """A review starts: the Articles pane in front, and the Details beside it rather than
        behind it in a tab, for they show the proposal picked in the review."""
        if self.details_dock in self.tabifiedDockWidgets(self.articles_dock):
            self._stack_review_panes()
        self.articles_dock.show()
        self.articles_dock.raise_()

    def _stack_review_panes(self) -> None:
        """Articles above, Details below, in the right-hand area; the window state keeps this
        arrangement for the next launch (the user may tab them together again)."""
        area = Qt.DockWidgetArea.RightDockWidgetArea
        height = self.articles_dock.height()  # the two share the area's height in tabs
        for dock in (self.articles_dock, self.details_dock):
            self.removeDockWidget(dock)
            self.addDockWidget(area, dock, Qt.Orientation.Vertical)
            dock.show()
        self.resizeDocks(
            [self.articles_dock, self.details_dock],
            [height * 2 // 3, height // 3],
            Qt.Orientation.Vertical,
        )

    def show_pane(self, dock: QDockWidget) -> None:
        """Show a pane, in front of any it shares a tab bar with, with the keyboard focus."""
        dock.show()
        dock.raise_()
        target = self.table if dock is self.table_dock else dock.widget()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _say_undone(self) -> None:
        done = self.undo_stack.redoText()
        if done:
            self.statusBar().showMessage(self.tr("Undone: {what}").format(what=done), 5000)

    def _say_redone(self) -> None:
        done = self.undo_stack.undoText()
        if done:
            self.statusBar().showMessage(self.tr("Redone: {what}").format(what=done), 5000)

    # --- events ------------------------------------------------------------------------------

    @property
    def current_editor(self) -> EventEditor | None:
        """The event editor open now, if any."""
        return self.event_actions.current_editor

    def select_event(self, event_id: str) -> None:
        self.event_actions.select_event(event_id)

    def edit_event(self, event_id: str) -> EventEditor | None:
        return self.event_actions.edit_event(event_id)

    # --- view -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.table_dock.show()
        self.table_dock.raise_()
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()

    def go_to_date_dialog(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Go to Date"), self.tr("Date (e.g. 2014, March 2014, 31 Dec 2021):")
        )
        if not ok or not text.strip():
            return
        try:
            when = read_when(text, dayfirst=self.settings.dayfirst, anchor=dt.date.today())
        except DateError as error:
            self.messages.error(
                self.tr("Go to Date"),
                self.tr("“{text}” is not a date I can go to.").format(text=text.strip()),
                str(error),
            )
            return
        self.view.go_to((when.start_ordinal + when.end_ordinal()) / 2)

    def set_grouping(self, name: str) -> None:
        self.view.set_grouping(name)
        self.grouping_actions[name].setChecked(True)
        self.settings.grouping = name

    def _set_dayfirst(self, on: bool) -> None:
        self.settings.dayfirst = on

    def _show_visible_range(self, start: float, end: float) -> None:
        if end <= start:
            self.range_label.setText("")
            return
        first, last = datetime_of(start), datetime_of(end)
        fmt = "%d %b %Y" if end - start < 3 * 366 else "%b %Y"
        self.range_label.setText(
            self.tr("Showing {first} – {last}").format(
                first=first.strftime(fmt).lstrip("0"), last=last.strftime(fmt).lstrip("0")
            )
        )

    def _update_counts(self, *args: object) -> None:
        total = self.model.rowCount()
        text = plural(total, self.tr("{n} event"), self.tr("{n} events"))
        if self.proxy.event_filter.is_active():
            text += self.tr(", {count} match the filter").format(count=self.proxy.rowCount())
        self.count_label.setText(text)

    def _update_selection_actions(self, *args: object) -> None:
        count = len(self.selection.selectedRows())
        self.edit_event_action.setEnabled(count >= 1)
        self.delete_event_action.setEnabled(count >= 1)
        self.merge_events_action.setEnabled(count >= 2)
        self.split_sources_action.setEnabled(self.event_actions.can_split())
        self.set_confidence_action.setEnabled(count == 1)
        self.delete_event_action.setText(
            self.tr("&Delete Event")
            if count <= 1
            else self.tr("&Delete {n} Events").format(n=count)
        )

    def show_preferences(self) -> None:
        from timeline_app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.apply_preferences)
        dialog.open()

    def apply_preferences(self) -> None:
        """Bring the window in line with the settings after the Preferences dialog."""
        self.autosaver.set_interval(self.settings.autosave_seconds * 1000)
        self.dayfirst_action.setChecked(self.settings.dayfirst)
        self.model.set_date_style(self.settings.date_style)

    # --- help -------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return help_dialogs.shortcut_rows(self)

    def show_shortcuts(self) -> QDialog:
        return help_dialogs.show_shortcuts(self)

    def show_about(self) -> QMessageBox:
        return help_dialogs.show_about(self)

    # --- recent files ---------------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, name in enumerate(files, start=1):
            label = f"&{number % 10} {Path(name).name}"
            action = self.recent_menu.addAction(label)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda checked=False, n=name: self.files.open_recent(n))
        if not files:
            self.recent_menu.addAction(self.tr("No Recent Files")).setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.settings.clear_recent_files)

    # --- window events ------------------------------------------------------------------------

    def _say_if_added_out_of_view(self, ids: list) -> None:
        """Events a review added where the canvas is not looking changed nothing on it: say
        they are there, and how to see them."""
        t0, t1 = self.view.visible_range()
        now = dt.date.today().toordinal()
        added = [e for e in map(self.model.event_by_id, ids) if e is not None]
        if not added or any(
            e.when.start_ordinal <= t1 and e.when.end_ordinal(now) >= t0 for e in added
        ):
            return
        text = plural(
            len(added),
            # A review may give a timeline event another source instead of adding one.
            self.tr(
                "{n} event added or given a source outside the view: Fit All (Ctrl+0) shows it"
            ),
            self.tr(
                "{n} events added or given sources outside the view: Fit All (Ctrl+0) shows them"
            ),
        )
        self.statusBar().showMessage(text, 10000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.current_editor is not None:
            self.current_editor.reject()
        if not may_leave(self, self.articles.unreviewed_articles()) or not self.maybe_save():
            event.ignore()
            return
        self.files.close()  # saved or discarded on purpose: stop reading, nothing to recover
        if self._remember:
            self.settings.save_window(self.saveGeometry(), self.saveState())
            for columns in self._column_widths():
                columns.save(self.settings)
            self.settings.sync()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - QDragMoveEvent
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # Finish the drag first: a dialog opened inside the drop would freeze the drag source.
        QTimer.singleShot(0, lambda: self.files.handle_dropped_files(files))


def _action(
    parent: QObject,
    text: str,
    slot: Callable[..., object],
    shortcuts: Sequence[QKeySequence | StandardKey | str] = (),
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    keys: list[QKeySequence] = []
    for key in (QKeySequence(shortcut) for shortcut in shortcuts):
        if not key.isEmpty() and key not in keys:  # a platform's standard key may be empty
            keys.append(key)
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda checked=False: slot())
    return action


def _build_menus(window: MainWindow) -> QMenu:
    """The menu bar, from the window's actions and docks; returns the Open Recent menu."""
    bar = window.menuBar()
    file_menu = bar.addMenu(window.tr("&File"))
    file_menu.addActions([window.new_action, window.open_action])
    recent_menu = file_menu.addMenu(window.tr("Open &Recent"))
    recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([window.save_action, window.save_as_action])
    file_menu.addSeparator()
    import_menu = file_menu.addMenu(window.tr("&Import"))
    import_menu.addActions(
        [window.import_csv_action, window.import_timelinejs_action, window.import_article_action]
    )
    import_menu.addSeparator()
    import_menu.addActions(
        [window.import_sources_action, window.import_folder_action, window.import_url_action]
    )
    file_menu.addAction(window.paste_article_action)
    export_menu = file_menu.addMenu(window.tr("&Export"))
    export_menu.addActions(
        [
            window.export_csv_action,
            window.export_filtered_action,
            window.export_xlsx_action,
            window.export_timelinejs_csv_action,
            window.export_timelinejs_json_action,
            window.export_picture_action,
        ]
    )
    export_menu.addSeparator()
    export_menu.addAction(window.export_custody_action)
    file_menu.addAction(window.print_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(window.tr("&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions(
        [window.add_event_action, window.edit_event_action, window.delete_event_action]
    )
    edit_menu.addSeparator()
    edit_menu.addActions(
        [
            window.merge_events_action,
            window.split_sources_action,
            window.set_confidence_action,
            window.outlet_reliability_action,
        ]
    )
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.dayfirst_action)
    edit_menu.addAction(window.preferences_action)

    view_menu = bar.addMenu(window.tr("&View"))
    view_menu.addActions([window.zoom_in_action, window.zoom_out_action, window.fit_all_action])
    view_menu.addSeparator()
    view_menu.addActions([window.go_to_date_action, window.go_first_action, window.go_last_action])
    view_menu.addSeparator()
    group_menu = view_menu.addMenu(window.tr("Gro&up Lanes by"))
    group_menu.addActions(list(window.grouping_actions.values()))
    view_menu.addSeparator()
    view_menu.addActions(window.pane_actions)

    help_menu = bar.addMenu(window.tr("&Help"))
    help_menu.addActions([window.shortcuts_action, window.open_example_action, window.about_action])
    return recent_menu
