"""Rules for dates written out on the calendar: full and partial dates, numeric dates,
years, decades, centuries, months, seasons, quarters, halves, fiscal years, holidays."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .anaphora import SEASON_ORDER, Reference
from .date_math import (
    easter,
    fmt_day,
    fmt_month,
    fmt_week,
    fmt_year,
    month_day_year,
    month_year,
    nth_weekday,
    quarter_of,
    safe_date,
)
from .lexicon import HOLIDAYS_FIXED, ORDINALS, SEASONS
from .patterns import (
    DAY,
    MONTH,
    MONTH_FULL,
    NUMBER_START,
    ORD_DAY,
    T_MONTH,
    T_SEASON,
    WEEKDAY,
    YEAR,
    day_num,
    month_num,
    two_digit_year,
    weekday_num,
)
from .rule import Context, Hit, rule

_SEP = r"(?:,\s*|\s+)"


def _in_year(month: int, day: int) -> Callable[[Reference], str | None]:
    """The value of a month-day in the story's year, for a date written without one."""

    def value(ref: Reference) -> str | None:
        if ref.year > 0 and safe_date(ref.year, month, day) is None:
            return None
        return f"{fmt_year(ref.year)}-{month:02d}-{day:02d}"

    return value


def _full_date(
    year: int | None, month: int, day: int, m: re.Match[str], ctx: Context
) -> Hit | None:
    if year is None:
        story = _in_year(month, day)
        if ctx.dct is None or safe_date(2000, month, day) is None:
            return Hit("DATE", f"XXXX-{month:02d}-{day:02d}", story=story)
        # only a clear future cue moves the date ahead; otherwise the nearest plausible
        # date (measured on the corpus: past-tense cues mislead more than they help)
        tense = ctx.tense(m.start(), m.end(), strict=True)
        if _SCHEDULED_PRESENT.search(ctx.before(m.start(), 30)):
            tense = "FUTURE"  # "the flight, which launches June 28": a timetable
        year = month_day_year(ctx.dct, month, day, tense if tense == "FUTURE" else None)
        wd = m.group("wd")
        if wd:
            # "Saturday, April 25": the weekday tells which year is meant
            for y in (year, ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
                d = safe_date(y, month, day)
                if d and d.isoweekday() == weekday_num(wd):
                    year = y
                    break
        if safe_date(year, month, day) is None:
            # 29 February of a year that has none: its year is the story's, if it has one
            return Hit("DATE", f"XXXX-{month:02d}-{day:02d}", story=story)
        return Hit("DATE", f"{year:04d}-{month:02d}-{day:02d}", story=story)
    if safe_date(year, month, day) is None:
        return None
    return Hit("DATE", f"{year:04d}-{month:02d}-{day:02d}")


# The present of a timetable: "the last flight, which launches June 28", "the show opens on
# May 3". Told of a day not yet come, English uses the simple present for what is scheduled;
# a past day would be told in the past.
_SCHEDULED_PRESENT = re.compile(
    r"(?i:\b(?:launches|opens|begins|starts|ends|closes|runs|arrives|departs|leaves|resumes"
    r"|premieres|airs|expires|kicks\s+off|takes\s+place|goes\s+on\s+sale)"
    r"(?:\s+(?:on|until|through))?\s+)$"
)


def _year_of(m: re.Match[str]) -> int | None:
    if m.group("year"):
        return int(m.group("year"))
    if m.group("yy"):
        return two_digit_year(m.group("yy"))
    return None


@rule(
    "month-day-year",
    rf"(?P<wk>(?i:the\s+week\s+of)\s+)?"
    rf"(?:(?P<wd>{WEEKDAY}){_SEP})?(?P<mon>{MONTH})\s*(?:(?P<day>{DAY})|(?P<dw>{ORD_DAY})\b)"
    rf"(?:{_SEP}(?P<year>{YEAR})|\s*,?\s*'(?P<yy>\d\d)\b)?",
    triggers=T_MONTH,
)
def month_day_year_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    day = day_num(m.group("day") or m.group("dw"))
    hit = _full_date(_year_of(m), month_num(m.group("mon")), day, m, ctx)
    if hit is not None and m.group("wk") and hit.value[:1].isdigit():
        # "the week of March 6" names the week, not the day
        return Hit("DATE", fmt_week(dt.date.fromisoformat(hit.value)))
    return hit


@rule(
    "day-month-year",
    rf"(?:(?P<wd>{WEEKDAY}){_SEP})?(?:(?i:the)\s+)?(?:(?P<day>{DAY})|(?P<dw>{ORD_DAY}))(?:\s+of)?\s+"
    rf"(?P<mon>{MONTH})(?:{_SEP}(?P<year>{YEAR})|\s*'(?P<yy>\d\d)\b)?",
    triggers=T_MONTH,
)
def day_month_year_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    day = day_num(m.group("day") or m.group("dw"))
    hit = _full_date(_year_of(m), month_num(m.group("mon")), day, m, ctx)
    if hit is not None and m.end() == m.end("mon") and re.fullmatch(r"(?i:june|july)\.", m["mon"]):
        hit.end = m.end() - 1  # "surrendered on 14 June." ends the sentence, not an abbreviation
    return hit


@rule("month-year", rf"(?P<mon>{MONTH})(?:,?\s+|\s+of\s+)(?P<year>{YEAR})", triggers=T_MONTH)
def month_year_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    return Hit("DATE", fmt_month(int(m.group("year")), month_num(m.group("mon"))))


@rule(
    "iso-date",
    r"(?=\d)(?<![\w/.-])(?P<y>1\d{3}|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?)?(?![\w/-])",
    starts=NUMBER_START,
)
def iso_date(m: re.Match[str], ctx: Context) -> Hit | None:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if d is None:
        return None
    if m.group("hh"):
        return Hit("TIME", f"{fmt_day(d)}T{m.group('hh')}:{m.group('mm')}")
    return Hit("DATE", fmt_day(d))


@rule(
    "slash-date",
    r"(?=\d)(?<![\w/.$-])(?P<a>[01]?\d|[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\w/]|\.\d)",
    starts=NUMBER_START,
)
def slash_date(m: re.Match[str], ctx: Context) -> Hit | None:
    a, b = int(m.group("a")), int(m.group("b"))
    y = m.group("y")
    year = int(y) if len(y) == 4 else two_digit_year(y)
    # US order for slashes; day first when the first number cannot be a month
    month, day = (a, b) if (m.group("sep") == "/" and a <= 12) else (b, a)
    if month > 12 and day <= 12:
        month, day = day, month
    d = safe_date(year, month, day)
    return Hit("DATE", fmt_day(d)) if d else None


# Words before a number that make it a name or a count, not a year.
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:No|no|Nos|number|Number|Flight|flight|Room|room|Route|route|Highway|highway"
    r"|Boeing|Airbus|Model|model|Resolution|resolution|Article|article|pages?|Pages?|Section"
    r"|section|Chapter|chapter|Interstate|Apollo|Windows|Suite|suite|Box|box|Street|St"
    r"|Avenue|Ave|Level|level|Code|code|Law|law|Rule|rule|Bill|bill|H\.R|S|Vol|vol"
    r"|about|some|nearly|almost|over|than|around|approximately|roughly|another|all|total"
    r")\.?|#|[$£€¥])\s*$"
)
_COUNT_NOUN_AFTER = re.compile(
    r"\s*(?:-?\s*(?:troops|people|soldiers|workers|employees|men|women|children|students"
    r"|residents|refugees|civilians|deaths|dead|votes|voters|members|delegates|persons"
    r"|points|shares|units|cars|vehicles|tons|tonnes|barrels|miles|kilometers|km|meters"
    r"|feet|pounds|dollars|euros|yen|jobs|homes|houses|acres|cases|copies|words|rounds"
    r"|pages|hours|minutes|seconds|days|weeks|months|years|calories|megawatts|MW|kg|lbs?"
    r"|planes|aircraft|ships|tanks|rockets|missiles|rounds|sq|square|metres|plus)\b"
    r"|[-\s]?(?:to|or|and)\s+\d{4}\s+(?:troops|people|soldiers)"
    # "a 2000 year old tradition", "a 1500-year-long history": an age, not a year
    r"|[-\s]+years?[-\s]+(?:old|long)\b)"
)
_YEAR_CONTEXT = re.compile(
    r"(?i:(?:\b(?:in|since|by|until|from|year|early|late|mid|circa)|\bc\.|\bca\.)\s*-?)$"
)


