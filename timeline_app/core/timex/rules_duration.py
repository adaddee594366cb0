"""Rules for durations ("two years", "a five-year plan", "the past few weeks") and sets
("daily", "every Monday", "$5 a year")."""

from __future__ import annotations

import re

from .lexicon import SET_ADVERBS
from .number_words import format_number, parse_number
from .patterns import (
    MONTH_FULL,
    QUANT,
    T_UNIT,
    UNIT,
    VAGUE,
    WEEKDAY,
    month_num,
    unit_of,
    weekday_num,
)
from .rule import Context, Hit, rule

_SPAN_LEAD = (
    r"(?:the\s+)?(?:(?P<rel>past|last|next|previous|first|final|coming|following|latest"
    r"|remaining|initial|prior|same|other|further|additional|entire|whole|full)\s+)?"
)


def duration_value(n: float | None, unit: str, is_time: bool) -> str:
    """P2Y, PT3H, PXM ...; decades/centuries/millennia become years (P10Y, PXY for "decades"),
    except uncounted centuries and millennia, which keep their unit (PXC, PXL): "centuries"
    is no number of years one could write."""
    factor = {"E": 10, "C": 100, "L": 1000}.get(unit)
    if n is None and unit in ("C", "L"):
        return f"PX{unit}"
    if factor:
        unit = "Y"
    if n is None:
        return f"PTX{unit}" if is_time else f"PX{unit}"
    if factor:
        n *= factor
    if n != int(n):
        # ISO allows decimals only in the last part; 2.5 years is better as P2Y6M
        whole = int(n)
        frac = n - whole
        if unit == "Y" and (frac * 12) == int(frac * 12):
            return f"P{whole}Y{int(frac * 12)}M" if whole else f"P{int(frac * 12)}M"
        if unit == "H" and (frac * 60) == int(frac * 60):
            return f"PT{whole}H{int(frac * 60)}M" if whole else f"PT{int(frac * 60)}M"
        if unit == "M" and is_time and (frac * 60) == int(frac * 60):
            return f"PT{whole}M{int(frac * 60)}S" if whole else f"PT{int(frac * 60)}S"
        if unit == "D" and not is_time:
            return f"PT{int(n * 24)}H"
    return f"PT{format_number(n)}{unit}" if is_time else f"P{format_number(n)}{unit}"


# Words before "a year" that make it a rate ("$5 a year", "twice a year") not a duration.
_RATE_BEFORE = re.compile(
    r"(?i:(?:\d|%|\bpercent|\bper\s+cent|\btimes|\bonce|\btwice|\bthrice|\bcents?|\bdollars?"
    r"|\beuros?|\bpounds?|\byen|\bbarrels|\btons|\btonnes|\bpeople|\bunits|\bshares|\bpoints"
    r"|\bmillion|\bbillion|\btrillion|\bthousand|\bhundred|\bvisitors|\bcases|\bbags)\s*)$"
)


# "<amount> of <noun>" where the noun is money or goods measured in time, not a stretch of
# time ("two years of war" stays a duration)
_MEASURE_OF = re.compile(
    r"(?i:\s+of\s+(?:(?:base|annual|gross|net|his|her|their|its|the)\s+)?(?:pay|salary"
    r"|salaries|wages?|severance|rent|income|earnings|revenues?|sales|supply|supplies"
    r"|inventory|inventories|imports|exports|production|output|consumption|reserves|benefits"
    r"|dividends?|interest|payments?)\b)"
)


