"""The extractor's rules are data: each named, documented with its sentence, and doing on
that sentence what its docstring says."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from timeline_app.core.extraction import dating_rules, event_rules, extract_events
from timeline_app.core.extraction.clause_rules import RULES as CLAUSE_RULES
from timeline_app.core.extraction.clauses import split_clauses
from timeline_app.core.timex import tag

_QUOTED = re.compile(r'"([^"]{12,})"')


def example(doc: str) -> str:
    """The first sentence in straight quotes in a rule's docstring (quotes inside it are curly)."""
    match = _QUOTED.search(doc)
    assert match, f"no quoted example in {doc!r}"
    return match.group(1)


def test_clause_rules_are_named_once_and_documented():
    names = [rule.name for rule in CLAUSE_RULES]
    assert len(names) == len(set(names))
    for rule in CLAUSE_RULES:
        example(rule.example)


@pytest.mark.parametrize("rule", CLAUSE_RULES, ids=lambda rule: rule.name)
def test_each_clause_rule_decides_on_its_own_example(rule):
    text = example(rule.example)
    spans = [(t.start, t.end) for t in tag(text, dt.date(2024, 3, 5))]
    decided: list[tuple[str, str]] = []
    split_clauses(text, 0, spans, decided)
    assert rule.name in {name for name, _token in decided}, decided


EVENT_RULE_LISTS = ("PREDICATE_RULES", "SUBJECT_RULES", "MENTION_RULES")
EVENT_RULES = [rule for name in EVENT_RULE_LISTS for rule in getattr(event_rules, name)]


def test_event_rules_are_named_once_and_documented():
    names = [rule.name for rule in EVENT_RULES]
    assert len(names) == len(set(names))
    for rule in EVENT_RULES:
        example(rule.example)


@pytest.mark.parametrize("rule", EVENT_RULES, ids=lambda rule: rule.name)
def test_each_event_rule_applies_to_its_own_example(rule, monkeypatch):
    applied: list[str] = []

    def watched(original):
        def apply(frame):
            value = original.apply(frame)
            if value is not None:
                applied.append(original.name)
            return value

        return replace(original, apply=apply)

    for name in EVENT_RULE_LISTS:
        monkeypatch.setattr(event_rules, name, [watched(r) for r in getattr(event_rules, name)])
    extract_events(example(rule.example), dt.date(2024, 3, 5))
    assert rule.name in applied, applied


def _watch(monkeypatch, module, list_name: str, field_name: str, acted) -> list[str]:
    """Replace a rule list by one that records the names of the rules that act."""
    seen: list[str] = []

    def watched(rule):
        original = getattr(rule, field_name)

        def apply(*args):
            value = original(*args)
            if acted(value):
                seen.append(rule.name)
            return value

        return replace(rule, **{field_name: apply})

    monkeypatch.setattr(module, list_name, [watched(r) for r in getattr(module, list_name)])
    return seen


@pytest.mark.parametrize("rule", dating_rules.TARGET_RULES, ids=lambda rule: rule.name)
def test_each_target_rule_applies_to_its_own_example(rule, monkeypatch):
    seen = _watch(monkeypatch, dating_rules, "TARGET_RULES", "apply", lambda v: v is not None)
    extract_events(example(rule.example), dt.date(2024, 3, 5))
    assert rule.name in seen, seen


@pytest.mark.parametrize("rule", dating_rules.NEWS_RULES, ids=lambda rule: rule.name)
def test_each_news_rule_leaves_out_a_clause_of_its_own_example(rule, monkeypatch):
    seen = _watch(monkeypatch, dating_rules, "NEWS_RULES", "apply", bool)
    extract_events(example(rule.example), dt.date(2024, 3, 5))
    assert rule.name in seen, seen


def test_dating_rules_are_named_once_and_documented():
    rules = dating_rules.TARGET_RULES + dating_rules.NEWS_RULES
    assert len({rule.name for rule in rules}) == len(rules)
    for rule in rules:
        example(rule.example)
