"""How onlookers took a happening: "some attendees were seen crying", "many in the crowd
cheered". The guidelines count reactions around the news as optional at best; one told of
a vague crowd, with no one named, is a detail of the scene, not a happening of its own.

A reaction is a display of feeling (crying, cheering, booing), told of a subject that is an
unnamed part of a crowd ("some", "many", "a few", "several fans") or of onlookers
("spectators", "mourners"); "were seen crying" tells the same display, seen. What a named
person or a party to the news does stays ("The minister wept as she spoke", "Police were
seen entering the building").
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Token, VerbGroup, Voice
from timeline_app.core.extraction.titles import content_lemma

# Displays of feeling (not chanting or marching, which a protest does).
_DISPLAYS = lexicon.words("""
cry weep sob wail cheer applaud clap boo jeer heckle laugh scream gasp
""")
_DISPLAYING = frozenset(lexicon.inflect(verb, "ing") for verb in _DISPLAYS)
# Verbs that tell a display as seen or heard: "were seen crying", "was heard booing".
_PERCEIVED = lexicon.words("see spot hear watch observe notice film photograph")
# Words that make a subject an unnamed part of a crowd.
_SOME = lexicon.words("some many several few others most dozens hundreds thousands scores")
# Nouns for those who watch a happening rather than take part in it.
_ONLOOKERS = lexicon.words("""
attendee attendees onlooker onlookers spectator spectators bystander bystanders mourner
mourners audience crowd crowds fan fans supporter supporters guest guests passer-by
passers-by viewer viewers well-wisher well-wishers
""")


def _a_crowd(subject: list[Token]) -> bool:
    words = [t.low for t in subject if t.is_word]
    return bool(words) and (words[0] in _SOME or any(w in _ONLOOKERS for w in words))


def _displays(group: VerbGroup) -> bool:
    if content_lemma(group) in _DISPLAYS:
        return True
    seen = group.voice == Voice.PASSIVE and content_lemma(group) in _PERCEIVED
    following = next((t for t in group.rest if t.is_word), None)
    return seen and following is not None and following.low in _DISPLAYING


def crowd_displays_feeling(group: VerbGroup) -> bool:
    """Whether the clause tells a vague crowd's or onlookers' display of feeling."""
    return _a_crowd(group.subject) and _displays(group)
