"""Where an event matches the search words: the fields to name in the table, so that a row
kept for a word in its evidence ("Canada" finding "UK begins supplying …") says why.

The fields and their order are those of ``Event.search_text``, which the filter searches.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline_app.core.events import Event

_CONTEXT = 30  # characters shown on either side of the word in a long text


def _fields(event: Event) -> Iterable[tuple[str, list[str]]]:
    yield "title", [event.title]
    yield "description", [event.description]
    yield "category", [event.category]
    yield "location", [event.location]
    yield "actors", list(event.actors)
    yield "evidence", [s.evidence for s in event.sources if s.evidence != event.description]


def _excerpt(text: str, at: int, length: int) -> str:
    if len(text) <= 2 * _CONTEXT + length:
        return text
    start, end = max(0, at - _CONTEXT), min(len(text), at + length + _CONTEXT)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def match_places(event: Event, words: Iterable[str]) -> list[str]:
    """For each search word, the first field holding it and what it says there:
    ``actors (Canada)``, ``evidence (“…and Canada has reportedly…”)``. One entry per field."""
    found: dict[str, list[str]] = {}
    for word in words:
        needle = word.casefold()
        for field, texts in _fields(event):
            hit = next(
                ((t, t.casefold().find(needle)) for t in texts if needle in t.casefold()), None
            )
            if hit is None:
                continue
            text, at = hit
            shown = text if field in ("actors", "category") else _excerpt(text, at, len(needle))
            if shown not in found.setdefault(field, []):
                found[field].append(shown)
            break
    return [
        f"{field} ({'; '.join(shown if field in ('actors', 'category') else f'“{shown}”' for shown in texts)})"
        for field, texts in found.items()
    ]
