"""What modules that ``actors`` imports read of an ``actors.Mention``: its span, its words and
the recogniser's label (and, for some, its kind and role). Protocols, so that those modules
need not import ``actors``, which imports them."""

from __future__ import annotations

from typing import Protocol


class NameSpan(Protocol):
    """A name in the text: where it lies, its words and the recogniser's label."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def entity(self) -> str: ...


class KindedNameSpan(NameSpan, Protocol):
    """A name with what the actor finder made of it (``actors.Mention``'s kind and role)."""

    @property
    def kind(self) -> str: ...
    @property
    def role(self) -> str: ...
