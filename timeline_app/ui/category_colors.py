"""The colour of each event category, shared by the timeline canvas, its legend and the table.

Okabe and Ito's eight-colour scheme (less its black, which vanishes on a dark canvas) extended
by five colours from Paul Tol's, ColorBrewer's and Tableau's schemes and three found by a
search of the sRGB cube for the colour farthest from all those before it, chosen so that every
pair stays apart for readers with any of the three colour-vision deficiencies (CAM02-UCS
distance at least 10 in simulations of each; Okabe and Ito's own colours are 11 apart; a test
checks), and none so dark that it vanishes on a dark canvas.

The thirteen kinds the extractor writes, and "military", which documents from before the
kinds still hold, have fixed colours ("military" the one it always had). Any other name
prefers a colour from a stable hash, so it keeps that colour across sessions, but a colour
another category already shows is passed over while the palette has a free one: two
categories of a document share a colour only when it has more categories than the palette
has colours. A category keeps the colour it was first given for the rest of the run, so the
canvas, the legend, the table and the exports always agree.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from PySide6.QtGui import QColor

UNCATEGORISED = "Uncategorised"
# A dark grey, kept apart from all fifteen colours in the same colour-vision simulations.
UNCATEGORISED_HEX = "#545454"

PALETTE_HEX: tuple[str, ...] = (
    "#0072B2",  # blue (Okabe-Ito)
    "#D55E00",  # vermilion
    "#009E73",  # bluish green
    "#E69F00",  # orange
    "#CC79A7",  # reddish purple
    "#99DDFF",  # pale blue (Tol light)
    "#56B4E9",  # sky blue (Okabe-Ito)
    "#F0E442",  # yellow
    "#AA3377",  # purple (Tol bright)
    "#B2DF8A",  # pale green (ColorBrewer Paired)
    "#8C510A",  # brown (ColorBrewer BrBG)
    "#F7B6D2",  # pale pink (Tableau 20)
    "#9977FF",  # violet (searched)
    "#88BB77",  # sage green (searched)
    "#B06848",  # sienna (searched)
)

# The extractor's kinds (core/extraction/category_rules.py) and the "military" of older
# documents: the same colour in every document. The six older names keep their colours; one
# slot (pale green) is left for a document's own categories.
FIXED_SLOTS: dict[str, int] = {
    "diplomacy": 0,
    "military": 1,
    "humanitarian": 2,
    "economy": 3,
    "politics": 4,
    "other": 5,
    "strategic": 6,
    "explosion": 7,
    "armed clash": 8,
    "disaster": 10,
    "protest": 11,
    "riot": 12,
    "legal": 13,
    "violence against civilians": 14,
}


class CategoryPalette:
    """Gives each category a colour slot, once, avoiding slots already given to others."""

    def __init__(self, size: int = len(PALETTE_HEX)) -> None:
        self._size = size
        self._slot_of: dict[str, int] = {}
        self._users = [0] * size

    def slot(self, category: str) -> int | None:
        """The palette index of ``category``; None for the empty category."""
        key = category.strip().casefold()
        if not key:
            return None
        slot = self._slot_of.get(key)
        if slot is None:
            slot = FIXED_SLOTS.get(key)
            if slot is None:
                slot = self._free_slot(_preferred_slot(key, self._size))
            self._slot_of[key] = slot
            self._users[slot] += 1
        return slot

    def reserve(self, categories: Iterable[str]) -> None:
        """Give colours to ``categories`` now, in a fixed order, so that the colours a
        document gets do not depend on which view asks first."""
        keys = {c.strip().casefold(): c for c in categories}
        fixed_first = sorted(keys, key=lambda k: (k not in FIXED_SLOTS, k))
        for key in fixed_first:
            self.slot(keys[key])

    def _free_slot(self, preferred: int) -> int:
        order = [(preferred + step) % self._size for step in range(self._size)]
        # A fixed category's slot is left to it while any other slot is free, so that a
        # document's custom category does not take the colour "military" arrives with later.
        fixed = set(FIXED_SLOTS.values())
        for candidates in (
            (s for s in order if not self._users[s] and s not in fixed),
            (s for s in order if not self._users[s]),
        ):
            for slot in candidates:
                return slot
        return min(order, key=lambda s: self._users[s])  # full: the least shared colour


def _preferred_slot(key: str, size: int) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % size


_SESSION = CategoryPalette()


def category_hex(category: str) -> str:
    """The colour of a category as "#RRGGBB"; the empty category is grey."""
    slot = _SESSION.slot(category)
    return UNCATEGORISED_HEX if slot is None else PALETTE_HEX[slot]


def category_color(category: str) -> QColor:
    """The colour of a category as a QColor."""
    return QColor(category_hex(category))


def reserve_categories(categories: Iterable[str]) -> None:
    """Give a document's categories their colours before any view asks (see ``reserve``)."""
    _SESSION.reserve(categories)


def category_label(category: str) -> str:
    """How a legend names a category ("Uncategorised" for the empty one)."""
    return category.strip() or UNCATEGORISED
