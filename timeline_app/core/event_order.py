"""The order in which exports list events: by date, as a reader of a timeline expects."""

from __future__ import annotations

from collections.abc import Iterable

from timeline_app.core.events import Event


def date_order_key(event: Event) -> tuple[float, float]:
    """Earliest start first; of two starting together, the longer period first (the year
    2022 before 1 January 2022), so a coarse date heads the finer ones it holds."""
    when = event.when
    return when.start_ordinal, -when.start.end_ordinal


def in_date_order(events: Iterable[Event]) -> list[Event]:
    """The events sorted by ``date_order_key``; events with the same key keep their order."""
    return sorted(events, key=date_order_key)
