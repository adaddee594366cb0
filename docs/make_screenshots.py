"""Render the README's screenshots offscreen: the main window, the event editor, the articles.

    python docs/make_screenshots.py [--out docs] [--dark]

Writes main-window.png (through ``crisis-timeline --screenshot``, as a user could),
editor.png (the editor on "Russia invades Crimea"), editor-day-range.png and
editor-relative.png (the editor reading "1-3 March 2022" and "last Tuesday" as typed) and
article-workspace.png (an article from tests/data/articles under review). Settings come from an empty temporary folder, so
the pictures never depend on the preferences of whoever runs this. ``--dark`` renders with
a dark palette (for checking dark desktops; the README uses the light pictures).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "articles" / "port-strike-talks.html"
SIZE = (1400, 900)
WORKSPACE_SIZE = (1600, 900)


def isolated_environment(folder: Path) -> dict[str, str]:
    """Offscreen Qt and settings of our own (XDG folders; QSettings read them on Linux)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        path = folder / name.lower()
        path.mkdir(exist_ok=True)
        env[name] = str(path)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def main_window_shot(out: Path, env: dict[str, str]) -> None:
    """The window on the seed article, exactly as ``crisis-timeline --screenshot`` makes it."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline_app",
            "--screenshot",
            str(out),
            "--size",
            f"{SIZE[0]}x{SIZE[1]}",
        ],
        env=env,
        check=True,
        timeout=300,
    )


def settle(app, seconds: float = 0.3) -> None:
    # Layouts, dock sizes and deferred paints arrive over a few passes of the event loop.
    # processEvents() runs no deferred deletes, which the app's event loop does: widgets Qt
    # has let go (the tab bar of a tab group taken apart) would still be drawn.
    from PySide6.QtCore import QEvent

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    role = QPalette.ColorRole
    palette = QPalette()
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#262626",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6",
        role.Button: "#353535",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#6cb4ff",
        role.LinkVisited: "#b48cff",
        role.Highlight: "#2f6db5",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#8c8c8c",
        role.Mid: "#444444",
        role.Dark: "#1a1a1a",
        role.Light: "#505050",
        role.Midlight: "#404040",
        role.Shadow: "#000000",
    }
    for which, name in colours.items():
        palette.setColor(which, QColor(name))
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor("#7a7a7a"))
    return palette


def in_process_shots(out_dir: Path, dark: bool) -> None:
    """The editor and the article workspace, grabbed from a live window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.app import application
    from timeline_app.ui.main_window import MainWindow

    app: QApplication = application()
    app.setStyle("Fusion")  # the offscreen platform's default, named so it stays so
    if dark:
        app.setPalette(dark_palette())
    suffix = "-dark" if dark else ""

    window = MainWindow(interactive=False, remember=False)
    window.resize(*SIZE)
    window.open_seed()
    window.show()
    settle(app)
    window.view.fit_all()
    settle(app)

    crimea = next(e for e in window.model.events() if e.title == "Russia invades Crimea")
    editor = window.edit_event(crimea.id)
    if editor is None:
        raise SystemExit("make_screenshots: could not open the editor on the Crimea event")
    settle(app)
    editor.grab().save(str(out_dir / f"editor{suffix}.png"))
    if dark:  # the window itself, for the palette check
        window.grab().save(str(out_dir / f"main-window{suffix}.png"))
    editor.reject()
    settle(app)
    for typed, name in (
        ("1-3 March 2022", "editor-day-range"),
        ("last Tuesday", "editor-relative"),
    ):
        editor = window.event_actions.add_event()
        editor.title_edit.setText("Talks in Geneva")
        editor.start_field.setText(typed)
        settle(app)
        editor.grab().save(str(out_dir / f"{name}{suffix}.png"))
        editor.reject()
        settle(app)

    window.files.review_article_files([ARTICLE])
    window.articles_dock.show()
    window.articles_dock.raise_()
    workspace = window.articles
    deadline = time.monotonic() + 60
    while (
        workspace.runner.is_busy()
        or workspace.review_panel.is_busy()
        or workspace.review_panel.marks_pending()  # the marks follow the list
    ) and time.monotonic() < deadline:
        settle(app, 0.1)
    # Wider than the other shots: under review, the pane's header (title, the article's
    # URL on one line) asks for ~810 px, and the review list needs ~640 px to show each
    # proposal's kind beside its actors; the timeline keeps the rest.
    window.resize(WORKSPACE_SIZE[0], WORKSPACE_SIZE[1])
    settle(app)
    window.resizeDocks(
        [window.articles_dock], [WORKSPACE_SIZE[0] * 3 // 5], Qt.Orientation.Horizontal
    )
    settle(app)
    window.view.fit_all()  # to the canvas's new, narrower width
    settle(app)
    window.grab().save(str(out_dir / f"article-workspace{suffix}.png"))
    window.undo_stack.setClean()
    # an article left under review would be asked about on closing (a modal question)
    window.articles.close_queue()
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where the PNGs go")
    parser.add_argument("--dark", action="store_true", help="render with a dark palette")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    out_dir = options.out.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    if options.in_process:  # the child: environment already isolated
        in_process_shots(out_dir, options.dark)
        return 0
    with tempfile.TemporaryDirectory(prefix="ct-shots-") as folder:
        env = isolated_environment(Path(folder))
        if not options.dark:
            main_window_shot(out_dir / "main-window.png", env)
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--in-process",
            "--out",
            str(out_dir),
        ] + (["--dark"] if options.dark else [])
        subprocess.run(command, env=env, check=True, timeout=300)
    for name in sorted(out_dir.glob("*.png")):
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
