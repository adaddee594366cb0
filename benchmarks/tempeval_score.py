"""Score the TIMEX3 tagger on TempEval-3 style TimeML corpora.

Prints per-type and overall relaxed P/R/F1, strict F1, value accuracy, value F1 and
throughput (MB/s of plain text, tagging time only, best of several runs).

    python benchmarks/tempeval_score.py [--corpus DIR] [--narratives DIR] [--errors N] [--json]

Besides the TempEval-3 news it scores each folder of TimeML in benchmarks/data/: Wikipedia-
style history paragraphs about wars, written and annotated for this project, where most
dates are told against the story's own time rather than the publication date. They are
reported on their own, not mixed into the news figures; history-narratives was used to
develop the tagger, history-narratives-check only to measure it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.timex import TimeMLDoc, Timex, read_timeml, tag

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "tempeval3-training"
# Wikipedia-style history paragraphs written for this project: history-narratives was used
# to develop the tagger's reading of story time, history-narratives-check only to measure it
NARRATIVES = REPO / "benchmarks" / "data"
TYPES = ("DATE", "TIME", "DURATION", "SET")


def load_corpus(root: Path) -> list[TimeMLDoc]:
    """Every .tml file under root, parsed, in path order."""
    return [
        read_timeml(p.read_text(encoding="utf-8"), str(p.relative_to(root)))
        for p in sorted(root.rglob("*.tml"))
    ]


def match(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping spans; exact spans are paired first, then the
    largest overlaps, so each gold span takes at most one system span and vice versa."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                exact = g.start == s.start and g.end == s.end
                pairs.append((not exact, -ov, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gold[gi], system[si]))
    return out


@dataclass
class Tally:
    """Counts for one type (gold spans of that type for recall, system spans for precision)."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0  # matched gold spans
    relaxed_sys: int = 0  # matched system spans
    strict: int = 0
    strict_sys: int = 0
    value: int = 0

    def figures(self) -> dict[str, float | int]:
        p = self.relaxed_sys / self.system if self.system else 0.0
        r = self.relaxed / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        sp = self.strict_sys / self.system if self.system else 0.0
        sr = self.strict / self.gold if self.gold else 0.0
        sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        acc = self.value / self.relaxed if self.relaxed else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "strict_f1": round(sf, 4),
            "value_accuracy": round(acc, 4),
            "value_f1": round(f * acc, 4),
        }


@dataclass
class Result:
    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)


def _context(text: str, t: Timex) -> str:
    left = text[max(0, t.start - 45) : t.start].replace("\n", " ")
    right = text[t.end : t.end + 30].replace("\n", " ")
    return f"...{left}[{text[t.start : t.end]}]{right}..."


def score(docs: list[TimeMLDoc], outputs: list[list[Timex]]) -> Result:
    """Tally relaxed/strict/value matches overall and by gold (or system) type."""
    res = Result()
    for doc, system in zip(docs, outputs, strict=True):
        pairs = match(doc.timexes, system)
        paired_g = {id(g) for g, _ in pairs}
        paired_s = {id(s) for _, s in pairs}
        for g in doc.timexes:
            res.by_type.setdefault(g.type, Tally()).gold += 1
            res.overall.gold += 1
            if id(g) not in paired_g:
                res.errors.append(
                    ("missed", doc.name, f"{g.type} {g.value}", _context(doc.text, g))
                )
        for s in system:
            res.by_type.setdefault(s.type, Tally()).system += 1
            res.overall.system += 1
            if id(s) not in paired_s:
                res.errors.append(
                    ("spurious", doc.name, f"{s.type} {s.value}", _context(doc.text, s))
                )
        for g, s in pairs:
            exact = g.start == s.start and g.end == s.end
            for tally in (res.overall, res.by_type[g.type]):
                tally.relaxed += 1
                tally.strict += exact
                tally.value += g.value == s.value
            for tally in (res.overall, res.by_type[s.type]):
                tally.relaxed_sys += 1
                tally.strict_sys += exact
            if g.value != s.value:
                res.errors.append(
                    (
                        "value",
                        doc.name,
                        f"gold {g.type} {g.value} / sys {s.type} {s.value}",
                        _context(doc.text, g) + f" sys[{s.text}]",
                    )
                )
            elif (g.start, g.end) != (s.start, s.end):
                res.errors.append(
                    ("extent", doc.name, f"gold[{g.text}] sys[{s.text}]", _context(doc.text, g))
                )
    return res


