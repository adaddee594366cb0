"""Score the event extractor against the judged development set.

    python benchmarks/extraction_score.py [--split dev|check|history|news-gum|wire|held|fresh|blind|train|all] [--only NAME]
                                          [--show [--actors]] [--unjudged FILE] [--json]

Runs ``extract_events(text, published)`` on each article of ``benchmarks/data/extraction-dev``
(see its README) and matches the proposals to the events a careful reader put on the
article's timeline. A proposal matches a gold event when it comes from one of the gold
event's evidence sentences (its source span overlaps one) and its title shares a key word
with the gold event, or two content words with the gold title; each gold event takes one
proposal, the best, and required events are served before optional ones. A proposal that
matches an optional event counts neither way; one that matches nothing is a false positive
(a second proposal for an event already matched is one too).

Reported per split, per source (wikinews, timebank, aquaint; gum-train, gum-dev, gum-test:
the GUM split a biography is in, as the shipped parser learnt from GUM's train split) and
per group where a split's articles were added in several batches (``check``'s first nine,
its 2026-12 additions): precision, recall, F1, the share of matched events whose date is
right, the title checks of ``title_checks.py`` (junk titles) and the mean of the judged
title scores (``titles-judged.jsonl``, 1-5: 5 a sub-editor would keep it, 3 understandable
but clumsy, 1 wrong or junk). ``--unjudged FILE`` writes the titles nobody has judged yet as
JSON lines to fill in and append.

Kinds and actors are judged apart (``kinds-judged.jsonl``: a blind coder's verdict on each
proposal's kind and actors). Reported per split: the share of judged proposals whose kind is
right (the judged kind when the judge found it right, else the judge's better one), how many
proposals no one has judged, and the shares with an actor missing or a wrong one listed.

The ``check``, ``held``, ``fresh`` and ``blind`` splits measure; never tune the extractor on them, nor read
their ``--show``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from title_checks import CHECKS, failures, word_set  # noqa: E402

from timeline_app.core.dates import When  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "benchmarks" / "data" / "extraction-dev"
JUDGED = DATA / "titles-judged.jsonl"
KINDS_JUDGED = DATA / "kinds-judged.jsonl"
SPLITS = (
    "dev",
    "check",
    "history",
    "news-gum",
    "wire",
    "held",
    "fresh",
    "blind",
    "train",
    "modern",
    "pages",
    "pages2",
)
# Splits whose texts belong to their publishers: the repository keeps only the judgements, and
# the named script downloads the texts.
FETCHED = {"modern": "fetch_modern.py", "pages": "fetch_pages.py", "pages2": "fetch_pages2.py"}
# The batch an article joined its split in, when its judgement names none: check grew later
# and its first documents are reported apart from those added.
ORIGINAL = "original"

# --- the judged set ----------------------------------------------------------------------

# A full stop after these ends no sentence ("Mr. Stronach", "U.S. embassies", "Oct. 23").
ABBREVIATIONS = word_set(
    "mr mrs ms dr prof st jr sr gen col lt capt sgt sen rep gov rev inc corp co ltd no vs "
    "jan feb mar apr aug sept sep oct nov dec ala ariz calif conn fla ill mass mich minn okla "
    "pa tenn tex va vt wash wis"
)
_STOP = re.compile(r"[.!?][\"'’”)\]]*\s+|\n\s*\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a news text as (start, end) offsets: a new one after a blank line or
    after [.!?] and white space, unless the word before the stop is an abbreviation or an
    initial ("U.S.", "J.")."""
    spans = []
    start = 0
    for stop in _STOP.finditer(text):
        word = re.search(r"([\w.]+)[.!?]?[\"'’”)\]]*\s*$", text[start : stop.start() + 1])
        token = word.group(1).rstrip(".").casefold() if word else ""
        initials = re.fullmatch(r"(?:[a-z]\.)+[a-z]?", token)
        blank_line = stop.group().count("\n") >= 2
        if (
            not blank_line
            and text[stop.start()] == "."
            and (token in ABBREVIATIONS or len(token) == 1 or initials)
        ):
            continue
        spans.append((start, stop.end()))
        start = stop.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One happening a reader puts on the article's timeline."""

    title: str
    when: When | None
    spans: tuple[tuple[int, int], ...]  # the sentences its evidence snippets lie in
    keys: tuple[str, ...]
    optional: bool = False

    @property
    def approximate(self) -> bool:
        if self.when is None:
            return False
        end = self.when.end
        return self.when.start.approximate or bool(end and end.approximate)


