"""docs/review-undo.png: the seed article under review, its candidates decided, and the Edit
menu naming the last decision ("Undo Accept 8 Candidates").

An open menu is a window of its own, so this needs a display (not the offscreen platform):

    Xvfb :103 -screen 0 1600x1000x24 &
    DISPLAY=:103 QT_QPA_PLATFORM=xcb python docs/make_review_screenshot.py
    convert /tmp/review-undo-root.png -crop 1400x900+0+0 +repage -strip -colors 128 \\
        docs/review-undo.png
"""

import subprocess

from PySide6.QtCore import QTimer

from timeline_app.core.bundled import seed_article_path
from timeline_app.ui.app import application
from timeline_app.ui.main_window import MainWindow

app = application()
app.setStyle("Fusion")
window = MainWindow(interactive=False, remember=False)
window.resize(1400, 900)
window.move(0, 0)
window.files.new_document()
window.show()


def review() -> None:
    window.files.review_article_files([seed_article_path()])


def decide() -> None:
    panel = window.articles.review_panel
    if panel.is_busy() or window.articles.runner.is_busy() or not panel.candidates.rowCount():
        QTimer.singleShot(500, decide)
        return
    panel.table.selectRow(1)
    panel.reject_selected()
    panel.accept_all()
    QTimer.singleShot(500, open_menu)


def open_menu() -> None:
    menu = window.menuBar().actions()[1].menu()
    window.menuBar().setActiveAction(window.menuBar().actions()[1])
    QTimer.singleShot(800, lambda: grab(menu))


def grab(menu) -> None:
    subprocess.run(["import", "-window", "root", "/tmp/review-undo-root.png"], check=True)
    menu.close()
    window.undo_stack.setClean()
    QTimer.singleShot(200, app.quit)


QTimer.singleShot(1000, review)
QTimer.singleShot(1500, decide)
app.exec()
