"""Happenings a noun names, dated by a date written after the noun's phrase.

"The talks she opened after the invasion of the peninsula last August", "the gains made
after the collapse of the old regime 20 years ago": a date that closes a phrase framing its
clause ("after", "before", "following", "since", "until") dates the happening the phrase's
noun names, as TimeML anchors it, not the clause the phrase frames (the talks opened
some time after the invasion). The noun's verb and its "of" phrase make the title: "Peninsula
invaded", "Old regime collapses"; a possessor is the doer ("Acme's purchase of Brio" ->
"Acme purchases Brio"). A noun with no verb behind it, or with nobody named in or before
it, is left to the rules that date the clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import (
    ParsedText,
    governing_verb,
    lemma,
    of_phrase,
    phrase_title,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "FramedHappening",
    "absolute_with",
    "framed_happening",
    "framing_happenings",
    "verb_title",
]

# the prepositions of a phrase that sets its clause after, before or since a happening
_FRAMING = lexicon.words("after before following since until till upon")
# a preposition that may stand between a noun's phrase and its date ("the collapse in 1991")
_DATE_CASES = lexicon.words("in on during")
# nominalisations whose "of" phrase names who did it, not what it was done to ("the collapse
# of the regime" is the regime collapsing; "the invasion of the island" is the island invaded)
_DONE_BY_OF = lexicon.words("""
collapse explode crash withdraw intervene accede protest rise resign retire die arrive leave
fall fail rally riot
""")
# deverbal nouns of business and office news beyond the lexicon's nominalisations (kept
# apart: the lexicon's also make a noun a happening for repeats and title checks)
_MORE_NOMINALISATIONS = {
    "purchase": "purchase",
    "sale": "sell",
    "acquisition": "acquire",
    "merger": "merge",
    "rejection": "reject",
    "approval": "approve",
    "announcement": "announce",
    "closure": "close",
    "dismissal": "dismiss",
    "appointment": "appoint",
    "resignation": "resign",
    "retirement": "retire",
    "departure": "leave",
    "arrival": "arrive",
    "death": "die",
    "uprising": "rise",
    "expulsion": "expel",
    "destruction": "destroy",
    "liberation": "liberate",
    "surrender": "surrender",
}
# what describes a noun after it rather than naming it
_DESCRIBING = frozenset({"appos", "acl", "acl:relcl", "parataxis"})
_MOST_WORDS = 6


@dataclass(frozen=True, slots=True)
class FramedHappening:
    """A happening named by a noun whose date closes its phrase: the noun, the title, and
    where the phrase lies in the article (start, end)."""

    noun: Token
    title: str
    span: tuple[int, int]


def framed_happening(parsed: ParsedText, start: int, end: int) -> FramedHappening | None:
    """The happening a date names when it closes a framing phrase's noun ("after the
    collapse of the old regime 20 years ago" -> "Old regime collapses"), else None."""
    words = [t for t in parsed.tokens(start, end) if not (t.is_punct or t.is_space)]
    if not words:
        return None
    first = words[0]
    last = first.i - 1
    if last >= 0 and first.doc[last].lower_ in _DATE_CASES:
        last -= 1
    if last < 1:
        return None
    noun = _framed_noun(first.doc[last], first.i)
    if noun is None:
        return None
    title = _title(noun, (start, end))
    if not title:
        return None
    left = min(t.idx for t in noun.subtree if t.i <= noun.i)
    return FramedHappening(noun, title, (left, first.doc[last].idx + len(first.doc[last].text)))


def _framed_noun(last: Token, date_at: int) -> Token | None:
    """The happening noun whose phrase ends on ``last``, right before the date, and opens on
    a framing preposition."""
    doc = last.doc
    for candidate in (last, *reversed(list(last.ancestors))):
        if candidate.i > last.i or candidate.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "case" and c.lower_ in _FRAMING for c in candidate.children):
            continue
        # every word from the noun to the date belongs to the noun's phrase
        inside = {t.i for t in candidate.subtree}
        if any(i not in inside for i in range(candidate.i, last.i + 1)):
            continue
        if any(doc[i].is_punct for i in range(candidate.i, date_at)):
            continue  # "after the vote, in 1991": the date is the clause's
        return candidate if _verb_of(candidate) else None
    return None


