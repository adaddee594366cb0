"""The object of a title as the parse reads it: the verb's complements, each a whole phrase.

A sub-editor shortens a long object by leaving out whole phrases, in the order the least is
lost: first what is never the news (a relative clause, an apposition, a bracket, a clause of
circumstance, a second verb), then a verb's second and later prepositional phrases and a
noun's participle phrase, then the prepositional phrases inside a phrase, then a noun's own
prepositional phrases other than "of", and last the verb's first prepositional phrase, the
names listed before a noun and the "of" phrases. ``object_offsets`` gives the words kept at
each of these levels (``LEVELS``); the caller takes the first level whose object fits, so a
title is shortened by phrases and never ends inside one ("reward of up [to $2 million]",
"imports of certain types [of watches]", "asked to suspend [the ruling]").

The parse is the shipped UD parser's: its relations name what each word is to its head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.cut_modifiers import joined_adjective
from timeline_app.core.extraction.stranded_clauses import bids, said_beside

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

# How many levels of shortening there are (0: only what is never the news left out).
LEVELS = 6

# A verb's dependents that a headline keeps as its object (a clause's own subject, auxiliary
# and marker come with it: "says [prices will rise]", "agrees [to sell]").
_COMPLEMENTS = frozenset({"obj", "iobj", "xcomp", "ccomp", "compound:prt", "expl"})
_CLAUSE_PARTS = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop", "expl"})
# A verb's prepositional phrases (its first is kept longest: "sentenced to 12 years").
_OBLIQUES = frozenset({"obl", "obl:agent", "obl:npmod", "obl:arg"})
# Words that make a noun phrase what it is: "its [candy] businesses", "[$] 2 [million]".
_NOUN_PARTS = frozenset(
    {
        "det",
        "det:predet",
        "det:poss",
        "case",
        "compound",
        "flat",
        "flat:name",
        "fixed",
        "nummod",
        "nmod:poss",
        "nmod:unmarked",
        "amod",
        "advmod",
        "cc",
        "conj",
        "goeswith",
        "nmod:desc",
    }
)
# Nouns that name a kind, a part or an amount of what their "of" phrase names.
_NOUNS_OF = (
    lexicon.QUANTITY_NOUNS
    | lexicon.PART_NOUNS
    | lexicon.words("type types kind kinds sort sorts form forms member members one some")
)
# What brackets a parenthetical.
_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")


def object_offsets(verb: Token, level: int) -> set[int]:
    """The character offsets of the words after ``verb`` that make its object at ``level``
    of shortening (0: the fullest; ``LEVELS - 1``: the barest)."""
    kept: set[int] = set()
    _clause(verb, level, kept, top=True)
    return kept - _bracketed(verb, kept)


def _clause(verb: Token, level: int, kept: set[int], *, top: bool) -> None:
    """A verb's complements after it (and, below the top, the clause's own subject and
    auxiliaries), each as a phrase."""
    has_object = any(c.dep_ in ("obj", "xcomp", "ccomp") for c in verb.children if c.i > verb.i)
    obliques = 0
    # what was said, its subject read as the verb's object: what comes between is an aside
    said = next((c for c in verb.children if top and c.i > verb.i and said_beside(c)), None)
    for child in verb.children:
        dep = child.dep_
        if top and child.i < verb.i:
            continue
        if said is not None and child.i < said.i and child.pos_ in ("VERB", "AUX"):
            continue
        if not top and child.i < verb.i:
            if dep in _CLAUSE_PARTS or dep == "advmod" and child.lower_ in ("not", "n't"):
                _phrase(child, level, kept)
            continue
        if dep in _COMPLEMENTS or _to_infinitive(child) or top and said_beside(child):
            if child.pos_ in ("VERB", "AUX") or _has_verb_parts(child):
                kept.add(child.idx)
                _clause(child, level, kept, top=False)
            else:
                _phrase(child, level, kept)
        elif dep in _OBLIQUES:
            obliques += 1
            if obliques > 1 and level >= 1:
                continue
            if level >= 4 and has_object and not _says_where_to(child):
                continue
            if level >= 5:
                continue
            _phrase(child, level, kept)
            if (amount := _as_many_before(child)) is not None:
                _phrase(amount, level, kept)  # "as many [as 2 million shares]": one phrase
        elif dep == "advmod" and (level == 0 or child.lower_ in ("not", "n't")):
            _phrase(child, level, kept)
        elif dep in ("mark", "aux", "aux:pass") and not top:
            kept.add(child.idx)


# Words that with "as ... as" set an upper bound on an amount: "as many as 2 million".
_AMOUNT_BOUNDS = lexicon.words("many much")


def _as_many_before(oblique: Token) -> Token | None:
    """The "as many" before an oblique in "as" ("buy [as many] as 2 million shares"), which the
    parse hangs on the verb as an adverb: without it the amount reads "buy as 2 million
    shares". None when there is no such bound."""
    first = oblique.left_edge
    if first.lower_ != "as" or first.dep_ != "case" or first.i < 2:
        return None
    bound = oblique.doc[first.i - 1]
    if bound.lower_ not in _AMOUNT_BOUNDS or bound.head.i != oblique.head.i:
        return None
    return bound if any(c.lower_ == "as" for c in bound.children) else None


