"""Subjects a story names by a common noun for people who act: "the mayor", "police",
"two men", "firefighters".

Below a story's first sentence, the present perfect of a thing ("The battery life has been
extended") tells background or a feature, while the present perfect of a person or a body
that acts ("The mayor has resigned", "Police have arrested a man", "Two men have been
charged") is the day's news, however the story names them. Things, places and figures are
no such subject: "The city has grown", "Prices have risen" stay background; but a toll of
people ("At least 12 people have died") and a happening that strikes ("A fire has destroyed a
depot", "Protests have erupted") are news too.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.core.extraction.described_bodies import BODY_NOUNS, GROUP_NOUNS
from timeline_app.core.extraction.grammar import Token
from timeline_app.core.extraction.lexicon import words

# People by their office, trade or part in a story, and the state's bodies that act
PEOPLE_NOUNS = (
    words("""
mayor governor minister president premier chancellor senator lawmaker lawmakers legislator
chairman chairwoman director chief executive manager founder owner spokesman
spokeswoman spokesperson judge judges jury prosecutor prosecutors attorney lawyer lawyers
police officer officers detective detectives investigators inspectors agents troops soldiers
army navy military government officials official authorities regulators firefighters
rescuers medics doctors paramedics coroner sheriff deputies guards man men woman women boy
boys girl girls teenager teenagers suspect suspects driver drivers pilot pilots passenger
passengers victim victims gunman attacker attackers bomber robbers thieves coach captain
team pilgrims ambassador envoy diplomats negotiators mediators delegates board
""")
    | BODY_NOUNS
    | GROUP_NOUNS
)

# Words that end a subject's head phrase: what follows them qualifies the head ("the mayor
# of Tulsa", "officers from two counties", "men who ...")
_AFTER_THE_HEAD = words("of from in at with who which that whose")


# Happenings that strike or break out, whose present perfect is the day's news when the verb
# is one of happening: "A fire has destroyed a depot", "Protests have erupted"
SUDDEN_HAPPENINGS = words("""
fire blaze explosion explosions blast blasts storm storms flood floods flooding earthquake
quake hurricane typhoon tornado tornadoes cyclone landslide avalanche wildfire wildfires
strike protest protests riot riots clashes fighting violence attack attacks bombing shooting
crash outbreak epidemic
""")
# People counted as a toll: "At least 12 people have died", "Dozens of people were hurt"
_COUNTED_PEOPLE = words("people persons children civilians passengers residents")
_COUNTS = words("""
dozens hundreds thousands scores several many some two three four five six seven eight nine
ten
""")


def _head(subject: Sequence[Token]) -> Token | None:
    head = None
    for word in subject:
        if not word.is_word:
            continue
        if word.low in _AFTER_THE_HEAD:
            break
        head = word
    return head


def names_people_acting(subject: Sequence[Token]) -> bool:
    """Whether a subject's head is a common noun for people or a body that acts ("the city
    police", "Two men", "The mayor of Tulsa"), not a thing ("the battery life")."""
    head = _head(subject)
    return head is not None and head.low in PEOPLE_NOUNS


# What a toll of people tells: "have died", "were evacuated" (not "have visited the museum")
TOLL_VERBS = words("""
die kill injure wound hurt hospitalise hospitalize evacuate flee displace arrest detain rescue
strand drown trap infect abduct kidnap
""")


def counted_toll(subject: Sequence[Token], verb: str) -> bool:
    """ "At least 12 people have died", "Dozens of people have been injured": people counted
    as a toll of a happening."""
    words_ = [t for t in subject if t.is_word]
    return (
        verb in TOLL_VERBS
        and any(t.low in _COUNTED_PEOPLE for t in words_)
        and any(t.low in _COUNTS or t.text[:1].isdigit() for t in words_)
    )


def names_sudden_happening(subject: Sequence[Token]) -> bool:
    """Whether a subject's head names a happening that strikes or breaks out ("A fire",
    "The storm", "Protests in the capital")."""
    head = _head(subject)
    return head is not None and head.low in SUDDEN_HAPPENINGS