@dataclass(frozen=True, slots=True)
class JudgedArticle:
    name: str
    source: str
    published: dt.date
    text: str
    events: tuple[GoldEvent, ...]
    group: str = ORIGINAL


def evidence_spans(text: str, snippets: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """The sentences of text that hold each snippet (a snippet may span two sentences)."""
    sentences = sentence_spans(text)
    spans: list[tuple[int, int]] = []
    for snippet in snippets:
        at = text.find(snippet)
        if at < 0:
            raise ValueError(f"evidence not in the text: {snippet!r}")
        end = at + len(snippet)
        inside = [s for s in sentences if s[0] < end and at < s[1]]
        spans.append((inside[0][0], inside[-1][1]))
    return tuple(spans)


def read_article(path: Path) -> JudgedArticle:
    """NAME.json with its judgement and NAME.txt beside it."""
    meta = json.loads(path.read_text(encoding="utf-8"))
    fetch = FETCHED.get(path.parent.name)
    if fetch and not path.with_suffix(".txt").exists():
        raise FileNotFoundError(
            f"{path.with_suffix('.txt').name} is not here: run benchmarks/data/extraction-dev/{fetch}"
        )
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    events = tuple(
        GoldEvent(
            title=e["title"],
            when=When.from_edtf(e["date"]) if e.get("date") else None,
            spans=evidence_spans(text, e["evidence"]),
            keys=tuple(e["keys"]),
            optional=bool(e.get("optional")),
        )
        for e in meta["events"]
    )
    published = dt.date.fromisoformat(meta["published"])
    group = meta.get("group") or ORIGINAL
    return JudgedArticle(meta["article"], meta["source"], published, text, events, group)


def load_split(split: str, root: Path = DATA) -> list[JudgedArticle]:
    return [read_article(p) for p in sorted((root / split).glob("*.json"))]


# --- matching ----------------------------------------------------------------------------

STOPWORDS = word_set(
    "a an the of to in on at by for from with and or as is are was were be been its his her "
    "their it he she they this that into over after before about than new"
)


def stem(word: str) -> str:
    """A crude stem that puts a predicate's forms together: releases, released, release ->
    releas; dies, died -> di; planned, plans -> plan."""
    word = word.casefold().replace("’", "'")
    word = re.sub(r"'s?$", "", word)
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            break
    # a consonant doubled before -ed/-ing: planned, kidnapped (and kidnaped) -> plan, kidnap
    return re.sub(r"([bdgmnprt])\1$", r"\1", word)


def stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?", text)}


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z0-9]+", text) if w.casefold() not in STOPWORDS}


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the extractor proposed: its title, date and the span of its evidence."""

    title: str
    when: When
    start: int
    end: int
    kind: str = ""
    actors: tuple[str, ...] = ()


def affinity(gold: GoldEvent, title: str) -> int:
    """How strongly a proposal's title names the gold happening: twice the key words it
    holds (a key of several words counts when all are there) plus the gold title's common
    words it shares; 0 unless it holds a key or shares two common words. Names (words the
    gold title capitalises) count only as keys: two titles about "Steve Jobs" need not tell
    the same happening."""
    title_stems = stems(title)
    keys = sum(1 for key in gold.keys if stems(key) <= title_stems)
    common = {stem(w) for w in re.findall(r"\b[a-z][a-z0-9]*", gold.title) if w not in STOPWORDS}
    shared = len(common & content_stems(title))
    if keys == 0 and shared < 2:
        return 0
    return 2 * keys + shared


def _overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]


def match(golds: list[GoldEvent], proposals: list[Proposal]) -> dict[int, int]:
    """Proposal index -> gold index, one to one: required gold events are served first,
    then pairs whose date is right, then the pair of highest affinity (of two proposals of
    one happening, the reader can keep the right one; the other counts as a false one)."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, proposal in enumerate(proposals):
            if not any(_overlaps(s, proposal.start, proposal.end) for s in gold.spans):
                continue
            score = affinity(gold, proposal.title)
            if score:
                wrong_date = not date_right(gold, proposal.when)
                candidates.append((gold.optional, wrong_date, -score, gi, pi))
    candidates.sort()
    taken_gold: set[int] = set()
    pairs: dict[int, int] = {}
    for *_, gi, pi in candidates:
        if gi in taken_gold or pi in pairs:
            continue
        taken_gold.add(gi)
        pairs[pi] = gi
    return pairs