@rule(
    "year",
    r"(?=[12])(?:(?<![\w$£€#./:,'-])|(?<=\b(?:mid|pre)-)|(?<=post-))(?P<y>1\d{3}|20\d\d)(?P<s>'s)?(?![\w%]|[.,]\d|[-/:]\d|\s*(?:%|percent"
    r"|per\s+cent))",
    starts=NUMBER_START,
)
def year_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    y = int(m.group("y"))
    before = ctx.before(m.start(), 25)
    if _NOT_YEAR_BEFORE.search(before) and not _YEAR_CONTEXT.search(before):
        return None
    if _COUNT_NOUN_AFTER.match(ctx.text, m.end()):
        return None
    if y < 1600 and not _YEAR_CONTEXT.search(before):
        return None
    if ctx.dct is not None and y > ctx.dct.year + 60:
        return None
    # "1998's" keeps the possessive out of the span
    return Hit("DATE", str(y), end=m.start("s") if m.group("s") else None)


@rule(
    "year-range",
    r"(?=[12])(?<![\w$£€#./:,'-])(?P<a>1\d{3}|20\d\d)(?P<dash>-|–|—)(?P<b>1\d{3}|20\d\d|\d\d)"
    r"(?![\w%]|[.,/:-]\d)",
    starts=NUMBER_START,
)
def year_range(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "1861-1863", "1957-58", "1941–42": two years, each its own DATE as the TIMEX3
    guidelines mark a range; this hit is the first, and the tagger adds the second."""
    a, b = int(m.group("a")), m.group("b")
    end = a // 100 * 100 + int(b) if len(b) == 2 else int(b)
    if not 0 < end - a < 200:
        return None  # "1998-03" is a month, "2020-19" no range
    if _NOT_YEAR_BEFORE.search(ctx.before(m.start(), 25)) and not _YEAR_CONTEXT.search(
        ctx.before(m.start(), 25)
    ):
        return None  # "pages 1200-1250"
    if _COUNT_NOUN_AFTER.match(ctx.text, m.end()):
        return None  # "1000-1200 troops"
    return Hit("DATE", str(a), end=m.end("a"))


_ERA = r"(?P<era>B\.\s?C\.(?:\s?E\.)?|BCE?\b|A\.\s?D\.|AD\b|CE\b)"


@rule(
    "era-year",
    r"(?<![\w$£€#./:,-])(?:(?P<n>[1-9]\d{0,3}|[1-9]\d?,\d{3})\s?"
    + _ERA
    + r"|(?P<ad>A\.\s?D\.|AD)\s?"
    r"(?P<n2>[1-9]\d{0,3})\b)",
    triggers="bc ad bce ce b.c a.d",
    reach=12,
    ahead=12,
)
def era_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "44 BC", "218 B.C.", "AD 9", "476 AD": years named with their era. Years before the
    common era are written BC0044, as the TIMEX guidelines do."""
    n = int((m.group("n") or m.group("n2")).replace(",", ""))
    era = (m.group("era") or m.group("ad")).replace(".", "").replace(" ", "").upper()
    if era in ("AD", "CE") and n > 9999:
        return None
    if m.group("n") and re.search(r"\d\s*$", ctx.before(m.start(), 3)):
        return None
    return Hit("DATE", f"BC{n:04d}" if era.startswith("B") else f"{n:04d}")


@rule(
    "fiscal-year",
    rf"(?i:(?:the\s+)?(?:(?P<rel>current|latest|last|previous|prior|next|coming|this|same)\s+)?"
    rf"fiscal(?:\s+year)?|FY)\s*(?:(?P<year>{YEAR})|'(?P<yy>\d\d)\b|(?P<y2>\d\d)\b)?",
    triggers="fiscal fy",
)
def fiscal_year(m: re.Match[str], ctx: Context) -> Hit | None:
    # TimeBank writes a fiscal year as its calendar year ("fiscal 1989" -> 1989)
    if m.group("year"):
        return Hit("DATE", m.group("year"))
    yy = m.group("yy") or m.group("y2")
    if yy:
        return Hit("DATE", str(two_digit_year(yy)))
    text = m.group().lower()
    if "year" not in text:
        return None  # "fiscal" alone is an adjective for a following quarter, handled there
    if ctx.dct is None:
        return Hit("DATE", "XXXX")
    rel = (m.group("rel") or "").lower()
    offset = {"last": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1}.get(rel, 0)
    if rel == "latest":
        offset = -1
    return Hit("DATE", str(ctx.dct.year + offset))


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_PART_MOD = {"early": "START", "mid": "MID", "late": "END", "middle": "MID"}


@rule(
    "decade",
    r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[-\s]*)?(?:(?P<dec>(?:1\d|20)\d)0'?s"
    r"|'(?P<d2>\d)0'?s|(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties)))(?![\w'])",
    triggers="#decade twenties thirties forties fifties sixties seventies eighties nineties",
)
def decade_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    if re.match(r"-(?:style|styled|like|esque|type|vintage)\b", ctx.after(m.end(), 10), re.I):
        return None  # "a 1980s-style design" names a manner, not a time
    before = ctx.before(m.start(), 12).lower()
    if (
        re.search(r"\b(?:his|her|their|its|my|your|our)\s*$", before)
        and not m.group("dec")
        and not m.group().lower().startswith("the")
    ):
        return None  # "in their 40s" is an age
    mod = _PART_MOD.get((m.group("mod") or "").lower())
    if m.group("dec"):
        value = m.group("dec")
    elif m.group("d2"):
        value = "19" + m.group("d2")
    else:
        word = m.group("w").lower()
        if not m.group().lower().startswith("the"):
            return None
        value = "19" + str(_DECADE_WORDS[word])
    return Hit("DATE", value, mod)


@rule(
    "century",
    rf"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[-\s]*)?(?P<ord>(?i:{ORD_DAY})|\d{{1,2}}"
    r"(?:st|nd|rd|th))[-\s]+(?i:century)\b(?:\s?(?P<bc>B\.\s?C\.(?:\s?E\.)?|BCE?\b))?",
    triggers="century centuries",
)
def century_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    o = m.group("ord").lower()
    n = ORDINALS.get(o) or int(re.match(r"\d+", o).group())  # type: ignore[union-attr]
    if not 1 <= n <= 22:
        return None
    bc = "BC" if m.group("bc") else ""  # "the 3rd century BC" is BC02, 300 to 201 BC
    return Hit("DATE", f"{bc}{n - 1:02d}", _PART_MOD.get((m.group("mod") or "").lower()))


_DEADLINE_BEFORE = re.compile(r"(?i:\b(?:until|till|through|by)\s+(?:(?:early|mid|late)[-\s]+)?)$")
_PAST_AUX = re.compile(r"(?i:\b(?:had|was|were|did)\b)")


def _deadline(ctx: Context, start: int, end: int) -> bool:
    """ "until January", "by mid-May": a limit set ahead of the time of writing, unless the
    clause is told in the past ("had been extended until January", "By mid-February,
    troops had massed"). Only for lone months: with full month-days it cost more than it
    gained on the training corpus."""
    if not _DEADLINE_BEFORE.search(ctx.before(start, 20)):
        return False
    clause_after = re.split(r"[.;!?]", ctx.after(end, 60), maxsplit=1)[0]
    return not (_PAST_AUX.search(ctx.before(start, 60)) or _PAST_AUX.search(clause_after))


# Words right before a lone month name that show it is a date (not "Theresa May").
_MONTH_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|until|till|by|from|through|thru|during|of|early|late|mid|last|next"
    r"|this|before|after|between|and|to|or|around|for|on|until|starting|beginning|end|ending"
    r"|since|each|every|the|that|past|coming|into|throughout|as\s+of)\s*-?\s*)$"
)