@rule(
    "duration",
    rf"(?i:\b{_SPAN_LEAD}(?P<q>{QUANT})(?P<sep>[-\s]+|\s+(?:more|full|straight|consecutive"
    rf"|long|whole|additional|more|other|short|trading|business|calendar|working)\s+)"
    rf"(?P<unit>{UNIT})(?P<and>\s+and\s+an?\s+half)?(?P<tail>(?:[-\s]+old|-long|-plus)\b)?)"
    r"(?![-\w])",
    triggers=T_UNIT,
    reach=70,
    ahead=25,
)
def duration_rule(m: re.Match[str], ctx: Context) -> Hit | None:
    qtxt = m.group("q")
    unit_word = m.group("unit").lower()
    unit, is_time = unit_of(unit_word)
    if qtxt.lower() in ("a", "an") and unit_word in ("second", "min", "quarter", "night"):
        return None  # "a second term", "a quarter of", "a night out"
    if unit == "Q" and (
        not re.search(r"(?i:quarters?)", m.group()) or re.match(r"\s+of\b", ctx.after(m.end(), 5))
    ):
        return None  # "three-quarters of its food" is a fraction
    if m.group("unit").istitle() and not re.search(
        r"(?:^|[.!?\n]\s*|[\"“`]\s*)$", ctx.before(m.start(), 4)
    ):
        return None  # "CBS's 60 Minutes", "48 Hours": a title, not an amount of time
    if re.match(r"(?:['’]s?|-\w+)?\s+War\b", ctx.after(m.end(), 12)):
        return None  # "the Thirty Years' War", "the Six-Day War": names of wars
    n = parse_number(qtxt)
    if n is None:
        return None
    start = None
    if (m.group("rel") or "").lower() == "last" and re.search(
        r"(?i:\b(?:would|will|could|to|did|does|do|may|might|can|should|must|not)\s+$)",
        ctx.before(m.start(), 8),
    ):
        start = m.start("q")  # "it would last 1,425 days": the verb, not "the last ..."
    if m.group("and"):
        n += 0.5
    if unit_word == "quarter" and qtxt.lower() in ("a", "an"):
        return None
    if unit == "Q":
        unit, n = "M", n * 3  # TIMEX3 has no quarter designator; a quarter is three months
        value = duration_value(n, unit, is_time)
        if m.group("rel") is None and n == 3:
            value = "P3M"
    if (
        qtxt.lower() in ("a", "an")
        and not m.group("rel")
        and _RATE_BEFORE.search(ctx.before(m.start(), 20))
    ):
        return Hit("SET", duration_value(1, unit, is_time))
    value = duration_value(n, unit, is_time)
    # a bare number then "hours" might be "3 hours" or "24 hours"; digits > 10000 are counts
    if n > 5000:
        return None
    if m.group("tail") and "old" in m.group("tail").lower():
        return None  # ages ("a 6-year-old boy", "52 years old") are not annotated in news
    if _MEASURE_OF.match(ctx.text, m.end()):
        return None  # "six months of base pay": an amount of money or goods, not a time
    return Hit("DURATION", value, start=start)


@rule(
    "vague-duration",
    rf"(?i:\b(?:(?:the\s+)?(?P<rel>past|last|next|coming|recent|previous|following|first"
    rf"|final|ensuing|intervening|early|later)\s+)?(?:(?P<q>{VAGUE}|a\s+few|the)\s+)?"
    r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries|quarters)"
    r"(?P<tail>\s+(?:ahead|to\s+come)|-long|-old)?\b)",
    priority=6,
    triggers=T_UNIT,
    reach=50,
    ahead=25,
)
def vague_duration(m: re.Match[str], ctx: Context) -> Hit | None:
    rel = (m.group("rel") or "").lower()
    q = (m.group("q") or "").lower()
    before = ctx.before(m.start(), 20).lower()
    after = ctx.after(m.end(), 20).lower()
    # "in the weeks before the shooting", "over the years": a vague stretch of time
    anchored = re.match(
        r"\s+(?:before|after|that\s+followed|following|since|leading\s+up"
        r"|preceding|ahead|to\s+come)\b",
        after,
    )
    if (
        q == "the"
        and not rel
        and not m.group("tail")
        and not (anchored or re.search(r"\b(?:over|through|down)\s+$", before))
    ):
        return None
    if not rel and not q and not m.group("tail"):
        # a bare plural is a duration only after "for", "within", "in", "over", "after"
        if not re.search(
            r"\b(?:for|within|in|over|after|lasting|took|take|takes|spent)\s+$", before
        ):
            return None
        if re.match(r"\s*(?:of|in\s+which|when|before|after|later|earlier)\b", after):
            return None
    if re.match(r"\s+(?:ago|earlier|later|before)\b", after) and not rel:
        return None  # the ago rule takes it
    if rel in ("early", "later") and not q:
        return None
    unit, is_time = unit_of(m.group("unit"))
    if unit == "Q":
        return Hit("DURATION", "PXQ")
    if rel in ("coming", "next", "following") and q == "" and unit == "M":
        pass
    return Hit("DURATION", duration_value(None, unit, is_time))


