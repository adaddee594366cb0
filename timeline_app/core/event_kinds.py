"""The kinds of event the extractor assigns: a typology fitted to crisis news.

ACLED's event types for political violence and protest (battles as "armed clash",
explosions/remote violence, violence against civilians, protests, riots, strategic
developments) and the kinds crisis news reports beside them: diplomacy, politics, economy,
humanitarian, legal and disaster. ``core/extraction/category_rules.py`` says which is which.

A category is free text in a document; these are the names the extractor writes. They are
stored in documents and exported, so a name changes only with a migration. Documents from
before this typology hold "military", which stays a category like any other.
"""

from __future__ import annotations

ARMED_CLASH = "armed clash"
EXPLOSION = "explosion"
VIOLENCE_AGAINST_CIVILIANS = "violence against civilians"
PROTEST = "protest"
RIOT = "riot"
STRATEGIC = "strategic"
DIPLOMACY = "diplomacy"
POLITICS = "politics"
ECONOMY = "economy"
HUMANITARIAN = "humanitarian"
LEGAL = "legal"
DISASTER = "disaster"
OTHER = "other"

# In the order a tie between cue words is settled: violence first, as ACLED codes an event
# that could be two by its most violent part, then what crisis news reports around it.
KINDS = (
    ARMED_CLASH,
    EXPLOSION,
    VIOLENCE_AGAINST_CIVILIANS,
    RIOT,
    PROTEST,
    STRATEGIC,
    DISASTER,
    HUMANITARIAN,
    LEGAL,
    DIPLOMACY,
    ECONOMY,
    POLITICS,
    OTHER,
)