@rule(
    "month",
    rf"(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|coming|past|the\s+following"
    rf"|the\s+next))\s+)?(?P<mon>{MONTH_FULL})(?:\s+(?P<ry>(?i:this|last|next))\s+year)?",
    triggers=T_MONTH,
)
def month_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    mon = month_num(m.group("mon"))
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    before = ctx.before(m.start(), 25)
    after = ctx.after(m.end(), 3)
    if not rel and not m.group("ry") and not _MONTH_CONTEXT.search(before):
        # May and March are also a name and a verb: only accept them after a cue word;
        # a capitalized word on either side suggests a name ("Carol April", "April Ryan")
        if mon in (3, 5) or re.search(r"[A-Z][a-z]+\s*$", before):
            return None
        if re.match(r"\s+[A-Z]", after) and not re.match(r"\s+(?:I|The|A|In)\b", after):
            return None
    if not rel and not m.group("ry"):
        later = _MONTHS_IN_YEAR.match(ctx.text, m.end())
        if later is not None:
            # "between May and June in 1981": the year written after holds for the months
            return Hit("DATE", fmt_month(int(later["year"]), mon))
    story = None
    anaphoric = False
    if not rel and not m.group("ry"):
        # "in March" in a story told of another year is that year's March; "that March"
        # is the story's whatever year the publication date has
        offset = _of_year(ctx.after(m.end(), 30))
        story = _month_in_year(mon, offset or 0)
        anaphoric = offset is not None or bool(re.search(r"(?i:\bthat\s+)$", before))
    elif rel in ("the following", "the next"):
        # "the following March": the first March after the last date the text named
        story, anaphoric = _month_after(mon), True
        rel = "next"  # with no date named yet, the next one after the publication date
    if ctx.dct is None:
        return Hit("DATE", f"XXXX-{mon:02d}", story=story, anaphoric=anaphoric)
    y = ctx.dct.year
    if m.group("ry"):
        year = y + {"this": 0, "last": -1, "next": 1}[m.group("ry").lower()]
    elif rel == "last":
        # the month just gone is "last month"; "last February" said in March is a year back
        year = y if mon < ctx.dct.month - 1 else y - 1
    elif rel in ("past", "this past"):
        year = y if mon < ctx.dct.month else y - 1
    elif rel in ("next", "coming", "this coming"):
        year = y if mon > ctx.dct.month else y + 1
    elif rel == "this":
        year = y
    else:
        deadline = _deadline(ctx, m.start(), m.end())
        tense = "FUTURE" if deadline else ctx.tense(m.start(), m.end())
        year = month_year(ctx.dct, mon, tense)
    return Hit("DATE", fmt_month(year, mon), story=story, anaphoric=anaphoric)