# the framing words after which a happening lies in the clause's own year or month: "in
# 1996, following Acme's purchase of Brio" ("before" and "since" point to another time)
_FRAMING_SAME_TIME = lexicon.words("after following upon amid")


def framing_happenings(
    parsed: ParsedText, start: int, end: int, date: tuple[int, int]
) -> list[FramedHappening]:
    """The happenings named, with their doer, by undated nouns that frame the sentence from
    ``start`` to ``end`` whose one date (at ``date``) is a year or a month: "In 2004,
    following Halden's purchase of Corvo, Mira Tull returned" -> "Halden purchases Corvo",
    of that year too."""
    found = []
    for noun in parsed.tokens(start, end):
        if noun.pos_ != "NOUN" or not _verb_of(noun):
            continue
        if not any(
            c.dep_ == "case" and c.lower_ in _FRAMING_SAME_TIME and c.i < noun.i
            for c in noun.children
        ):
            continue
        left = min(t.idx for t in noun.subtree)
        right = max(t.idx + len(t.text) for t in noun.subtree)
        if left < date[1] and date[0] < right:
            continue  # "after the purchase in 2004": the date is the noun's (framed_happening)
        title = _title(noun, date)
        if title:
            found.append(FramedHappening(noun, title, (left, right)))
    return found


def verb_title(noun: Token, date: tuple[int, int]) -> str:
    """A headline with the verb behind a noun that names a happening, from its possessor and
    its "of" phrase ("Iraq's Aug. 2 invasion of Kuwait" -> "Iraq invades Kuwait", "the Oct. 3
    collapse of the coalition" -> "Coalition collapses"); "" when the noun has no verb
    behind it or nobody is named."""
    return _title(noun, date) if _verb_of(noun) else ""


def _verb_of(noun: Token) -> str:
    low, base = noun.lower_, lemma(noun)
    verb = (
        lexicon.NOMINALISATIONS.get(low)
        or lexicon.NOMINALISATIONS.get(base)
        or _MORE_NOMINALISATIONS.get(low)
        or _MORE_NOMINALISATIONS.get(base)
    )
    return verb if verb and " " not in verb else ""


def _title(noun: Token, date: tuple[int, int]) -> str:
    verb = _verb_of(noun)
    of = of_phrase(noun)
    owner = next((c for c in noun.children if _possessor(c)), None)
    if owner is None and any(
        c.dep_ == "amod" and c.i < noun.i and c.text[:1].isupper() for c in noun.children
    ):
        return ""  # "the Russian invasion of Crimea": the title rules know whose adjective
    agent = None
    if owner is None or _in_date(owner, date):
        # "a March 12 ruling by the High Court", "last week's closure of the port by the
        # army": the "by" phrase names the doer (a date's genitive names nobody)
        owner = None
        agent = next(
            (c for c in noun.children if c.i > noun.i and _by_phrase(c)),
            None,
        )
        if agent is None and of is not None:
            # "the purchase of the line by Calder": the parse may hang "by" on the "of" noun
            agent = next((c for c in of.children if c.i > of.i and _by_phrase(c)), None)
    if of is None and agent is None:
        joint = _joint_title(noun, verb, owner, date)
        if joint:
            return joint
    leave = frozenset(t.i for t in agent.subtree) if agent is not None else frozenset()
    done_to = _phrase(of, date, leave) if of is not None else ""
    if agent is not None:
        doer = _phrase(agent, date)
        if doer and (done_to or verb in _DONE_BY_AGENT):
            done_to = _lowered(done_to, of)
            return " ".join(p for p in (doer, _agreeing(verb, agent), done_to) if p)
    doer = _phrase(owner, date) if owner is not None else ""
    if done_to and verb in _DONE_BY_OF and of is not None:
        return f"{done_to} {_agreeing(verb, of)}"
    if doer and verb in _DONE_BY_OF and owner is not None:
        return f"{doer} {_agreeing(verb, owner)}"
    if doer and done_to and owner is not None:
        done_to = _lowered(done_to, of)  # "Acme buys rival", "buys Brio"
        return f"{doer} {_agreeing(verb, owner)} {done_to}"
    if done_to:
        return f"{done_to} {lexicon.inflect(verb, 'pp')}"
    return ""


