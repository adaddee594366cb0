"""Upgrades of documents written with an earlier version of the format, one version at a time.

A field added with a default needs none: a document without the key opens with the default.
A change of meaning (a key renamed, a field split, a value read differently) raises
``VERSION`` in ``core/document.py`` and registers here the step from the version before,
which changes the parsed JSON of a whole document in place:

    @upgrade_from(1)
    def _places_are_lists(data: dict) -> None:
        for event in data.get("events", []):
            ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from timeline_app.core.field_schema import DocumentError

Step = Callable[[dict[str, Any]], None]
STEPS: dict[int, Step] = {}  # version N -> the step that makes a version N document N + 1


def upgrade_from(version: int) -> Callable[[Step], Step]:
    """Register the step that upgrades a document of ``version`` to the next version."""

    def register(step: Step) -> Step:
        STEPS[version] = step
        return step

    return register


def needs_upgrade(version: int, current: int) -> bool:
    return any(number in STEPS for number in range(version, current))


def upgrade(data: dict[str, Any], version: int, current: int) -> None:
    """Bring a parsed document of ``version`` up to ``current``, in place."""
    for number in range(version, current):
        step = STEPS.get(number)
        if step is None:
            continue
        try:
            step(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DocumentError(
                f"it could not be upgraded from document version {number} ({error})"
            ) from None