# "May in 1981", "May and June in 1981": the months' year, written after them with "in"
_MONTHS_IN_YEAR = re.compile(
    rf"(?:\s*(?:-|–|—|to|and|or|through|until)\s*{MONTH_FULL})?,?\s+in\s+(?P<year>{YEAR})\b"
)
_OF_YEAR = re.compile(
    r"(?i:\s+of\s+(?P<w>that|the\s+same|the\s+following|the\s+next|the\s+previous"
    r"|the\s+preceding)\s+year\b)"
)


def _of_year(after: str) -> int | None:
    """ "March of that year" (0), "the spring of the following year" (1): how many years
    after the last date named the period lies, when its year is named that way."""
    m = _OF_YEAR.match(after)
    if m is None:
        return None
    w = m["w"].lower()
    return (
        1
        if w.endswith(("following", "next"))
        else -1
        if w.endswith(("previous", "preceding"))
        else 0
    )


def _month_in_year(mon: int, offset: int = 0) -> Callable[[Reference], str]:
    return lambda ref: f"{fmt_year(ref.year + offset)}-{mon:02d}"


def _month_after(mon: int) -> Callable[[Reference], str]:
    return lambda ref: (
        f"{fmt_year(ref.year if ref.month is not None and mon > ref.month else ref.year + 1)}"
        f"-{mon:02d}"
    )


