"""One fast scan for the words rules need, so each rule's regex runs only near them.

Python's regex engine cannot skip ahead in a pattern that starts with optional words
("the past few ..."), so running 30 such patterns over a whole text is slow. Instead a
single trie-shaped regex over the lowercased text finds every trigger word, and each
rule is run in the merged windows around its own triggers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from .patterns import trie
from .rule import Rule

_DECADE_TOKEN = r"\d{3}0'?s|'\d0s"


# Most characters are inside a word, where none of the alternatives can start but a decade
# ("the1990s"; "mid-1990s" starts after the dash): this test fails them at once instead of
# trying every alternative there. It rules out only what could never match, so the hits are
# exactly those of the alternatives alone, found in about half the time.
_INSIDE_WORD_GATE = r"(?:(?<![a-z])|(?=[\d']))"


class TriggerIndex:
    """Maps rules to the text windows where they may match."""

    def __init__(self, rules: list[Rule]) -> None:
        words = set()
        # one scan per distinct starts pattern, shared by the rules that name it
        self.start_patterns = {r.starts: re.compile(r.starts) for r in rules if r.starts}
        # rules with the same triggers, reach and ahead share their windows (the month rules):
        # each such group's windows are worked out once
        self.groups: dict[tuple[tuple[str, ...], int, int], list[str]] = defaultdict(list)
        self.group_of_word: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for r in rules:
            for w in r.triggers:
                if not w.startswith("#"):
                    words.add(w)
            if r.triggers:
                key = (r.triggers, r.reach, r.ahead)
                if key not in self.groups:
                    for w in r.triggers:
                        self.group_of_word[w].append((len(self.groups), r.reach, r.ahead))
                self.groups[key].append(r.name)
        self.alternatives = (
            rf"(?<![a-z0-9])(?P<w>{trie(words)})(?![a-z])|(?P<d>{_DECADE_TOKEN})"
            # "4.30am", "10pm": the clock's words written onto its digits
            r"|(?<=\d)(?P<ap>a\.?m\.?|p\.?m\.?)(?![a-z])"
            r"|(?<![\w])(?P<o>\d{1,2}(?:st|nd|rd|th))\b"  # "the 24th"
        )
        self.regex = re.compile(f"{_INSIDE_WORD_GATE}(?:{self.alternatives})")

    def windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Rule name -> merged (start, end) windows of text around its trigger words."""
        raw: dict[int, list[tuple[int, int]]] = defaultdict(list)
        n = len(text)
        for m in self.regex.finditer(text.lower()):
            word = m.group("w") or (
                "am" if m.group("ap") else "#ordinal" if m.group("o") else "#decade"
            )
            for group, reach, ahead in self.group_of_word.get(word, ()):
                raw[group].append((max(0, m.start() - reach), min(n, m.end() + ahead)))
        merged: dict[str, list[tuple[int, int]]] = {}
        for group, names in enumerate(self.groups.values()):
            spans = raw.get(group)
            if not spans:
                continue
            out: list[tuple[int, int]] = []
            for lo, hi in spans:  # already in text order
                if out and lo <= out[-1][1]:
                    out[-1] = (out[-1][0], max(out[-1][1], hi))
                else:
                    out.append((lo, hi))
            for name in names:
                merged[name] = out
        return merged

    def starts(self, text: str) -> dict[str, list[int]]:
        """Each rule's starts pattern -> the offsets in text where its matches begin."""
        return {
            source: [m.start() for m in regex.finditer(text)]
            for source, regex in self.start_patterns.items()
        }


# Trying a rule at one start from Python costs about what the engine spends scanning this
# many characters: with more starts than that, a plain scan of the text is quicker.
_CHARS_PER_TRY = 16


def matches(
    r: Rule,
    text: str,
    windows: dict[str, list[tuple[int, int]]],
    starts: dict[str, list[int]] | None = None,
) -> Iterator[re.Match[str]]:
    """The rule's matches: over the whole text, only at its starts, or only inside its trigger
    windows."""
    places = starts.get(r.starts, ()) if r.starts and starts is not None else None
    if places is not None and len(places) * _CHARS_PER_TRY < len(text):
        # what finditer over the whole text finds, without trying every other character:
        # each start in order, skipping those inside the match before
        end = 0
        for at in places:
            if at >= end:
                m = r.regex.match(text, at)
                if m is not None and m.end() > at:
                    end = m.end()
                    yield m
        return
    if not r.triggers:
        # the whole text; also for a rule with starts in a text dense with them ("1 1 1 ..."),
        # where the engine's own scan is cheaper
        yield from (m for m in r.regex.finditer(text) if m.end() > m.start())
        return
    for lo, hi in windows.get(r.name, ()):
        yield from r.regex.finditer(text, lo, hi)
