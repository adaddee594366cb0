"""The dialog that lists the rows of a CSV file that could not be read, or were read with
changes, after an import or an open."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from timeline_app.ui.event_table import plural
from timeline_app.ui.message_boxes import as_plain_text

_SHOWN = 12  # rows listed in the dialog itself; all of them are under Details


def show_import_problems(
    parent: QWidget, path: Path, problems: Sequence, added: int, *, interactive: bool
) -> None:
    """List every row that could not be read (and every note) in one dialog."""

    def tr(text: str) -> str:
        return QApplication.translate("ImportProblems", text)

    skipped = [p for p in problems if getattr(p, "skipped", True)]
    notes = [p for p in problems if not getattr(p, "skipped", True)]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Import Problems"))
    if skipped:
        text = plural(
            len(skipped),
            tr("{n} row of “{name}” could not be read"),
            tr("{n} rows of “{name}” could not be read"),
        )
    else:
        text = tr("Some rows of “{name}” were read with changes")
    text = text.replace("{name}", path.name) + plural(
        added, tr("; {n} event was added."), tr("; {n} events were added.")
    )
    box.setText(text)
    lines = [problem_line(p) for p in skipped[:_SHOWN]]
    if len(skipped) > _SHOWN:
        lines.append(tr("… and {count} more (see Details)").format(count=len(skipped) - _SHOWN))
    box.setInformativeText("\n".join(lines))
    details = [tr("Rows not read:")] + [problem_line(p) for p in skipped]
    if notes:
        details += ["", tr("Rows read with changes:")] + [problem_line(p) for p in notes]
    box.setDetailedText("\n".join(details))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    as_plain_text(box)  # the cells quoted are the file's, never markup
    if interactive:
        box.exec()
    else:
        print(box.text(), box.detailedText(), sep="\n", file=sys.stderr)


def problem_line(problem: object) -> str:
    row, column, message = (
        getattr(problem, "row", "?"),
        getattr(problem, "column", ""),
        getattr(problem, "message", str(problem)),
    )
    place = f"Row {row}" + (f" ({column})" if column else "")
    return f"{place}: {message}"
