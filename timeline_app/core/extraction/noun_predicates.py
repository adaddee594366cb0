"""What a sub-editor says a happening did when the text names it by its noun alone.

"Thousands fled the 1962 uprising", "the March 2003 ceasefire", "the 1995 agreement between
the two towns": a dated noun that names a happening, with nobody named as doing it, is a
happening of its own, but "Uprising" alone is no title (a noun alone tells a reader
nothing). Headline writers give such a noun the verb that tells it took place, and the verb
depends on the kind of happening: a revolt breaks out, an election is held, a truce takes
effect, a treaty is signed, a storm strikes. Each predicate is a named rule with the phrase
it is for; a noun in none of them stays untitled (a "crash" or a "crisis" has no verb a
reader would take as plainly as these).

Where the noun's phrase names its parties (``noun_parties``), the title names them as a
headline would, each rule saying how: the doers of an election hold it and those of a treaty
sign it ("Indonesia holds election", "Jordan and Israel sign treaty"); a revolt breaks out
in a place and a storm strikes one ("Uprising breaks out in Hungary", "Earthquake strikes
Haiti").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.extraction.noun_parties import NounParties

__all__ = [
    "NOUN_PREDICATES",
    "OPENING_WORDS",
    "NounPredicate",
    "happening_word",
    "name_after",
    "opens_happening",
    "party_title",
    "predicate_for",
    "rule_for",
    "told_by",
    "verb_read_as_noun",
]


class NounPredicate(NamedTuple):
    """A headline predicate for the nouns that take it, with the phrase it is for."""

    name: str
    predicate: str
    nouns: frozenset[str]
    handles: str
    # the verbs that tell the same happening in a clause of its own ("the two firms settled
    # in 1991" is "the 1991 agreement"), so that the story proposes it once (repeats.py)
    told_by: frozenset[str] = frozenset()
    # the verb whose subject the happening's doers are ("Peru holds election"), or "" where
    # whose it is says where it took place ("Hungary's uprising" broke out in Hungary)
    done_by: str = ""
    # the word that joins a place to the predicate: "in" ("breaks out in Hungary"), or ""
    # where the place is the predicate's object ("strikes Haiti")
    place_by: str = "in"
    # whether a country named as the place does it ("the 2004 election in Peru": Peru holds
    # it; a treaty signed in Norway was not signed by Norway)
    place_acts: bool = False
    # whether a body named before the noun did it ("the 1978 UN resolution": the UN adopted
    # it); "the 2018 Senate election" elects the Senate, which holds nothing (a country
    # named before the noun always does: "the 1998 Indonesian election")
    body_before_acts: bool = True
    # the phrase with its parties and the title they give
    handles_parties: str = ""


NOUN_PREDICATES: tuple[NounPredicate, ...] = (
    NounPredicate(
        "violence_breaks_out",
        "breaks out",
        lexicon.words("uprising revolt rebellion revolution insurrection mutiny riot war"),
        "the 1962 uprising -> Uprising breaks out",
        lexicon.words("rise revolt rebel riot mutiny"),
        handles_parties="Hungary's 1956 uprising -> Uprising breaks out in Hungary",
    ),
    NounPredicate(
        "ballot_held",
        "held",
        lexicon.words("election referendum plebiscite census"),
        "the 2004 referendum -> Referendum held",
        lexicon.words("vote elect hold"),
        done_by="hold",
        place_acts=True,
        body_before_acts=False,
        handles_parties="the 1998 Indonesian election -> Indonesia holds election",
    ),
    NounPredicate(
        "truce_takes_effect",
        "takes effect",
        lexicon.words("ceasefire cease-fire truce armistice"),
        "the March 2003 ceasefire -> Ceasefire takes effect",
        lexicon.words("declare"),
        handles_parties="the 1995 truce between Chad and Libya -> Truce takes effect between Chad and Libya",
    ),
    NounPredicate(
        "pact_signed",
        "signed",
        lexicon.words("agreement accord treaty pact"),
        "the 1995 agreement between the two towns -> Agreement signed",
        lexicon.words("agree sign settle conclude reach"),
        done_by="sign",
        handles_parties="the 1994 treaty between Jordan and Israel -> Jordan and Israel sign treaty",
    ),
    NounPredicate(
        "resolution_adopted",
        "adopted",
        lexicon.words("resolution"),
        "that 1978 resolution -> Resolution adopted",
        lexicon.words("adopt pass approve"),
        done_by="adopt",
        handles_parties="the 1978 UN resolution -> UN adopts resolution",
    ),
    NounPredicate(
        "storm_strikes",
        "strikes",
        lexicon.words("earthquake quake tsunami hurricane cyclone typhoon tornado storm"),
        "the 1987 storm -> Storm strikes",
        lexicon.words("strike hit"),
        place_by="",
        handles_parties="the 2010 earthquake in Haiti -> Earthquake strikes Haiti",
    ),
)

_RULES = {noun: rule for rule in NOUN_PREDICATES for noun in rule.nouns}
_TOLD_BY = {noun: rule.told_by for rule in NOUN_PREDICATES for noun in rule.nouns}


def predicate_for(noun: str) -> str:
    """The predicate a headline gives a happening named by ``noun`` (its lower-case
    singular), or "" when it has none."""
    rule = _RULES.get(noun)
    return rule.predicate if rule is not None else ""


def rule_for(noun: str) -> NounPredicate | None:
    """The rule for a happening named by ``noun`` (its lower-case singular), or None."""
    return _RULES.get(noun)


def _joined(names: tuple[str, ...]) -> str:
    return " and ".join((", ".join(names[:-1]), names[-1])) if len(names) > 1 else names[0]


def party_title(rule: NounPredicate, phrase: str, parties: NounParties) -> str:
    """The title of the happening ``phrase`` names ("election", "presidential election"),
    with the parties its noun's phrase names, as ``rule`` says; "" when it names none."""
    doers = parties.doers
    if rule.place_acts and not doers and parties.state:
        doers = (parties.place,)  # "the 2004 election in Peru": Peru holds it
    if rule.done_by and doers and not (parties.agent and len(doers) > 1):
        verb = lexicon.inflect(rule.done_by, "base" if len(doers) > 1 else "3sg")
        title = f"{_joined(doers)} {verb} {phrase}"
        if parties.partner:
            return f"{title} with {parties.partner}"  # "Israel signs treaty with Jordan"
        if parties.place and parties.place not in doers:
            return f"{title} in {parties.place}"
        return title
    subject = phrase[:1].upper() + phrase[1:]
    if parties.joint:
        return f"{subject} {rule.predicate} between {_joined(doers)}"
    if parties.agent and doers:
        return f"{subject} by {_joined(doers)} {rule.predicate}"
    if parties.partner:
        return f"{subject} {rule.predicate} with {parties.partner}"
    where = parties.place or (doers[0] if doers and not rule.done_by else "")
    if where:
        return " ".join(p for p in (subject, rule.predicate, rule.place_by, where) if p)
    return ""