def date_right(gold: GoldEvent, when: When) -> bool:
    """An exact gold date is right when the proposal's range lies inside it (the gold day,
    or a time of that day; "2008" for "February 2008" loses what the text says); an
    approximate one when the ranges overlap."""
    if gold.when is None:
        return False
    g0, g1 = gold.when.start_ordinal, gold.when.end_ordinal()
    p0, p1 = when.start_ordinal, when.end_ordinal()
    if gold.approximate:
        return p0 < g1 and g0 < p1
    return g0 <= p0 and p1 <= g1


# --- tallies -----------------------------------------------------------------------------


COUNTS = word_set(
    "articles gold optional proposed matched optional_matched dates_right titles junk "
    "kinds_judged kinds_right actors_missing actors_wrong"
)


@dataclass
class Tally:
    articles: int = 0
    gold: int = 0  # required gold events
    optional: int = 0
    proposed: int = 0
    matched: int = 0  # required gold events matched
    optional_matched: int = 0  # proposals that matched an optional event (not counted)
    dates_right: int = 0
    titles: int = 0
    junk: int = 0
    kinds_judged: int = 0  # proposals whose kind and actors a coder judged
    kinds_right: int = 0
    actors_missing: int = 0  # judged proposals that still lack an actor the coder named
    actors_wrong: int = 0  # ... or still list one the coder called wrong
    title_failures: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHECKS, 0))
    judged: list[int] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name, count in other.title_failures.items():
            self.title_failures[name] += count
        self.judged += other.judged

    def figures(self) -> dict[str, float | int | None]:
        counted = self.proposed - self.optional_matched
        p = self.matched / counted if counted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "articles": self.articles,
            "gold": self.gold,
            "optional": self.optional,
            "proposed": self.proposed,
            "matched": self.matched,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "dates_right": round(self.dates_right / self.matched, 3) if self.matched else 0.0,
            "junk_titles": self.junk,
            "junk_share": round(self.junk / self.titles, 3) if self.titles else 0.0,
            **{
                name: round(count / self.titles, 3) if self.titles else 0.0
                for name, count in self.title_failures.items()
            },
            "judged_titles": len(self.judged),
            "mean_title": round(sum(self.judged) / len(self.judged), 2) if self.judged else None,
            "titles_judged_1": self.judged.count(1),
            "kinds_judged": self.kinds_judged,
            "kinds_unjudged": self.proposed - self.kinds_judged,
            "kind_right": self._share(self.kinds_right),
            "actor_missing": self._share(self.actors_missing),
            "actor_wrong": self._share(self.actors_wrong),
        }

    def _share(self, count: int) -> float | None:
        return round(count / self.kinds_judged, 3) if self.kinds_judged else None


@dataclass
class ArticleResult:
    article: JudgedArticle
    proposals: list[Proposal]
    pairs: dict[int, int]
    tally: Tally


def judged_key(article: str, title: str, start: int) -> tuple[str, str, int]:
    return (article, title, start)


