"""Firms named as who acts: "Boeing and Lufthansa agreed to a deal" is business news.

A company with its suffix ("Harlow Foods Inc.") reads as a company by its words; one named by
its brand alone ("Boeing", "ABC") does not, so a deal between two brands read as one between
parties of any kind (diplomacy). The gazetteer marks the firms it knows (``"company": true``),
and a news outlet is a firm too; bodies of states or causes ("NATO", "Oxfam") are none.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from timeline_app.core.extraction.actors import Mention, NameKind
from timeline_app.core.extraction.category_rules import FIRM

__all__ = ["FIRM", "firms_act"]
_NAMED = frozenset({NameKind.COUNTRY, NameKind.ORGANISATION, NameKind.MEDIA})


def firms_act(subject: Sequence[Mention], companies: Collection[str]) -> bool:
    """Whether the names in a clause's subject are all firms ("Boeing and ABC"), at least
    one of them no news outlet: a person beside them ("Ms Lund and Boeing") changes nothing, a country or a
    body that is no firm ("Boeing and NATO") does."""
    named = [m for m in subject if m.kind in _NAMED]
    firms = [m for m in named if m.entity in companies]
    # an outlet alone is the teller of most news it is named in ("the Journal reported")
    return bool(firms) and all(m.kind == NameKind.MEDIA or m.entity in companies for m in named)