def _to_infinitive(child: Token) -> bool:
    """ "asked to suspend a ruling", "announced to offer a reward": an infinitive the parse
    calls an adverbial clause is the verb's complement all the same."""
    # the parse calls some "conj" or "parataxis" ("asked them not to turn away boats"); a
    # second infinitive with its own "and" is no complement of this verb
    if child.dep_ == "conj" and any(c.dep_ == "cc" for c in child.children):
        return False
    return child.dep_ in ("advcl", "parataxis", "conj") and any(
        c.dep_ == "mark" and c.lower_ == "to" and c.i < child.i for c in child.children
    )


def _has_verb_parts(token: Token) -> bool:
    return any(c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in token.children)


def _says_where_to(oblique: Token) -> bool:
    """ "sells it to Nestle", "moved the office to Paris": a phrase in "to", "into" or
    "onto" says where the object goes, and a headline keeps it longest."""
    return any(c.dep_ == "case" and c.lower_ in ("to", "into", "onto") for c in oblique.children)


def phrase_offsets(head: Token, level: int) -> set[int]:
    """The character offsets of the phrase ``head`` heads, at ``level`` of shortening."""
    kept: set[int] = set()
    _phrase(head, level, kept)
    return kept


def _phrase(head: Token, level: int, kept: set[int], depth: int = 0) -> None:
    """A noun phrase (or any word) with what makes it what it is, at ``level``."""
    kept.add(head.idx)
    for child in head.children:
        dep = child.dep_
        if dep == "punct":
            if child.text in ("-", "/", "'", "’") or _list_comma(head, child):
                kept.add(child.idx)
            continue
        if dep == "conj" and level >= 5 and head.dep_ == "compound":
            continue
        if dep == "compound" and level >= 4 and _lists_names(child):
            continue  # "its [Baby Ruth, Butterfinger and Pearson] candy businesses"
        if dep in _NOUN_PARTS:
            if dep == "conj" and child.pos_ in ("VERB", "AUX") and child.i > head.i:
                continue  # "and was replaced": a second verb, not a second thing
            _phrase(child, level, kept, depth)
        elif dep.startswith("nmod") and dep not in ("nmod:poss", "nmod:unmarked"):
            of = any(c.dep_ == "case" and c.lower_ == "of" for c in child.children)
            # "of" names what the head is of, and goes last; other phrases inside a
            # phrase go first
            wanted = level < 5 if of else level < 2 or (level < 3 and depth == 0)
            if wanted:
                _phrase(child, level, kept, depth + 1)
        elif dep == "acl":
            if level == 0:
                _phrase(child, level, kept, depth + 1)
            for bidden in _bidden_past(child, head):
                kept.add(bidden.idx)
                _clause(bidden, level, kept, top=False)
        elif dep in ("obj", "iobj", "compound:prt", "mark", "nummod:gov"):
            _phrase(child, level, kept, depth)


def _bidden_past(participle: Token, noun: Token) -> list[Token]:
    """ "wants envoys [based in the capital] to meet with the mayor": the parse hangs the
    infinitive that says what the object was bidden to do on the participle that describes
    the object; it is the verb's complement all the same, and stays when the participle's
    phrase goes."""
    # only after a verb of bidding: elsewhere "costs associated with the move to midtown" is
    # the parse reading a preposition as "to" before a verb
    if noun.dep_ not in ("obj", "iobj") or participle.i < noun.i or not bids(noun.head):
        return []
    return [c for c in participle.children if c.i > participle.i and _to_infinitive(c)]


def _list_comma(head: Token, comma: Token) -> bool:
    """A comma between the items of a list ("Greece, Turkey and Spain"), not one before an
    apposition or a clause (those hang on what they open): the parse hangs it on the item
    after it."""
    return comma.text == "," and head.dep_ == "conj" and comma.i < head.i


def _lists_names(token: Token) -> bool:
    """A compound modifier that is a list of names ("Baby Ruth, Butterfinger and Pearson
    [candy businesses]"): the names go first when the title is too long."""
    return token.pos_ == "PROPN" and any(c.dep_ == "conj" for c in token.children)