class JudgedTitles:
    """The scores of titles already judged, by article, title and evidence start; a title
    whose sentence moved (the extractor cut sentences differently) keeps its score when
    every judgement of that title in that article agrees."""

    def __init__(self, rows: Iterable[dict]) -> None:
        self.exact: dict[tuple[str, str, int], int] = {}
        by_title: dict[tuple[str, str], set[int]] = {}
        for row in rows:
            if row.get("score") is None:
                continue
            score = int(row["score"])
            self.exact[judged_key(row["article"], row["title"], row["start"])] = score
            by_title.setdefault((row["article"], row["title"]), set()).add(score)
        self.agreed = {key: scores.pop() for key, scores in by_title.items() if len(scores) == 1}

    def score(self, article: str, title: str, start: int) -> int | None:
        exact = self.exact.get(judged_key(article, title, start))
        return exact if exact is not None else self.agreed.get((article, title))


def judged_files(root: Path = DATA) -> list[Path]:
    """The set's judged titles and each split's own (check keeps the titles of the documents
    it gained in its folder, beside the articles nobody reads while tuning)."""
    return [root / JUDGED.name, *sorted(root.glob(f"*/{JUDGED.name}"))]


def read_judged(*paths: Path) -> JudgedTitles:
    """The judged titles of every file given (the set's and its splits' when none is)."""
    rows: list[dict] = []
    for path in paths or judged_files():
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows += [json.loads(line) for line in lines if line.strip()]
    return JudgedTitles(rows)


def _names(value: object) -> frozenset[str]:
    """A judgement's list of actor names (a lone name or none read as a list)."""
    if not value:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(name) for name in value)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class KindVerdict:
    """A coder's verdict on one proposal: the kind it should have (the proposal's own when
    the coder found it right, else the better one named) and the actors it lacked or
    should not have listed."""

    kind: str | None
    missing: frozenset[str]
    wrong: frozenset[str]

    def kind_right(self, kind: str) -> bool:
        return self.kind is not None and kind == self.kind

    def actor_missing(self, actors: Iterable[str]) -> bool:
        return not self.missing <= set(actors)

    def actor_wrong(self, actors: Iterable[str]) -> bool:
        return not self.wrong.isdisjoint(actors)


class JudgedKinds:
    """The coder's verdicts, by article, title and evidence start (a proposal whose title or
    sentence changed is another proposal, to be judged again)."""

    def __init__(self, rows: Iterable[dict]) -> None:
        self.verdicts: dict[tuple[str, str, int], KindVerdict] = {}
        for row in rows:
            if row.get("right") is None:
                continue  # not judged yet
            kind = row["kind"] if row["right"] else row.get("better")
            self.verdicts[judged_key(row["article"], row["title"], row["start"])] = KindVerdict(
                kind or None, _names(row.get("actors_missing")), _names(row.get("actors_wrong"))
            )

    def verdict(self, article: str, title: str, start: int) -> KindVerdict | None:
        return self.verdicts.get(judged_key(article, title, start))


NO_KINDS_JUDGED = JudgedKinds([])


def read_judged_kinds(path: Path = KINDS_JUDGED) -> JudgedKinds:
    if not path.exists():
        return NO_KINDS_JUDGED
    lines = path.read_text(encoding="utf-8").splitlines()
    return JudgedKinds(json.loads(line) for line in lines if line.strip())


def proposals_of(article: JudgedArticle) -> list[Proposal]:
    from timeline_app.core.extraction import extract_events

    out = []
    for event in extract_events(article.text, article.published, source_id=article.name):
        source = event.sources[0] if event.sources else None
        start = source.start if source and source.start is not None else 0
        end = source.end if source and source.end is not None else len(article.text)
        out.append(
            Proposal(event.title, event.when, start, end, event.category, tuple(event.actors))
        )
    return out