@rule(
    "season",
    rf"(?:(?P<det>(?i:this|last|next|the|this\s+past|this\s+coming|the\s+coming|the\s+past"
    rf"|the\s+last|the\s+next|the\s+following|that|early|late|mid|the\s+early|the\s+late))"
    rf"[-\s]+)?"
    rf"(?P<s>(?i:spring|summer|fall|autumn|winter))(?:'s)?(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b",
    triggers=T_SEASON,
)
def season_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    code = SEASONS[m.group("s").lower()]
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    before = ctx.before(m.start(), 12).lower()
    after = ctx.after(m.end(), 12)
    bare = not det and not m.group("year")
    if bare and m.group("s")[0].isupper() and not re.search(r"(?:^|[.!?\"]\s*|\n\s*)$", before):
        return None  # capitalized mid-sentence: a name ("Operation Winter ...")
    # bare "spring" and "fall" are verbs and nouns too; bare seasons need a preposition
    if bare and (
        code in ("SP", "FA") or not re.search(r"\b(?:in|during|since|by|until|through)\s+$", before)
    ):
        return None
    offset = _of_year(ctx.after(m.end(), 30)) if not m.group("year") else None
    if (
        det == "the"
        and code in ("SP", "FA")
        and offset is None
        and re.match(r"\s+of\b(?!\s+\d)", after)
    ):
        return None  # "the fall of Baghdad" (but "the spring of 218 BC", "of that year")
    if (
        det == "the"
        and code == "FA"
        and not m.group("year")
        and offset is None
        and re.search(r"\b(?:take|takes|took|taken|taking)\s+$", before)
        and re.match(r"\s*(?:for\b|[.,;:!?)\"”]|$)", after)
    ):
        return None  # "took the fall for the scandal": the blame, not the autumn
    if re.match(
        r"[-\s]+(?:time|wheat|crops?|olympics|games|storm|solstice|session|months)\b",
        after,
        re.IGNORECASE,
    ):
        return None
    if m.group("s")[0].isupper() and not m.group("year") and re.match(r"\s+[A-Z][a-z]", after):
        return None  # "the Winter War", "the Summer Palace": a name
    mod = next((v for k, v in _PART_MOD.items() if k in det), None)
    if m.group("year"):
        return Hit("DATE", f"{m.group('year')}-{code}", mod)
    idx = SEASON_ORDER.index(code)
    story = anaphoric = None
    if det in ("the next", "the following"):
        story, anaphoric = _season_after(code, idx), True
    elif offset is not None:
        shift_years = offset  # "the spring of that year", "the winter of the following year"
        story, anaphoric = (lambda ref: f"{fmt_year(ref.year + shift_years)}-{code}"), True
    elif det == "that" or not re.search(r"last|past|next|coming|this", det):
        story, anaphoric = (lambda ref: f"{fmt_year(ref.year)}-{code}"), det == "that"
    if ctx.dct is None:
        return Hit("DATE", f"XXXX-{code}", mod, story=story, anaphoric=bool(anaphoric))
    # where the publication date lies among the seasons of its calendar year: December
    # comes after the autumn (said in December, "last summer" is this year's)
    now_idx = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4][ctx.dct.month - 1]
    y = ctx.dct.year
    if "last" in det or "past" in det:
        year = y if idx < now_idx else y - 1
    elif "next" in det or "coming" in det:
        year = y if idx > now_idx else y + 1
    elif det.startswith("this"):
        year = y
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == "PAST" and idx > now_idx:
            year = y - 1
        elif tense == "FUTURE" and idx < now_idx:
            year = y + 1
        else:
            year = y
    return Hit("DATE", f"{year}-{code}", mod, story=story, anaphoric=bool(anaphoric))


