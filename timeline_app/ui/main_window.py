"""The main window: the timeline in the middle, the events table below, the details at the right.

Every change to the document goes through one QUndoStack (``ui/commands.py``); the window's
modified mark follows the stack's clean state. Opening, saving and importing report failures
in dialogs that name the file and the problem, and a failed operation never changes the
open document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
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
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.article_files import ArticleError
from timeline_app.core.article_reading import read_any_article
from timeline_app.core.dates import DateError, FuzzyDate, datetime_of, parse_date
from timeline_app.core.document import (
    EXTENSION,
    DocumentError,
    TimelineDocument,
    document_to_bytes,
    gc_paused,
    load_document,
)
from timeline_app.core.events import Article, Event, new_id
from timeline_app.ui import article_import
from timeline_app.ui.article_workspace import ArticleWorkspace
from timeline_app.ui.autosave import Autosaver
from timeline_app.ui.commands import (
    AddEventsCommand,
    EditEventCommand,
    RemoveEventsCommand,
    ReplaceDocumentCommand,
)
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.document_saver import DocumentSaver, save_bytes
from timeline_app.ui.event_editor import EventEditor, PublicationDateDialog
from timeline_app.ui.event_model import EVENT_ROLE, EventModel
from timeline_app.ui.event_table import EventsPanel, SelectionSync, plural
from timeline_app.ui.overview_strip import OverviewStrip
from timeline_app.ui.settings import Settings
from timeline_app.ui.timeline_view import TimelineView

APP_NAME = "Crisis Timeline"
ARTICLE_SUFFIXES = article_import.ARTICLE_SUFFIXES
CSV_SUFFIXES = (".csv",)
# Files at least this large are read in the background, with progress and Cancel.
BACKGROUND_BYTES = 2 * 1024 * 1024
FREEZE_GC_EVENTS = 50_000
# From about this size, writing the file takes long enough (~0.1 s) to be felt as a freeze.
BACKGROUND_SAVE_EVENTS = 20_000
OPENABLE_SUFFIXES = (EXTENSION, *CSV_SUFFIXES, *ARTICLE_SUFFIXES)
GROUPINGS = ("none", "category", "actor")
StandardKey = QKeySequence.StandardKey


class OpenError(Exception):
    """A file that could not be opened or imported; the message names it and says why."""


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
        self._interactive = interactive
        self._remember = remember
        self._path: Path | None = None
        self.current_editor: EventEditor | None = None
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        self.undo_stack = QUndoStack(self)
        self._edits = 0  # changes so far: tells a finished background save if it is current
        self.undo_stack.indexChanged.connect(self._count_edit)
        self._saver = DocumentSaver(self)
        self._saver.saved.connect(self._saved_in_background)
        self.model = EventModel(parent=self)
        self.selection = QItemSelectionModel(self.model, self)
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.autosaver = Autosaver(
            self.model,
            self.undo_stack,
            lambda: str(self._path) if self._path else None,
            interval_ms=self.settings.autosave_seconds * 1000,
            parent=self,
        )
        self._update_title()
        self._update_selection_actions()
        self._restore_window()

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

        self.articles = ArticleWorkspace(self.model, self.selection, self.undo_stack, self)
        self.articles.setAccessibleName(self.tr("Articles"))
        self.articles_dock = QDockWidget(self.tr("Articles"), self)
        self.articles_dock.setObjectName("articlesDock")
        self.articles_dock.setWidget(self.articles)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.articles_dock)
        self.tabifyDockWidget(self.details_dock, self.articles_dock)
        self.details_dock.raise_()
        self.articles.reviewStarted.connect(self._show_articles)

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcuts: Sequence[QKeySequence | StandardKey | str] = (),
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        keys: list[QKeySequence] = []
        for key in map(QKeySequence, shortcuts):
            if not key.isEmpty() and key not in keys:  # a platform's standard key may be empty
                keys.append(key)
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.new_action = self._action(
            tr("&New"), self.new_document, [StandardKey.New], tr("Start an empty timeline")
        )
        self.open_action = self._action(
            tr("&Open…"),
            self.open_dialog,
            [StandardKey.Open],
            tr("Open a timeline, a CSV file or an article"),
        )
        self.save_action = self._action(
            tr("&Save"), self._save_requested, [StandardKey.Save], tr("Save the timeline")
        )
        self.save_as_action = self._action(
            tr("Save &As…"),
            self.save_as,
            [StandardKey.SaveAs],
            tr("Save the timeline under a new name"),
        )
        self.import_csv_action = self._action(
            tr("&Import CSV…"), self.import_csv_dialog, [], tr("Add the events of a CSV file")
        )
        self.import_article_action = self._action(
            tr("Import Ar&ticle…"),
            self.import_article_dialog,
            ["Ctrl+Shift+O"],
            tr("Read news articles (.txt, .html) and review the dated events they report"),
        )
        self.paste_article_action = self._action(
            tr("Paste Arti&cle"),
            self.paste_article,
            ["Ctrl+Shift+V"],
            tr("Review the dated events of the article text on the clipboard"),
        )
        self.export_picture_action = self._action(
            tr("Export Pict&ure…"),
            self.export_picture_dialog,
            [],
            tr("Save the timeline as a PNG, SVG or PDF picture"),
        )
        self.print_action = self._action(
            tr("&Print…"), self.print_timeline, [StandardKey.Print], tr("Print the timeline")
        )
        self.export_csv_action = self._action(
            tr("&Export CSV…"),
            lambda: self.export_csv_dialog(only_filtered=False),
            [],
            tr("Write every event of the timeline to a CSV file"),
        )
        self.export_filtered_action = self._action(
            tr("Export &Filtered Events as CSV…"),
            lambda: self.export_csv_dialog(only_filtered=True),
            [],
            tr("Write only the events the filter shows to a CSV file"),
        )
        # Ctrl+Q too: Windows and some platforms define no standard Quit key.
        self.quit_action = self._action(tr("&Quit"), self.close, [StandardKey.Quit, "Ctrl+Q"])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_event_action = self._action(
            tr("&Add Event…"), self.add_event, ["Ctrl+E", "Ins"], tr("Add an event by hand")
        )
        self.edit_event_action = self._action(
            tr("&Edit Event…"), self.edit_selected_event, ["F2"], tr("Change the selected event")
        )
        delete_keys: list[QKeySequence | StandardKey | str] = [StandardKey.Delete]
        if sys.platform == "darwin":
            delete_keys.append("Backspace")
        self.delete_event_action = self._action(
            tr("&Delete Event"), self.delete_selected, delete_keys, tr("Delete the selected events")
        )
        self.find_action = self._action(
            tr("&Find…"), self.focus_search, [StandardKey.Find], tr("Search the events")
        )
        self.preferences_action = self._action(
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

        self.zoom_in_action = self._action(
            tr("Zoom &In"), self.view.zoom_in, ["Ctrl+=", StandardKey.ZoomIn]
        )
        self.zoom_out_action = self._action(
            tr("Zoom &Out"), self.view.zoom_out, [StandardKey.ZoomOut]
        )
        self.fit_all_action = self._action(
            tr("&Fit All"), self.view.fit_all, ["Ctrl+0"], tr("Show the whole timeline")
        )
        self.go_to_date_action = self._action(
            tr("&Go to Date…"), self.go_to_date_dialog, ["Ctrl+G"], tr("Bring a date into view")
        )
        self.go_first_action = self._action(tr("Go to Fir&st Event"), self.view.go_to_first)
        self.go_last_action = self._action(tr("Go to &Last Event"), self.view.go_to_last)
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

        self.shortcuts_action = self._action(
            tr("&Keyboard Shortcuts"), self.show_shortcuts, ["Ctrl+/"]
        )
        self.about_action = self._action(tr("&About Crisis Timeline"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        # The table and the details offer the event actions on right-click.
        for action in (self.edit_event_action, self.delete_event_action):
            self.table.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.import_article_action, self.paste_article_action, self.import_csv_action]
        )
        file_menu.addSeparator()
        file_menu.addActions(
            [
                self.export_csv_action,
                self.export_filtered_action,
                self.export_picture_action,
                self.print_action,
            ]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.add_event_action, self.edit_event_action, self.delete_event_action]
        )
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.dayfirst_action)
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_all_action])
        view_menu.addSeparator()
        view_menu.addActions([self.go_to_date_action, self.go_first_action, self.go_last_action])
        view_menu.addSeparator()
        group_menu = view_menu.addMenu(self.tr("Gro&up Lanes by"))
        group_menu.addActions(list(self.grouping_actions.values()))
        view_menu.addSeparator()
        events_toggle = self.table_dock.toggleViewAction()
        events_toggle.setText(self.tr("&Events Table"))
        events_toggle.setShortcut(QKeySequence("Ctrl+1"))
        details_toggle = self.details_dock.toggleViewAction()
        details_toggle.setText(self.tr("&Details"))
        details_toggle.setShortcut(QKeySequence("Ctrl+2"))
        articles_toggle = self.articles_dock.toggleViewAction()
        articles_toggle.setText(self.tr("&Articles"))
        articles_toggle.setShortcut(QKeySequence("Ctrl+3"))
        view_menu.addActions([events_toggle, details_toggle, articles_toggle])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

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
        self.selection.selectionChanged.connect(self._update_selection_actions)
        self.view.eventActivated.connect(self.edit_event)
        self.view.addRequested.connect(lambda date: self.add_event(start=date))
        self.view.visibleRangeChanged.connect(self._show_visible_range)
        self.table.activated.connect(
            lambda index: self.edit_event(self.proxy.mapToSource(index).data(EVENT_ROLE).id)
        )
        self.details.editRequested.connect(self.edit_event)
        self.details.eventLinkActivated.connect(self.select_event)
        self.proxy.maskChanged.connect(self.view.set_match_mask)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
            self.proxy.maskChanged,
        ):
            signal.connect(self._update_counts)
        self.model.titleChanged.connect(self._update_title)

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
            header = self.settings.table_header()
            if header is not None:
                self.table.horizontalHeader().restoreState(header)
        self.view.set_grouping(self.settings.grouping)

    # --- the document -----------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The file the document is saved in, or None for a new, untitled one."""
        return self._path

    def _display_name(self) -> str:
        if self._path is not None:
            return self._path.stem
        return self.model.document.title or self.tr("Untitled")

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self, *args: object) -> None:
        self.setWindowTitle(
            self.tr("{name}[*] — {app}").format(name=self._display_name(), app=APP_NAME)
        )

    def set_document(self, document: TimelineDocument, path: Path | None) -> None:
        """Show ``document`` as the open one: unmodified, with an empty undo history."""
        self._saver.finish()
        if len(document.events) >= FREEZE_GC_EVENTS:
            # The events live as long as the document and hold no cycles: leave them out of
            # the collector's passes, which would otherwise walk a million objects now and
            # then (the first pass right away, while the window first lays them out) and
            # stall a frame or a keystroke for a tenth of a second.
            gc.freeze()
        self.selection.clear()
        self.filter_bar.clear()
        self.model.set_document(document)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.setWindowModified(False)
        self._path = path
        self._update_title()
        self.view.fit_all()
        if path is not None and self._remember:
            self.settings.add_recent_file(path)

    def new_document(self) -> None:
        if self.maybe_save():
            self.set_document(TimelineDocument(), None)

    def open_seed(self) -> bool:
        """Open the bundled example article's timeline as a new, unsaved document."""
        from timeline_app.core.bundled import seed_article_path

        try:
            path = seed_article_path()
        except FileNotFoundError as error:
            self._error(self.tr("No Example Article"), str(error))
            self.set_document(TimelineDocument(), None)
            return False
        return self.open_file(path, remember=False)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open"),
            self.settings.last_folder,
            self.tr(
                "Timelines, CSV files and articles (*{ext} *.csv *.txt);;"
                "Crisis Timeline documents (*{ext});;CSV files (*.csv);;"
                "Articles (*.txt);;All files (*)"
            ).format(ext=EXTENSION),
        )
        if path:
            self.settings.last_folder = str(Path(path).parent)
            self.open_file(path)

    def open_file(self, path: str | Path, *, remember: bool = True) -> bool:
        """Open a document, or a CSV file or an article as a new untitled timeline.

        On failure a dialog names the file and the problem, and the open document stays.
        A large document or CSV file is read in the background (see ``loading``): this
        returns True at once, and the document opens when it has been read whole.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in ARTICLE_SUFFIXES and self._reads_in_background(path):
            if suffix in CSV_SUFFIXES:
                dayfirst = self.settings.dayfirst
                work = lambda report: _read_csv_file(path, dayfirst)  # noqa: E731
                done = lambda result: self._csv_opened(path, *result, remember=remember)  # noqa: E731
            else:
                work = lambda report: _load_document_file(path, report)  # noqa: E731
                done = lambda document: self._document_opened(  # noqa: E731
                    path, document, remember=remember
                )
            self._start_loading(
                self.tr("Opening {name}…").format(name=path.name),
                work,
                done,
                lambda error: self._open_failed(path, error, remember),
            )
            return True
        try:
            if suffix in CSV_SUFFIXES:
                events, problems = self._read_csv(path)
                self._csv_opened(path, events, problems, remember=remember)
                return True
            if suffix in ARTICLE_SUFFIXES:
                article, events = self._read_article(path)
                if article is None:
                    return False
                document = TimelineDocument(
                    title=article.title, events=events, sources={article.id: article}
                )
                self.set_document(document, None)
                if not events:
                    self._information(
                        self.tr("No Events Found"),
                        self.tr(
                            "No dated events were found in “{name}”. It is open as an empty "
                            "timeline: add events by hand, or import another article."
                        ).format(name=path.name),
                    )
            else:
                # One pause of the collector over reading and showing: re-enabled between
                # the two, its first pass would walk every object the read made (a tenth
                # of a second at 100,000 events) just before set_document freezes them.
                with gc_paused():
                    document = _load_document_file(path)
                    self._document_opened(path, document, remember=remember)
                return True
        except OpenError as error:
            self._open_failed(path, error, remember)
            return False
        self._opened(path, remember)
        return True

    def _document_opened(self, path: Path, document: TimelineDocument, *, remember: bool) -> None:
        self.set_document(document, path.resolve())
        self._opened(path, remember)

    def _csv_opened(
        self, path: Path, events: list[Event], problems: list, *, remember: bool
    ) -> None:
        self.set_document(TimelineDocument(title=path.stem, events=events), None)
        if problems:
            self.show_import_problems(path, problems, len(events))
        self._opened(path, remember)

    def _opened(self, path: Path, remember: bool) -> None:
        if remember and self._remember and self._path is None:
            self.settings.add_recent_file(path)

        self.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 4000)

    def _open_failed(self, path: Path, error: Exception, remember: bool) -> None:
        self._error(
            self.tr("Cannot Open"),
            self.tr("“{name}” could not be opened.").format(name=path.name),
            str(error),
        )
        if remember and self._remember:
            try:
                name = str(path.resolve())
            except (OSError, RuntimeError):  # a symlink loop cannot be resolved, nor opened
                name = str(path.absolute())
            self.settings.remove_recent_file(name)

    # --- reading in the background -----------------------------------------------------------

    def loading(self) -> bool:
        """Whether a file is being read in the background."""
        loader = getattr(self, "_loader", None)
        return loader is not None and loader.is_busy()

    def cancel_loading(self) -> None:
        """Stop reading a file in the background; the open document stays as it was."""
        loader = getattr(self, "_loader", None)
        if loader is not None and loader.is_busy():
            loader.cancel()
            self.statusBar().showMessage(self.tr("Opening cancelled"), 4000)

    def _reads_in_background(self, path: Path) -> bool:
        # Only in the window a person uses: the screenshot mode and scripts want the file
        # read when open_file returns, and small files are read before anyone could notice.
        if not self._interactive:
            return False
        from timeline_app.core.csv_format import MAX_CSV_BYTES
        from timeline_app.core.document import MAX_DOCUMENT_BYTES

        limit = MAX_CSV_BYTES if path.suffix.lower() in CSV_SUFFIXES else MAX_DOCUMENT_BYTES
        try:
            size = path.stat().st_size
        except OSError:
            return False  # the synchronous path says what is wrong with it
        # A file past the limit is refused at once, unread, by the synchronous path.
        return path.is_file() and BACKGROUND_BYTES <= size <= limit

    def _start_loading(
        self, text: str, work: Callable, on_result: Callable, on_error: Callable[[Exception], None]
    ) -> None:
        from timeline_app.ui.background_load import BackgroundLoader

        if getattr(self, "_loader", None) is None:
            self._loader = BackgroundLoader(self)
            self._loader.progress.connect(self._loading_progress)
            self._loader.busyChanged.connect(self._loading_shown)
            self._progress_label = QLabel(self)
            self._progress_bar = QProgressBar(self)
            self._progress_bar.setMaximumWidth(200)
            self._progress_bar.setAccessibleName(self.tr("Reading the file"))
            self._cancel_button = QPushButton(self.tr("Cancel"), self)
            self._cancel_button.setToolTip(self.tr("Stop reading; keep the open timeline"))
            self._cancel_button.clicked.connect(self.cancel_loading)
            for widget in (self._progress_label, self._progress_bar, self._cancel_button):
                self.statusBar().addWidget(widget)
                widget.hide()
        self._progress_label.setText(text)
        self._progress_bar.setRange(0, 0)  # busy until the first report
        self._loading_text = text
        self._loader.start(work, on_result, on_error)

    def _loading_progress(self, fraction: float) -> None:
        self._progress_bar.setRange(0, 100)
        self._progress_bar.setValue(round(100 * fraction))

    def _loading_shown(self, busy: bool) -> None:
        for widget in (self._progress_label, self._progress_bar, self._cancel_button):
            widget.setVisible(busy)
        # An empty canvas says what is coming rather than inviting a first event.
        self.view.set_placeholder(self._loading_text if busy else None)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False means the user cancelled."""
        self._saver.finish()  # a save still being written may leave nothing to ask about
        if self.undo_stack.isClean():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(
            self.tr("Do you want to save the changes to “{name}”?").format(
                name=self._display_name()
            )
        )
        box.setInformativeText(self.tr("Your changes will be lost if you don’t save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.StandardButton(_button_value(box.exec()))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self._write(self._path)

    def save_as(self) -> bool:
        folder = Path(self.settings.last_folder or Path.home())
        suggested = folder / (_safe_file_name(self._display_name()) + EXTENSION)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Timeline As"),
            str(suggested),
            self.tr("Crisis Timeline documents (*{ext})").format(ext=EXTENSION),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != EXTENSION:
            target = target.with_name(target.name + EXTENSION)
        if not self._write(target):
            return False
        self._path = target.resolve()
        self.settings.last_folder = str(target.parent)
        if self._remember:
            self.settings.add_recent_file(self._path)
        self._update_title()
        return True

    def _save_requested(self) -> None:
        """File ▸ Save. A large document is written in the background (the window goes on
        answering); it is marked saved when written, unless it was changed meanwhile."""
        if self._path is None or len(self.model.document.events) < BACKGROUND_SAVE_EVENTS:
            self.save()
            return
        self._saver.start(self.model.document, self._path, self._edits)
        self.statusBar().showMessage(self.tr("Saving {name}…").format(name=self._path.name))

    def _count_edit(self) -> None:
        # Only a Python counter: the undo stack also signals from its destructor.
        self._edits += 1

    def _saved_in_background(self, path: Path, problem: str, edits: int) -> None:
        if problem:
            self._save_failed(path, problem)
            return
        if edits == self._edits and path == self._path:
            self.undo_stack.setClean()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)

    def _write(self, path: Path) -> bool:
        """Save atomically (QSaveFile); on failure say why and leave the document unsaved."""
        self._saver.finish()  # a save in the background lands first, not over this one
        problem = save_bytes(path, document_to_bytes(self.model.document))
        if problem:
            self._save_failed(path, problem)
            return False
        self.undo_stack.setClean()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def _save_failed(self, path: Path, problem: str) -> None:
        self.statusBar().clearMessage()
        self._error(
            self.tr("Cannot Save"),
            self.tr("“{name}” could not be saved in {folder}.").format(
                name=path.name, folder=path.parent
            ),
            self.tr(
                "{problem}. Your changes are still here, unsaved: try File ▸ Save As… "
                "to save them somewhere else."
            ).format(problem=problem.rstrip(".")),
        )

    # --- adding files ------------------------------------------------------------------------

    def import_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import CSV"),
            self.settings.last_folder,
            self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.settings.last_folder = str(Path(path).parent)
            self.import_csv_file(path)

    def import_csv_file(self, path: str | Path) -> bool:
        """Add a CSV file's events (one undo step); list the rows that could not be read.

        A large file is read in the background; the events are added when it has been read.
        """
        path = Path(path)
        if self._reads_in_background(path):
            dayfirst = self.settings.dayfirst
            self._start_loading(
                self.tr("Importing {name}…").format(name=path.name),
                lambda report: _read_csv_file(path, dayfirst),
                lambda result: self._csv_imported(path, *result),
                lambda error: self._import_failed(path, error),
            )
            return True
        try:
            events, problems = self._read_csv(path)
        except OpenError as error:
            self._import_failed(path, error)
            return False
        self._csv_imported(path, events, problems)
        return True

    def _import_failed(self, path: Path, error: Exception) -> None:
        self._error(
            self.tr("Cannot Import"),
            self.tr("“{name}” could not be imported.").format(name=path.name),
            str(error),
        )

    def _csv_imported(self, path: Path, events: list[Event], problems: list) -> None:
        if events:
            self.undo_stack.push(
                AddEventsCommand(
                    self.model,
                    self._fresh_ids(events),
                    plural(
                        len(events),
                        self.tr("Import {n} event from {name}"),
                        self.tr("Import {n} events from {name}"),
                    ).replace("{name}", path.name),
                )
            )
        self.autosaver.save_now()  # an import is worth keeping at once
        if problems:
            self.show_import_problems(path, problems, len(events))
        self.statusBar().showMessage(
            plural(
                len(events),
                self.tr("Imported {n} event from {name}"),
                self.tr("Imported {n} events from {name}"),
            ).replace("{name}", path.name),
            5000,
        )

    def import_article_dialog(self) -> None:
        paths = article_import.choose_article_files(self, self.settings.last_folder)
        if paths:
            self.settings.last_folder = str(paths[0].parent)
            self.review_article_files(paths)

    def review_article_files(self, paths: Sequence[Path]) -> None:
        """Read articles and put their candidate events up for review in the Articles pane."""
        for article in article_import.import_article_files(self, paths):
            self.articles.review_article(article)

    def paste_article(self) -> None:
        article = article_import.paste_article(self)
        if article is not None:
            self.articles.review_article(article_import.with_publication_date(self, article))

    def _show_articles(self) -> None:
        self.articles_dock.show()
        self.articles_dock.raise_()

    def _read_csv(self, path: Path) -> tuple[list[Event], list]:
        return _read_csv_file(path, self.settings.dayfirst)

    def _read_article(self, path: Path) -> tuple[Article | None, list[Event]]:
        """The article and its events; (None, []) when the user cancelled the date question."""
        try:
            article = read_any_article(path)
        except ArticleError as error:
            raise OpenError(str(error)) from None
        if article.published is None:
            proceed, published = self.ask_publication_date(path)
            if not proceed:
                return None, []
            article = dataclasses.replace(article, published=published)
        return article, self._extract(article)

    def _extract(self, article: Article) -> list[Event]:
        from timeline_app.core.extraction import extract_events

        try:
            events = extract_events(
                article.text,
                article.published,
                source_id=article.id,
                source_name=article.publisher or article.title,
            )
        except Exception as error:  # noqa: BLE001 - an extractor bug must not lose the window
            raise OpenError(
                self.tr("the events could not be read from it ({error})").format(error=error)
            ) from error
        return list(events)

    def ask_publication_date(self, path: Path) -> tuple[bool, dt.date | None]:
        """Ask when the article was published: (go on?, the date or None if unknown).

        The Preferences may answer for the user: assume today, or leave it unknown.
        """
        from timeline_app.ui.settings import ASSUME_TODAY, LEAVE_UNKNOWN

        default = self.settings.missing_publication_date
        if default == ASSUME_TODAY:
            return True, dt.date.today()
        if not self._interactive or default == LEAVE_UNKNOWN:
            return True, None
        dialog = PublicationDateDialog(path.name, self, self.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.published()

    def _fresh_ids(self, events: Sequence[Event]) -> list[Event]:
        """The events, with new ids for any the document already uses (a re-import)."""
        taken = {e.id for e in self.model.events()}
        fresh = []
        for event in events:
            if not event.id or event.id in taken:
                event = dataclasses.replace(event, id=new_id())
            taken.add(event.id)
            fresh.append(event)
        return fresh

    def show_import_problems(self, path: Path, problems: Sequence, added: int) -> None:
        """List every row that could not be read (and every note) in one dialog."""
        skipped = [p for p in problems if getattr(p, "skipped", True)]
        notes = [p for p in problems if not getattr(p, "skipped", True)]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import Problems"))
        if skipped:
            text = plural(
                len(skipped),
                self.tr("{n} row of “{name}” could not be read"),
                self.tr("{n} rows of “{name}” could not be read"),
            )
        else:
            text = self.tr("Some rows of “{name}” were read with changes")
        text = text.replace("{name}", path.name) + plural(
            added, self.tr("; {n} event was added."), self.tr("; {n} events were added.")
        )
        box.setText(text)
        lines = [_problem_line(p) for p in skipped[:12]]
        if len(skipped) > 12:
            lines.append(
                self.tr("… and {count} more (see Details)").format(count=len(skipped) - 12)
            )
        box.setInformativeText("\n".join(lines))
        details = [self.tr("Rows not read:")] + [_problem_line(p) for p in skipped]
        if notes:
            details += ["", self.tr("Rows read with changes:")] + [_problem_line(p) for p in notes]
        box.setDetailedText("\n".join(details))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if self._interactive:
            box.exec()
        else:
            print(box.text(), box.detailedText(), sep="\n", file=sys.stderr)

    # --- exporting -------------------------------------------------------------------------

    def filtered_events(self) -> list[Event]:
        """The events the table shows, in its order."""
        source = self.proxy.mapToSource
        return [
            self.model.event_at(source(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def export_csv_dialog(self, *, only_filtered: bool = False) -> bool:
        from timeline_app.core.csv_format import export_csv

        events = self.filtered_events() if only_filtered else list(self.model.events())
        if not events:
            self._information(
                self.tr("Nothing to Export"), self.tr("There are no events to export.")
            )
            return False
        folder = Path(self.settings.last_folder or Path.home())
        name = (
            _safe_file_name(self._display_name())
            + (self.tr(" (filtered)") if only_filtered else "")
            + ".csv"
        )
        plain, excel = self.tr("CSV (*.csv)"), self.tr("CSV for Excel, with BOM (*.csv)")
        # The Preferences choose which of the two is offered first.
        preferred = excel if self.settings.csv_bom else plain
        path, chosen = QFileDialog.getSaveFileName(
            self,
            plural(
                len(events), self.tr("Export {n} Event as CSV"), self.tr("Export {n} Events as CSV")
            ),
            str(folder / name),
            f"{plain};;{excel}",
            preferred,
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".csv")
        try:
            export_csv(
                events,
                target,
                sources=self.model.document.sources,
                bom=(chosen or preferred) == excel,
                neutralise_formulas=self.settings.csv_neutralise,
            )
        except OSError as error:
            self._error(
                self.tr("Cannot Export"),
                self.tr("“{name}” could not be written.").format(name=target.name),
                str(error.strerror or error),
            )
            return False
        self.settings.last_folder = str(target.parent)
        self.statusBar().showMessage(
            plural(
                len(events),
                self.tr("Exported {n} event to {name}"),
                self.tr("Exported {n} events to {name}"),
            ).replace("{name}", target.name),
            5000,
        )
        return True

    def export_picture_dialog(self) -> bool:
        """Ask what to draw and where, then write a PNG, SVG or PDF of the timeline."""
        from timeline_app.ui.picture_export import PictureOptionsDialog, export_view

        options = PictureOptionsDialog(self, self.view.size())
        if options.exec() != QDialog.DialogCode.Accepted:
            return False
        folder = Path(self.settings.last_folder or Path.home())
        filters = {
            self.tr("PNG image (*.png)"): "png",
            self.tr("SVG drawing (*.svg)"): "svg",
            self.tr("PDF document (*.pdf)"): "pdf",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Picture"),
            str(folder / (_safe_file_name(self._display_name()) + ".png")),
            ";;".join(filters),
        )
        if not path:
            return False
        target = Path(path)
        fmt = {".png": "png", ".svg": "svg", ".pdf": "pdf"}.get(target.suffix.lower())
        if fmt is None:
            fmt = filters.get(chosen, "png")
            target = target.with_name(target.name + "." + fmt)
        view = self._picture_view(options.picture_size(), options.whole_timeline())
        try:
            export_view(
                view,
                target,
                fmt,
                options.picture_size(),
                title=self.model.document.title,
                dpi=options.dpi(),
            )
        except OSError as error:
            self._error(
                self.tr("Cannot Export"),
                self.tr("“{name}” could not be written.").format(name=target.name),
                str(error.strerror or error),
            )
            return False
        finally:
            view.deleteLater()
        self.settings.last_folder = str(target.parent)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=target.name), 5000)
        return True

    def _picture_view(self, size: tuple[int, int], whole: bool) -> TimelineView:
        """A canvas of the picture's size showing what this one shows, or everything."""
        view = TimelineView(self.model, self.selection)
        view.resize(*size)
        view.set_grouping(self.settings.grouping)
        view.set_match_mask(self.proxy.mask())
        if whole:
            view.fit_all()
        else:
            view.set_visible_range(*self.view.visible_range())
        return view

    def print_timeline(self) -> None:
        """Print what the timeline shows, on one landscape page, after a preview."""
        from PySide6.QtGui import QPageLayout, QPainter
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self._display_name())

        def paint(device: QPrinter) -> None:
            area = device.pageRect(QPrinter.Unit.DevicePixel)
            width = 1600
            height = max(400, round(width * area.height() / max(area.width(), 1.0)))
            view = self._picture_view((width, height), whole=False)
            painter = QPainter(device)
            try:
                painter.setWindow(0, 0, width, height)
                view.paint_into(painter, float(width), float(height))
            finally:
                painter.end()
                view.deleteLater()

        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print Timeline"))
        preview.paintRequested.connect(paint)
        if self._interactive:
            preview.exec()

    # --- events ------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.selection.selectedRows())
        return [self.model.event_at(row).id for row in rows]

    def select_event(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        if row is None:
            return
        self.selection.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _categories(self) -> list[str]:
        return sorted({e.category for e in self.model.events() if e.category}, key=str.casefold)

    def add_event(self, start: FuzzyDate | None = None) -> EventEditor:
        """Open the editor for a new event, its start prefilled with ``start`` if given."""
        editor = EventEditor(
            self,
            start=start if isinstance(start, FuzzyDate) else None,
            categories=self._categories(),
            settings=self.settings,
        )
        editor.accepted.connect(lambda: self._added(editor))
        self._open_editor(editor)
        return editor

    def _added(self, editor: EventEditor) -> None:
        event = editor.to_event()
        self.undo_stack.push(AddEventsCommand(self.model, [event]))
        self.select_event(event.id)  # the canvas scrolls to it only if it is off screen

    def edit_selected_event(self) -> None:
        event_id = self.details.event_id
        if event_id is not None:
            self.edit_event(event_id)

    def edit_event(self, event_id: str) -> EventEditor | None:
        event = self.model.event_by_id(event_id)
        if event is None:
            return None
        self.select_event(event_id)
        editor = EventEditor(
            self, event=event, categories=self._categories(), settings=self.settings
        )
        editor.accepted.connect(lambda: self._edited(editor, event))
        self._open_editor(editor)
        return editor

    def _edited(self, editor: EventEditor, old: Event) -> None:
        new = editor.to_event()
        if new != old and self.model.event_by_id(old.id) is not None:
            self.undo_stack.push(EditEventCommand(self.model, new))

    def _open_editor(self, editor: EventEditor) -> None:
        # Window-modal, not exec(): nothing nests an event loop, and tests can type into it.
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda result: self._editor_closed(editor))
        self.current_editor = editor
        editor.open()

    def _editor_closed(self, editor: EventEditor) -> None:
        if self.current_editor is editor:
            self.current_editor = None

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = sorted(self.model.row_of(i) for i in ids)
        self.undo_stack.push(RemoveEventsCommand(self.model, ids))
        # Select the event that took the first deleted one's place, so Delete can repeat.
        if self.model.rowCount():
            self.select_event(self.model.event_at(min(rows[0], self.model.rowCount() - 1)).id)

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
            date = parse_date(text, dayfirst=self.settings.dayfirst)
        except DateError as error:
            self._error(
                self.tr("Go to Date"),
                self.tr("“{text}” is not a date I can go to.").format(text=text.strip()),
                str(error),
            )
            return
        self.view.go_to((date.start_ordinal + date.end_ordinal) / 2)

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
        self.model.refresh_display()

    # --- crash recovery -----------------------------------------------------------------------

    def offer_recovery(self, folder: Path | None = None) -> bool:
        """Offer back the unsaved work of a window that crashed; True if it was restored."""
        from timeline_app.core.recovery import discard_recovery, find_recoveries
        from timeline_app.ui.autosave import recovery_folder

        found = find_recoveries(folder or recovery_folder())
        if not found or not self._interactive:
            return False
        latest = found[0]
        name = (
            Path(latest.document_path).name
            if latest.document_path
            else (latest.title or self.tr("an untitled timeline"))
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore Unsaved Changes?"))
        box.setText(
            self.tr("Crisis Timeline closed before your changes to “{name}” were saved.").format(
                name=name
            )
        )
        box.setInformativeText(
            plural(
                latest.event_count,
                self.tr("Restore the timeline as it was at {time}, with {n} event?"),
                self.tr("Restore the timeline as it was at {time}, with {n} events?"),
            ).replace("{time}", latest.saved_at.strftime("%d %b %Y %H:%M"))
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Discard Changes"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is later:
            return False
        if box.clickedButton() is not restore:
            discard_recovery(latest.path)
            return False
        return self.restore_recovery(latest)

    def restore_recovery(self, recovery) -> bool:
        """Open the saved file (if any) and redo the unsaved changes on top: one undo step."""
        from timeline_app.core.recovery import discard_recovery, load_recovery

        try:
            recovered = load_recovery(recovery.path)
        except DocumentError as error:
            self._error(
                self.tr("Cannot Restore"),
                self.tr("The unsaved changes could not be read."),
                str(error),
            )
            return False
        base, base_path = TimelineDocument(), None
        if recovery.document_path:
            try:
                base = load_document(recovery.document_path)
                base_path = Path(recovery.document_path)
            except DocumentError:
                pass  # the saved file is gone or broken: restore as a new, untitled timeline
        self.set_document(base, base_path)
        self.undo_stack.push(
            ReplaceDocumentCommand(self.model, recovered, self.tr("Restore Unsaved Changes"))
        )
        self.view.fit_all()
        discard_recovery(recovery.path)
        self.autosaver.save_now()  # this window's own recovery file takes over
        return True

    # --- help -------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every menu action with a shortcut, then the mouse and table keys."""
        rows: list[tuple[str, str]] = []

        def walk(menu: QMenu, prefix: str) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu(), prefix + action.menu().title().replace("&", "") + " ▸ ")
                elif action.shortcuts():
                    keys = ", ".join(
                        k.toString(QKeySequence.SequenceFormat.NativeText)
                        for k in action.shortcuts()
                    )
                    name = action.text().replace("&", "").split("\t")[0]
                    rows.append((prefix + name, keys))

        for action in self.menuBar().actions():
            if action.menu() is not None:
                walk(action.menu(), action.menu().title().replace("&", "") + " ▸ ")
        rows += [
            (self.tr("Edit the event selected in the table"), self.tr("Enter")),
            (self.tr("Edit an event on the timeline"), self.tr("Double-click it")),
            (self.tr("Add an event at a date"), self.tr("Double-click the timeline there")),
            (self.tr("Timeline: pan"), self.tr("Left, Right (with Shift: further)")),
            (self.tr("Timeline: first or last event"), self.tr("Home, End")),
            (self.tr("Timeline: zoom"), self.tr("Mouse wheel")),
        ]
        return rows

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts"))
        tree = QTreeWidget(dialog)
        tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        for what, keys in self.shortcut_rows():
            QTreeWidgetItem(tree, [what, keys])
        tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(tree)
        layout.addWidget(buttons)
        dialog.resize(560, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        """What the app is, its version and licence, and the licences of what it bundles."""
        from importlib.metadata import PackageNotFoundError, version

        from PySide6.QtCore import qVersion

        from timeline_app import __version__

        def installed(name: str) -> str:
            try:
                return version(name)
            except PackageNotFoundError:
                return ""

        # (name, distribution to ask for the version, licence, where the licence text is)
        parts = [
            ("Qt", "", "LGPLv3", "https://doc.qt.io/qt-6/lgpl.html"),
            (
                "PySide6",
                "PySide6-Essentials",
                "LGPLv3",
                "https://doc.qt.io/qtforpython-6/licenses.html",
            ),
            (
                "pandas",
                "pandas",
                "BSD-3-Clause",
                "https://github.com/pandas-dev/pandas/blob/main/LICENSE",
            ),
            ("NumPy", "numpy", "BSD-3-Clause", "https://numpy.org/doc/stable/license.html"),
            (
                "python-dateutil",
                "python-dateutil",
                "Apache-2.0 / BSD-3-Clause",
                "https://github.com/dateutil/dateutil/blob/master/LICENSE",
            ),
            ("orjson", "orjson", "Apache-2.0 / MIT", "https://github.com/ijl/orjson"),
            ("Python", "", "PSF License Agreement", "https://docs.python.org/3/license.html"),
        ]
        runtime = {"Qt": qVersion(), "Python": sys.version.split()[0]}
        rows = "".join(
            f"<tr><td>{name} {runtime.get(name) or installed(dist)}</td>"
            f"<td>&nbsp;<a href='{url}'>{licence}</a></td></tr>"
            for name, dist, licence, url in parts
        )
        text = self.tr(
            "<h3>Crisis Timeline {version}</h3>"
            "<p>Reads news articles, finds the dated events they report and lays them on a "
            "zoomable timeline to check, correct, extend and export.</p>"
            "<p>Every event keeps the sentence it was read from: check it before you rely "
            "on it.</p>"
            "<p>Crisis Timeline is free software under the "
            "<a href='https://www.gnu.org/licenses/gpl-3.0.html'>GNU General Public License, "
            "version 3 or later</a>. It comes with no warranty.</p>"
        ).format(version=__version__)
        credits = self.tr("<p>It is built with these, under their own licences:</p>")
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About Crisis Timeline"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.setInformativeText(f"{credits}<table>{rows}</table>")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        icon = self.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- messages -----------------------------------------------------------------------------

    def _error(self, title: str, text: str, detail: str = "") -> None:
        message = f"{text}\n\n{detail}" if detail else text
        if not self._interactive:
            print(f"{APP_NAME}: {message}", file=sys.stderr)
            return
        QMessageBox.critical(self, title, message)

    def _information(self, title: str, text: str) -> None:
        if self._interactive:
            QMessageBox.information(self, title, text)

    # --- recent files ---------------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, name in enumerate(files, start=1):
            label = f"&{number % 10} {Path(name).name}"
            action = self.recent_menu.addAction(label)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda checked=False, n=name: self._open_recent(n))
        if not files:
            self.recent_menu.addAction(self.tr("No Recent Files")).setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.settings.clear_recent_files)

    def _open_recent(self, name: str) -> None:
        if self.maybe_save():
            self.open_file(name)

    # --- window events ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.current_editor is not None:
            self.current_editor.reject()
        if not self.maybe_save():
            event.ignore()
            return
        self.articles.runner.cancel()  # an extraction still running has nowhere to go
        self.autosaver.discard()  # saved or discarded on purpose: nothing to recover
        if self._remember:
            self.settings.save_window(
                self.saveGeometry(), self.saveState(), self.table.horizontalHeader().saveState()
            )
            self.settings.sync()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - QDragMoveEvent
        if _dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = _dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # Finish the drag first: a dialog opened inside the drop would freeze the drag source.
        QTimer.singleShot(0, lambda: self.handle_dropped_files(files))

    def handle_dropped_files(self, files: Sequence[Path]) -> None:
        """Open a dropped document, import dropped CSV files, review dropped articles."""
        for path in files:
            suffix = path.suffix.lower()
            if suffix == EXTENSION:
                if self.maybe_save():
                    self.open_file(path)
            elif suffix in CSV_SUFFIXES:
                self.import_csv_file(path)
        articles = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES]
        if articles:
            self.review_article_files(articles)


def _read_csv_file(path: Path, dayfirst: bool) -> tuple[list[Event], list]:
    """A CSV file's events and the problems of its rows; OpenError if it cannot be read.
    Touches no widget: it also runs in a worker thread."""
    from timeline_app.core.csv_format import CsvError, import_csv

    try:
        result = import_csv(path, dayfirst=dayfirst)
    except CsvError as error:
        raise OpenError(str(error)) from None
    except OSError as error:
        raise OpenError(f"{path}: {error.strerror or error}") from None
    return list(result.events), list(result.problems)


def _load_document_file(
    path: Path, report: Callable[[float], None] | None = None
) -> TimelineDocument:
    """A document file, read whole; OpenError if it cannot be. Also runs in a worker."""
    try:
        return load_document(path, progress=report)
    except DocumentError as error:
        raise OpenError(str(error)) from None


def _dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() in OPENABLE_SUFFIXES]


def _button_value(result: object) -> int:
    return result.value if hasattr(result, "value") else int(result)  # type: ignore[arg-type]


def _problem_line(problem: object) -> str:
    row, column, message = (
        getattr(problem, "row", "?"),
        getattr(problem, "column", ""),
        getattr(problem, "message", str(problem)),
    )
    place = f"Row {row}" + (f" ({column})" if column else "")
    return f"{place}: {message}"


def _safe_file_name(name: str) -> str:
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(". ")
    return cleaned[:80] or "Untitled"