def _lowered(done_to: str, of: Token | None) -> str:
    """What was done to, in a title's case: a common noun opening a sentence is lowered
    ("Rival" -> "rival"), a name is not, even one the parse takes for a common noun because
    it is cased like no word ("NeXT", "eBay")."""
    first = done_to.split(" ", 1)[0]
    if of is None or of.pos_ == "PROPN":
        return done_to
    if any(ch.isupper() for ch in first[1:]) and any(t.text == first for t in of.subtree):
        return done_to  # written so in the text, not capitalised by the title ("doTel")
    return done_to[:1].lower() + done_to[1:]


def _possessor(token: Token) -> bool:
    """Whether a noun names the possessor of the noun it hangs on ("Acme's merger"; the
    parse may call a name with its "'s" a compound)."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    return token.dep_ == "nmod:poss" or (
        token.dep_ == "compound" and any(g.tag_ == "POS" for g in token.children)
    )


def _joint_title(noun: Token, verb: str, owner: Token | None, date: tuple[int, int]) -> str:
    """A deed its possessor did with a named partner: "Acme's 2017 merger with Brio" ->
    "Acme merges with Brio"; "" when the phrase names no such partner. (A "between" phrase
    is left alone: a pact named that way is mostly background to what the story tells, as
    "replaces the 2004 pact between both unions" is, not an event of its own.)"""
    if owner is None or _in_date(owner, date):
        return ""
    partner = _side(noun, "with")
    if partner is None or partner.pos_ != "PROPN":
        return ""  # "Acme's 2015 purchase with cash": only a named partner shares the deed
    doer, other = _phrase(owner, date), _phrase(partner, date)
    return f"{doer} {_agreeing(verb, owner)} with {other}" if doer and other else ""


def _side(noun: Token, preposition: str) -> Token | None:
    """The noun of the ``preposition`` phrase right after ``noun``: its own by the parse,
    or the clause's when the phrase follows the noun at once ("opposed Lumen's merger with
    Varta": the parse may hang "with Varta" on the verb, but it is the merger's partner)."""
    own = next((c for c in noun.children if c.i > noun.i and _cased(c, preposition)), None)
    if own is not None or noun.i + 1 >= len(noun.doc):
        return own
    after = noun.doc[noun.i + 1]
    if after.lower_ != preposition or after.dep_ != "case":
        return None
    side = after.head
    return side if side.i > noun.i and side.dep_ in ("obl", "nmod") else None


def _cased(token: Token, preposition: str) -> bool:
    """Whether a noun is the object of ``preposition``."""
    return token.dep_ in ("nmod", "obl") and any(
        g.dep_ == "case" and g.lower_ == preposition for g in token.children
    )


def _by_phrase(token: Token) -> bool:
    """Whether a noun is a "by" phrase's, the doer of the noun it hangs on."""
    return (
        token.dep_ in ("nmod", "obl", "obl:agent")
        and token.pos_ in ("PROPN", "NOUN")
        and any(g.dep_ == "case" and g.lower_ == "by" for g in token.children)
    )


def _in_date(token: Token, date: tuple[int, int]) -> bool:
    return date[0] <= token.idx < date[1]


# verbs a doer named by "by" makes a whole headline of, with nothing done to ("High Court
# rules", "Board votes"; "the 1989 invasion by the United States": "United States invades",
# as a headline writes an invasion whose land the sentence has named before)
_DONE_BY_AGENT = _DONE_BY_OF | lexicon.words("rule vote decide invade")


# names plural in form of one state or body, which a headline's verb agrees with as one
# ("United States invades", "United Nations votes"; the parse tags them plural)
_ONE_BODY_PLURALS = frozenset({"States", "Nations", "Emirates", "Netherlands", "Philippines"})