def _season_after(code: str, idx: int) -> Callable[[Reference], str]:
    """ "the next spring": the first one after the story's time."""

    def value(ref: Reference) -> str:
        later = ref.season is not None and idx > ref.season
        return f"{fmt_year(ref.year if later else ref.year + 1)}-{code}"

    return value


_Q_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


@rule(
    "quarter",
    rf"(?i:(?:(?P<ry0>this|last|next)\s+year['’]s\s+"
    rf"|(?:the|its|their|a|this|last|next|that)\s+)?(?:(?:current|latest|most\s+recent"
    rf"|same|previous|prior|year-earlier|year-ago|comparable|fiscal|flat|recent|corresponding"
    rf"|final|just-ended|traditionally\s+\w+)[-\s]+|(?P<y1>{YEAR})\s+|fiscal-)*"
    rf"(?P<ord>{_Q_ORD})[-\s]+(?:fiscal\s+)?(?P<unit>quarter|half)s?"
    rf"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<ry>this|last|next)\s+year"
    rf"|(?P<the>the\s+year))|\s+'(?P<yy>\d\d)\b)?)",
    triggers="quarter quarters half halves",
)
def quarter_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    o = m.group("ord").lower()
    half = m.group("unit").lower() == "half"
    n = ORDINALS.get(o, 4 if not half else 2) if o not in ("final", "last") else (2 if half else 4)
    if half and n > 2:
        return None
    text = m.group().lower()
    if re.match(r"\s+of\s+(?:a|an|the|its|their)\s+(?!year|fiscal)", ctx.after(m.end(), 30)):
        return None  # "the first half of the game"
    written_year = m.group("y1") or m.group("y2") or m.group("yy") or m.group("ry")
    if half and not (written_year or m.group("ry0") or m.group("the")) and not _money_near(m, ctx):
        return None  # "scored in the second half": a half of the match, not of the year
    letter = "H" if half else "Q"
    if text.endswith("s") and not m.group("y2") and m.group("unit").lower() + "s" in text:
        return Hit("SET", f"XXXX-{letter}{n}")
    year: int | None = None
    if m.group("y1"):
        year = int(m.group("y1"))
    elif m.group("y2"):
        year = int(m.group("y2"))
    elif m.group("yy"):
        year = two_digit_year(m.group("yy"))
    elif ctx.dct is not None:
        y = ctx.dct.year
        ry = m.group("ry") or m.group("ry0")  # "next year's first quarter"
        if ry:
            year = y + {"this": 0, "last": -1, "next": 1}[ry.lower()]
        else:
            cur = quarter_of(ctx.dct) if not half else (1 if ctx.dct.month <= 6 else 2)
            tense = ctx.tense(m.start(), m.end())
            # a quarter not yet begun is last year's, unless spoken of as coming
            year = y if n <= cur or tense == "FUTURE" else y - 1
            if "year-earlier" in text or "year-ago" in text:
                year -= 1
    if year is None:
        return Hit("DATE", f"XXXX-{letter}{n}")
    return Hit("DATE", f"{year}-{letter}{n}")


