"""Rules for dates named relative to the document date: today, weekdays, "last week",
"two years ago", "earlier this month", and the vague PRESENT/PAST/FUTURE_REF words."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .anaphora import Reference
from .date_math import fmt_day, fmt_week, fmt_year, quarter_of, shift, value_at, weekday_near
from .lexicon import PARTS_OF_DAY
from .number_words import parse_number
from .patterns import QUANT, T_WEEKDAY, UNIT, VAGUE, WEEKDAY, unit_of, weekday_num
from .rule import Context, Hit, rule
from .rules_duration import duration_value

_POD = r"(?:morning|afternoon|evening|night)"
_DAY_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


@rule(
    "day-word",
    rf"(?i:\b(?:the\s+day\s+(?P<ba>before|after)\s+)?(?P<w>today|tonight|yesterday|tomorrow)"
    rf"(?:(?:'s|’s)?\s+(?P<pod>{_POD}))?\b)",
    triggers="today tonight yesterday tomorrow",
    reach=25,
    ahead=20,
)
def day_word(m: re.Match[str], ctx: Context) -> Hit | None:
    w = m.group("w").lower()
    pod = m.group("pod")
    if ctx.dct is None:
        if w in ("today", "tonight") and not m.group("ba"):
            return Hit("DATE", "PRESENT_REF")
        return Hit("DATE", "XXXX-XX-XX")
    if (
        w == "tomorrow"
        and not m.group("ba")
        and not pod
        and re.search(r"(?i:\bof\s+)$", ctx.before(m.start(), 4))
        and re.match(r"\s*(?:[,.;:!?\"”)]|$)", ctx.after(m.end(), 2))
    ):
        return None  # "the people of tomorrow": the future in general, not a day
    if (
        m.group("w") == "Today"
        and re.search(r"\b[A-Z][\w.&'’]*\s+$", ctx.before(m.start(), 20))
        and not re.search(r"[.!?:]\s+\S+\s+$", ctx.before(m.start(), 20))
        # "... in Wexley. Today, the mayor ...": a sentence's first word after a name (not
        # after initials: "U.S.A. Today")
        and not (
            re.search(r"[.!?:][\"”’')]*\s+$", ctx.before(m.start(), 20))
            and not re.search(r"\b(?:[A-Z]\.){2,}\s+$", ctx.before(m.start(), 20))
        )
    ):
        return None  # "USA Today", "VOA Today": a name mid-sentence, not the day
    off = (
        _DAY_OFFSET[w]
        + {"before": -1, "after": 1, None: 0}[m.group("ba") and m.group("ba").lower()]
    )
    d = ctx.dct + dt.timedelta(days=off)
    end = m.end()
    if w == "today" and not pod and re.match(r"['’]s\b", ctx.after(m.end(), 3)):
        end = m.end()  # "today's" keeps the possessive outside the span
    if pod:
        return Hit("TIME", fmt_day(d) + "T" + PARTS_OF_DAY[pod.lower()])
    if w == "tonight":
        return Hit("DATE", fmt_day(d) + "TNI")
    return Hit("DATE", fmt_day(d), end=end)


@rule(
    "part-of-day",
    rf"(?i:\b(?P<det>this|last|late\s+last)\s+(?P<pod>{_POD}))\b",
    triggers="morning afternoon evening night",
    reach=20,
    ahead=4,
)
def part_of_day(m: re.Match[str], ctx: Context) -> Hit | None:
    det = m.group("det").lower()
    pod = PARTS_OF_DAY[m.group("pod").lower()]
    if ctx.dct is None:
        return Hit("TIME", "XXXX-XX-XXT" + pod)
    d = ctx.dct - dt.timedelta(days=1) if "last" in det else ctx.dct
    return Hit("TIME", fmt_day(d) + "T" + pod, "END" if det.startswith("late") else None)


@rule(
    "weekday",
    rf"(?:(?P<det>(?i:last|next|this|this\s+past|this\s+coming|coming|past|every|each"
    rf"|the\s+(?:previous|preceding|following|next)))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?P<pl>s|(?<=[A-Z])S)?(?P<pos>'s|’s)?(?:\s+(?P<pod>(?i:{_POD}))(?P<podpl>s)?)?\b",
    # the plural is a trigger too: "closed on Mondays" is the set of Mondays
    triggers=T_WEEKDAY + " " + " ".join(f"{day}s" for day in T_WEEKDAY.split()),
)
def weekday_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    wd = weekday_num(m.group("wd"))
    det = (m.group("det") or "").lower()
    pod = PARTS_OF_DAY[m.group("pod").lower()] if m.group("pod") else ""
    end = m.end("wd") if m.group("pos") and not pod else None
    if m.group("pl") or m.group("podpl") or det in ("every", "each"):
        return Hit("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))
    kind = "TIME" if pod else "DATE"
    suffix = f"T{pod}" if pod else ""
    if ctx.dct is None:
        return Hit(kind, f"XXXX-WXX-{wd}{suffix}", end=end)
    det = re.sub(r"\s+", " ", det)
    if det.startswith("the "):
        # "the previous Friday" counts from the day the story is on
        step = -1 if det in ("the previous", "the preceding") else 1
        d = weekday_near(ctx.dct, wd, 2 * step)
        return Hit(kind, fmt_day(d) + suffix, end=end, anchor=(f"WD{'-+'[step > 0]}", wd, suffix))
    if det in ("last", "past", "this past"):
        d = weekday_near(ctx.dct, wd, -2)
    elif det in ("next", "coming", "this coming"):
        d = weekday_near(ctx.dct, wd, 2)
    elif det == "this":
        # "this Thursday" is the Thursday of the story's own week, before or after its day
        d = ctx.dct + dt.timedelta(days=wd - ctx.dct.isoweekday())
    else:
        tense = ctx.tense(m.start(), m.end(), strict=True)
        d = weekday_near(ctx.dct, wd, 1 if tense == "FUTURE" else -1)
    return Hit(kind, fmt_day(d) + suffix, end=end)


_DEICTIC_UNITS = r"(?:week(?:end)?|month|year|decade|century|fiscal\s+year|quarter)"


@rule(
    "this-last-next",
    rf"(?i:\b(?P<det>this|last|next|past|previous|coming|current|the\s+(?:past|last|next|previous"
    rf"|following|coming|current|same|prior|present|latest|most\s+recent))\s+"
    rf"(?P<unit>{_DEICTIC_UNITS})\b)",
    triggers="week weekend month year decade century quarter",
    reach=30,
    ahead=15,
)
def this_last_next(m: re.Match[str], ctx: Context) -> Hit | None:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if unit == "fiscal year":
        unit = "year"
    after = ctx.after(m.end(), 20)
    if re.match(r"[-\s]*(?:old|long)\b", after):
        return None
    if (
        m.group("unit")[0].isupper()
        and m.group("det")[0].isupper()
        and not re.search(r"(?:^|[.!?]\s+|\n\s*)$", ctx.before(m.start(), 4))
    ):
        return None  # "This Week" mid-sentence is a title
    step = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "the present": 0,
        "the same": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "the past": -1,
        "the last": -1,
        "the previous": -1,
        "the prior": -1,
        "the latest": -1,
        "the most recent": -1,
        "next": 1,
        "coming": 1,
        "the next": 1,
        "the following": 1,
        "the coming": 1,
    }[det]
    if unit == "weekend":
        if ctx.dct is None:
            return Hit("DATE", "XXXX-WXX-WE")
        base = ctx.dct
        if step == 0 and ctx.tense(m.start(), m.end()) == "PAST":
            step = -1 if base.isoweekday() < 6 else 0
        d = base + dt.timedelta(weeks=step) if step else base
        if step == -1 and base.isoweekday() >= 6:
            d = base  # "last weekend" said on a Sunday may be the same weekend; keep it
        return Hit("DATE", fmt_week(d) + "-WE")
    code = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "E", "century": "C"}[
        unit
    ]
    if ctx.dct is None:
        return Hit(
            "DATE",
            {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "Q": "XXXX-QX", "E": "XXX", "C": "XX"}[
                code
            ],
        )
    if det in ("the latest", "the most recent") and code != "Q":
        step = 0
    if code == "Q" and det in ("the latest", "the most recent", "the current", "the same"):
        return None  # the quarter rule knows reporting quarters better
    unit_for_shift = {"E": ("Y", 10), "C": ("Y", 100)}.get(code, (code, 1))
    d = shift(ctx.dct, step * unit_for_shift[1], unit_for_shift[0])
    return Hit("DATE", value_at(d, code))


@rule(
    "year-earlier",
    r"(?i:\b(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year-(?:earlier|ago)"
    r"(?:\s+(?P<noun>quarter|period|nine\s+months|six\s+months|month|week|results))?\b)",
    triggers="year",
    reach=40,
    ahead=50,
)
def year_earlier(m: re.Match[str], ctx: Context) -> Hit | None:
    noun = (m.group("noun") or "").lower()
    if noun in ("nine months", "six months", "period"):
        return None
    if ctx.dct is None:
        return Hit("DATE", "XXXX")
    last = (
        ctx.dct.replace(year=ctx.dct.year - 1)
        if not (ctx.dct.month == 2 and ctx.dct.day == 29)
        else ctx.dct
    )
    q = quarter_in_focus(ctx, m.start())
    if noun == "quarter" or q:
        return Hit("DATE", f"{last.year}-Q{q or _reported_quarter(ctx.dct)[1]}")
    return Hit("DATE", str(last.year))


def _reported_quarter(dct: dt.date) -> tuple[int, int]:
    """The quarter a results story most likely reports: the one that ended within ~6 weeks."""
    d = dct - dt.timedelta(days=45)
    return d.year, quarter_of(d)


_QUARTER_MENTION = re.compile(
    r"(?i:\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?quarter"
    r"|\bthe\s+(?:latest\s+|current\s+)?quarter\b|\bquarterly\s+(?:results|earnings|profit|net))"
)
_ORD_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def quarter_in_focus(ctx: Context, start: int) -> int | None:
    """The quarter number a results story is about, if one is named in the text before
    start (within ~1500 characters): then "a year ago" means that quarter a year ago."""
    last = None
    for m in _QUARTER_MENTION.finditer(ctx.text, max(0, start - 1500), start):
        last = m
    if last is None or ctx.dct is None:
        return None
    if last.group("ord"):
        return _ORD_Q[last.group("ord").lower()]
    return _reported_quarter(ctx.dct)[1]


@rule(
    "year-end",
    r"(?i:\b(?:the\s+)?(?P<w>year)(?:-|\s+|['’]s\s+)end\b)",
    triggers="year",
    reach=10,
    ahead=15,
)
def year_end(m: re.Match[str], ctx: Context) -> Hit | None:
    if ctx.dct is None:
        return Hit("DATE", "XXXX", "END")
    return Hit("DATE", str(ctx.dct.year), "END")


@rule(
    "end-of-period",
    r"(?i:\bthe\s+(?P<part>end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+|this\s+)?"
    r"(?P<unit>year|month|week|quarter|decade|century|day)\b)",
    triggers="end beginning start middle close turn",
)
def end_of_period(m: re.Match[str], ctx: Context) -> Hit | None:
    unit = m.group("unit").lower()
    mod = {
        "end": "END",
        "beginning": "START",
        "start": "START",
        "middle": "MID",
        "close": "END",
        "turn": "START",
    }[m.group("part").lower()]
    if unit == "day" or ctx.dct is None:
        return None
    code = {"year": "Y", "month": "M", "week": "W", "quarter": "Q", "decade": "E", "century": "C"}[
        unit
    ]
    story: Callable[[Reference], str | None] | None = None
    if code == "Y":
        story = _story_year
    elif code == "M":
        story = _story_month
    return Hit("DATE", value_at(ctx.dct, code), mod, story=story)


def _story_year(ref: Reference) -> str:
    """ "by the end of the year" in a story told of 1914: 1914."""
    return fmt_year(ref.year)


def _story_month(ref: Reference) -> str | None:
    return ref.shifted("M", 0) if ref.month is not None else None


_AGO = r"(?:ago|earlier|later|before|after|since|back|from\s+now|hence|previously|prior)"


@rule(
    "ago",
    rf"(?i:\b(?P<q>{QUANT}|{VAGUE})(?:\s+|-)(?:more\s+)?(?P<unit>{UNIT})"
    r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?"
    rf"\s+(?P<dir>{_AGO})\b)",
    priority=3,
    triggers="ago earlier later before after since back now hence previously prior",
    reach=70,
    ahead=12,
)
def ago_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    direction = m.group("dir").lower()
    after = ctx.after(m.end(), 15)
    # "two days before the vote" is a duration plus a signal; only "... before." anchors
    if direction in ("before", "after", "since", "prior", "previously") and not re.match(
        r"\s*[.,;:)]", after
    ):
        return None
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    unit, is_time = unit_of(m.group("unit"))
    qtxt = m.group("q")
    n = parse_number(qtxt)
    if n is not None and m.group("half"):
        n += 0.5  # "a year and a half ago"
    if direction in ("later", "after") or (direction == "earlier" and unit != "Y"):
        # "three days later" counts from an event, not from now: TimeML marks the amount
        # ("three days", a DURATION) and leaves "later" out as the signal. "A year earlier"
        # stays a date: in results stories it names the year-ago period.
        vague = n is None or re.fullmatch(VAGUE, qtxt, re.IGNORECASE)
        return Hit(
            "DURATION", duration_value(None if vague else n, unit, is_time), end=m.end("unit")
        )
    if n is None or re.fullmatch(VAGUE, qtxt, re.IGNORECASE):
        return Hit("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if ctx.dct is None:
        return Hit("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if is_time:
        return Hit("DATE", fmt_day(ctx.dct))
    if n > 100_000:
        return None  # a count, not a time anyone dates
    years = {"E": 10, "C": 100, "L": 1000, "Y": 1}.get(unit)
    if years and n * years == int(n * years):
        year = ctx.dct.year + sign * int(n * years)
        if not 1 <= year <= 9999:
            # "2,500 years ago" is a year before the common era (BC0475); "10000 years from
            # now" no four-digit year can hold, so only its amount is kept
            if year > 9999:
                return Hit("DURATION", duration_value(n, unit, False))
            return Hit("DATE", fmt_year(year))
        if unit != "Y":
            return Hit("DATE", fmt_year(year))
    if unit == "Y" and n == 1 and sign < 0:
        q = quarter_in_focus(ctx, m.start())
        if q:
            # results stories compare with the same quarter of the year before
            return Hit("DATE", f"{ctx.dct.year - 1}-Q{q}")
    if unit == "Y" and direction != "ago" and sign < 0 and n == int(n):
        # "two years earlier" counts back from the time the story is telling of; only
        # "ago" counts from the time of writing
        years_back = int(n)
        return Hit(
            "DATE",
            value_at(shift(ctx.dct, -n, "Y"), "Y"),
            story=lambda ref: fmt_year(ref.year - years_back),
        )
    d = shift(ctx.dct, sign * n, unit)
    gran = unit if n == int(n) else {"Y": "M", "M": "D", "Q": "M", "W": "D"}.get(unit, "D")
    if gran == "W" and n < 3:
        gran = "D"  # "a week ago" names a day; "six weeks ago" only a week
    return Hit("DATE", value_at(d, gran))


@rule(
    "ref-words",
    r"(?i:\b(?P<w>right\s+now|now|currently|presently|nowadays|these\s+days|at\s+the\s+moment"
    r"|recently|lately|previously|formerly|soon|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future"
    r"|future|the\s+past|the\s+present|current|recent|once|earlier|later|so\s+far|to\s+date"
    r"|yet|already|then|meanwhile|shortly|eventually|immediately|anymore|any\s+longer)\b)",
    priority=8,
    triggers="now currently presently nowadays days moment recently lately previously formerly soon future past present current recent",
    reach=30,
    ahead=12,
)
def ref_words(m: re.Match[str], ctx: Context) -> Hit | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    after = ctx.after(m.end(), 25)
    before = ctx.before(m.start(), 20).lower()
    if w in (
        "once",
        "yet",
        "already",
        "then",
        "meanwhile",
        "shortly",
        "eventually",
        "earlier",
        "later",
        "so far",
        "to date",
        "immediately",
        "anymore",
        "any longer",
    ):
        return None  # usually no TIMEX3 in news annotation; kept here to document the choice
    if w in ("previously", "formerly", "presently", "future", "recent"):
        return None  # adverbs of manner and adjectives: rarely annotated, often wrong
    if w == "soon" and re.search(r"(?i:\bas\s+)$", before):
        return None  # "as soon as" is a conjunction
    if w == "soon" and re.match(
        r"\s+(?:after|afterwards|afterward|before|thereafter)\b", after, re.IGNORECASE
    ):
        return None  # "soon after being captured" counts from an event, not from now
    if w == "now" and re.match(r"[-\s]*(?:defunct|famous|retired|closed|former)", after):
        return None
    if (
        w == "now"
        and re.match(r"\s*,|\s+for\b", after)
        and re.search(r"(?:^|[.!?:][\"”'’]*\s*|\n\s*)[\"“'`]*$", ctx.before(m.start(), 6))
    ):
        return None  # "Now, ..." and "Now for ..." open a sentence as a discourse marker
    if w == "current" and re.match(
        r"\s+(?:account|accounts|affairs|events|prices|dollars|law|rules|system|situation"
        r"|form|level|levels|version|crisis|leadership|government|members?|chairman"
        r"|president|head)\b",
        after,
        re.IGNORECASE,
    ):
        return None
    if w == "recent" and re.match(
        r"\s+(?:years|months|weeks|days|decades|quarters|times)\b", after, re.IGNORECASE
    ):
        return None  # taken by the vague-duration rule
    if w == "the past" and re.match(
        r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight"
        r"|nine|ten|year|month|week|decade|day|hour)",
        after,
        re.IGNORECASE,
    ):
        return None
    if w == "future" and re.match(r"\s+(?:generations?)\b", after):
        pass
    if w == "the present" and re.match(r"\s+(?:day|time)\b", after):
        pass
    if w in ("recently", "lately", "previously", "formerly", "the past", "recent"):
        return Hit("DATE", "PAST_REF")
    if w in ("soon",) or "future" in w:
        return Hit("DATE", "FUTURE_REF")
    return Hit("DATE", "PRESENT_REF")


RULES = [
    day_word,
    part_of_day,
    weekday_rule,
    this_last_next,
    year_earlier,
    year_end,
    end_of_period,
    ago_rule,
    ref_words,
]


@rule(
    "reporting-quarter",
    r"(?i:\b(?:the|this|that|its|last|next)\s+(?:(?P<pre>current|latest|most\s+recent|same|previous"
    r"|prior|year-earlier|year-ago|comparable|just-ended|recent|fiscal|past|final|full)[-\s]+)*"
    r"(?P<unit>quarter|period)\b(?:\s+(?P<ly>(?:a\s+year\s+(?:earlier|ago))|last\s+year))?)",
    triggers="quarter period",
    reach=70,
    ahead=30,
    priority=6,
)
def reporting_quarter(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the quarter", "the latest period", "the year-earlier quarter" in results stories."""
    text = re.sub(r"\s+", " ", m.group().lower())
    unit = m.group("unit").lower()
    after = ctx.after(m.end(), 20)
    if unit == "period" and not m.group("pre"):
        return None  # "the period" alone is too vague to call a quarter
    if unit == "period" and not re.search(r"latest|year-earlier|year-ago|comparable|same", text):
        return None
    if re.match(r"\s+of\b|-(?:century|point|to-)", after):
        return None  # "a quarter of the shares", "its quarter-century low"
    if ctx.dct is None:
        return Hit("DATE", "XXXX-QX")
    year, q = _reported_quarter(ctx.dct)
    focus = quarter_in_focus(ctx, m.start())
    if focus and unit == "period":
        q = focus
    if text.startswith("last") or re.search(r"\b(?:previous|prior)\b", text):
        d = dt.date(year, 3 * q - 2, 1) - dt.timedelta(days=1)
        year, q = d.year, quarter_of(d)
    elif text.startswith("next"):
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    elif re.search(r"\b(?:this|current)\b", text):
        year, q = ctx.dct.year, quarter_of(ctx.dct)
    if re.search(r"year-earlier|year-ago", text) or m.group("ly"):
        year -= 1
    return Hit("DATE", f"{year}-Q{q}")


