"""How a table's columns share its width: short columns (a date, a decision, a count) fit
their content, the text columns that matter (an event's title, an article's) take the room
left, and a column the user has sized by hand keeps its width, across launches too.

Qt's own Stretch mode would give the room away but forbids resizing that column by hand and
splits the room evenly; the views here want the title first, so the sharing is done here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from timeline_app.ui.settings import Settings

# A double-click on a header's edge fits the column to this many rows: Qt's default (1000)
# takes a quarter of a second on a large timeline.
_MEASURED_ROWS = 100


@dataclass(frozen=True)
class Fit:
    """A short column: as wide as its header and a cell showing the widest of ``samples``, its
    usual content (with a check box or an icon when its cells have one); longer text elides.

    A sample, not the rows: measuring cells costs a quarter of a millisecond each on a large
    timeline, and a column that followed the rows would jump as a filter is typed.
    """

    samples: tuple[str, ...] = ()
    check: bool = False
    icon: bool = False


@dataclass(frozen=True)
class Share:
    """A text column: ``chars`` average characters wide to begin with, then ``weight`` parts
    of the room left over; where room is short, the lightest columns give way first, down to
    ``least`` characters each."""

    weight: int
    chars: int
    least: int


ColumnPolicy = Mapping[int, Fit | Share]


@dataclass(frozen=True)
class Span:
    """A share column in pixels: where it starts, how far it may shrink, its weight."""

    natural: int
    least: int
    weight: int


def shared_widths(room: int, columns: Mapping[int, Span]) -> dict[int, int]:
    """Widths in pixels for the share columns, given the room they have together.

    The widths add up to ``room`` unless every column is already at its least (then a
    scroll bar takes over).
    """
    widths = {c: span.natural for c, span in columns.items()}
    difference = room - sum(widths.values())
    if difference >= 0:
        weights = {c: span.weight for c, span in columns.items()}
        for column, extra in _split(difference, weights).items():
            widths[column] += extra
        return widths
    deficit = -difference
    for weight in sorted({span.weight for span in columns.values()}):
        give = {
            c: widths[c] - span.least
            for c, span in columns.items()
            if span.weight == weight and widths[c] > span.least
        }
        taken = min(deficit, sum(give.values()))
        for column, cut in _split(taken, give).items():
            widths[column] -= cut
        deficit -= taken
        if deficit <= 0:
            break
    return widths


def _split(amount: int, parts: Mapping[int, int]) -> dict[int, int]:
    """``amount`` split in proportion to ``parts`` (whole pixels, the rest to the largest)."""
    total = sum(parts.values())
    if total <= 0 or amount <= 0:
        return {c: 0 for c in parts}
    shares = {c: amount * part // total for c, part in parts.items()}
    largest = max(parts, key=lambda c: parts[c])
    shares[largest] += amount - sum(shares.values())
    return shares


class ColumnWidths(QObject):
    """Keeps one view's columns to its policy as the view is resized and columns come and go.

    All sections stay Interactive, so every column can be dragged; a dragged column is the
    user's (``sized``) and is left alone, the others share what remains. "Fit Columns to
    Window" in the header's context menu gives them all back.
    """

    def __init__(self, view: QTableView | QTreeView, policy: ColumnPolicy, name: str) -> None:
        super().__init__(view)
        self.name = name  # the settings key under which the widths are kept
        self._view = view
        self._policy = dict(policy)
        self._header = _header_of(view)
        self.sized: set[int] = set()
        self._applying = False
        self._pressed = False
        header = self._header
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(_MEASURED_ROWS)
        self.fit_action = QAction(self.tr("Fit Columns to Window"), view)
        self.fit_action.setToolTip(self.tr("Share the width out again, undoing hand-set widths"))
        self.fit_action.triggered.connect(self.fit_to_window)
        if header.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            header.addAction(self.fit_action)  # a view with a header menu adds it there
        self._detached = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refit)
        # Kept, not asked for in eventFilter: it also sees the last events of a view being
        # destroyed, when asking its header for anything would reach freed memory.
        self._viewport = view.viewport()
        self._handles = header.viewport()
        self._viewport.installEventFilter(self)
        self._handles.installEventFilter(self)
        view.destroyed.connect(self._detach)
        header.sectionResized.connect(self._section_resized)
        header.sectionHandleDoubleClicked.connect(self._hand_sized)
        self.refit()

    # --- what is kept ----------------------------------------------------------------------

    def save(self, settings: Settings) -> None:
        settings.save_columns(self.name, self._header.saveState(), sorted(self.sized))

    def restore(self, settings: Settings) -> None:
        """The header as the user left it: order, hidden columns, sorting and the widths they
        set by hand (the other columns are shared out again)."""
        state, sized = settings.columns(self.name)
        if state is None or not self._header.restoreState(state):
            return
        # A saved state carries resize modes of its own (older versions had Stretch columns).
        self._header.setStretchLastSection(False)
        self._header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sized = {c for c in sized if 0 <= c < self._header.count()}
        self.refit()

    def fit_to_window(self) -> None:
        self.sized.clear()
        self.refit()

    # --- sharing ---------------------------------------------------------------------------

    def refit(self) -> None:
        self._later.stop()
        header = self._header
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        char = max(self._view.fontMetrics().averageCharWidth(), 1)
        widths: dict[int, int] = {}
        shares: dict[int, Span] = {}
        taken = 0
        for column in visible:
            rule = self._policy.get(column, Fit())
            if column in self.sized:
                taken += header.sectionSize(column)
            elif isinstance(rule, Share):
                # Never so narrow that the header's own name is cut.
                least = max(min(rule.least, rule.chars) * char, header.sectionSizeHint(column))
                shares[column] = Span(max(rule.chars * char, least), least, rule.weight)
            else:
                widths[column] = self._fit_width(column, rule)
                taken += widths[column]
        if shares:
            widths.update(shared_widths(self._view.viewport().width() - taken, shares))
        self._applying = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._applying = False

    def _fit_width(self, column: int, rule: Fit) -> int:
        view = self._view
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # the view's font, icon size and text margins
        features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        if rule.check:
            features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        if rule.icon:
            features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.features = features
        widest = self._header.sectionSizeHint(column)
        for sample in rule.samples:
            option.text = sample
            cell = view.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view
            )
            widest = max(widest, cell.width() + 1)  # + 1: the grid line
        return widest

    # --- the user's hand -------------------------------------------------------------------

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._applying:
            return
        if self._pressed and new > 0:
            self.sized.add(column)  # a drag on the header: the user's width from now on
        else:
            self._later.start()  # a column shown or hidden: share the room again

    def _hand_sized(self, column: int) -> None:
        self.sized.add(column)  # a double-click on the edge fits the content: the user's width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self._detached:
            return False
        kind = event.type()
        if watched is self._handles:
            # Only the left button drags an edge; a right click opens a menu whose column
            # shown again must not count as sized by hand.
            left = isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton
            if left and kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed = True
            elif left and kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
                self._later.start()  # the others share what the drag left
        elif watched is self._viewport and kind == QEvent.Type.Resize:
            self.refit()
        return False

    def _detach(self) -> None:
        self._detached = True
        self._later.stop()


def _header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    raise TypeError(f"no horizontal header on {type(view).__name__}")
