"""A named doer's deed, told in the plain past below a news story's lead.

Below the lead a plain-past clause with no date is mostly old news, a description or a
figure ("Sales rose 8% to $1.2 billion", "He received $59 million", "The dollar rose
modestly"), so the news rules leave it out (``dating_rules.past_out_of_the_news``). Some are
the day's news all the same: a round-up or a running story tells one deed after another,
each with its doer named and none dated ("Harlow Foods agreed to sell its dairy unit.",
"Judge Ortiz ruled that the case belongs in federal court.", "The mayor's office suspended
the contract."). Counted on the tuning splits, what separates them from the old news of the
same shape is two signals together: the subject opens on a name the actor finder takes for a
person, an organisation or a state, and the verb is one of the decisive acts of news below
(an agreement, a ruling, a vote, an arrest, an attack, a resignation, a win), not a change of
a figure, a state or a saying. The verbs are data: each is a deed whoever tells it."""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import Mention
from timeline_app.core.extraction.analysis import Analysis, subject_mentions
from timeline_app.core.extraction.grammar import Aspect, Token, VerbGroup
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.tenses import Tense

# Decisive acts a named doer does, news on the day it is told of whatever sentence tells it.
# Left out, as they tell figures, states or sayings as often as deeds: rise, fall, close,
# open, lose, give, take, hold, receive, pay, offer, show, release; and announce, unveil and
# launch, which below the lead mostly retell the lead's own news.
NEWS_DEEDS = lexicon.words("""
agree sign ratify approve reject veto vote adopt suspend cancel ban impose
appeal sue rule sentence convict acquit indict arrest detain
resign appoint elect dismiss hire crown award
attack kill shoot bomb raid seize capture invade storm occupy withdraw evacuate
acquire merge win defeat
send issue order urge exhort refuse
""")

# What may open a subject before the name it is about ("and", "but", "the").
_BEFORE_THE_NAME = lexicon.CONNECTIVES | lexicon.DETERMINERS


def _names_the_doer(analysis: Analysis, group: VerbGroup) -> bool:
    """Whether the subject opens on an actor's name ("Harlow Foods", "Judge Ortiz", "Peru's
    government"), not merely holds one further on ("Lawyers for the family in Lima")."""
    words: list[Token] = [t for t in group.subject if t.is_word]
    while words and words[0].low in _BEFORE_THE_NAME:
        words = words[1:]
    if not words:
        return False
    # "Judge Ortiz": the finder may name the person without the title before the name
    opening = [words[0]]
    if words[0].text in lexicon.TITLE_WORDS and len(words) > 1:
        opening.append(words[1])
    actors: list[Mention] = [m for m in subject_mentions(analysis) if m.is_actor]
    return any(m.start <= t.start < m.end for m in actors for t in opening)


def named_deed(analysis: Analysis) -> bool:
    """ "Harlow Foods agreed to sell its dairy unit.": a plain-past deed of the NEWS_DEEDS
    whose subject opens on a named actor (not "Sales rose 8%", "He received $5 million", "The
    dollar rose", nor "Lawyers for the family in Lima sent letters")."""
    group = analysis.group
    if group is None or group.tense != Tense.PAST or group.aspect != Aspect.SIMPLE:
        return False
    if group.negated or content_lemma(group) not in NEWS_DEEDS:
        return False
    return _names_the_doer(analysis, group)
