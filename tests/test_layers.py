"""The layers in pyproject.toml hold, and they catch an import that breaks them.

import-linter checks them in CI and before a commit; running them here too means ``pytest``
alone tells a developer that a change crossed a layer. The copies with one planted import show
that the contracts catch an upward import even when it hides inside a function, which is where
a cycle or a Qt import in the core would be easiest to miss.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter")

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(checkout: Path) -> subprocess.CompletedProcess[str]:
    """Run the contracts of ``checkout``'s pyproject.toml over its ``timeline_app``."""
    env = dict(os.environ, PYTHONPATH=str(checkout), COLUMNS="300", NO_COLOR="1")
    code = (
        "import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(no_cache=True, no_logo=True))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=checkout, env=env, capture_output=True, text=True
    )


def test_the_layer_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# A module, the import planted inside a function in it, and the contract that must break.
PLANTED = [
    (
        "core/filtering.py",
        "from PySide6.QtCore import QObject",
        "The core never imports Qt",
    ),
    (
        "core/recovery.py",
        "from timeline_app.ui.autosave import recovery_folder",
        "The command line is on top, the Qt layer below it, the core at the bottom",
    ),
    (
        "core/timex/model.py",
        "from timeline_app.core.extraction import extract_events",
        "Inside the core:",
    ),
    (
        "core/extraction/titles.py",
        "from timeline_app.core.document import TimelineDocument",
        "Inside the core:",
    ),
    (
        "ui/settings.py",
        "from timeline_app.ui.main_window import MainWindow",
        "No import cycles",
    ),
]


@pytest.mark.parametrize(("module", "statement", "contract"), PLANTED)
def test_an_import_inside_a_function_that_crosses_a_layer_is_caught(
    tmp_path, module, statement, contract
):
    shutil.copytree(
        ROOT / "timeline_app",
        tmp_path / "timeline_app",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / "timeline_app" / module).open("a", encoding="utf-8") as f:
        f.write(f"\n\ndef _planted():\n    {statement}\n")

    result = lint_imports(tmp_path)

    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert any(line.startswith(contract) for line in broken), result.stdout
