"""TimeML in and out: write inline TIMEX3 tags, and read annotated TimeML documents."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from .model import Timex


def to_timeml(text: str, timexes: list[Timex]) -> str:
    """text with inline <TIMEX3 tid type value [mod]> tags, XML-escaped, otherwise unchanged."""
    parts: list[str] = []
    pos = 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue  # overlapping spans cannot nest as inline tags; keep the first
        parts.append(escape(text[pos : t.start]))
        attrs = f"tid={quoteattr(f't{i}')} type={quoteattr(t.type)} value={quoteattr(t.value)}"
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        parts.append(f"<TIMEX3 {attrs}>{escape(text[t.start : t.end])}</TIMEX3>")
        pos = t.end
    parts.append(escape(text[pos:]))
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    """A TimeML document reduced to plain text, its creation date and its gold TIMEX3s."""

    name: str
    text: str
    dct: dt.date | None
    timexes: list[Timex]


def read_timeml(source: str, name: str = "") -> TimeMLDoc:
    """Parse a TimeML document: plain text of <TEXT> (all tags stripped) with gold offsets."""
    root = ET.fromstring(source)
    dct = None
    dct_el = root.find("DCT/TIMEX3")
    if dct_el is not None:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", dct_el.get("value", ""))
        if m:
            dct = dt.date(int(m[1]), int(m[2]), int(m[3]))
    text_el = root.find("TEXT")
    buf: list[str] = []
    gold: list[Timex] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, buf))
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if el.tag == "TIMEX3":
            end = sum(map(len, buf))
            gold.append(
                Timex(start, end, "", el.get("type", ""), el.get("value", ""), el.get("mod"))
            )

    if text_el is not None:
        walk(text_el)
    text = "".join(buf)
    gold = sorted(
        (Timex(t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod) for t in gold),
        key=lambda t: t.start,
    )
    return TimeMLDoc(name, text, dct, gold)
