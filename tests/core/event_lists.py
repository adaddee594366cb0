"""How the extractor's tests read a list of events: each as "date title", or those whose
title holds some words, or their dates."""

from __future__ import annotations

from timeline_app.core.events import Event


def described(found: list[Event]) -> list[str]:
    return [f"{e.when.to_edtf()} {e.title}" for e in found]


def titled(found: list[Event], *words: str) -> list[Event]:
    return [e for e in found if all(w.lower() in e.title.lower() for w in words)]


def dates(found: list[Event], *words: str) -> list[str]:
    return [e.when.to_edtf() for e in titled(found, *words)]
