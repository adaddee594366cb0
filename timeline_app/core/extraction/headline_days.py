"""The day of a headline's news: the day the lead gives it, told only lower down.

A headline is written in the present ("Harbour Board Sacks Its Chairman", "Ferry Is Towed
to Port") and dates nothing; read alone, what it tells is news "of about this month". The
story under it tells the same news on its day ("The board dismissed its chairman on
Tuesday"), and a reader dates the headline by it: the lead's day, approximate, or, where the
lead gives none, the publication day the news is of.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from timeline_app.core.dates import When
from timeline_app.core.extraction.repeats import Draft
from timeline_app.core.extraction.temporal import about_day, month_of


def on_the_story_day(
    drafts: Sequence[Draft], story_day: When | None, published: dt.date | None
) -> None:
    """Moves each undated headline draft read as news of the publication month to the story's
    day (or the publication day)."""
    if published is None:
        return
    month = month_of(published)
    day = story_day or about_day(published)
    for draft in drafts:
        if draft.headline and not draft.dated_by_text and draft.event.when == month:
            draft.event = replace(draft.event, when=day)