@rule(
    "weekend",
    r"(?i:\b(?:the|this|last|next|this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+last"
    r"|the\s+next|a)\s+(?:long\s+|holiday\s+)?weekend\b)",
    triggers="weekend",
    priority=4,
    reach=30,
    ahead=4,
)
def weekend_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    text = m.group().lower()
    if text.startswith("a "):
        return (
            Hit("DURATION", "P2D")
            if not re.search(r"(?i:\bevery|\beach|\bper)\s+$", ctx.before(m.start(), 8))
            else None
        )
    if ctx.dct is None:
        return Hit("DATE", "XXXX-WXX-WE")
    if "next" in text or "coming" in text:
        d = ctx.dct + dt.timedelta(days=7 if ctx.dct.isoweekday() >= 6 else 0)
    elif "last" in text or "past" in text:
        d = ctx.dct - dt.timedelta(days=7 if ctx.dct.isoweekday() < 6 else 0)
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == "FUTURE":
            d = ctx.dct
        else:
            # the weekend just gone: this week's if the story is dated on it, else last week's
            d = ctx.dct if ctx.dct.isoweekday() >= 6 else ctx.dct - dt.timedelta(days=7)
    return Hit("DATE", fmt_week(d) + "-WE")


_SPOKEN_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_TEENS = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)