def throughput(docs: list[TimeMLDoc], runs: int = 3) -> tuple[float, float]:
    """MB of plain text tagged per second, best of runs, tagging time only: by the wall
    clock and by this process's CPU time (one core; steadier on a busy machine)."""
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    best_wall = best_cpu = float("inf")
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            tag(d.text, d.dct)
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return size / 1e6 / best_wall, size / 1e6 / max(best_cpu, 1e-9)


def evaluate(docs: list[TimeMLDoc]) -> Result:
    return score(docs, [tag(d.text, d.dct) for d in docs])


def report(name: str, docs: list[TimeMLDoc], res: Result, mbps: tuple[float, float] | None) -> dict:
    out = {
        "name": name,
        "documents": len(docs),
        "megabytes": round(sum(len(d.text.encode("utf-8")) for d in docs) / 1e6, 3),
        "overall": res.overall.figures(),
        "by_type": {t: v.figures() for t, v in res.by_type.items()},
    }
    if mbps is not None:
        out["throughput_mb_s"] = round(mbps[0], 3)
        out["throughput_cpu_mb_s"] = round(mbps[1], 3)
    return out


def _print(rep: dict) -> None:
    print(f"== {rep['name']} ({rep['documents']} documents)")
    head = (
        f"{'type':9} {'gold':>5} {'sys':>5} {'P':>6} {'R':>6} {'F1':>6} {'strict':>6} "
        f"{'valAcc':>6} {'valF1':>6}"
    )
    print(head)
    rows = [*rep["by_type"].items(), ("ALL", rep["overall"])]
    for t, f in rows:
        print(
            f"{t:9} {f['gold']:5d} {f['system']:5d} {f['precision']:6.3f} {f['recall']:6.3f} "
            f"{f['f1']:6.3f} {f['strict_f1']:6.3f} {f['value_accuracy']:6.3f} "
            f"{f['value_f1']:6.3f}"
        )
    if "throughput_mb_s" in rep:
        print(
            f"throughput: {rep['throughput_mb_s']:.2f} MB/s wall, "
            f"{rep['throughput_cpu_mb_s']:.2f} MB/s of one core's CPU time "
            f"({rep['megabytes']:.2f} MB, single-threaded, best of runs)"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--narratives", type=Path, default=NARRATIVES)
    ap.add_argument(
        "--errors-in", default="all", help="which set's errors --errors lists (default: all)"
    )
    ap.add_argument("--errors", type=int, default=0, help="print N examples of each error kind")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=3, help="timing runs (0 to skip timing)")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    parts = sorted(p for p in args.corpus.iterdir() if p.is_dir())
    sets = [(p.name, load_corpus(p)) for p in parts if any(p.rglob("*.tml"))]
    all_docs = [d for _, ds in sets for d in ds]
    if not sets:
        sets = []
        all_docs = load_corpus(args.corpus)
    runs = [*sets, ("all", all_docs)]
    if args.narratives.is_dir():
        for sub in sorted(p for p in args.narratives.iterdir() if p.is_dir()):
            if any(sub.glob("*.tml")):
                runs.append((sub.name, load_corpus(sub)))
    reports = []
    errors = []
    for name, docs in runs:
        res = evaluate(docs)
        mbps = throughput(docs, args.runs) if (args.runs and name == "all") else None
        reports.append(report(name, docs, res, mbps))
        if name.startswith(args.errors_in):
            errors = res.errors
    if args.json:
        print(json.dumps(reports, indent=2))
    else:
        for rep in reports:
            _print(rep)
    if args.errors:
        for kind in ("missed", "spurious", "value", "extent"):
            sel = [e for e in errors if e[0] == kind][: args.errors]
            print(f"\n-- {kind} ({sum(e[0] == kind for e in errors)})")
            for _, doc, what, ctx in sel:
                print(f"{doc:32.32} {what:40} {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