@rule(
    "set-adverb",
    r"(?i:\b(?P<w>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly"
    r"|semiannually|biannually)\b)",
    triggers="hourly daily nightly weekly biweekly monthly quarterly annually yearly semiannually biannually",
    reach=2,
    ahead=2,
)
def set_adverb(m: re.Match[str], ctx: Context) -> Hit | None:
    w = m.group("w").lower()
    value = SET_ADVERBS[w]
    if w in ("quarterly", "monthly", "weekly", "daily", "annually", "yearly") and re.match(
        r"\s+(?:[a-z]+\s+)?(?:dividend|payment|report|rate|figures?|meeting|newspaper"
        r"|magazine|journal|paper|publication|program|show|results|loss|profit|earnings"
        r"|sales|income|revenue|basis|average|data|statistics|survey|review|session"
        r"|Granma|edition|column)s?\b",
        ctx.after(m.end(), 40),
    ):
        return None  # "quarterly dividend", "the daily Granma": an adjective naming a thing
    return Hit("SET", value)


@rule(
    "set-every",
    rf"(?:(?P<freq>(?i:once|twice|thrice|\w+\s+times))\s+)?(?P<q>(?i:every|each|per|a|an))\s+"
    rf"(?:(?P<other>(?i:other))\s+|(?P<n>(?i:\d+|two|three|four|five|six|seven|eight|nine|ten"
    rf"|few|several|couple\s+of))\s+)?(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH_FULL})"
    r"|(?P<unit>(?i:days?|weeks?|months?|years?|quarters?|hours?|minutes?|decades?|mornings?"
    r"|nights?|evenings?|afternoons?|weekends?|seasons?|summers?|winters?|springs?|autumns?"
    r"|falls?)))\b",
    triggers="every each per once twice thrice times",
    reach=20,
    ahead=40,
)
def set_every(m: re.Match[str], ctx: Context) -> Hit | None:
    q = m.group("q").lower()
    if q in ("a", "an") and not m.group("freq"):
        return None  # "a year" as a rate is found by the duration rule
    if q in ("a", "an") and (m.group("wd") or m.group("mon")):
        return None
    if m.group("wd"):
        return Hit("SET", f"XXXX-WXX-{weekday_num(m.group('wd'))}")
    if m.group("mon"):
        return Hit("SET", f"XXXX-{month_num(m.group('mon')):02d}")
    word = m.group("unit").lower().rstrip("s")
    seasons = {"summer": "SU", "winter": "WI", "spring": "SP", "autumn": "FA", "fall": "FA"}
    if word in seasons:
        return Hit("SET", f"XXXX-{seasons[word]}")
    if word in ("morning", "night", "evening", "afternoon"):
        code = {"morning": "MO", "night": "NI", "evening": "EV", "afternoon": "AF"}[word]
        return Hit("SET", f"XXXX-XX-XXT{code}")
    if word == "weekend":
        return Hit("SET", "XXXX-WXX-WE")
    if word == "season":
        return Hit("SET", "P1Y")
    unit, is_time = unit_of(word)
    n = 2.0 if m.group("other") else (parse_number(m.group("n")) if m.group("n") else 1.0)
    if unit == "Q":
        return Hit("SET", "P1Q" if n == 1 else f"P{format_number(3 * (n or 1))}M")
    return Hit("SET", duration_value(n, unit, is_time))


RULES = [duration_rule, vague_duration, set_adverb, set_every]


@rule(
    "vague-amount",
    r"(?i:\b(?:for|within|after|in|during)\s+(?P<x>a\s+while|(?:quite\s+)?some\s+time"
    r"|a\s+(?:(?:fairly|very|rather)\s+)?(?:long|lengthy|short|brief)\s+(?:time|period|while)"
    r"|a\s+(?:lengthy|brief)\s+period)\b)",
    triggers="while time period",
    reach=40,
    ahead=4,
    priority=6,
)
def vague_amount(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "for some time", "for a while", "within a short period": an amount of time
    with no number (TimeML writes the unknown amount as PXX)."""
    if re.match(
        r"\s+(?:ago|before|after|now|to\s+come|later|earlier)\b",
        ctx.after(m.end(), 12),
        re.IGNORECASE,
    ):
        return None
    return Hit("DURATION", "PXX", start=m.start("x"))


RULES += [vague_amount]
