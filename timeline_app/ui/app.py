"""Starting the desktop app: the QApplication, the main window, and the screenshot mode."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from timeline_app.ui.main_window import APP_NAME, MainWindow

ORGANIZATION = "Crisis Timeline"
ORGANIZATION_DOMAIN = "crisistimeline.github.io"
APP_ID = "io.github.crisistimeline.CrisisTimeline"  # the .desktop file's name
DEFAULT_SIZE = (1400, 900)


def app_icon() -> QIcon:
    """The app's icon at every size shipped in resources/icons (empty if none is)."""
    from timeline_app.core.bundled import resource_path

    icon = QIcon()
    try:
        icons = resource_path("icons")
    except FileNotFoundError:
        return icon
    for png in sorted(icons.glob(f"hicolor/*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    svg = icons / "crisis-timeline.svg"
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


def application() -> QApplication:
    """The running QApplication, made and named if there is none yet."""
    app = QApplication.instance()
    if app is None:
        # Fractional scaling as the desktop asks (125 %, 150 %), not rounded to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = app_icon()
    if not icon.isNull():
        QGuiApplication.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def run_gui(
    path: str | None, *, screenshot: str | None = None, size: tuple[int, int] | None = None
) -> int:
    """Show the window on ``path`` (or on what ``open_at_launch`` chooses) until it is closed.

    With ``screenshot``, lay the window out at ``size``, save a picture of it to that PNG
    and return at once, opening no dialog; a file that cannot be opened saves nothing.
    Returns the process exit status.
    """
    if QApplication.instance() is None and not _display_usable(screenshot is not None):
        return 1
    app = application()
    interactive = screenshot is None
    window = MainWindow(interactive=interactive, remember=interactive)
    if interactive:
        window.show()  # the recovery question needs a window to belong to
    if interactive and window.recovery.offer():
        opened = True  # the restored work is open; a file named on the command line can wait
    elif path:
        opened = window.open_file(path)
    else:
        opened = open_at_launch(window, interactive=interactive)
    if interactive:
        # After the recovery offer and the first file: what they hold is in use.
        window.files.prune_pending_captures()
    if screenshot is not None:
        if not opened:  # the window has said why, on stderr
            window.deleteLater()
            return 1
        return save_screenshot(app, window, Path(screenshot), size or DEFAULT_SIZE)
    if size:
        window.resize(*size)
    window.show()
    window.view.fit_all()
    return app.exec()


def _display_usable(screenshot: bool) -> bool:
    """Whether Qt can start here; says why not on stderr. A screenshot needs no display: it
    is drawn offscreen when there is none, unless a platform was asked for."""
    from timeline_app.ui.display_check import display_problem

    problem = display_problem()
    if problem is None:
        return True
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    print(f"crisis-timeline: {problem}", file=sys.stderr)
    return False


def open_at_launch(window: MainWindow, *, interactive: bool = True) -> bool:
    """What a launch without a file shows: the last timeline document (a Preference, on by
    default), else the example on a first launch, else an empty timeline. Screenshots always
    show the example. Whether what was chosen opened (an empty timeline counts)."""
    settings = window.settings
    if not interactive:
        return window.open_seed()
    last = settings.last_document() if settings.reopen_last else None
    if last is not None and window.open_file(last):
        return True
    if not settings.recent_files():  # a first launch: the example shows what the app does
        window.open_seed()
    return True


def save_screenshot(
    app: QApplication, window: MainWindow, target: Path, size: tuple[int, int]
) -> int:
    """Save a picture of the laid-out window to ``target`` (PNG); 0 on success."""
    window.resize(QSize(*size))
    window.show()
    # An article opened from the command line is read in the background: show its review.
    while window.articles.runner.is_busy():
        _settle(app, passes=1)
    _settle(app)
    window.view.fit_all()  # fitting needs the final size of the canvas
    _settle(app)
    image = window.grab().toImage()
    window.hide()
    window.deleteLater()
    # PySide6 6.11 types the format as bytes, but only a str gets past its argument check.
    if not image.save(str(target), "PNG"):  # type: ignore[call-overload]
        print(f"crisis-timeline: cannot write the screenshot to {target}", file=sys.stderr)
        return 1
    return 0


def _settle(app: QApplication, passes: int = 6) -> None:
    # Layouts, dock sizes and deferred paints arrive over a few passes of the event loop;
    # each pass delivers what the previous one posted (zero-delay timers included).
    for _ in range(passes):
        QCoreApplication.sendPostedEvents()
        app.processEvents()
        time.sleep(0.002)
