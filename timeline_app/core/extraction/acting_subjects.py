"""Subjects a story names by a common noun for people who act: "the mayor", "police",
"two men", "firefighters".

Below a story's first sentence, the present perfect of a thing ("The battery life has been
extended") tells background or a feature, while the present perfect of a person or a body
that acts ("The mayor has resigned", "Police have arrested a man", "Two men have been
charged") is the day's news, however the story names them. Things, places and figures are
no such subject: "The city has grown", "Prices have risen" stay background.
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


def names_people_acting(subject: Sequence[Token]) -> bool:
    """Whether a subject's head is a common noun for people or a body that acts ("the city
    police", "Two men", "The mayor of Tulsa"), not a thing ("the battery life")."""
    head = None
    for word in subject:
        if not word.is_word:
            continue
        if word.low in _AFTER_THE_HEAD:
            break
        head = word
    return head is not None and head.low in PEOPLE_NOUNS
