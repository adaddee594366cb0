"""docs/import-dateline.png: the import dialog for an article whose dateline gives no year.

A real window needs a display and a window manager (for the frame), e.g.:

    Xvfb :103 -screen 0 1600x1000x24 & DISPLAY=:103 openbox &
    DISPLAY=:103 QT_QPA_PLATFORM=xcb python docs/make_import_screenshot.py
    convert /tmp/import-dateline-root.png -crop 1112x732+36+36 +repage -strip -colors 128 \\
        docs/import-dateline.png
"""

import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from timeline_app.ui.app import application
from timeline_app.ui.main_window import MainWindow

path = Path(tempfile.mkdtemp()) / "convoy-moves-south.txt"
path.write_text(
    "Convoy moves south towards the capital\n\n"
    "KYIV, March 2 (Reuters) - A Russian military convoy moved south on Tuesday, "
    "satellite images showed.\n",
    encoding="utf-8",
)
app = application()
app.setStyle("Fusion")
window = MainWindow(remember=False)
window.resize(1100, 700)
window.move(40, 40)
window.open_seed()
window.show()


def grab():
    subprocess.run(["import", "-window", "root", "/tmp/import-dateline-root.png"], check=True)
    dialog = app.activeModalWidget()
    if isinstance(dialog, QDialog):
        dialog.reject()
    QTimer.singleShot(200, app.quit)


QTimer.singleShot(2500, grab)
QTimer.singleShot(1000, lambda: window.articles.import_article_files([path]))
app.exec()
