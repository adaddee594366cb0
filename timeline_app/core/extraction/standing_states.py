"""How things stand, told as if it happened: an undated present perfect of a level or a
quality reached, an "it took ... to" that names no one, and what is foreseen.

"Unrest has risen to unheard-of levels" and "Crossings have become so rare" say how
things stand now, not what happened on a day; the news names a figure ("Unemployment has
fallen to 5 percent"), a date, or who did it. "It took until May to reach him" names no one
and nothing done: its title ("It takes to reach him") tells a reader nothing.

Each rule is a ``nothing_rule`` of the frame and the title, like those of ``event_rules``;
``STATE_RULES`` lists them and ``tells_a_state`` asks them in turn.
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.dating_rules import scheduled
from timeline_app.core.extraction.event_rules import EventFrame, NothingRule, nothing_rule
from timeline_app.core.extraction.grammar import Aspect, VerbGroup, Voice
from timeline_app.core.extraction.stated_figures import figure_stated
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.tenses import Tense
from timeline_app.core.timex.lexicon import NUMBER_WORDS

# A level going up or down, as a figure does: "has risen to", "have fallen sharply".
_LEVEL_CHANGES = lexicon.words("""
rise fall drop decline increase decrease grow shrink slip slide climb dip surge plunge soar
jump tumble slump dwindle sink deteriorate worsen intensify escalate
""")
# What a toll or a count measures: its rise is the harm a happening did, news wherever told.
_COUNTS = lexicon.words("toll tolls count number")
# Verbs of coming to be so, and the words of degree that make their complement a quality
# ("has become so rare", "have grown increasingly worried", "has got much worse").
_COMING_TO_BE = lexicon.words("become grow get")
_DEGREE_WORDS = lexicon.words("""
so too very more less increasingly ever ever-more much far rather quite extremely
""")


def _undated_perfect(frame: EventFrame) -> VerbGroup | None:
    """The frame's verb group when it is an active present perfect the text gives no date."""
    group = frame.group
    if group is None or frame.dated or group.voice == Voice.PASSIVE:
        return None
    if group.tense != Tense.PRESENT or group.aspect != Aspect.PERFECT:
        return None
    return group


def _names_a_figure(group: VerbGroup) -> bool:
    """Whether the words after the verb hold a figure ("to 5 percent", "by a third")."""
    return any(
        t.text[:1].isdigit() or t.low in NUMBER_WORDS or t.low in ("half", "third", "quarter")
        for t in group.rest
    )


@nothing_rule
def level_reached_undated(frame: EventFrame, title: str) -> bool:
    """ "Unrest in the valley has risen to unheard-of levels": undated, a level that
    has gone up or down with no figure named is how things stand; "Unemployment has fallen
    to 5 percent" (a figure) and "The death toll has risen" (the harm done) stay news."""
    group = _undated_perfect(frame)
    if group is None or content_lemma(group) not in _LEVEL_CHANGES:
        return False
    if any(t.low in _COUNTS for t in group.subject):
        return False
    return not _names_a_figure(group)


@nothing_rule
def quality_come_to_be(frame: EventFrame, title: str) -> bool:
    """ "Ferry crossings have become so rare", "Vendors have grown increasingly worried":
    undated, coming to be of a degree of some quality is a state; "She has become the first
    woman to lead the party" (a noun phrase) is news."""
    group = _undated_perfect(frame)
    if group is None or group.lemma not in _COMING_TO_BE:
        return False
    words = [t for t in group.rest if t.is_word]
    return bool(words) and words[0].low in _DEGREE_WORDS


@nothing_rule
def it_took_to(frame: EventFrame, title: str) -> bool:
    """ "It took until May to reach him", "It took weeks to find the wreck": the empty "it"
    of how long something took names no one and nothing done."""
    group = frame.group
    if group is None or group.lemma != "take":
        return False
    subject = [t.low for t in group.subject if t.is_word]
    return subject == ["it"] and any(t.low == "to" for t in group.rest)


# Verbs of foreseeing: "is expected to", "are forecast to" tell what someone thinks will be.
_FORESEEN = lexicon.words("expect project forecast predict anticipate")


@nothing_rule
def foreseen_in_the_present(frame: EventFrame, title: str) -> bool:
    """ "Varn's output is projected to grow 3 percent", "Rain is expected to reach the
    coast", "The new bridge is preparing to open": what is foreseen or being readied is
    not yet a happening (a thing only planned or expected is no event; "was expected to"
    and a schedule with its date, "is scheduled to start on Feb. 9", are left to other rules)."""
    group = frame.group
    if group is None or group.tense != Tense.PRESENT:
        return False
    to_follows = bool(group.rest) and group.rest[0].low == "to"
    if group.voice == Voice.PASSIVE and group.aspect == Aspect.SIMPLE:
        return to_follows and group.lemma in _FORESEEN and not _expected_on_a_day(frame)
    return group.aspect == Aspect.PROGRESSIVE and group.lemma == "prepare" and to_follows


def _expected_on_a_day(frame: EventFrame) -> bool:
    """ "The two leaders are expected to sign the treaty on Friday": what is expected on a
    day still to come is the day's schedule, told as news as "will sign on Friday" is (a
    plan for a day is kept, titled as expected); "is expected to grow 3 percent next year"
    names no day and stays a forecast."""
    when, published = frame.when, frame.published
    return (
        frame.dated
        and when is not None
        and published is not None
        and scheduled(when)
        and when.start_ordinal >= published.toordinal()
    )


STATE_RULES: list[NothingRule] = [
    level_reached_undated,
    quality_come_to_be,
    it_took_to,
    foreseen_in_the_present,
    figure_stated,
]


def tells_a_state(frame: EventFrame, title: str) -> bool:
    """Whether any of ``STATE_RULES`` finds the event tells how things stand, not what
    happened."""
    return any(rule.apply(frame, title) for rule in STATE_RULES)
