"""Where the files shipped with the app live: ``resources/`` and ``seeds/``.

A source checkout keeps them beside the package; a wheel installs them under
``<prefix>/share/crisis-timeline``; a PyInstaller bundle unpacks them under ``sys._MEIPASS``.
Looking them up in this one place lets packaging move them.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _roots() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(Path(__file__).resolve().parents[2])
    roots.append(Path(sys.prefix) / "share" / "crisis-timeline")
    return roots


def bundled_folder(name: str) -> Path:
    """The first existing ``name`` folder (``resources`` or ``seeds``) among the known roots."""
    for root in _roots():
        folder = root / name
        if folder.is_dir():
            return folder
    raise FileNotFoundError(f"the app's {name}/ folder is missing from this installation")


def resource_path(name: str) -> Path:
    return bundled_folder("resources") / name


def seed_article_path() -> Path:
    """The seed article's text file (its metadata is the .json beside it)."""
    texts = sorted(bundled_folder("seeds").glob("*.txt"))
    if not texts:
        raise FileNotFoundError("the seeds/ folder holds no article")
    return texts[0]
