"""Frame, zoom, pan and search-filter times of the timeline canvas (offscreen Qt).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_canvas.py [--sizes 1000,100000] [--json]

Frames are painted into a 1600×900 QImage (``TimelineView.render_image``), many times per
zoom level: fit-all, a mid zoom (three months around the busiest stretch) and the deepest zoom
(three hours). A zoom or pan step is ``zoom_in()``/``pan_by()`` plus the repaint of the shown
canvas, steps back to back as from a fast wheel; the layout of a new zoom level when zooming
pauses (with its repaint) is timed on its own. The search filter types a query into the main
window's search box, one key at a time, and times each keystroke until the table is refiltered and the
canvas repainted, the typing debounce included (and reported on its own).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import percentiles, run_sizes, timeline_file  # noqa: E402

WIDTH, HEIGHT = 1600, 900
FRAMES = 40


def _frames(view, size, count: int = FRAMES) -> tuple[float, float, float]:
    """Cold (first) frame, median and p95 of ``count`` more, in ms."""
    started = time.perf_counter()
    view.render_image(size)
    cold = (time.perf_counter() - started) * 1000
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        view.render_image(size)
        samples.append((time.perf_counter() - started) * 1000)
    median, p95 = percentiles(samples)
    return cold, median, p95


def _busiest_day(view) -> float:
    """The start of the event with the most events within a month around it."""
    import numpy as np

    starts = view.event_index().starts
    if not starts.size:
        return 0.0
    ahead = np.searchsorted(starts, starts + 30.0) - np.arange(starts.size)
    return float(starts[int(np.argmax(ahead))])


def measure(count: int) -> dict[str, float]:
    from PySide6.QtCore import QItemSelectionModel, QObject, QSize
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.document import load_document
    from timeline_app.core.viewport import MIN_SPAN
    from timeline_app.ui.event_model import EventModel
    from timeline_app.ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    document = load_document(timeline_file(count))
    holder = QObject()  # without parents, making the selection model crashes PySide6
    model = EventModel(document, holder)
    selection = QItemSelectionModel(model, holder)
    view = TimelineView(model, selection)
    view.resize(WIDTH, HEIGHT)
    size = QSize(WIDTH, HEIGHT)
    result: dict[str, float] = {"events": count}

    view.fit_all()
    fit = view.visible_range()
    result["frame_fit_cold_ms"], result["frame_fit_ms"], result["frame_fit_p95_ms"] = _frames(
        view, size
    )
    busy = _busiest_day(view)
    view.set_visible_range(busy - 45.0, busy + 45.0)
    result["frame_mid_cold_ms"], result["frame_mid_ms"], result["frame_mid_p95_ms"] = _frames(
        view, size
    )
    view.set_visible_range(busy - MIN_SPAN / 2, busy + MIN_SPAN / 2)
    result["frame_deep_cold_ms"], result["frame_deep_ms"], result["frame_deep_p95_ms"] = _frames(
        view, size
    )

    # Zoom from fit-all down to the deepest zoom around the busiest day and back out: every
    # step is a new zoom level. A step is the input and the paint of the shown widget that
    # follows it (what a person waits for), back to back as a wheel spun fast: no pause, so
    # the view draws levels it has not laid out yet with a coarser layout it has.
    from PySide6.QtTest import QTest

    view.show()
    QTest.qWaitForWindowExposed(view)
    zoom_path = _zoom_path(view, fit, busy)
    steps = _steps(view, zoom_path, pause=None)
    result["zoom_step_ms"], result["zoom_step_p95_ms"] = percentiles(steps)
    result["zoom_step_max_ms"] = max(steps)
    result["zoom_steps"] = len(steps)
    # The same steps with a pause after each: the view lays its own level out and repaints.
    refines: list[float] = []
    _steps(view, zoom_path, pause=refines)
    result["refine_ms"], result["refine_p95_ms"] = percentiles(refines)
    result["refine_max_ms"] = max(refines)

    pans = []
    view.set_visible_range(busy - 45.0, busy + 45.0)
    view.repaint()
    for i in range(60):
        started = time.perf_counter()
        view.pan_by(0.1 if (i // 15) % 2 == 0 else -0.1)
        view.repaint()
        pans.append((time.perf_counter() - started) * 1000)
    result["pan_step_ms"], result["pan_step_p95_ms"] = percentiles(pans)
    result["pan_step_max_ms"] = max(pans)
    view.hide()  # its timers must not paint into the search measurement

    result.update(measure_search(app, document, count))
    view.deleteLater()
    return result


def measure_search(app, document, count: int, query: str = "ukraine") -> dict[str, float]:
    """Type ``query`` into the main window's search box and time each keystroke until the
    table is refiltered and the canvas repainted; then clear it the same way."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(interactive=False, remember=False)
    window.set_document(document, None)
    window.resize(WIDTH, HEIGHT + 300)
    window.show()
    _settle(app)
    edit = window.filter_bar.search_edit
    edit.setFocus()
    _settle(app)
    totals, waits = [], []
    typed = ""
    keys = [(c, c) for c in query] + [("\b", "")] * len(query)
    for key, _ in keys:
        typed = typed[:-1] if key == "\b" else typed + key
        started = time.perf_counter()
        if key == "\b":
            QTest.keyClick(edit, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(edit, key)
        typed_at = time.perf_counter()
        # Until the proxy has the new filter (at once, or after the typing pause).
        while window.proxy.event_filter.text != typed:
            app.processEvents()
        filtered_at = time.perf_counter()
        window.view.repaint()  # the canvas shows the new mask
        app.processEvents()
        done = time.perf_counter()
        totals.append((done - started) * 1000)
        waits.append(max(0.0, (filtered_at - typed_at) * 1000 - _work_ms(window)))
    window.undo_stack.setClean()
    window.close()
    median, p95 = percentiles(totals)
    return {
        "search_key_ms": median,
        "search_key_p95_ms": p95,
        "search_key_max_ms": max(totals),
        "search_first_key_ms": totals[0],
        "search_debounce_ms": max(waits),
    }


def _zoom_path(view, fit: tuple[float, float], busy: float) -> list[str]:
    """The zoom actions from fit-all around ``busy`` to the deepest zoom and back out."""
    view.set_visible_range(*fit)
    view.go_to(busy)
    start = view.visible_range()
    path = []
    for action in ("zoom_in", "zoom_out"):
        while True:
            before = view.visible_range()
            getattr(view, action)()
            path.append(action)
            if view.visible_range() == before or (
                action == "zoom_out"
                and view.visible_range()[1] - view.visible_range()[0] >= fit[1] - fit[0]
            ):
                break
    view.set_visible_range(*start)
    return path


def _steps(view, path: list[str], pause: list[float] | None) -> list[float]:
    """Time each zoom action of ``path`` plus the paint showing it, from no level laid out
    but the starting one. With ``pause``, after each step the view lays out its own level as
    it does when input pauses, and that (with its repaint) is timed into ``pause``."""
    start = view.visible_range()
    view._layouts.clear()  # noqa: SLF001 - a fair start: no level laid out yet
    view.set_visible_range(*start)
    view.repaint()
    steps = []
    for action in path:
        started = time.perf_counter()
        getattr(view, action)()
        view.repaint()
        steps.append((time.perf_counter() - started) * 1000)
        if pause is not None:
            started = time.perf_counter()
            view._refine()  # noqa: SLF001 - what the pause timer runs
            view.repaint()
            pause.append((time.perf_counter() - started) * 1000)
    return steps


def _work_ms(window) -> float:
    """How long the filter itself took on the last keystroke, if the bar records it."""
    return getattr(window.filter_bar, "last_filter_ms", 0.0)


def _settle(app, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    run_sizes(measure, digits=2)


if __name__ == "__main__":
    main()
