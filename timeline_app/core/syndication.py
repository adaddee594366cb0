"""Copies of one story: the same wire text under several outlets.

A syndicated article is the agency's text with a few words changed (a headline, a dateline, a
closing line): it is one source however many outlets print it. Two texts are copies when
most of the shorter one's five-word runs ("shingles", as Broder's resemblance measure uses
them) are in the longer one. Candidate pairs come from a sample of each text's shingles
(those whose hash falls in a fixed sixteenth), so a desk of thousands of articles is never
compared pair by pair.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping

from timeline_app.core.events import Article

SHINGLE_WORDS = 5
# Share of the shorter text's shingles found in the longer one: a wire copy keeps nearly all
# (a headline, a dateline and a credit line change a few dozen of hundreds); two outlets
# writing the same news in their own words share well under a third.
COPY_CONTAINMENT = 0.8
# Under this many words a text is too short to tell a copy from a common phrase.
MIN_WORDS = 12
_SAMPLE_MODULUS = 16

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str) -> frozenset[int]:
    """Hashes of the text's runs of ``SHINGLE_WORDS`` words, case and punctuation ignored."""
    words = _WORD.findall(text.casefold())
    runs = (" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    return frozenset(zlib.crc32(run.encode()) for run in runs)


def containment(first: frozenset[int], second: frozenset[int]) -> float:
    """How much of the smaller set the larger one holds, 0 to 1."""
    smaller, larger = sorted((first, second), key=len)
    return len(smaller & larger) / len(smaller) if smaller else 0.0


def find_copies(articles: Iterable[Article]) -> dict[str, str]:
    """Article id -> the id of the article it copies, for every copy among ``articles``.

    In each group of copies the original is the one published first (the first given, when
    the dates are equal or unknown); an article already marked ``copy_of`` another keeps it.
    """
    ordered = list(articles)
    sets: dict[str, frozenset[int]] = {}
    by_sample: dict[int, list[str]] = defaultdict(list)
    for article in ordered:
        if len(_WORD.findall(article.text)) < MIN_WORDS:
            continue
        sets[article.id] = shingles(article.text)
        for value in sets[article.id]:
            if value % _SAMPLE_MODULUS == 0:
                by_sample[value].append(article.id)
    pairs: set[tuple[str, str]] = set()
    for ids in by_sample.values():
        pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
    # A copy of a copy is a copy of the first: union-find over the pairs that are copies.
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.get(name, name) != name:
            name = parent[name]
        return name

    for a, b in sorted(pairs):
        if containment(sets[a], sets[b]) >= COPY_CONTAINMENT:
            parent[root(a)] = root(b)
    position = {article.id: n for n, article in enumerate(ordered)}
    published = {article.id: article.published for article in ordered}
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in sets:
        groups[root(article_id)].append(article_id)
    found = {article.id: article.copy_of for article in ordered if article.copy_of}
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(
            members,
            key=lambda a: (published[a] is None, published[a] or 0, position[a]),
        )
        for member in members:
            if member != first and member not in found:
                found[member] = first
    return found


def original_of(article_id: str, articles: Mapping[str, Article]) -> str:
    """The article a copy (of a copy ...) was made from; the article itself if no copy."""
    seen = {article_id}
    while (article := articles.get(article_id)) is not None and article.copy_of:
        if article.copy_of in seen:  # a loop written by hand: stop where it closes
            break
        article_id = article.copy_of
        seen.add(article_id)
    return article_id