@rule(
    "spoken-year",
    rf"(?i:\b(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen|twenty)\s+(?:(?P<t>{_SPOKEN_TENS})"
    rf"(?:[-\s](?P<u>{_SPOKEN_UNITS}))?|(?P<teen>{_SPOKEN_TEENS})|oh[-\s](?P<ou>{_SPOKEN_UNITS}))"
    rf"|(?P<two>two\s+thousand)(?:\s+(?:and\s+)?(?P<tu>{_SPOKEN_UNITS}|{_SPOKEN_TEENS}))?)\b)",
    triggers="nineteen eighteen twenty two",
    reach=15,
    ahead=40,
    priority=4,
)
def spoken_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand"."""
    from .lexicon import NUMBER_WORDS  # local: only this rule reads word numbers this way

    if m.group("two"):
        if not m.group().lower().startswith("the year") and not m.group("tu"):
            return None  # "two thousand" alone is usually a count
        if re.match(r"\s+(?:people|troops|dollars|soldiers|men|years)\b", ctx.after(m.end(), 12)):
            return None
        tu = m.group("tu")
        return Hit("DATE", str(2000 + (int(NUMBER_WORDS[tu.lower()]) if tu else 0)))
    century = int(NUMBER_WORDS[m.group("c").lower()])
    if m.group("t"):
        rest = int(NUMBER_WORDS[m.group("t").lower()])
        rest += int(NUMBER_WORDS[m.group("u").lower()]) if m.group("u") else 0
    elif m.group("teen"):
        rest = int(NUMBER_WORDS[m.group("teen").lower()])
    else:
        rest = int(NUMBER_WORDS[m.group("ou").lower()])
    if re.match(
        r"\s+(?:people|troops|dollars|soldiers|men|percent|years)\b", ctx.after(m.end(), 12)
    ):
        return None
    return Hit("DATE", str(century * 100 + rest))


