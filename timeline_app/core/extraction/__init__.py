"""Finding the dated events in an English news article (pure Python, no Qt).

extract_events(text, published, *, source_id="", source_name="", cancelled=None) -> list[Event]
"""

from timeline_app.core.extraction.extractor import (
    ArticleTooLongError,
    ExtractionCancelled,
    extract_events,
)

__all__ = ["ArticleTooLongError", "ExtractionCancelled", "extract_events"]