def score_article(
    article: JudgedArticle,
    proposals: list[Proposal],
    judged: JudgedTitles,
    kinds: JudgedKinds = NO_KINDS_JUDGED,
) -> ArticleResult:
    golds = list(article.events)
    pairs = match(golds, proposals)
    tally = Tally(articles=1, proposed=len(proposals), titles=len(proposals))
    tally.gold = sum(not g.optional for g in golds)
    tally.optional = sum(g.optional for g in golds)
    for pi, gi in pairs.items():
        gold = golds[gi]
        if gold.optional:
            tally.optional_matched += 1
            continue
        tally.matched += 1
        tally.dates_right += date_right(gold, proposals[pi].when)
    for proposal in proposals:
        failed = failures(proposal.title)
        tally.junk += bool(failed)
        for name in failed:
            tally.title_failures[name] += 1
        score = judged.score(article.name, proposal.title, proposal.start)
        if score is not None:
            tally.judged.append(score)
        verdict = kinds.verdict(article.name, proposal.title, proposal.start)
        if verdict is not None:
            tally.kinds_judged += 1
            tally.kinds_right += verdict.kind_right(proposal.kind)
            tally.actors_missing += verdict.actor_missing(proposal.actors)
            tally.actors_wrong += verdict.actor_wrong(proposal.actors)
    return ArticleResult(article, proposals, pairs, tally)


# --- report ------------------------------------------------------------------------------


def rows_of(split: str, results: Iterable[ArticleResult]) -> list[tuple[str, Tally]]:
    """The split's tallies to report: per source, per group when its articles came in more
    than one (the original first), and in all."""
    by_source: dict[str, Tally] = {}
    by_group: dict[str, Tally] = {}
    total = Tally()
    for result in results:
        by_source.setdefault(result.article.source, Tally()).add(result.tally)
        by_group.setdefault(result.article.group, Tally()).add(result.tally)
        total.add(result.tally)
    rows = sorted(by_source.items())
    if len(by_group) > 1:
        groups = sorted(by_group.items(), key=lambda item: (item[0] != ORIGINAL, item[0]))
        rows += [(f"{split} [{group}]", tally) for group, tally in groups]
    return [*rows, (f"{split} (all)", total)]


def show(result: ArticleResult, judged: JudgedTitles, actors: bool = False) -> str:
    """The article's gold events beside what was proposed for them, then the rest; with
    ``actors``, each proposal's kind and actors on a line below it (to read as a coder)."""
    article = result.article

    def who(p: Proposal) -> list[str]:
        if not actors:
            return []
        return [f"           kind {p.kind or '-'}; actors: {'; '.join(p.actors) or '-'}"]

    lines = [f"== {article.name} ({article.source}, published {article.published})"]
    by_gold = {gi: pi for pi, gi in result.pairs.items()}
    for gi, gold in enumerate(article.events):
        date = gold.when.to_edtf() if gold.when else "-"
        mark = "opt" if gold.optional else "   "
        pi = by_gold.get(gi)
        if pi is None:
            lines.append(f"  {mark} MISS  {date:<24} {gold.title}")
            continue
        p = result.proposals[pi]
        ok = "date ok " if date_right(gold, p.when) else "DATE BAD"
        lines.append(f"  {mark} {ok} {date:<24} {gold.title}")
        lines.append(f"      -> {p.when.to_edtf():<24} {p.title}")
        lines += who(p)
    for pi, p in enumerate(result.proposals):
        if pi not in result.pairs:
            sentence = " ".join(article.text[p.start : p.end].split())[:110]
            lines.append(f"  FALSE  {p.when.to_edtf():<24} {p.title}")
            lines.append(f"           from: {sentence}")
            lines += who(p)
    for p in result.proposals:
        failed = failures(p.title)
        judgement = judged.score(article.name, p.title, p.start)
        if failed or judgement is None:
            score = "unjudged" if judgement is None else f"judged {judgement}"
            lines.append(f"  title  {score:<9} {p.title!r} {'; '.join(failed)}")
    return "\n".join(lines)