def _bracketed(verb: Token, kept: set[int]) -> set[int]:
    """The kept words inside brackets: a parenthetical is never the object."""
    inside: set[int] = set()
    depth = 0
    doc = verb.doc
    sentence = verb.sent
    for token in doc[verb.i + 1 : sentence.end]:
        if token.text in _OPENING:
            depth += 1
        elif token.text in _CLOSING:
            depth = max(0, depth - 1)
            inside.add(token.idx)
        if depth:
            inside.add(token.idx)
    return inside & kept


def ends_inside_phrase(last: Token, kept: set[int]) -> bool:
    """Whether an object that ends on ``last`` stops inside a phrase the parse reads as
    whole: "certain types [of watches]", "reward of up [to $2 million]", "asked to suspend
    [a ruling]", "in 28th minute of game due [to injury]", "arguing Immigration [and
    Naturalization Service]"."""
    if (
        last.i < last.head.i
        and last.head.idx in kept
        and (last.dep_ in _NOUN_PARTS or last.dep_ in ("mark", "aux", "aux:pass"))
    ):
        return True
    doc = last.doc
    for child in last.children:
        if child.i <= last.i or child.idx not in kept:
            continue
        if any(t.is_punct for t in doc[last.i + 1 : child.i]):
            continue  # "Charleston[, South Carolina]": what a comma sets off may go
        if child.dep_ in ("obj", "iobj", "xcomp", "fixed", "flat", "compound:prt"):
            return True
        if child.dep_ == "conj" and last.pos_ == child.pos_ == "PROPN" and child.i - last.i <= 3:
            return True  # "the Immigration [and Naturalization Service]": one name
        if child.dep_ == "conj" and _between(last):
            return True  # "clashes between Serb police [and ethnic Albanians]"
        if (
            child.dep_ == "nmod"
            and (last.lower_ in _NOUNS_OF or last.dep_ == "conj")
            and any(c.dep_ == "case" and c.lower_ == "of" for c in child.children)
        ):
            # "certain types [of watches]": the noun says nothing without it; "laptops and
            # version [of its software]": a list's last item would be a word cut off
            return True
    return False


# Clauses inside an object that a headline leaves out: a relative clause ("a region [that has
# been a staging ground]"), a clause of circumstance with its own subject ("at the same moment
# [as an explosion ripped through ...]"), an aside ("[, officials said]").
_ASIDE_CLAUSES = frozenset({"acl:relcl", "advcl", "parataxis"})


def aside_clauses(verb: Token) -> set[int]:
    """The offsets of the words, after ``verb``, of the clauses its object leaves out: a
    relative clause, a parenthetical clause, or an adverbial clause with a subject of its own
    (an infinitive or a participle, "to seek a seat", "for holding exercises", says what the
    verb did, and stays)."""
    out: set[int] = set()
    doc = verb.doc
    # only the words a title's object can reach: a run-on sentence's verb heads every clause
    # after it, and walking its whole subtree for each verb made such a sentence quadratic
    last = min(verb.right_edge.i, verb.i + _OBJECT_REACH)
    for token in doc[verb.i + 1 : last + 1]:
        if token.dep_ not in _ASIDE_CLAUSES or token.idx in out or not _below(token, verb):
            continue
        if token.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in token.children
        ):
            continue
        first = token.left_edge
        if first.i <= verb.i or not _opens_clause(first, token):
            continue
        inside = doc[first.i : min(token.right_edge.i, last) + 1]
        if first.lower_ in _CLAUSE_OPENERS:
            out.update(t.idx for t in inside if _below(t, token))
        else:
            # "brought the clock [he made] to school": a relative clause without a relative
            # word is its subject and verb; what follows may be the main verb's again
            out.update(t.idx for t in inside if t.i <= token.i and _below(t, token))
    return out


# How many words after its verb a title's object may reach (a title has twelve at most).
_OBJECT_REACH = 80


def _below(token: Token, head: Token) -> bool:
    """Whether ``token`` is ``head`` or hangs below it, looking up at most a title's reach."""
    for _step in range(_OBJECT_REACH):
        if token.i == head.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# Words that open a relative or adverbial clause.
_CLAUSE_OPENERS = lexicon.RELATIVES | lexicon.words("""
that which who whom whose where when as while because although though whereas since until
unless if once
""")


