"""Events, the articles they come from, and the evidence that ties them together.

These dataclasses are also the document format: each field is stored under its name, in
this order, as its type says (``core/field_schema.py``); ``storage()`` adds what the format
needs beyond name, type and default. A new field here is a new key in the file.

Events are values, never changed in place: an edit makes a new Event with
``dataclasses.replace``, so an undo step only has to keep the old and the new value. Event and
SourceRef are not declared frozen only because frozen dataclasses are five times slower to
build, and a large timeline builds a million of them when it opens.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from timeline_app.core.dates import When
from timeline_app.core.field_schema import storage


class Attribution(StrEnum):
    """How the source text vouches for what it reports."""

    STATED = "stated"
    REPORTED = "reported"
    CLAIMED = "claimed"
    DENIED = "denied"


class Origin(StrEnum):
    """Where an event came from."""

    EXTRACTED = "extracted"
    MANUAL = "manual"
    IMPORTED = "imported"


def new_id() -> str:
    """A stable, unique event or source id."""
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True, slots=True)
class Article:
    """A news article the timeline draws on."""

    id: str
    title: str = ""
    text: str = ""
    publisher: str = ""
    url: str = ""
    published: dt.date | None = None
    language: str = "en"
    # Custody: what was captured, from where and when. The bytes themselves are kept in the
    # evidence store beside the document (core/evidence_store.py), named by their SHA-256.
    sha256: str = ""  # hex SHA-256 of the original bytes as captured
    captured_at: str = ""  # UTC, ISO 8601: 2024-11-14T09:30:00Z
    requested_url: str = ""  # the address asked for; ``url`` is the one read, after redirects
    server_date: str = ""  # the HTTP Date header, verbatim
    last_modified: str = ""  # the HTTP Last-Modified header, verbatim
    content_type: str = ""
    size: int | None = field(default=None, metadata=storage(what="a size in bytes"))
    copy_of: str = ""  # the id of the article this one copies (the same wire story)


@dataclass(slots=True)
class SourceRef:
    """One source's account of an event: the exact sentence and how the text vouches for it.

    ``start``/``end`` are character offsets of ``evidence`` in the article's text; ``source_id``
    names an Article of the document, or is empty for a reference known only by name.
    """

    # Source names repeat across thousands of events: one string for them all saves memory.
    source_id: str = field(default="", metadata=storage(shared=True))
    name: str = field(default="", metadata=storage(shared=True))
    evidence: str = field(default="", metadata=storage(same_as_outer="description"))
    start: int | None = field(default=None, metadata=storage(what="a character offset"))
    end: int | None = field(default=None, metadata=storage(what="a character offset"))
    attribution: Attribution = Attribution.STATED
    attributed_to: str = field(default="", metadata=storage(shared=True))
    date_text: str = ""
    # This source's own reading of the event's date: sources of one event may disagree.
    when: When | None = None


@dataclass(slots=True)
class Event:
    """A dated happening on the timeline."""

    id: str
    title: str = field(metadata=storage(nonblank=True))
    when: When
    description: str = ""
    # Categories, places and actors repeat across thousands of events: one string each
    # instead of one per event saves a fifth of a large timeline's memory.
    category: str = field(default="", metadata=storage(shared=True))
    actors: tuple[str, ...] = field(default=(), metadata=storage(shared=True))
    location: str = field(default="", metadata=storage(shared=True))
    origin: Origin = Origin.MANUAL
    sources: tuple[SourceRef, ...] = field(default=(), metadata=storage(item="source reference"))
    # Another reading of the same happening's date (e.g. "a week ago" against "on Dec. 31"):
    # the ids of the conflicting events and a note the reader sees.
    conflicts_with: tuple[str, ...] = ()
    conflict_note: str = ""
    tags: tuple[str, ...] = ()
    # How sure we are, in the Admiralty style: the source's reliability A-F and the
    # information's credibility 1-6 ("B2"); "" is not graded. Suggested unless set by hand.
    confidence: str = field(default="", metadata=storage(shared=True))
    confidence_note: str = ""
    confidence_set_by_hand: bool = False

    @property
    def attribution(self) -> Attribution:
        """The attribution of the first source, or STATED for an event with none."""
        return self.sources[0].attribution if self.sources else Attribution.STATED

    def search_text(self) -> str:
        """All the words a search box should match, lower-cased."""
        parts = [self.title, self.description, self.category, self.location, *self.actors]
        # An extracted event's evidence is often its description: one copy finds it as well.
        parts += [source.evidence for source in self.sources if source.evidence != self.description]
        return "\n".join(parts).casefold()
