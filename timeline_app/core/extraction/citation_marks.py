"""Reference marks pasted with an encyclopaedia's text: "[12]", "[a]", "[citation needed]".

They are no words of the sentence: read as words they become subjects ("[12] In 1840 he
married" titled "12 marries") or cut a name from its verb. They are blanked to spaces of the
same length, so every offset into the text (evidence, dates, names) stays the article's.
"""

from __future__ import annotations

import re

# A footnote number or a range or list of them ("[3]", "[3-5]", "[3, 7]"), a lettered note
# ("[a]", "[note 2]", "[nb 1]") and the editors' tags ("[citation needed]", "[when?]").
_MARK = re.compile(
    r"\[(?:\d{1,3}(?:\s?[,–-]\s?\d{1,3})*|[a-z]|(?:note|nb|n)\s?\d{1,3}"
    r"|citation needed|clarification needed|according to whom\?|when\?|who\?|by whom\?"
    r"|dubious(?: – discuss)?|failed verification|page needed|better source needed)\]",
    re.IGNORECASE,
)


def blank_citation_marks(text: str) -> str:
    """The text with its reference marks replaced by as many spaces."""
    if "[" not in text:
        return text
    return _MARK.sub(lambda m: " " * len(m.group()), text)
