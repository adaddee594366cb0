"""No module of ours shadows a standard-library one (a ``csv.py`` breaks ``import csv``)."""

import sys
from pathlib import Path

import timeline_app

PACKAGE = Path(timeline_app.__file__).parent


def test_no_module_is_named_after_a_standard_library_module():
    ours = {p.stem for p in PACKAGE.rglob("*.py")} | {
        p.name for p in PACKAGE.rglob("*") if p.is_dir() and (p / "__init__.py").exists()
    }
    assert sorted(ours & set(sys.stdlib_module_names)) == []
