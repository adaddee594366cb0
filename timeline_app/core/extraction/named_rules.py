"""A decision kept as data: a small function, listed under its name in an ordered rule list,
its docstring the sentence it handles (the tests read every rule's example and check that the
rule decides it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class NamedRule(Generic[F]):
    """A rule: its name and what it does; the rule lists that hold it say what ``apply``
    returns when the rule does not apply."""

    name: str
    apply: F

    @property
    def example(self) -> str:
        return (self.apply.__doc__ or "").strip()


def named_rule(fn: F) -> NamedRule[F]:
    """Decorator: the function as a rule named after it."""
    return NamedRule(fn.__name__, fn)