RULES += [reporting_quarter, weekend_rule, spoken_year]


@rule(
    "the-year-week",
    r"(?i:\bthe\s+(?:(?P<adj>full|entire|whole|fiscal|calendar)\s+)?(?P<unit>year|week)\b"
    r"(?P<pos>['’]s)?(?P<ended>\s+(?:ended|ending|to\s+date|through))?)",
    triggers="year week",
    reach=20,
    ahead=25,
    priority=7,
)
def the_year_week(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "for the year ended Sept. 30" (a year's span) and "for the year"/"the week's" (the
    current one) in business and market reports."""
    after = ctx.after(m.end(), 12).lower()
    unit = m.group("unit").lower()
    if m.group("ended"):
        if "to date" in m.group("ended").lower():
            return None
        # the span stops before "ended": TimeBank marks "the year" and the end date apart
        return Hit("DURATION", "P1Y" if unit == "year" else "P1W", end=m.end("unit"))
    if re.match(
        r"\s*(?:-|before|after|earlier|ago|later|of\b(?!\s*[$\d])|in\s+which|when"
        r"|that|since)",
        after,
    ):
        return None  # "the year before", "the year of the dragon" (but "the year of $42")
    before = ctx.before(m.start(), 25).lower()
    # "for the year", "the first nine months of the year", "earlier in the year"
    if not (
        m.group("pos")
        or m.group("adj")
        or re.search(
            r"\b(?:for|during|over|(?:months|half|quarter|part|rest|remainder|balance)\s+of"
            r"|(?:earlier|later|early|late)\s+in)\s+$",
            before,
        )
    ):
        return None
    story = _story_year if unit == "year" else None
    if ctx.dct is None:
        return Hit("DATE", "XXXX" if unit == "year" else "XXXX-WXX", end=m.end("unit"), story=story)
    value = str(ctx.dct.year) if unit == "year" else fmt_week(ctx.dct)
    return Hit("DATE", value, end=m.end("unit"), story=story)


@rule(
    "years-ago-vague",
    r"(?i:\b(?:just\s+|only\s+)?(?P<unit>years|months|weeks|days|decades"
    r"|(?:hours|minutes)(?=\s+(?:earlier|later)\b))\s+(?P<dir>ago|earlier|later)\b)",
    triggers="ago earlier later",
    reach=30,
    ahead=4,
    priority=6,
)
def years_ago_vague(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "months ago", "years later", "hours later": a vague point before or after the
    reference time ("hours ago" is left alone: it is the day of writing, read as news)."""
    if re.search(
        rf"(?i:\b(?:{QUANT}|few|several|many|some|the|of)(?:\s+|-))$", ctx.before(m.start(), 24)
    ):
        return None  # "two days later": an amount, read by the "ago" rule
    return Hit(
        "DATE",
        "PAST_REF" if m.group("dir").lower() != "later" else "FUTURE_REF",
        start=m.start("unit"),
    )


RULES += [the_year_week, years_ago_vague]


@rule("one-day", r"(?i:\bone\s+day\b)", triggers="day", reach=12, ahead=4, priority=3)
def one_day(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "will one day be": an unspecified future (FUTURE_REF), not the length of a day.
    ("someday" was tried too and cost precision on the training corpus.)"""
    if not re.search(
        r"\b(?:will|would|could|might|may|can|should|must|shall|to|'ll)\s+$",
        ctx.before(m.start(), 12).lower(),
    ):
        return None  # "for one day" is an amount
    if re.match(r"[-\s]+(?:long|old|later|earlier|after|before|ago)\b", ctx.after(m.end(), 10)):
        return None
    return Hit("DATE", "FUTURE_REF")


RULES += [one_day]


@rule(
    "nth-day-today",
    r"(?i:\b(?:is|it['’]s|this\s+is|today\s+is|marks)\s+(?P<x>the\s+(?:first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+"
    r"|consecutive\s+|full\s+)?day)\b)",
    triggers="day",
    reach=60,
    ahead=4,
    priority=6,
)
def nth_day_today(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "today is the eighth day of the blockade": the day of writing, counted from the
    start of an event."""
    if re.match(r"\s+(?:of\s+the\s+month|in\s+a\s+row\s+that)\b", ctx.after(m.end(), 20)):
        return None
    if ctx.dct is None:
        return Hit("DATE", "PRESENT_REF", start=m.start("x"))
    return Hit("DATE", fmt_day(ctx.dct), start=m.start("x"))


RULES += [nth_day_today]


@rule(
    "year-period",
    r"(?i:\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?P<y>1[89]\d\d|20\d\d)\s+"
    r"(?P<unit>quarter|period)\b)",
    triggers="quarter period",
    reach=40,
    ahead=10,
    priority=4,
)
def year_period(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the 1988 quarter", "the 1988 period" in results stories: that year's quarter the
    story is about (a period with no quarter in focus is the year)."""
    y = int(m.group("y"))
    focus = quarter_in_focus(ctx, m.start())
    if m.group("unit").lower() == "quarter":
        q = focus or (_reported_quarter(ctx.dct)[1] if ctx.dct else None)
        return Hit("DATE", f"{y}-Q{q}" if q else f"{y}-QX")
    return Hit("DATE", f"{y}-Q{focus}" if focus else str(y))


RULES += [year_period]