def name_after(noun: Token) -> list[Token]:
    """The rest of the proper name a happening noun opens: "the 1862 Treaty of Calder Ford"
    is "Treaty of Calder Ford signed", never "Treaty signed" (a name is not cut inside, and
    "Treaty" alone tells a reader no more than "treaty"). Read from the words, not the
    parse, which often hangs the name's last word over the noun ("Treaty" as a compound of
    "Laramie"): a capitalised noun, then "of" and the capitalised words that follow it; []
    when the noun is not capitalised or no such phrase follows."""
    doc = noun.doc
    if not noun.text[:1].isupper() or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return []
    end = noun.i + 2
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return list(doc[noun.i + 1 : end]) if end > noun.i + 2 else []


def told_by(noun: str) -> frozenset[str]:
    """The verbs whose clause tells the happening ``noun`` names ("settle" for an
    "agreement"), or none."""
    return _TOLD_BY.get(noun, frozenset())


def happening_word(noun: Token) -> str:
    """The lower-case singular of the happening ``noun`` heads, with the word a hyphen
    joins to it: the parse splits "the 1988 cease-fire" into "cease", "-" and "fire", and a
    fire is no truce."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        first = doc[noun.i - 2]
        if not first.whitespace_ and first.is_alpha:
            return f"{first.lower_}-{lemma(noun).lower()}"
    return lemma(noun).lower()


# The words that open a dated happening noun known to the reader: "the 1962 uprising", and
# the demonstratives that point back to one ("that 1978 resolution", "this 2004 vote"). A
# possessive does not ("Monday's storm" is mostly the story's own, told already), nor "a"
# ("a 2030 vote" may be any).
OPENING_WORDS = lexicon.words("the that this")


def opens_happening(before: str) -> bool:
    """Whether the text ``before`` a date ends on a word that opens a happening's noun
    phrase ("the", "that", "this"), so that the date is that happening's."""
    words = before.rsplit(None, 1)
    return before[-1:].isspace() and bool(words) and words[-1].lower() in OPENING_WORDS


def verb_read_as_noun(noun: Token, verb_at: int) -> Token | None:
    """The happening noun the parse ran a present verb into: in "That 1967 resolution calls
    on both armies to pull back" it reads "resolution calls" as one noun (as in "price controls"), and
    in "This 1949 armistice bars troops" "armistice bars troops", with the date on that
    noun. ``noun`` is the noun the date is on; ``verb_at`` where the clause rules read the
    clause's verb. Where that verb is a plural in ``noun``'s phrase, that phrase heads the
    sentence (the parse found no verb), and a happening noun of these rules comes right
    before it, that noun is the happening and the plural its verb; None otherwise."""
    if noun.dep_ != "ROOT":
        return None
    doc = noun.doc
    verb = next((t for t in noun.subtree if t.idx == verb_at), None)
    if verb is None or verb.tag_ != "NNS" or verb.i < 1 or verb.i + 1 >= len(doc):
        return None
    if doc[verb.i + 1].is_punct:
        return None  # "The 2004 election results.": a headline's noun, no verb
    before = doc[verb.i - 1]
    if before.dep_ != "compound" or before.pos_ != "NOUN":
        return None
    return before if predicate_for(happening_word(before)) else None