def table(rows: list[tuple[str, Tally]]) -> str:
    head = (
        f"{'':<18}{'arts':>5}{'gold':>6}{'opt':>5}{'prop':>6}{'match':>6}"
        f"{'P':>7}{'R':>7}{'F1':>7}{'dates':>7}{'junk':>6}{'title':>7}{'judged':>8}{'1s':>5}"
    )
    lines = [head]
    for label, tally in rows:
        f = tally.figures()
        mean = f"{f['mean_title']:.2f}" if f["mean_title"] is not None else "-"
        lines.append(
            f"{label:<18}{f['articles']:>5}{f['gold']:>6}{f['optional']:>5}{f['proposed']:>6}"
            f"{f['matched']:>6}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}"
            f"{f['dates_right']:>7.3f}{f['junk_titles']:>6}{mean:>7}{f['judged_titles']:>8}"
            f"{f['titles_judged_1']:>5}"
        )
    return "\n".join(lines)


def kinds_line(figures: dict) -> str:
    """The kinds and actors of a split's proposals, as far as they are judged."""
    judged, unjudged = figures["kinds_judged"], figures["kinds_unjudged"]
    if not judged:
        return f"kinds: none judged ({unjudged} proposals unjudged)"
    return (
        f"kinds: right {figures['kind_right']:.3f} of {judged} judged ({unjudged} unjudged); "
        f"an actor missing {figures['actor_missing']:.3f}, a wrong actor "
        f"{figures['actor_wrong']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    ap.add_argument("--only", help="only articles whose name contains this")
    ap.add_argument("--show", action="store_true", help="each article's gold beside proposals")
    ap.add_argument(
        "--actors", action="store_true", help="with --show, each proposal's kind and actors"
    )
    ap.add_argument("--unjudged", type=Path, help="write the unjudged titles here (JSON lines)")
    ap.add_argument(
        "--judged", type=Path, help="the judged titles file (the set's and its splits' if none)"
    )
    ap.add_argument(
        "--kinds-judged", type=Path, default=KINDS_JUDGED, help="the judged kinds and actors"
    )
    ap.add_argument("--json", action="store_true", help="the figures as JSON")
    args = ap.parse_args(argv)

    try:
        judged = read_judged(*([args.judged] if args.judged else []))
        kinds = read_judged_kinds(args.kinds_judged)
        splits = SPLITS if args.split == "all" else (args.split,)
        loaded = {split: load_split(split) for split in splits}
    except (OSError, ValueError, KeyError, TypeError) as problem:
        # a hand-edited judgement file or gold event that does not read: say which, briefly
        print(f"The development set cannot be read: {problem}", file=sys.stderr)
        return 2
    report: dict[str, dict] = {}
    unjudged: list[dict] = []
    listed: set[tuple[str, str, int]] = set()
    text_out: list[str] = []
    for split in splits:
        articles = [a for a in loaded[split] if not args.only or args.only in a.name]
        if not articles:
            print(f"No article of the {split} split is named like {args.only!r}.", file=sys.stderr)
            return 2
        results = []
        for article in articles:
            result = score_article(article, proposals_of(article), judged, kinds)
            results.append(result)
            if args.show:
                text_out.append(show(result, judged, args.actors))
            for p in result.proposals:
                key = judged_key(article.name, p.title, p.start)
                if judged.score(*key) is None and key not in listed:
                    listed.add(key)
                    unjudged.append(
                        {"article": article.name, "title": p.title, "start": p.start,
                         "date": p.when.to_edtf(), "score": None, "note": ""}
                    )  # fmt: skip
        rows = rows_of(split, results)
        report[split] = {label: tally.figures() for label, tally in rows}
        failed = rows[-1][1].figures()
        checks = ", ".join(f"{name} {failed[name]:.1%}" for name in CHECKS)
        text_out.append(f"\n{split}:\n{table(rows)}\ntitles: {checks}\n{kinds_line(failed)}")
    if args.unjudged:
        args.unjudged.write_text(
            "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in unjudged),
            encoding="utf-8",
        )
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print("\n\n".join(text_out))
        print(
            f"\nunjudged titles: {len(unjudged)}" + (f" (in {args.unjudged})" * bool(args.unjudged))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
