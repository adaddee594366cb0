"""English temporal vocabulary: month, weekday, number and unit words.

These are language facts (not corpus strings); the patterns and the
normalizer both read them so a word is added in one place only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {  # ISO numbering, Monday = 1
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# Part-of-day words and the TIMEX3 value suffix they map to.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "noon": "MI",
}

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a": 1, "an": 1, "dozen": 12, "couple": 2,
    "half": 0.5,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Vague quantities: the duration gets an X in place of the number.
VAGUE_QUANTITIES = (
    "several", "a few", "few", "some", "many", "a number of", "a couple of", "couple of",
    "numerous", "a handful of", "countless", "recent", "coming", "the coming",
    "the next few", "the past few", "the last few", "the next several", "the past several",
)

# Unit word (singular) -> (ISO 8601 designator, is a time-of-day unit, factor).
# Decades and centuries are written in years so "a decade" is P10Y.
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
}

UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "nights": "night", "weeks": "week", "fortnights": "fortnight", "months": "month",
    "quarters": "quarter", "years": "year", "decades": "decade", "centuries": "century",
    "millennia": "millennium", "mins": "minute", "hrs": "hour", "yrs": "year",
}

# Adverb/adjective -> SET value.
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
    "yearly": "P1Y", "semiannually": "P6M", "biannually": "P6M",
}

# Fixed-date holidays: name -> (month, day).
HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "veterans day": (11, 11), "armistice day": (11, 11), "new year": (1, 1),
    "bastille day": (7, 14), "st. patrick's day": (3, 17), "groundhog day": (2, 2),
    "inauguration day": (1, 20), "earth day": (4, 22), "flag day": (6, 14),
    "remembrance day": (11, 11), "canada day": (7, 1), "australia day": (1, 26),
    "anzac day": (4, 25), "may day": (5, 1),
}

# Time zones that may follow a clock time (kept in the span, not in the value).
TIME_ZONES = (
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
    "CEST", "ET", "PT", "CT", "MT", "JST", "IST", "AEST", "MSK", "Zulu",
)

# Cues that the clause around an expression talks about the future.
FUTURE_CUES = (
    "will", "'ll", "’ll", "shall", "going to", "gonna", "scheduled", "schedule", "plans",
    "plan", "planned", "planning", "expected", "expects", "expect", "upcoming", "due",
    "set to", "set for", "is to", "are to", "intends", "intend", "would", "next", "as soon as",
    "as early as", "will be", "won't", "hopes", "hope", "aims", "to be held", "deadline",
    "forecast", "slated", "tentatively", "likely", "must", "could", "might", "should", "can",
    "going", "ahead", "awaiting", "await", "coming", "payable", "supposed",
)

# Cues for the past: auxiliaries and time words; regular -ed verbs are found by shape.
PAST_CUES = (
    "was", "were", "had", "did", "ago", "last", "earlier", "previously", "took", "said",
    "went", "came", "began", "made", "met", "won", "lost", "told", "gave", "fell",
    "rose", "saw", "held", "left", "sold", "bought", "paid", "got", "became", "spent",
    "ran", "struck", "killed", "broke", "led", "fought", "flew", "wrote", "spoke", "shot",
    "sent", "found", "kept", "brought", "thought", "felt", "has been", "have been",
)
