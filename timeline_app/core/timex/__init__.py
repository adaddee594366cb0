"""TIMEX3 temporal expression tagging for English news (pure Python, no Qt).

tag(text, dct) -> list[Timex]     find and normalize dates, times, durations, sets
to_timeml(text, timexes) -> str   the text with inline <TIMEX3> tags
"""

from .model import Timex
from .tagger import tag
from .timeml import TimeMLDoc, read_timeml, to_timeml

__all__ = ["Timex", "TimeMLDoc", "read_timeml", "tag", "to_timeml"]
