"""One participant under two names within an article: a headline's short form and the
story's full name ("Fed" / "Federal Reserve", "UN" / "United Nations")."""

from __future__ import annotations

from collections.abc import Iterable


def one_participant(name: str, other: str) -> bool:
    """Whether two actor names name one participant: the same name, its initials ("UN" /
    "United Nations") or a clipped first word standing for a name of several ("Fed" /
    "Federal Reserve"); a name's first word whole ("Federal") is not its clip."""
    if name == other:
        return True
    short, full = sorted((name, other), key=len)
    words = full.split()
    if " " in short or len(words) < 2 or len(short) < 2:
        return False
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if short.replace(".", "") == initials:
        return True
    first = words[0]
    return len(short) >= 3 and len(short) < len(first) and first.startswith(short)


def share_participant(actors: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two lists of actors name a participant in common."""
    others = list(others)
    return any(one_participant(a, o) for a in actors for o in others)
