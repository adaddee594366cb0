"""A keyword classification of events into a small fixed set of categories.

Categories: military, diplomacy, politics, humanitarian, economy, other. Each category has
word stems; the clause's words count double, the rest of the sentence once; the category
with most hits wins (ties go to the earlier category in CATEGORIES), none -> "other".
"""

from __future__ import annotations

import re

CATEGORIES = ("military", "diplomacy", "humanitarian", "economy", "politics", "other")

_STEMS: dict[str, tuple[str, ...]] = {
    "military": (
        "troop",
        "soldier",
        "army",
        "armies",
        "military",
        "weapon",
        "missile",
        "tank",
        "anti-tank",
        "invasion",
        "invade",
        "attack",
        "deploy",
        "forces",
        "navy",
        "naval",
        "air force",
        "airstrike",
        "strike",
        "bomb",
        "shell",
        "artillery",
        "drone",
        "combat",
        "fighting",
        "offensive",
        "ceasefire",
        "war",
        "militar",
        "warship",
        "jet",
        "rocket",
        "gunfire",
        "shoot",
        "killed in action",
        "frontline",
        "front line",
        "battalion",
        "brigade",
        "special forces",
        "amass",
        "mobilis",
        "mobiliz",
        "defen",
        "explos",
    ),
    "diplomacy": (
        "diplomat",
        "talks",
        "meeting",
        "met ",
        "meet",
        "summit",
        "negotiat",
        "offer",
        "treaty",
        "accord",
        "agreement",
        "foreign minister",
        "secretary of state",
        "ambassador",
        "envoy",
        "embassy",
        "sanction",
        "alliance",
        "nato",
        "united nations",
        "visit",
        "accession",
        "membership",
        "join",
        "deterrence",
        "dialogue",
        "pledge",
        "recogni",
    ),
    "humanitarian": (
        "refugee",
        "civilian",
        "aid",
        "humanitarian",
        "evacuat",
        "casualt",
        "injur",
        "wounded",
        "victim",
        "hospital",
        "displaced",
        "famine",
        "shelter",
        "relief",
        "dead",
        "death",
        "killed",
        "red cross",
    ),
    "economy": (
        "econom",
        "trade",
        "tariff",
        "market",
        "price",
        "oil",
        "gas",
        "bank",
        "currency",
        "inflation",
        "export",
        "import",
        "investment",
        "budget",
        "debt",
        "gdp",
        "financ",
    ),
    "politics": (
        "election",
        "vote",
        "parliament",
        "president",
        "government",
        "law",
        "court",
        "party",
        "minister",
        "cabinet",
        "protest",
        "opposition",
        "referendum",
        "campaign",
        "policy",
        "legislat",
        "senate",
        "congress",
        "resign",
        "mps",
    ),
}


_PATTERNS = {
    category: re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")")
    for category, stems in _STEMS.items()
}


def _hits(text: str, category: str) -> int:
    return len(_PATTERNS[category].findall(text.lower()))


def categorise(clause: str, sentence: str = "") -> str:
    """The category of an event from the words of its clause and sentence."""
    best, best_score = "other", 0
    for category in CATEGORIES[:-1]:
        score = 2 * _hits(clause, category) + _hits(sentence, category)
        if score > best_score:
            best, best_score = category, score
    return best
