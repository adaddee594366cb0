"""An amount of minutes, hours, days, weeks or months with no number before "later" or
"earlier".

"Days later, the envoy resigned" (or "Months later", "Hours later") counts from the story's
last date just as "a few days later" does; the tagger reads the bare plural with its signal
as a vague past or future reference (TimeML's FUTURE_REF), which dates nothing. Read it as the vague amount it names, so the
extractor counts it from its reference time like any other amount.
"""

from __future__ import annotations

import dataclasses
import re

from timeline_app.core.timex import Timex

# The amount and the signal the tagger took together; "just days later", "only weeks
# earlier" narrow nothing a reader can date more closely.
_BARE = re.compile(
    r"(?:(?:just|only|mere)\s+)?(?P<unit>minutes|hours|days|weeks|months)"
    r"(?=\s+(?:later|afterwards|earlier)\b)",
    re.I,
)
_UNITS = {"minutes": "PTXM", "hours": "PTXH", "days": "PXD", "weeks": "PXW", "months": "PXM"}


def as_vague_amount(timex: Timex) -> Timex:
    """ "Days later" tagged as one reference: the amount alone ("Days", PXD), whose signal
    follows it in the text; any other expression unchanged."""
    if timex.value not in ("FUTURE_REF", "PAST_REF"):
        return timex
    match = _BARE.match(timex.text)
    if match is None:
        return timex
    return dataclasses.replace(
        timex,
        end=timex.start + match.end(),
        text=timex.text[: match.end()],
        type="DURATION",
        value=_UNITS[match.group("unit").lower()],
        mod=None,
    )
