"""docs/corroborated-event.png: the detail pane of one happening told by three outlets, gathered
by ``merge_into`` into one event: how many sources and how many independent, the suggested
grade and why, and each source's own reading of the date, two of them disagreeing with the
third.

The articles are made up (``screenshot_desk.DAM_REPORTS``); Reuters is rated B (usually
reliable) for the shot:

    QT_QPA_PLATFORM=offscreen python docs/make_corroboration_screenshot.py [OUT.png]
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from screenshot_desk import dam_desk, save, settle, shot_window


def main() -> int:
    out = Path(
        sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("corroborated-event.png")
    )
    app, window = shot_window(1500, 1000)
    document, event_id = dam_desk({"Reuters": "B"})
    window.set_document(document, None)
    window.show()
    window.select_event(event_id)
    window.resizeDocks([window.details_dock], [520], Qt.Orientation.Horizontal)
    settle(app)
    save(window.details, out, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