def _agreeing(verb: str, subject: Token) -> str:
    """The headline present agreeing with its subject ("Troops withdraw", "Regime falls")."""
    plural = subject.tag_ in ("NNS", "NNPS") and subject.text not in _ONE_BODY_PLURALS
    return lexicon.inflect(verb, "base" if plural else "3sg")


def _phrase(head: Token, date: tuple[int, int], leave: frozenset[int] = frozenset()) -> str:
    """A noun's phrase as a title writes it: without what describes it, its preposition,
    determiner, the date or the words in ``leave``; "" when longer than a title's subject or
    object may be."""
    described = {
        t.i for c in head.children if c.i > head.i and c.dep_ in _DESCRIBING for t in c.subtree
    } | leave
    tokens = [
        t
        for t in head.subtree
        if t.i not in described
        and not (t.dep_ == "case" and t.head.i == head.i)
        and not (t.dep_ == "case" and t.lower_ in ("'s", "’s", "'", "’") and t.head.i == head.i)
    ]
    if any(t.is_punct and t.lower_ not in ("-", ".", "&") for t in tokens):
        return ""
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > _MOST_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return ""
    return phrase_title([tokens], date)


def absolute_with(parsed: ParsedText, start: int, end: int) -> FramedHappening | None:
    """ "Aid convoys reached the border, with the first trucks of the Red Cross arriving
    Tuesday": a "with" phrase whose noun does what its present participle says, dated by a
    date of the participle's own, is a happening of that date ("First trucks of Red Cross
    arrive"), not a date of the clause it is attached to."""
    verb = governing_verb(parsed, start, end)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    words = [t for t in parsed.tokens(start, end) if not (t.is_punct or t.is_space)]
    if any(not start <= t.head.idx < end and t.head.i != verb.i for t in words):
        return None  # "tendering 99% by the Tuesday deadline": the date of a noun on it
    noun = verb.head
    if verb.dep_ == "advcl":
        # the parser may hang the participle on the clause's verb and the noun on it
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "obl") and c.i < verb.i), noun)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    # UD makes "with" the participle's mark; the parser at times the noun's case
    with_mark = any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
    if not with_mark and not any(c.dep_ == "case" and c.lower_ == "with" for c in noun.children):
        return None
    if any(
        c.dep_ in ("aux", "aux:pass") or (c.dep_ == "mark" and c.lower_ != "with")
        for c in verb.children
    ):
        return None
    subject = _phrase_until(noun, verb, (start, end))
    after = []
    for token in verb.subtree:
        if token.i <= verb.i:
            continue
        if token.is_punct and not start <= token.idx < end:
            break
        after.append(token)
    particle = [t for t in after if t.dep_ == "compound:prt" and t.head.i == verb.i]
    rest = phrase_title([after], (start, end)) if after else ""
    if particle and particle[0].lower_ not in rest.lower().split():
        rest = f"{particle[0].text} {rest}".strip()  # "walking out on Wednesday": "walk out"
    if not subject:
        return None
    doing = lexicon.inflect(lemma(verb), "base" if noun.tag_ in ("NNS", "NNPS") else "3sg")
    title = f"{subject} {doing} {rest[:1].lower()}{rest[1:]}".strip()
    left = min(t.idx for t in noun.subtree)
    right = max(t.idx + len(t.text) for t in verb.subtree)
    return FramedHappening(verb, title, (left, right))


def _phrase_until(noun: Token, verb: Token, date: tuple[int, int]) -> str:
    """The noun's phrase before the participle, as a title writes it ("first trucks of Red
    Cross"); "" when it is longer than a title's subject may be."""
    tokens = [
        t
        for t in noun.subtree
        if t.i < verb.i
        and t.lower_ != "with"
        and not (t.dep_ == "case" and t.head.i == noun.i and t.i < noun.i)
        and not (t.is_punct and t.i < noun.i)  # the comma before "with"
    ]
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > _MOST_WORDS + 2 or any(t.is_punct for t in tokens):
        return ""
    return phrase_title([tokens], date)
