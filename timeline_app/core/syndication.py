"""Copies of one story: the same wire text under several outlets.

A syndicated article is the agency's text with a few words changed (a headline, a dateline, a
closing line): it is one source however many outlets print it. Two texts are copies when
most of the shorter one's five-word runs ("shingles", as Broder's resemblance measure uses
them) are in the longer one.

Copies are found as each article comes in, against a ``CopyIndex`` of the articles already
held: a sample of each text's shingles (those whose hash falls in a fixed sixteenth, about 50
for 800 words; a fixed sample, so a short copy's sample is a share of its long original's)
in a SQLite table on disk. A held article is a candidate when it shares at least a quarter
of the smaller sample, and a candidate is a copy only when the whole texts, shingled again,
meet the rule. The memory an archive needs for this does not grow with it: the texts are
the document's, the samples are on disk, and only the article read and its few candidates
are shingled at a time.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
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
# A copy holds about 80% or more of the shorter text's sample; a quarter is far below what a
# copy of even ten sampled shingles misses by chance, and far above what one stock phrase
# ("said in a statement on Tuesday") shares with a text of any length.
_CANDIDATE_SHARE = 0.25

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
    held: dict[str, Article] = {}
    found: dict[str, str] = {}
    with CopyIndex(held) as index:
        for article in articles:
            held[article.id] = article
            found.update(index.add(article))
    found.update({a.id: a.copy_of for a in held.values() if a.copy_of})
    return found


class CopyIndex:
    """The articles a document holds, indexed to find the copies of each new one as it comes.

    ``texts`` is where the held articles' texts are read from when one is a candidate (the
    document's sources): the index keeps no text. Close it (or use it in a ``with``) to let
    its table on disk go.
    """

    def __init__(self, texts: Mapping[str, Article]) -> None:
        self._texts = texts
        # An empty name is a private database on disk, deleted when closed: its pages are
        # held in a small cache, not in memory.
        self._db = sqlite3.connect("")
        self._db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE article (
                number INTEGER PRIMARY KEY,  -- in the order they came
                id TEXT UNIQUE NOT NULL,
                samples INTEGER NOT NULL,
                published INTEGER,  -- proleptic ordinal, NULL when unknown
                story INTEGER NOT NULL,  -- the number of the story's original
                given INTEGER NOT NULL,  -- came marked a copy: it keeps its mark
                marked INTEGER  -- the number of the original it was said to copy
            );
            CREATE INDEX article_story ON article (story);
            CREATE TABLE sample (hash INTEGER NOT NULL, number INTEGER NOT NULL);
            CREATE INDEX sample_hash ON sample (hash);
            """
        )

    def __enter__(self) -> CopyIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def add(self, article: Article) -> dict[str, str]:
        """Index the article and find its copies among those held: article id -> the id of
        the original, for every article that is now found to copy another (this one, or
        held ones when this one was published before their original) and was not marked
        so before. Nothing for a text too short to judge, or an id already held."""
        if len(_WORD.findall(article.text)) < MIN_WORDS:
            return {}
        db = self._db
        if db.execute("SELECT 1 FROM article WHERE id = ?", (article.id,)).fetchone():
            return {}
        mine = shingles(article.text)
        sample = sorted({value for value in mine if value % _SAMPLE_MODULUS == 0})
        stories = {
            story
            for number, story in self._candidates(sample)
            if self._copies(mine, self._id_of(number))
        }
        published = article.published.toordinal() if article.published else None
        number = db.execute(
            "INSERT INTO article (id, samples, published, story, given) VALUES (?, ?, ?, 0, ?)",
            (article.id, len(sample), published, 1 if article.copy_of else 0),
        ).lastrowid
        db.executemany("INSERT INTO sample VALUES (?, ?)", [(v, number) for v in sample])
        if not stories:
            db.execute("UPDATE article SET story = ? WHERE number = ?", (number, number))
            return {}
        # One story now: the articles of every story it copies, and this one.
        marks = ",".join("?" * len(stories))
        db.execute(
            f"UPDATE article SET story = ? WHERE story IN ({marks}) OR number = ?",  # noqa: S608
            (number, *stories, number),
        )
        (original,) = db.execute(
            "SELECT number FROM article WHERE story = ? "
            "ORDER BY published IS NULL, published, number LIMIT 1",
            (number,),
        ).fetchone()
        db.execute("UPDATE article SET story = ? WHERE story = ?", (original, number))
        changed = db.execute(
            "SELECT number, id FROM article WHERE story = ? AND number != ? AND NOT given "
            "AND marked IS NOT ?",
            (original, original, original),
        ).fetchall()
        db.execute(
            "UPDATE article SET marked = ? WHERE story = ? AND number != ? AND NOT given",
            (original, original, original),
        )
        original_id = self._id_of(original)
        return {article_id: original_id for _number, article_id in changed}

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM article").fetchone()[0]

    def bytes_on_disk(self) -> int:
        """The size of the index's table on disk."""
        (pages,) = self._db.execute("PRAGMA page_count").fetchone()
        (size,) = self._db.execute("PRAGMA page_size").fetchone()
        return pages * size

    def _candidates(self, sample: list[int]) -> list[tuple[int, int]]:
        """(number, story) of the held articles sharing enough of the sample."""
        if not sample:
            return []
        found = []
        for start in range(0, len(sample), 500):  # under SQLite's limit on parameters
            part = sample[start : start + 500]
            found += self._db.execute(
                "SELECT a.number, a.story, a.samples, COUNT(*) FROM sample s "
                f"JOIN article a ON a.number = s.number WHERE s.hash IN ({','.join('?' * len(part))}) "  # noqa: E501, S608
                "GROUP BY a.number",
                part,
            ).fetchall()
        shared: dict[tuple[int, int], int] = {}
        smaller: dict[tuple[int, int], int] = {}
        for number, story, samples, count in found:
            shared[number, story] = shared.get((number, story), 0) + count
            smaller[number, story] = min(samples, len(sample))
        return [key for key, count in shared.items() if count >= _CANDIDATE_SHARE * smaller[key]]

    def _id_of(self, number: int) -> str:
        return self._db.execute("SELECT id FROM article WHERE number = ?", (number,)).fetchone()[0]

    def _copies(self, mine: frozenset[int], other_id: str) -> bool:
        other = self._texts.get(other_id)
        if other is None:  # no longer held
            return False
        return containment(mine, shingles(other.text)) >= COPY_CONTAINMENT


def original_of(article_id: str, articles: Mapping[str, Article]) -> str:
    """The article a copy (of a copy ...) was made from; the article itself if no copy."""
    seen = {article_id}
    while (article := articles.get(article_id)) is not None and article.copy_of:
        if article.copy_of in seen:  # a loop written by hand: stop where it closes
            break
        article_id = article.copy_of
        seen.add(article_id)
    return article_id
