"""The paper's own reporting, told without a date: how the story was got, not the news.

"The Gazette has pieced together new details through interviews", "The newspaper reviewed
hundreds of emails": the outlet telling of its own work. Dated, such work can be the news
("The Gazette sued the city on Monday"), so only the undated telling is left out, and only
with a verb of gathering news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.titles import content_lemma

if TYPE_CHECKING:
    from timeline_app.core.extraction.grammar import Token, VerbGroup

# The last word of a subject that names the outlet itself: "The Times", "this newspaper"
OUTLET_WORDS = lexicon.words("""
times post gazette guardian journal herald tribune newspaper paper reporters reporter
""")
# Verbs of gathering news: what a newsroom does to get a story
GATHERING_VERBS = lexicon.words("""
piece review obtain analyze analyse examine interview contact reach compile
""")


def newsroom_work(group: VerbGroup | None, subject: list[Token], dated: bool) -> bool:
    """Whether a clause (its verb group, subject, and whether the text dates it) tells the
    outlet's own gathering of news, without a day."""
    subject = [t for t in subject if t.is_word]
    if group is None or dated or not subject or subject[-1].low not in OUTLET_WORDS:
        return False
    return content_lemma(group) in GATHERING_VERBS
