"""The characters a regex's match can begin with, as a look-ahead that fails fast elsewhere.

Python's regex engine skips ahead cheaply only when a pattern starts with a plain character
or set of them. A rule that opens with optional words ("the past few ...") or with (?i:...)
is otherwise tried in full at every position of its window, some 100 alternatives at each
word. Put in front of the rule, a look-ahead for the characters any match can start with
turns most of those tries into one test. It names a superset of those characters, so it
never removes a match: the rule finds exactly what it found without it.

The pattern's parse tree comes from `re._parser`, the standard library's own parser; when
it is missing or the pattern holds something this module does not follow, no look-ahead is
added and the rule is run as written.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_C: Any = None
_P: Any = None
try:
    _C = importlib.import_module("re._constants")
    _P = importlib.import_module("re._parser")
except ImportError:  # a Python whose re package is laid out differently: run rules as written
    _P = None


class _Unknown(Exception):
    """The pattern holds something whose first characters this module does not work out."""


def _class_items(items: Any) -> list[str]:
    out = []
    cats = {
        _C.CATEGORY_DIGIT: r"\d",
        _C.CATEGORY_NOT_DIGIT: r"\D",
        _C.CATEGORY_WORD: r"\w",
        _C.CATEGORY_NOT_WORD: r"\W",
        _C.CATEGORY_SPACE: r"\s",
        _C.CATEGORY_NOT_SPACE: r"\S",
    }
    for op, av in items:
        if op is _C.LITERAL:
            out.append(_char(av))
        elif op is _C.RANGE:
            lo, hi = av
            out.append(f"{_char(lo)}-{_char(hi)}")
        elif op is _C.CATEGORY and av in cats:
            out.append(cats[av])
        else:  # a negated set, a locale category: not followed
            raise _Unknown(op)
    return out


def _char(code: int) -> str:
    """One character as written inside a set: letters and digits as they are, any other by
    its code, which needs no escaping rules."""
    ch = chr(code)
    return ch if ch.isascii() and ch.isalnum() else f"\\U{code:08x}"


def _first(seq: Any, nocase: bool) -> tuple[list[tuple[str, bool]], bool]:
    """(the set items the first consumed character matches, each with whether it is matched
    ignoring case; whether seq can match nothing)."""
    found: list[tuple[str, bool]] = []
    for op, av in seq:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # \b, look-arounds: they consume nothing
        if op is _C.LITERAL:
            return [*found, (_char(av), nocase)], False
        if op is _C.IN:
            return [*found, *((i, nocase) for i in _class_items(av))], False
        if op is _C.SUBPATTERN:
            _group, add, remove, inner = av
            inner_nocase = bool((nocase or add & re.IGNORECASE) and not remove & re.IGNORECASE)
            items, empty = _first(list(inner), inner_nocase)
        elif op is _C.ATOMIC_GROUP:
            items, empty = _first(list(av), nocase)
        elif op is _C.BRANCH:
            items, empty = [], False
            for branch in av[1]:
                more, may_be_empty = _first(list(branch), nocase)
                items += more
                empty = empty or may_be_empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            least, _most, item = av
            items, empty = _first(list(item), nocase)
            empty = empty or least == 0
        else:  # any character, a back reference, a conditional: not followed
            raise _Unknown(op)
        found += items
        if not empty:
            return found, False
    return found, True


def _engine_skips(seq: Any, ignore_case: bool) -> bool:
    """Whether the engine already skips ahead for this pattern: it starts with a character,
    a set, or a choice of characters, matched with case (see re._compiler._compile_info).
    A look-ahead in front would take that away."""
    while seq and seq[0][0] is _C.SUBPATTERN:
        _group, add, remove, inner = seq[0][1]
        ignore_case = bool((ignore_case or add & re.IGNORECASE) and not remove & re.IGNORECASE)
        seq = list(inner)
    if not seq or ignore_case:
        return False
    op, av = seq[0]
    if op in (_C.LITERAL, _C.IN):
        return True
    return op is _C.BRANCH and all(b and b[0][0] is _C.LITERAL for b in av[1])


def first_char_gate(pattern: str, flags: int = 0) -> str:
    """A look-ahead that every match of pattern passes where it starts, or "" when none
    helps: the pattern can match empty text, starts with anything, or is already skipped
    ahead by the engine."""
    if _P is None:
        return ""
    try:
        tree = _P.parse(pattern, flags)
        if tree.state.flags & re.LOCALE:
            return ""
        if _engine_skips(list(tree.data), bool(tree.state.flags & re.IGNORECASE)):
            return ""
        items, empty = _first(list(tree.data), bool(tree.state.flags & re.IGNORECASE))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return ""
    if empty or not items:
        return ""
    # at most two sets, one matched with case and one without, as the pattern matches them
    with_case = "".join(dict.fromkeys(i for i, nocase in items if not nocase))
    without = "".join(dict.fromkeys(i for i, nocase in items if nocase))
    sets = [f"[{with_case}]" if with_case else "", f"(?i:[{without}])" if without else ""]
    return "(?=" + "|".join(s for s in sets if s) + ")"


def compile_gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """pattern compiled with its first-character look-ahead in front, when one helps."""
    gate = first_char_gate(pattern, flags)
    if gate:
        try:
            return re.compile(gate + pattern, flags)
        except re.error:  # e.g. a pattern opening with global flags such as (?x)
            pass
    return re.compile(pattern, flags)
