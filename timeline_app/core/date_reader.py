"""The one reader of dates that people type and files hold: the editor, the filter bar, CSV and
TimelineJS import and the command line all read dates here, so a date is never read two ways.

It reads what the article tagger (``timeline_app.core.timex``) reads — "1-3 March 2022",
"March 1-3, 2022", "Q1 2022", "the first half of 2021", "spring 2022", "mid-March 2022", "the
1990s", "last Tuesday", "three weeks ago" — and turns the TIMEX3 values into dates the way the
extractor does (``extraction.temporal.timex_to_when``). Around that it reads EDTF as typed
("2021-12-31~", "2015/.."), ISO dates, numeric dates ("03/04/2021") in the order the day-first
preference says, clock times after a day ("17 Jan 2022 20:30"), approximation words ("around
2015", "c. 1990"), open ranges ("since 2015", "2015 onwards", "2015 to now") and closed ones
("from 1 to 3 March", "2014 to 2015", "between 2014 and 2016").

Every word of the input must be accounted for: what is left over is refused, naming what was
read ("read "1 March 2022" but not "blah""). Nothing is guessed: a date without a year takes
the year written later in the same input ("1 March to 3 April 2022"), else the year of the
date it counts from (today in the editor, the publication date for an article), else it is
refused; a two-digit year in a numeric date is refused rather than given a century.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass, replace

from timeline_app.core.dates import MONTH_NAMES, DateError, FuzzyDate, When, read_edtf_date

# The months as a misspelt one is compared with: 0.8 alike takes "Janaury" and "Agust", never
# "mayor" or "junk" (0.75 alike to May and June).
_MONTHS_FOLDED = [name.casefold() for name in MONTH_NAMES[1:]]

# What may stand between and around the dates read: rules as data. Each phrase has a role.
_APPROXIMATE = (
    "about",
    "around",
    "approximately",
    "approx.",
    "approx",
    "roughly",
    "circa",
    "ca.",
    "c.",
    "some time in",
    "sometime in",
    "~",
)
_OPEN_BEFORE = (
    "since",
    "ever since",
    "as of",
    "starting",
    "starting in",
    "starting on",
    "starting from",
    "beginning",
    "beginning in",
    "beginning on",
)
_OPEN_AFTER = ("onwards", "onward", "on", "and beyond", "and later")
_RANGE_JOIN = ("to", "until", "till", "through", "thru", "-", "–", "—", "and")
_FILLER = ("in", "on", "at", "of", "the", ",", ".")
_ROLES: dict[str, str] = {
    **{w: "filler" for w in _FILLER},
    **{w: "join" for w in _RANGE_JOIN},
    **{w: "open" for w in _OPEN_BEFORE},
    **{w: "approx" for w in _APPROXIMATE},
    "from": "from",
    "between": "between",
    "?": "uncertain",
    "%": "approx-uncertain",
}
# "2015 - present", "2015 to date": the tagger reads "present" alone as no date
_TO_PRESENT = tuple(
    f"{join} {end}"
    for join in ("to", "until", "till", "through", "-", "–", "—")
    for end in ("present", "the present", "date")
)
_TRAILING_ROLES: dict[str, str] = {**{w: "after" for w in (*_OPEN_AFTER, *_TO_PRESENT)}}


def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    parts = []
    for phrase in ordered:
        escaped = re.escape(phrase).replace(r"\ ", r"\s+")
        parts.append(escaped + (r"(?![\w])" if phrase[-1].isalnum() else ""))
    return "(?:" + "|".join(parts) + ")"


@functools.cache
def _gap_token() -> re.Pattern[str]:
    # Compiled on the first read, not at import: the window imports this module at launch.
    return re.compile(rf"\s*(?P<w>{_alternation([*_ROLES, *_TRAILING_ROLES])})\s*", re.I)


_APPROX_WORD = re.compile(rf"(?<![\w.])(?P<w>{_alternation(_APPROXIMATE[:-1])})(?=\s)", re.I)

# Numeric dates the tagger reads one way only: read here by the day-first preference.
_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{2,4})(?![\w/]|\.\d|-\d)")
_YEAR_FIRST = re.compile(r"(?<![\w/.-])(\d{4})/(\d{1,2})/(\d{1,2})(?![\w/]|\.\d|-\d)")
_EDTF_WHOLE = re.compile(
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?[~?%]?"
)
_ISO = re.compile(
    r"(?<![\w/.-])\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?[~?%]?"
    r"(?![\w/]|-\d)"
)
_CLOCK = re.compile(
    r"\s*,?\s*(?:at\s+)?(?P<h>[01]?\d|2[0-3])[:h](?P<m>[0-5]\d)(?::[0-5]\d)?"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?)?(?!\w)",
    re.I,
)
_LONE_DAY = re.compile(
    r"\s*(?:to|until|till|through|thru|and|-|–|—)\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?!\w)",
    re.I,
)
_DAY_BEFORE = re.compile(
    r"(?<![\w.,])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:to|until|till|through|thru|and"
    r"|-|–|—)\s*$",
    re.I,
)
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}")
_EDTF_INTERVAL = re.compile(r"[\d\-T:~?%]+/(?:[\d\-T:~?%]+|\.\.)?")
# A date whose text has none of these took its year from the anchor ("Dec 31", "1 March").
_YEAR_OR_COUNTED = re.compile(
    r"\d{3,4}|'\d\d|\b(?:nineteen|eighteen|twenty|two\s+thousand)\b|\b(?:last|next|this|ago|"
    r"yesterday|today|tomorrow|tonight|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)
_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_YEARLESS_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?")
_LATE_YEAR = re.compile(r"(?<![\d.,])[2-9]\d{3}(?![\d.,]\d|\d)")
_ONLY_NUMBER = re.compile(r"\d{1,3}")
_NOW = "PRESENT_REF"
# The longest date anyone writes ("from about the first half of September 2021 to …") is far
# shorter; a spreadsheet cell of prose is refused before the tagger reads all of it.
_LONGEST = 120
# Characters that show nothing: control characters (NUL), the soft hyphen, zero-width spaces
# and joiners, direction marks and overrides, word joiners, the byte-order mark. Text pasted
# from a web page or a right-to-left document carries them inside a date ("3 March\u200b
# 2022"); they were refused with a message quoting a character nobody can see.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)


@dataclass(frozen=True, slots=True)
class _Part:
    """One date read from the input: its span, and what it means."""

    start: int
    end: int
    value: str  # a TIMEX3 value, as the tagger gives it or as read here
    mod: str | None = None
    kind: str = "DATE"  # DATE/TIME/DURATION/SET as the tagger says
    when: When | None = None  # set when read here (EDTF, numeric), not by the tagger
    year_given: bool = True  # False for "1 March", "Dec 31": the year came from elsewhere


def read_when(
    text: str,
    *,
    dayfirst: bool = False,
    anchor: dt.date | None = None,
    default_year: int | None = None,
) -> When:
    """The date or range ``text`` means; DateError with a message a person can act on if not.

    ``anchor`` is the day that relative dates ("last Tuesday", "three weeks ago") and dates
    without a year count from: today in the editor, the publication date for an article; with
    none they are refused. ``default_year`` is the year of dates written without one when
    there is no anchor.
    """
    result = _cached_read(
        " ".join(_INVISIBLE.sub("", text).split()), dayfirst, anchor, default_year
    )
    if isinstance(result, str):
        raise DateError(result)
    return result


def read_date(
    text: str,
    *,
    dayfirst: bool = False,
    anchor: dt.date | None = None,
    default_year: int | None = None,
) -> FuzzyDate:
    """The single date ``text`` means (a range is refused: this place takes one date)."""
    when = read_when(text, dayfirst=dayfirst, anchor=anchor, default_year=default_year)
    if when.is_range:
        raise DateError(f'"{text.strip()}" is a range ({when.describe()}); give one date here')
    return when.start


@functools.lru_cache(maxsize=4096)
def _cached_read(
    text: str, dayfirst: bool, anchor: dt.date | None, default_year: int | None
) -> When | str:
    # An import spreadsheet repeats its dates; errors are cached as their message.
    try:
        return _read(text, dayfirst, anchor, default_year)
    except DateError as error:
        return str(error)


def _read(text: str, dayfirst: bool, anchor: dt.date | None, default_year: int | None) -> When:
    if not text:
        raise DateError("the date is empty")
    if len(text) > _LONGEST:
        raise DateError(f'"{text[:40]}…" is too long to be a date')
    if read := _read_edtf(text):
        return read
    if _ONLY_NUMBER.fullmatch(text):
        raise DateError(f'"{text}" is only a number, not a date')
    text = _calendar_names_capitalised(text)
    parts = _tagged_parts(text, dayfirst, anchor)
    parts = _with_lone_days(text, parts)
    parts = _with_clock_times(text, parts)
    parts = _with_years_given_later(text, parts)
    try:
        return _assemble(text, parts, anchor, default_year)
    except _Unread as error:
        # the tagger passes over dates that do not exist: say why rather than "not read"
        raise DateError(_impossible(text, anchor, default_year) or str(error)) from None


@functools.cache
def _calendar_name() -> re.Pattern[str]:
    from timeline_app.core.timex.patterns import MONTH, WEEKDAY

    return re.compile(rf"(?i)(?<![a-z])(?:{MONTH}|{WEEKDAY})(?![a-z])")


def _calendar_names_capitalised(text: str) -> str:
    """ "3 march 2022", "last tuesday", "3 MAR 2022" as "3 March 2022", "last Tuesday", "3 Mar
    2022". In an article "march" and "may" are mostly verbs, so the tagger reads a month or a
    day only when it is capitalised; in a date field they can be nothing else."""
    return _calendar_name().sub(lambda name: name.group().capitalize(), text)


class _Unread(DateError):
    """Words left unread; a more telling reason (an impossible date) may be found."""


_OUT_OF_RANGE_YEAR = re.compile(r"(?<![\d.,])(?:0000|[1-9]\d{4,})(?![\d.,])")


def _impossible(text: str, anchor: dt.date | None, default_year: int | None) -> str | None:
    """Why an unread input names no date: a year outside 1-9999, a day its month lacks."""
    from timeline_app.core.timex.patterns import MONTH, month_num

    if match := _OUT_OF_RANGE_YEAR.search(text):
        return f"the year {int(match.group())} is outside the years 1 to 9999 that Crisis Timeline supports"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?:,?\s+(?P<y>\d{4}))?"
    for pattern in (rf"{day}\s+(?:of\s+)?(?P<m>{MONTH}){year}", rf"(?P<m>{MONTH})\s*{day}{year}"):
        for match in re.finditer(pattern, text):
            month, number = month_num(match.group("m")), int(match.group("d"))
            known: int | None
            if match.group("y"):
                known = int(match.group("y"))
            else:
                known = anchor.year if anchor is not None else default_year
            days = calendar.monthrange(known or 2000, month)[1]  # 2000: a leap year
            if not 1 <= number <= days:
                where = MONTH_NAMES[month] + (f" {known}" if known else "")
                return f"{where} has no day {number}"
    return None


def _read_edtf(text: str) -> When | None:
    """The EDTF the app writes, typed or in a file: "2021-12-31~", "2014/2015", "2015/..".
    Fast: an import of 100,000 rows written by this app never reaches the tagger."""
    if _EDTF_INTERVAL.fullmatch(text):
        return When.from_edtf(text)
    if _EDTF_WHOLE.fullmatch(text):
        date = read_edtf_date(text)
        return When(date) if date is not None else None
    return None


def _tagged_parts(text: str, dayfirst: bool, anchor: dt.date | None) -> list[_Part]:
    # The tagger and the extractor's value rules take a third of a second to import: the
    # window imports them only when a date first needs them.
    from timeline_app.core.timex import tag

    own: list[_Part] = []
    for match in _ISO.finditer(text):
        date = read_edtf_date(match.group())
        if date is not None:
            own.append(_Part(match.start(), match.end(), date.to_edtf(), when=When(date)))
    for match in _NUMERIC.finditer(text):
        own.append(_numeric_part(match, dayfirst))
    for match in _YEAR_FIRST.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        date = FuzzyDate(year, month, day)
        own.append(_Part(match.start(), match.end(), date.to_edtf(), when=When(date)))
    # The tagger reads "around 2015" as an amount ("around 2015 troops"); the reader knows
    # the input is a date, so approximation words are read here, not by the tagger.
    masked = list(text)
    for part in own:
        masked[part.start : part.end] = " " * (part.end - part.start)
    for match in _APPROX_WORD.finditer(text):
        masked[match.start() : match.end()] = " " * (match.end() - match.start())
    # The tagger reads the years news names (1000-2099). A later year is read as a year of
    # the same calendar (400 years apart: same leap years and weekdays), then put back.
    shifts: dict[int, int] = {}
    for match in _LATE_YEAR.finditer(text):
        year = int(match.group())
        if year >= 2100 and not masked[match.start()].isspace():
            proxy = 1700 + (year - 1700) % 400
            masked[match.start() : match.end()] = str(proxy)
            shifts[match.start()] = year - proxy
    parts = list(own)
    try:
        found = tag("".join(masked), anchor)
    except (ValueError, OverflowError):  # counting past the calendar's first or last year
        raise DateError(
            f'"{text}" reaches outside the years 1 to 9999 that Crisis Timeline supports'
        ) from None
    for timex in found:
        if any(p.start < timex.end and timex.start < p.end for p in own):
            continue
        value = timex.value
        shift = [d for at, d in shifts.items() if timex.start <= at < timex.end]
        if shift:
            if len(shift) > 1 or not re.match(r"\d{4}(?!\d)", value):
                raise DateError(
                    f'"{text[timex.start : timex.end]}": years after 2099 are read in dates '
                    "such as 2150, March 2150 or 1 March 2150"
                )
            value = f"{int(value[:4]) + shift[0]:04d}{value[4:]}"
        parts.append(
            _Part(
                timex.start,
                timex.end,
                value,
                timex.mod,
                timex.type,
                year_given=bool(_YEAR_OR_COUNTED.search(timex.text))
                or not _YEARLESS_VALUE.fullmatch(timex.value),
            )
        )
    return sorted(parts, key=lambda p: p.start)


def _numeric_part(match: re.Match[str], dayfirst: bool) -> _Part:
    first, _, second, year = match.groups()
    if len(year) != 4:
        raise DateError(f'"{match.group()}": write the year in full (which century is "{year}"?)')
    day, month = (int(first), int(second)) if dayfirst else (int(second), int(first))
    try:
        date = FuzzyDate(int(year), month, day)
    except DateError as error:
        order = "day first" if dayfirst else "month first"
        raise DateError(
            f'"{match.group()}" read {order} is no date ({error}); the preference for dates '
            "day first or month first says how numeric dates are read"
        ) from None
    return _Part(match.start(), match.end(), date.to_edtf(), when=When(date))


def _with_lone_days(text: str, parts: list[_Part]) -> list[_Part]:
    """ "March 1 to 3, 2022": the day written alone after a day is a day of the same month."""
    out: list[_Part] = []
    for i, part in enumerate(parts):
        previous = out[-1].end if out else 0
        before = _DAY_BEFORE.search(text, previous, part.start)
        if (
            before
            and _DAY_VALUE.fullmatch(part.value)
            and text[part.start].isdigit()
            and int(before.group("d")) < int(part.value[8:10])
        ):
            value = f"{part.value[:8]}{int(before.group('d')):02d}"
            out.append(_Part(before.start(), before.end("d"), value, part.mod, year_given=False))
        out.append(part)
        following = parts[i + 1].start if i + 1 < len(parts) else len(text)
        if not _DAY_VALUE.fullmatch(part.value):
            continue
        match = _LONE_DAY.match(text, part.end, following)
        if match and int(match.group("d")) > int(part.value[8:10]):
            value = f"{part.value[:8]}{int(match.group('d')):02d}"
            out.append(_Part(match.start("d"), match.end(), value, part.mod, year_given=False))
    return out


def _with_clock_times(text: str, parts: list[_Part]) -> list[_Part]:
    """A clock time after a day is a time on that day: "17 Jan 2022 20:30", "… at 8 pm"."""
    out: list[_Part] = []
    for i, part in enumerate(parts):
        if (
            part.kind == "TIME"
            and out
            and _is_day(out[-1])
            and re.fullmatch(r"[\s,]*(?:at\s+)?", text[out[-1].end : part.start], re.I)
        ):
            # the tagger already put the time on the day beside it
            out[-1] = replace(out[-1], end=part.end, value=part.value, kind="DATE")
            continue
        out.append(part)
        following = parts[i + 1].start if i + 1 < len(parts) else len(text)
        match = _CLOCK.match(text, part.end, following)
        if match and _is_day(part):
            hour = int(match.group("h"))
            ampm = (match.group("ampm") or "").lower()
            if ampm and not 1 <= hour <= 12:
                raise DateError(f'"{match.group().strip()}" is not a time of day')
            if ampm:
                hour = hour % 12 + (12 if ampm == "p" else 0)
            day = part.value[:10]
            clock = f"T{hour:02d}:{int(match.group('m')):02d}"
            out[-1] = replace(part, end=match.end(), value=day + clock, when=None)
    return out


def _is_day(part: _Part) -> bool:
    return part.kind == "DATE" and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", part.value))


def _with_years_given_later(text: str, parts: list[_Part]) -> list[_Part]:
    """A date without its year takes the year written later: "March 1-3, 2022" (the year
    alone closes the phrase and is used up), "1 March to 3 April 2022"; or, with none later,
    the year of the date before it: "1 March 2022 to 3 April"."""
    out = list(parts)
    for i, part in enumerate(out):
        if part.year_given:
            continue
        for j in range(i + 1, len(out)):
            later = out[j]
            if not later.year_given or not re.match(r"\d{4}", later.value):
                continue
            year = int(later.value[:4])
            if re.fullmatch(r"\d{4}", later.value) and not re.fullmatch(
                r"\s*,?\s*", text[out[j - 1].end : later.start]
            ):
                break  # "1 March to 2022" is not "1 March 2022"
            for k in range(i, j):
                if not out[k].year_given:
                    out[k] = _in_year(out[k], year, later)
            if re.fullmatch(r"\d{4}", later.value):
                # the year closes the phrase: the dates before it take it and absorb it
                out[j - 1] = replace(out[j - 1], end=later.end)
                del out[j]
            break
    # "20 December 2021 to 3 January": with no year after it, the end takes the start's
    for i in range(1, len(out)):
        earlier, part = out[i - 1], out[i]
        if part.year_given or not earlier.year_given or not _YEARLESS_VALUE.fullmatch(part.value):
            continue
        if re.match(r"\d{4}-\d{2}", earlier.value):
            year = int(earlier.value[:4])
            value = f"{year:04d}{part.value[4:]}"
            if value < earlier.value[: len(value)]:
                value = f"{year + 1:04d}{part.value[4:]}"
            out[i] = replace(part, value=value, year_given=True)
    return out


def _in_year(part: _Part, year: int, later: _Part) -> _Part:
    value = f"{year:04d}{part.value[4:]}"
    if len(later.value) >= len(value) and value > later.value[: len(value)]:
        # "1 December to 3 January 2022": the start is in the year before
        value = f"{year - 1:04d}{part.value[4:]}"
    return replace(part, value=value, year_given=True)


def _assemble(
    text: str, parts: list[_Part], anchor: dt.date | None, default_year: int | None
) -> When:
    dates = [p for p in parts if p.kind in ("DATE", "TIME")]
    for part in parts:
        if part.kind == "DURATION":
            raise DateError(f'"{_span(text, part)}" is a length of time, not a date')
        if part.kind == "SET":
            raise DateError(f'"{_span(text, part)}" happens again and again; give one date')
    if not dates:
        raise _Unread(f'"{text}" is not a date I can read')
    gaps = [text[: dates[0].start]]
    gaps += [text[a.end : b.start] for a, b in zip(dates, dates[1:], strict=False)]
    gaps.append(text[dates[-1].end :])
    roles = [_roles(text, gap, dates, i, last=i == len(dates)) for i, gap in enumerate(gaps)]
    if len(dates) > 2:
        read = ", ".join(f'"{_span(text, p)}"' for p in dates)
        raise DateError(f"read {read}: give one date or one range")
    lead, trail = set(roles[0]), set(roles[-1])
    flags = [roles[i] + (roles[-1] if i == len(dates) - 1 else []) for i in range(len(dates))]

    def when(i: int) -> When:
        return _flagged(_when_of(text, dates[i], anchor, default_year), flags[i])

    if len(dates) == 1:
        if lead & {"between"} or {"join"} & (lead | trail):
            raise DateError(f'read "{_span(text, dates[0])}" but it is only one end of a range')
        if dates[0].value != _NOW and (lead & {"open", "from"} or trail & {"after"}):
            return When(when(0).start, ongoing=True)
        return when(0)
    middle = roles[1]
    if "join" not in middle or (_joined_by_and(gaps[1]) and "between" not in lead):
        raise DateError(
            f'read "{_span(text, dates[0])}" and "{_span(text, dates[1])}": '
            "join two dates with to or a dash (from … to …, between … and …)"
        )
    if trail & {"after"} or lead & {"open"}:
        raise DateError(f'"{text}" is both a range and still going on')
    if dates[1].value == _NOW:
        return When(when(0).start, ongoing=True)
    first, second = when(0), when(1)
    return When(first.start, second.end or second.start)


def _joined_by_and(gap: str) -> bool:
    return re.search(r"\band\b", gap, re.I) is not None


def _roles(text: str, gap: str, dates: list[_Part], index: int, *, last: bool) -> list[str]:
    """The role of each word in a gap between dates; a word with none is refused."""
    roles: list[str] = []
    pos = 0
    while pos < len(gap):
        match = _gap_token().match(gap, pos)
        if match is None or match.end() == pos:
            break
        word = " ".join(match.group("w").lower().split())
        if last and index > 0 and word in _TRAILING_ROLES:
            roles.append(_TRAILING_ROLES[word])
        elif word in _ROLES:
            roles.append(_ROLES[word])
        else:
            break
        pos = match.end()
    rest = gap[pos:].strip()
    if rest:
        read = " and ".join(f'"{_span(text, p)}"' for p in dates)
        raise _Unread(f'read {read} but not "{_first_words(rest)}"{_month_hint(rest)}')
    return roles


def _month_hint(words: str) -> str:
    """' (did you mean "January"?)' when a word left unread is a month name with a slip in
    it ("Janaury", "Febuary"): close enough that a person reads it as that month."""
    for word in re.findall(r"[^\W\d_]{4,}", words):
        close = difflib.get_close_matches(word.casefold(), _MONTHS_FOLDED, n=1, cutoff=0.8)
        if close and word.casefold() not in _MONTHS_FOLDED:
            return f' (did you mean "{MONTH_NAMES[_MONTHS_FOLDED.index(close[0]) + 1]}"?)'
    return ""


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:4]) + (" …" if len(words) > 4 else "")


def _span(text: str, part: _Part) -> str:
    return text[part.start : part.end].strip()


def _flagged(when: When, roles: list[str]) -> When:
    approximate = "approx" in roles or "approx-uncertain" in roles
    uncertain = "uncertain" in roles or "approx-uncertain" in roles
    if not (approximate or uncertain):
        return when

    def flag(date: FuzzyDate | None) -> FuzzyDate | None:
        if date is None:
            return None
        return date.with_flags(
            approximate=approximate or date.approximate, uncertain=uncertain or date.uncertain
        )

    return When(flag(when.start) or when.start, flag(when.end), when.ongoing)


def _when_of(text: str, part: _Part, anchor: dt.date | None, default_year: int | None) -> When:
    if part.when is not None:
        return part.when
    from timeline_app.core.extraction.temporal import timex_to_when

    value = part.value
    if not part.year_given and anchor is None:
        if default_year is None:
            raise DateError(f'"{text}" has no year')
        value = f"{default_year:04d}{value[4:]}"
    if match := re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value):
        year, month, day = match.groups()
        FuzzyDate(int(year), int(month), int(day) if day else None)  # says why one cannot be
    if value.startswith("BC"):
        raise DateError(
            f'"{_span(text, part)}" is before the year 1: Crisis Timeline holds the years '
            "1 to 9999 only"
        )
    if _BARE_WEEKDAY.fullmatch(_span(text, part)):
        raise DateError(
            f'"{_span(text, part)}" could be the last one or the next: say which '
            f'("last {_span(text, part)}", "next {_span(text, part)}")'
        )
    if "X" in value or (value.endswith("_REF") and value != _NOW):
        if anchor is None:
            raise DateError(
                f'"{_span(text, part)}" counts from a date, and there is none here: '
                "give the date itself"
            )
        raise DateError(f'"{_span(text, part)}" does not say which date')
    if value == _NOW and anchor is None:
        raise DateError(f'"{_span(text, part)}" counts from a date, and there is none here')
    when = timex_to_when(value, part.mod, _span(text, part), anchor)
    if when is None:
        raise DateError(f'"{_span(text, part)}" does not say which date')
    return when
