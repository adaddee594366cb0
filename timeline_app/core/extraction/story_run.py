"""The story's news told on below the lead, when no day of the lead dates it.

A news story often dates its happening in a paragraph below an undated lead and goes on, in
later paragraphs and in the plain past with no date, to tell what else happened then:
"Police arrested a man in Dunmore. ... The search began on Tuesday at dawn. / Officers
stopped a van on the coast road. / The driver ran into a field." A reader puts the stopping
and the running on Tuesday too: they continue the story's news, told of the people and
things the story has named. A plain past that names no one the story told of, or that the
text puts at another time ("once", "previously", "in the past"), is background, not news.

The run holds the last day the story dated within the days before publication and the words
of the sentences told since that day; a clause continues it when it comes within a few
sentences of the last one the run told and one of its participants (its subject, objects or
the names it mentions) is among those words. Another date ends it, or starts a new run when
it is a day of the story's ("On Sunday night, detectives traced a van").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline_app.core.dates import When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.analysis import Analysis
from timeline_app.core.extraction.sentences import Sentence
from timeline_app.core.extraction.titles import content_lemma

# How many sentences a run of news may pass over without telling anything of its own
_REACH_SENTENCES = 3

_WORD = re.compile(r"[a-z][a-z'-]*")

# Words that put a plain past at another time than the story's: "once ran the mill",
# "previously worked for the ministry", "in the past", "took two years to build"
_EARLIER = lexicon.words("""
once previously formerly earlier originally past ago before long years decade decades
century months childhood
""")

# "After the vigil, local radio aired ...": timed from another happening, some day
# after it, not the run's day
_FROM_ANOTHER = lexicon.words("after before following since until")


def told_of_another_time(sentence: Sentence, analysis: Analysis) -> bool:
    """Whether a clause says it happened at another time than the story's: "once ran the
    mill", "previously worked for the ministry", or a sentence opening "After the vigil"."""
    tokens = [t.low for t in analysis.clause.tokens if t.is_word]
    opening = next(iter(_WORD.findall(sentence.text.lower())), "")
    return any(t in _EARLIER for t in tokens) or opening in _FROM_ANOTHER


# Words too common to tie a clause to the story ("the man", "people")
_TOO_COMMON = lexicon.words("""
the a an of and or in on at to for by with from this that these those his her its their
he she it they him them man woman men women people person one thing things time day year
way part other others some all any who which what
""")


def _stem(word: str) -> str:
    """ "officers" and the parse's lemma "officer" are one participant."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _TOO_COMMON}


# "Shares closed unchanged at $10.50": the market's price that day, no happening of the story
_PRICE_VERBS = lexicon.words("close end finish trade open")
_PRICE_WORDS = frozenset({"$", "cents", "unchanged", "points"})


# "The collapse happened while most staff were away": a happening the story told, named again
# by a definite description to say what held then; no new happening of the run
_RESTATING_VERBS = lexicon.words("occur happen unfold")
_REFERRING = lexicon.words("the this that")


def _told_again(analysis: Analysis) -> bool:
    group = analysis.group
    if group is None:
        return False
    verb = content_lemma(group)
    took_place = verb == "take" and any(t.low == "place" for t in group.rest[:2])
    if verb not in _RESTATING_VERBS and not took_place:
        return False
    subject = [t for t in group.subject if t.is_word]
    return bool(subject) and subject[0].low in _REFERRING


def _price(analysis: Analysis) -> bool:
    group = analysis.group
    if group is None or content_lemma(group) not in _PRICE_VERBS:
        return False
    return any(t.low in _PRICE_WORDS or t.text.startswith("$") for t in analysis.clause.tokens)


@dataclass(slots=True)
class StoryRun:
    """The last recent day the story dated, and what it has told of since."""

    day: When | None = None
    last: int = -1  # the number of the last sentence the run told
    words: set[str] = field(default_factory=set)

    def read(self, sentence: Sentence) -> None:
        """A sentence read while the run goes on: who and what it names are the run's."""
        if self.day is not None:
            self.words |= _words(sentence.text)

    def start(self, sentence: Sentence, day: When | None) -> None:
        """A sentence dated a happening: a day of the story's starts a run, any other
        date (a year, a day long before) ends it."""
        if day is None:
            self.day = None
            return
        self.day, self.last = day, sentence.index
        self.words = _words(sentence.text)

    def end(self) -> None:
        self.day = None

    def continues(self, sentence: Sentence, analysis: Analysis) -> When | None:
        """The run's day, when the undated plain-past clause ``analysis`` continues its
        news: it comes soon after the run's last sentence, names one of the story's people
        or things, and says of no earlier time."""
        if self.day is None or sentence.lead:
            return None
        if sentence.index - self.last > _REACH_SENTENCES:
            return None
        if told_of_another_time(sentence, analysis):
            return None
        if _price(analysis) or _told_again(analysis):
            return None
        participants = _words(" ".join(analysis.arguments))
        for mention in analysis.mentions:
            participants |= _words(mention.text)
        if analysis.group is not None:
            participants |= _words(" ".join(t.text for t in analysis.group.subject))
        # the names it tells of, wherever they stand ("a barn near Carnlea")
        participants |= _words(
            " ".join(t.text for t in analysis.clause.tokens[1:] if t.text[:1].isupper())
        )
        if not participants & self.words:
            return None
        return self.day

    def told(self, sentence: Sentence) -> None:
        """A clause the run carried: the run goes on from this sentence, with its words."""
        self.last = sentence.index
        self.words |= _words(sentence.text)
