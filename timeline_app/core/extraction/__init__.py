"""Finding the dated events in an English news article (pure Python, no Qt).

extract_events(text, published, *, source_id="", source_name="") -> list[Event]
"""

from timeline_app.core.extraction.extractor import extract_events

__all__ = ["extract_events"]
