"""Category colours: enough of them, told apart by colour-blind readers, never shared needlessly."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert

from timeline_app.core.extraction.categories import CATEGORIES
from timeline_app.ui import category_colors
from timeline_app.ui.category_colors import (
    FIXED_SLOTS,
    PALETTE_HEX,
    UNCATEGORISED_HEX,
    CategoryPalette,
)

# Full-severity simulations of the three colour-vision deficiencies (Machado et al. 2009).
VISIONS = [None, "deuteranomaly", "protanomaly", "tritanomaly"]
# Okabe and Ito's own colours are this far apart at worst in the same simulations.
MIN_DISTANCE = 10.0


def _seen_as(hexes: list[str], vision: str | None) -> np.ndarray:
    rgb = np.array([[int(h[i : i + 2], 16) / 255 for i in (1, 3, 5)] for h in hexes])
    if vision is not None:
        space = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
        rgb = np.clip(cspace_convert(rgb, space, "sRGB1"), 0, 1)
    return cspace_convert(rgb, "sRGB1", "CAM02-UCS")


def test_palette_has_a_colour_for_every_kind_and_one_to_spare() -> None:
    # Thirteen kinds, the "military" of older documents, and a document's own category.
    assert len(PALETTE_HEX) >= len(CATEGORIES) + 2
    assert len({h.upper() for h in PALETTE_HEX}) == len(PALETTE_HEX)
    assert UNCATEGORISED_HEX.upper() not in {h.upper() for h in PALETTE_HEX}


@pytest.mark.parametrize("vision", VISIONS)
def test_colours_stay_apart_for_colour_blind_readers(vision: str | None) -> None:
    hexes = [*PALETTE_HEX, UNCATEGORISED_HEX]
    seen = _seen_as(hexes, vision)
    closest = min(
        (float(np.linalg.norm(seen[i] - seen[j])), hexes[i], hexes[j])
        for i, j in itertools.combinations(range(len(hexes)), 2)
    )
    assert closest[0] >= MIN_DISTANCE, closest


def test_the_extractors_kinds_have_fixed_different_colours() -> None:
    palette = CategoryPalette()
    assert set(CATEGORIES) | {"military"} == set(FIXED_SLOTS)
    slots = [palette.slot(name) for name in FIXED_SLOTS]
    assert len(set(slots)) == len(FIXED_SLOTS)
    assert category_colors.category_hex("other") != category_colors.category_hex("diplomacy")
    # In any order, in any session, a kind has the same colour.
    later = CategoryPalette()
    for name in reversed(CATEGORIES):
        assert later.slot(name) == palette.slot(name)


def test_military_keeps_the_colour_older_documents_showed() -> None:
    assert category_colors.category_hex("military") == "#D55E00"
    assert category_colors.category_hex("Military") == "#D55E00"


def test_a_custom_category_never_takes_a_fixed_categorys_colour() -> None:
    # Whatever a custom category hashes to, and even when it is seen before "military" is.
    for name in ("Sanctions", "cyber", "Energy", "refugees", "Elections", "courts", "Talks"):
        palette = CategoryPalette()
        custom = palette.slot(name)
        assert custom not in FIXED_SLOTS.values(), name
        assert palette.slot("military") == FIXED_SLOTS["military"]


def test_no_two_categories_of_a_document_share_a_colour_while_there_is_room() -> None:
    palette = CategoryPalette()
    names = [*FIXED_SLOTS, "sanctions"]
    assert len(names) == len(PALETTE_HEX)
    assert len({palette.slot(n) for n in names}) == len(PALETTE_HEX)
    # Past the palette's size a colour is shared, but nothing fails.
    assert palette.slot("the sixteenth") in range(len(PALETTE_HEX))


def test_custom_categories_take_the_colours_of_kinds_a_document_lacks() -> None:
    palette = CategoryPalette()
    kinds = ["diplomacy", "politics", "protest"]
    customs = ["sanctions", "cyber", "energy", "refugees", "elections"]
    slots = [palette.slot(n) for n in kinds + customs]
    assert len(set(slots)) == len(slots)


def test_a_category_keeps_its_colour() -> None:
    palette = CategoryPalette()
    first = palette.slot("Sanctions")
    for other in ("cyber", "energy", "refugees"):
        palette.slot(other)
    # Case and spaces do not make another category; a new session gives the same colour.
    assert palette.slot("  sanctions ") == first
    assert CategoryPalette().slot("sanctions") == first
    assert palette.slot("") is None
    assert category_colors.category_hex("") == UNCATEGORISED_HEX


def test_reserving_a_documents_categories_does_not_depend_on_their_order() -> None:
    names = ["energy", "Sanctions", "military", "cyber", "refugees"]
    one, two = CategoryPalette(), CategoryPalette()
    one.reserve(names)
    two.reserve(reversed(names))
    assert [one.slot(n) for n in names] == [two.slot(n) for n in names]


def test_a_documents_categories_reserved_up_front_get_different_colours(monkeypatch):
    monkeypatch.setattr(category_colors, "_SESSION", CategoryPalette())  # a fresh run
    names = [f"reserved category {n}" for n in range(4)]
    category_colors.reserve_categories(names)
    assert len({category_colors.category_hex(n) for n in names}) == len(names)


def test_a_legend_too_long_for_the_header_says_how_many_it_leaves_out():
    from timeline_app.ui.canvas_painter import legend_fit

    widths = [100.0] * 14  # the thirteen kinds and an older "military"
    more = lambda hidden: 60.0  # noqa: E731  the "+N more" text's width
    assert legend_fit(widths, 1400, more) == 14  # all fit, no "+N more"
    count = legend_fit(widths, 1000, more)
    assert count == 9  # not 10: the tenth would leave no room to say "+4 more"
    assert sum(widths[:count]) + more(14 - count) <= 1000
    assert legend_fit(widths, 50, more) == 0
