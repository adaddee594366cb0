"""Rules for years before 1000 written without an era: "in 632 the caliph died", "c. 347",
"in December of 384", "30 September 420", "the winter of 373 – 374".

A number of three digits is far more often a count than a year ("in 632 cases", "about 300
people", "rose by 150"), so it is read as a year only where the words around it make it one:
after "in", "since", "until", "till", "before", "after" (and a sentence-opening "By"), or
"c."/"ca."/"circa", and never when a noun follows it (what follows must be the end of the
phrase: a stop, a comma, a dash, or the next clause's first word). After a month or a day of
a month the number is the month's year ("December of 384"). Years with an era ("AD 79",
"44 BC") are read by ``rules_explicit.era_year``; one- and two-digit years are left alone
without an era ("in 79" is too often a count).
"""

from __future__ import annotations

import re

from .date_math import fmt_day, fmt_month, safe_date
from .lexicon import SEASONS
from .patterns import DAY, MONTH_FULL, NUMBER_START, T_MONTH, T_SEASON, day_num, month_num
from .rule import Context, Hit, rule

# a year written with its era ("the spring of 218 BC") is era_year's, which knows the era
_EARLY = (
    r"(?P<y>[1-9]\d{2})(?![\w%]|[.,]\d|\s*(?:%|percent|per\s+cent"
    r"|B\.\s?C\.|BCE?\b|A\.\s?D\.|AD\b|CE\b))"
)
# the words that make the number a year: a preposition of time, "c.", or a sentence-opening
# "By"; "about" or "around" only after one of them ("until about 360")
_YEAR_CUE = re.compile(
    r"(?:(?i:\b(?:in|since|until|till|before|after|c\.|ca\.|circa)(?:\s+(?:about|around))?)"
    r"|(?:^|[.!?]\s+|\n)By)\s+(?:(?i:the\s+year)\s+)?$"
)
# what may follow a year: the end of its phrase, or the first word of what comes next
_PHRASE_END = re.compile(
    r"\s*(?:[,.;:)\]!?]|[–—-]|$)"
    r"|\s+(?:(?:and|or|but|when|where|while|as|after|before|until|the|a|an|he|she|it|they|we"
    r"|his|her|its|their|was|were|had|did|with|at|in|on|to|for|from|under|during|by|that|this)"
    r"\b|[A-Z])"
)
_RANGE_TO = re.compile(r"\s*(?:-|–|—|to|and)\s*\d[\d,]*")


def ends_phrase(text: str, end: int) -> bool:
    """Whether a number ending at ``end`` ends its phrase, as a year does ("in 632 the
    caliph died"), rather than counting a noun ("in 632 cases")."""
    return bool(_PHRASE_END.match(text, end))


def _a_year(ctx: Context, start: int, end: int) -> bool:
    """Whether the number at text[start:end] stands where a year does."""
    if not _PHRASE_END.match(ctx.text, end):
        return False
    # "in 300-400 cases": a range of counts (but "c. 314 – 368" is one of years)
    second = _RANGE_TO.match(ctx.text, end)
    return second is None or bool(_PHRASE_END.match(ctx.text, second.end()))


@rule("early-year", rf"(?=[1-9])(?<![\w$£€#./:,'’-]){_EARLY}", starts=NUMBER_START)
def early_year(m: re.Match[str], ctx: Context) -> Hit | None:
    if not _YEAR_CUE.search(ctx.before(m.start(), 30)):
        return None
    if not _a_year(ctx, m.start(), m.end()):
        return None
    return Hit("DATE", f"{int(m['y']):04d}")


@rule(
    "month-early-year",
    rf"(?:(?P<day>{DAY})\s+)?(?P<mon>{MONTH_FULL})(?:\s+of)?\s+{_EARLY}",
    triggers=T_MONTH,
)
def month_early_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "in December of 384", "30 September 420": a month's year before 1000."""
    if not _a_year(ctx, m.start("y"), m.end()):
        return None
    year, month = int(m["y"]), month_num(m["mon"])
    if m["day"]:
        day = safe_date(year, month, day_num(m["day"]))
        return Hit("DATE", fmt_day(day)) if day else None
    if not re.search(r"\sof\s", m.group()):
        return None  # "March 384" may be a name and a count; "March of 384" is a month
    return Hit("DATE", fmt_month(year, month))


@rule(
    "season-early-year",
    rf"(?i:(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+of)\s+{_EARLY}",
    triggers=T_SEASON,
)
def season_early_year(m: re.Match[str], ctx: Context) -> Hit | None:
    """ "the winter of 373": a season of a year before 1000."""
    if not _a_year(ctx, m.start("y"), m.end()):
        return None
    return Hit("DATE", f"{int(m['y']):04d}-{SEASONS[m['s'].lower()]}")


RULES = [early_year, month_early_year, season_early_year]