# Words of money and the economy: a half named without its year is a half of the (fiscal)
# year only in such a context ("pretax profit for the first half rose"), as in TimeBank; in a
# match report "the second half" is the game's
_MONEY = re.compile(
    r"(?i:\b(?:profits?|earnings|revenues?|sales|loss(?:es)?|income|results|fiscal|quarters?"
    r"|percent|growth|econom\w*|shares|dividends?|billion|million|gdp|inflation|output"
    r"|forecasts?|prices?|market|demand|budget|deficit|exports?|imports?)\b|%|\$|£|€)"
)


def _money_near(m: re.Match[str], ctx: Context) -> bool:
    """Whether the sentence of the match speaks of money or the economy."""
    before = re.split(r"[.!?]\s+(?=[A-Z\"“])", ctx.before(m.start(), 200))[-1]
    after = re.split(r"[.!?](?:\s|$)", ctx.after(m.end(), 200), maxsplit=1)[0]
    return bool(_MONEY.search(before + " " + after))


@rule(
    "quarter-abbrev",
    rf"(?=[Q1-4])\b(?:Q(?P<q>[1-4])(?:\s+(?P<y>{YEAR})|[-\s]?'?(?P<yy>\d\d)\b)?|(?P<q2>[1-4])Q"
    r"(?:'?(?P<yy2>\d\d))?)\b",
    starts=NUMBER_START,
)
def quarter_abbrev(m: re.Match[str], ctx: Context) -> Hit | None:
    q = m.group("q") or m.group("q2")
    y = m.group("y")
    if y is None and (m.group("yy") or m.group("yy2")):
        y = str(two_digit_year(m.group("yy") or m.group("yy2")))
    if y is None:
        y = str(ctx.dct.year) if ctx.dct else "XXXX"
    return Hit("DATE", f"{y}-Q{q}")


