"""The user's preferences and remembered state, typed, over QSettings.

QSettings stores everything as strings in some back ends (INI files): the getters here turn
them back into the types the app uses, and fall back to defaults on anything unexpected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from timeline_app.core.date_display import DEFAULT_STYLE, checked_style

MAX_RECENT_FILES = 10

_RECENT = "files/recent"
_DAYFIRST = "dates/dayFirst"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_TABLE_HEADER = "window/tableHeader"  # the events table's header before "columns/events"
_COLUMNS = "columns/{view}/header"
_COLUMNS_SIZED = "columns/{view}/sizedByHand"
_GROUPING = "view/grouping"
_LAST_FOLDER = "files/lastFolder"
_AUTOSAVE = "files/autosaveSeconds"
_DATE_STYLE = "dates/displayStyle"
_MISSING_PUBLISHED = "articles/missingPublicationDate"
_CSV_BOM = "export/csvBom"
_CSV_NEUTRALISE = "export/csvNeutraliseFormulas"
_REOPEN_LAST = "files/reopenLast"
_RELIABILITY = "sources/outletReliability"
DEFAULT_AUTOSAVE_SECONDS = 30
MIN_AUTOSAVE_SECONDS = 5
MAX_AUTOSAVE_SECONDS = 600

ASK = "ask"
ASSUME_TODAY = "today"
LEAVE_UNKNOWN = "unknown"
PUBLICATION_DEFAULTS = (ASK, ASSUME_TODAY, LEAVE_UNKNOWN)


class Settings:
    """Typed access to the app's QSettings (organisation and app name set by run_gui)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    # --- dates ---------------------------------------------------------------------------

    @property
    def dayfirst(self) -> bool:
        """Whether "03/04/2021" means 3 April (day first) rather than 4 March."""
        return _as_bool(self._settings.value(_DAYFIRST, False))

    @dayfirst.setter
    def dayfirst(self, value: bool) -> None:
        self._settings.setValue(_DAYFIRST, bool(value))

    @property
    def date_style(self) -> str:
        """How dates are shown: "day-first", "month-first" or "iso" (core/date_display.py)."""
        return checked_style(self._settings.value(_DATE_STYLE, DEFAULT_STYLE))

    @date_style.setter
    def date_style(self, value: str) -> None:
        self._settings.setValue(_DATE_STYLE, checked_style(value))

    @property
    def missing_publication_date(self) -> str:
        """What to do with an article that does not say when it appeared: "ask" (the
        default), "today" (assume it appeared today) or "unknown" (read it without)."""
        value = str(self._settings.value(_MISSING_PUBLISHED, ASK) or ASK)
        return value if value in PUBLICATION_DEFAULTS else ASK

    @missing_publication_date.setter
    def missing_publication_date(self, value: str) -> None:
        self._settings.setValue(_MISSING_PUBLISHED, value if value in PUBLICATION_DEFAULTS else ASK)

    # --- sources ---------------------------------------------------------------------------

    @property
    def outlet_reliability(self) -> dict[str, str]:
        """Outlet name -> the user's Admiralty reliability letter (A-F) for it. Kept per user,
        not per document: what an analyst knows of an outlet holds for every crisis they
        follow; each event's grade, saved in the document, keeps the letter it was given."""
        value = self._settings.value(_RELIABILITY, {})
        if not isinstance(value, dict):
            return {}
        return {
            str(name): str(letter).upper()
            for name, letter in value.items()
            if str(letter).upper() in tuple("ABCDEF")
        }

    @outlet_reliability.setter
    def outlet_reliability(self, table: dict[str, str]) -> None:
        self._settings.setValue(_RELIABILITY, {name: letter for name, letter in table.items()})

    # --- export ----------------------------------------------------------------------------

    @property
    def csv_bom(self) -> bool:
        """Whether CSV exports start with a UTF-8 BOM, so Excel reads them as UTF-8."""
        return _as_bool(self._settings.value(_CSV_BOM, True))

    @csv_bom.setter
    def csv_bom(self, value: bool) -> None:
        self._settings.setValue(_CSV_BOM, bool(value))

    @property
    def csv_neutralise(self) -> bool:
        """Whether CSV exports quote cells a spreadsheet would run as formulas (=, +, -, @)."""
        return _as_bool(self._settings.value(_CSV_NEUTRALISE, True))

    @csv_neutralise.setter
    def csv_neutralise(self, value: bool) -> None:
        self._settings.setValue(_CSV_NEUTRALISE, bool(value))

    # --- recent files --------------------------------------------------------------------

    @property
    def reopen_last(self) -> bool:
        """Whether a launch without a file reopens the last timeline document."""
        return _as_bool(self._settings.value(_REOPEN_LAST, True))

    @reopen_last.setter
    def reopen_last(self, value: bool) -> None:
        self._settings.setValue(_REOPEN_LAST, bool(value))

    def last_document(self) -> Path | None:
        """The most recent timeline document that still exists, if any."""
        for name in self.recent_files():
            path = Path(name)
            if path.suffix.lower() == ".ctimeline" and path.is_file():
                return path
        return None

    def recent_files(self) -> list[str]:
        value = self._settings.value(_RECENT, [])
        if isinstance(value, str):  # a one-item list comes back as a bare string from INI
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if v][:MAX_RECENT_FILES]

    def add_recent_file(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != text]
        self._settings.setValue(_RECENT, [text, *files][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue(_RECENT, [f for f in self.recent_files() if f != path])

    def clear_recent_files(self) -> None:
        self._settings.setValue(_RECENT, [])

    @property
    def last_folder(self) -> str:
        return str(self._settings.value(_LAST_FOLDER, "") or "")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._settings.setValue(_LAST_FOLDER, folder)

    # --- window --------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        return _as_bytes(self._settings.value(_GEOMETRY))

    def window_state(self) -> QByteArray | None:
        return _as_bytes(self._settings.value(_STATE))

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue(_GEOMETRY, geometry)
        self._settings.setValue(_STATE, state)

    def columns(self, view: str) -> tuple[QByteArray | None, list[int]]:
        """A table's header as the user left it (QHeaderView.saveState) and the columns
        they sized by hand."""
        state = _as_bytes(self._settings.value(_COLUMNS.format(view=view)))
        if state is None and view == "events":
            state = _as_bytes(self._settings.value(_TABLE_HEADER))
        value = self._settings.value(_COLUMNS_SIZED.format(view=view), [])
        if not isinstance(value, list):  # INI gives a one-item list back as a bare string
            value = [value] if value not in (None, "") else []
        return state, sorted({n for n in (_as_int(v, -1) for v in value) if n >= 0})

    def save_columns(self, view: str, state: QByteArray, sized: list[int]) -> None:
        self._settings.setValue(_COLUMNS.format(view=view), state)
        self._settings.setValue(_COLUMNS_SIZED.format(view=view), [int(c) for c in sized])

    @property
    def grouping(self) -> str:
        value = str(self._settings.value(_GROUPING, "none") or "none")
        return value if value in ("none", "category", "actor") else "none"

    @grouping.setter
    def grouping(self, value: str) -> None:
        self._settings.setValue(_GROUPING, value)

    @property
    def autosave_seconds(self) -> int:
        """How soon unsaved changes reach the recovery file (5 s to 10 min)."""
        value = _as_int(self._settings.value(_AUTOSAVE), DEFAULT_AUTOSAVE_SECONDS)
        return min(max(value, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self._settings.setValue(_AUTOSAVE, int(value))

    def sync(self) -> None:
        self._settings.sync()


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _as_int(value: object, default: int) -> int:
    if isinstance(value, int | float | str):
        try:
            return int(value)
        except (ValueError, OverflowError):  # hand-edited settings: "soon", "inf"
            pass
    return default


def _as_bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None