def _opens_clause(first: Token, head: Token) -> bool:
    """Whether the clause's first word shows it is one: a relative or a conjunction ("that
    has been", "as an explosion ripped"), or a relative clause's own subject ("the clock [he
    made]"); a parse's clause that opens on anything else is too unsure to leave out."""
    if first.lower_ == "that" and first.dep_ == "mark":
        # "told the paper on Monday [that the minister had resigned]": a "that" the parse
        # reads as a conjunction opens what was said, whatever it hangs the clause on
        return False
    if first.lower_ in _CLAUSE_OPENERS:
        return True
    if head.dep_ != "acl:relcl" or head.head.pos_ not in ("NOUN", "PROPN"):
        return False  # not "with what he considered ..."
    if first.pos_ == "PRON" and first.dep_ == "nsubj":
        return True
    # "opposed the levy [the county board approved]": the subject a noun phrase that runs up
    # to the verb and opens on a determiner, a possessive or a name
    return any(
        c.dep_ == "nsubj" and c.left_edge.i == first.i and c.right_edge.i == head.i - 1
        for c in head.children
    ) and (first.dep_ in ("det", "nmod:poss") or first.pos_ == "PROPN")


def _between(token: Token) -> bool:
    """Whether the phrase is the first of what "between" or "both ... and" joins (it means
    nothing alone)."""
    return any(
        (c.dep_ == "case" and c.lower_ == "between")
        or c.dep_ == "cc:preconj"
        or (c.i < token.i and c.lower_ in ("both", "either", "neither"))
        for c in token.children
    )


# How many lowercase words a list of names cut off by the clause's end may have as its noun
# ("pasta brands"), and what no such noun is.
_LISTED_NOUN_WORDS = 3
_NOT_THE_NOUN = (
    lexicon.PREPOSITIONS
    | lexicon.DETERMINERS
    | lexicon.MODALS
    | frozenset(lexicon.AUXILIARIES)
    | lexicon.CONJUNCTIONS
    | lexicon.RELATIVES
    | {"to", "that", "not"}
)


def list_cut_off(last: Token, is_noun: Callable[[str], bool]) -> Token | None:
    """The last word of a list of names the clause was cut inside: the parse joins ``last``
    (or the name it is listed after) to a name after the clause's end ("sell its Alpha, Brio
    [and Castello pasta brands]", "arguing the Immigration [and Naturalization Service]"),
    and the list goes on to its last name and the noun after it (``is_noun``); None when
    ``last`` ends no such list."""
    first = last.head if last.dep_ == "conj" else last
    if not (last.text[:1].isupper() and last.is_alpha) or not any(
        c.dep_ == "conj" and c.i > last.i for c in first.children
    ):
        return None
    end: Token | None = None
    closed = False
    nouns = 0
    for token in last.doc[last.i + 1 : last.sent.end]:
        if token.lower_ in ("and", "or") and nouns == 0:
            closed = True
        elif token.text == "," and nouns == 0:
            pass
        elif token.text[:1].isupper() and token.is_alpha and nouns == 0:
            end = token
        elif (
            token.is_alpha
            and token.text.islower()
            and token.lower_ not in _NOT_THE_NOUN
            and is_noun(token.lower_)
            and nouns < _LISTED_NOUN_WORDS
            and end is not None
        ):
            end = token
            nouns += 1
        else:
            break
    return end if closed and end is not None else None


# Words that open a clause a verb asks or tells about ("reveal [which members voted]").
_QUESTION_WORDS = lexicon.words("which who whom whose what whether how why where when")
# How many words such a clause may add to a clause that stopped at its verb.
_QUESTION_REACH = 12


def question_cut_off(last: Token) -> Token | None:
    """The last word of the clause a verb asks or tells about, when the clause was cut right
    after that verb ("refused to reveal [which members voted for the levy]"): a sentence
    splitter reads the wh-word as a relative, but the parse makes the clause the verb's
    object, and a title that ends on "reveal" says nothing; None when ``last`` is no such
    verb."""
    if last.pos_ not in ("VERB", "AUX"):
        return None
    for child in last.children:
        first = child.left_edge
        if (
            child.dep_ in ("ccomp", "obj", "xcomp")
            and first.i == last.i + 1
            and first.lower_ in _QUESTION_WORDS
        ):
            end = min(child.right_edge.i, last.i + _QUESTION_REACH, last.sent.end - 1)
            while end > child.i and last.doc[end].is_punct:
                end -= 1
            return last.doc[end]
    return None


# How far a modifier the clause was cut after may stand from its noun.
_MODIFIER_REACH = 5


def modified_noun_cut_off(last: Token) -> Token | None:
    """The noun a clause cut right after its modifier goes on to ("issued misleading [or
    wholly inaccurate statements]": the splitter read the "or" as joining clauses, the
    parse joins two adjectives of one noun); None when ``last`` modifies no noun after it."""
    last = joined_adjective(last)
    head = last.head
    if (
        last.dep_ not in ("amod", "compound", "nummod")
        or head.pos_ not in ("NOUN", "PROPN")
        or not 0 < head.i - last.i <= _MODIFIER_REACH
        or any(t.is_punct and t.text not in "-/" for t in last.doc[last.i + 1 : head.i])
    ):
        return None
    return head
