"""The colour of each event category, shared by the timeline canvas, its legend and the table.

Paul Tol's "bright" and "vibrant" qualitative schemes: distinguishable with the common
colour-vision deficiencies and on light and dark backgrounds. Well-known categories get a
fixed colour; any other name gets one from a stable hash, so a category keeps its colour
across sessions and documents.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

UNCATEGORISED = "Uncategorised"
UNCATEGORISED_HEX = "#9A9A9A"

PALETTE_HEX: tuple[str, ...] = (
    "#4477AA",  # blue
    "#EE6677",  # red
    "#228833",  # green
    "#CCBB44",  # yellow
    "#66CCEE",  # cyan
    "#AA3377",  # purple
    "#EE7733",  # orange
    "#009988",  # teal
)

_KNOWN = {
    "diplomacy": 0,
    "diplomatic": 0,
    "military": 1,
    "conflict": 1,
    "humanitarian": 2,
    "economic": 3,
    "economy": 3,
    "sanctions": 3,
    "cyber": 4,
    "information": 4,
    "political": 5,
    "politics": 5,
    "domestic": 5,
    "statement": 6,
    "legal": 7,
}


def category_hex(category: str) -> str:
    """The colour of a category as "#RRGGBB"; the empty category is grey."""
    key = category.strip().casefold()
    if not key:
        return UNCATEGORISED_HEX
    slot = _KNOWN.get(key)
    if slot is None:
        slot = zlib.crc32(key.encode("utf-8", "surrogatepass")) % len(PALETTE_HEX)
    return PALETTE_HEX[slot]


def category_color(category: str) -> QColor:
    """The colour of a category as a QColor."""
    return QColor(category_hex(category))


def category_label(category: str) -> str:
    """How a legend names a category ("Uncategorised" for the empty one)."""
    return category.strip() or UNCATEGORISED