_HOLIDAYS_MOVABLE = {
    "thanksgiving": (11, 4, 4),
    "thanksgiving day": (11, 4, 4),
    "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1),
    "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3),
    "martin luther king day": (1, 1, 3),
    "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3),
    "columbus day": (10, 1, 2),
    "martin luther king jr. day": (1, 1, 3),
    "martin luther king jr day": (1, 1, 3),
}


@rule(
    "holiday",
    rf"(?:(?P<det>(?i:last|next|this))\s+)?(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's"
    r"(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
    r"|Halloween|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Valentine's\s+Day|Veterans\s+Day"
    r"|Mother's\s+Day|Father's\s+Day|Columbus\s+Day|Presidents'?\s+Day|Boxing\s+Day"
    r"|Bastille\s+Day|Armistice\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Election\s+Day"
    r"|Inauguration\s+Day|St\.\s+Patrick's\s+Day|Groundhog\s+Day|Earth\s+Day|Flag\s+Day"
    r"|Remembrance\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|May\s+Day)"
    rf"\b(?:{_SEP}(?P<year>{YEAR}))?",
    triggers="election inauguration patrick groundhog earth flag remembrance canada australia anzac may christmas thanksgiving easter halloween independence labor memorial valentine veterans mother father columbus presidents boxing bastille armistice new good martin",
)
def holiday_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    name = re.sub(r"\s+", " ", m.group("h").lower())
    after = ctx.after(m.end(), 12)
    if re.match(
        r"\s+(?:Island|Islands|tree|trees|card|cards|carol|party|shopping|season"
        r"|sales?|bunny|egg|eggs|Rising|Offensive|truce|message|address|bonus)\b",
        after,
        re.IGNORECASE,
    ):
        return None

    def on(year: int) -> dt.date:
        if name in HOLIDAYS_FIXED:
            mo, d = HOLIDAYS_FIXED[name]
            return dt.date(year, mo, d)
        if name.startswith("easter"):
            return easter(year) + dt.timedelta(days=1 if name.endswith("monday") else 0)
        if name == "good friday":
            return easter(year) - dt.timedelta(days=2)
        if name == "election day":
            # US federal elections: the Tuesday after the first Monday of November
            return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
        mo, wd, n = _HOLIDAYS_MOVABLE[name]
        return nth_weekday(year, mo, wd, n)

    if m.group("year"):
        return Hit("DATE", fmt_day(on(int(m.group("year")))))
    if ctx.dct is None:
        if name in HOLIDAYS_FIXED:
            month, day = HOLIDAYS_FIXED[name]
            return Hit("DATE", f"XXXX-{month:02d}-{day:02d}")
        return None
    det = (m.group("det") or "").lower()
    story = None if det else (lambda ref: fmt_day(on(ref.year)) if ref.year > 0 else None)
    this = on(ctx.dct.year)
    tense = ctx.tense(m.start(), m.end())
    if det == "last" or (not det and tense == "PAST"):
        d = this if this <= ctx.dct else on(ctx.dct.year - 1)
    elif det == "next" or (not det and tense == "FUTURE"):
        d = this if this >= ctx.dct else on(ctx.dct.year + 1)
    else:
        d = this
    return Hit("DATE", fmt_day(d), story=story)


RULES = [
    month_day_year_rule,
    day_month_year_rule,
    month_year_rule,
    iso_date,
    slash_date,
    year_rule,
    year_range,
    era_year,
    fiscal_year,
    decade_rule,
    century_rule,
    month_rule,
    season_rule,
    quarter_rule,
    quarter_abbrev,
    holiday_rule,
]
