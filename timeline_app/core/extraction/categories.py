"""The kind of an event, from its predicate and that predicate's arguments.

A dockers' strike is a protest and a missile strike an explosion: the predicate alone does not
say which, its arguments do. ``categorise`` takes the predicate's rule (``category_rules``)
and tries it on the arguments the parser found, then on the clause's words, then takes the
rule's default. Without a predicate (or with one no rule knows) the
clause's own words are searched for predicates in order, and the first that decides names the
kind; failing that, cue words count, the clause's twice, the sentence's once (only for a
clause with no predicate a rule knows); none: "other".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from timeline_app.core.event_kinds import DIPLOMACY, KINDS, OTHER
from timeline_app.core.extraction.category_rules import (
    ACTS_UNDERGONE,
    COURT_WORK,
    CROWD_CONTROL,
    CROWD_CONTROL_PAIRS,
    CROWD_CONTROL_WORDS,
    CUES,
    FIRM,
    GERUND_COMPOUNDS,
    IDIOMS,
    LIGHT_VERBS,
    PHRASAL_ACTS,
    ROLE_KINDS,
    SEATS_OF_GOVERNMENT,
    SENSES,
    SPORT,
    RoleLine,
    Sense,
)
from timeline_app.core.extraction.grammar import dictionary_lemma, guess_lemma
from timeline_app.core.extraction.lexicon import (
    MONTH_WORDS,
    PREPOSITIONS,
    REPORTING_VERBS,
    TELLING_A_THING,
    WEEKDAY_WORDS,
    is_finite_form,
    words,
)
from timeline_app.core.extraction.pronoun_doers import acting_pronouns

CATEGORIES = KINDS

_SENSE_OF: dict[str, Sense] = {lemma: s for s in reversed(SENSES) for lemma in s.lemmas}
_DETERMINERS = words("the a an this that these those its their his her our my your")
_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")


def categorise(
    clause: str,
    sentence: str = "",
    *,
    predicate: str = "",
    arguments: Sequence[str] = (),
    state_acts: bool = False,
    states: int = 0,
    agent: Sequence[str] = (),
    patient: Sequence[str] = (),
) -> str:
    """The kind of the event a clause tells (one of ``CATEGORIES``).

    ``predicate`` is the lemma of the clause's main verb or of the noun naming the happening,
    ``arguments`` the lemmas of its subject and object heads and their compounds;
    ``state_acts`` that the subject names a country ("Russia warned ..."), which a rule reads
    as the argument "state"; ``states`` how many countries the clause names as actors;
    ``agent`` and ``patient`` the words of who does the act and who undergoes it
    (``predicate_roles``), when the parse shows them.
    """
    # What a participle set off after the act says is neither the act nor its context
    # ("wrote to the minister, demanding ... in the custody battle").
    done = _before_said_participle(clause, predicate)
    if done != clause:
        clause = sentence = done
    clause_words = _lemmas_of(clause)
    raw = [word.lower() for word in _WORD.findall(clause)]
    # "he shot the officer": the shooter is no one harmed, the officer is
    in_clause = _present(clause_words) - acting_pronouns(raw, _finite_verb)
    if state_acts:
        arguments = (*arguments, "state")
    if FIRM in arguments:
        # firms named by their brands are firms wherever the clause's verb is read from
        # ("To fill its store, Boeing and ABC agreed to a deal")
        in_clause = in_clause | {FIRM}
    doer, done_to = _role_sets(agent, patient, arguments, clause)
    if CROWD_CONTROL in in_clause:
        # "fired stun grenades into the square": the parser's head "grenade" is no weapon
        arguments = (*arguments, CROWD_CONTROL)
    # A predicate known but undecided ("the company launched its store") is no fragment
    # whose kind the rest of the sentence could tell ("which began on Monday").
    known = False
    if predicate and _in_idiom(raw, predicate):
        predicate = ""  # "seized on the remark": no seizure; the clause's words decide
    predicate = _phrasal_act(raw, _named_act(raw, predicate))
    if predicate:
        given = _normalised(arguments)
        # The predicate first; then an argument that names a happening itself ("the strike
        # began": begin, strike).
        for position, readings in enumerate([*_normalised([predicate]), *given]):
            found = _sense_of(_nominal(readings) if position else readings)
            if found is not None:
                known = True
                if not position and found.with_object and _takes_object(clause, found):
                    return found.with_object
                if not position:
                    lives = found.default == OTHER  # "the judge married": no court's work
                    lines = found.by_roles + (() if lives else COURT_WORK)
                    kind = _by_roles(lines, doer, done_to)
                    if kind:
                        return kind
                others = given[: position - 1] + given[position:] if position else given
                kind = _cause(found, raw, in_clause, sentence)
                if kind:
                    return kind
                contexts = [_present(others), in_clause]
                if found.reads_what_is_said and not _tells_a_thing(raw, predicate, found):
                    # "warned that fresh produce could run short"
                    contexts.append(_present(_lemmas_of(sentence)))
                kind = _decide(found, contexts, in_clause)
                if kind:
                    return kind
    # Who acted on whom, whatever the verb ("the tribunal ordered the journalist's release").
    if (doer or done_to) and not _sport(clause, sentence):
        kind = _by_roles(COURT_WORK + ROLE_KINDS, doer, done_to)
        if kind:
            return kind
    # The verbs first: "suspects in the bombing were handed over for trial" is a hand-over.
    verbs = [p for p, word in enumerate(raw) if _finite_verb(word)]
    rest = set(range(len(raw))).difference(verbs)
    for position in [*verbs, *sorted(rest)]:
        readings = clause_words[position]
        if position and raw[position - 1] in _DETERMINERS:
            readings = _nominal(readings)  # "announced a slew of offers"
        if position and raw[position] in _ACTS_NAMED:
            readings = _act_after_light_verb(raw, position) or readings
        act = _particle_act(raw, position)
        if act:
            readings = (act,)
        found = _sense_of(readings)
        if found is None or _idiom(raw, position):
            continue
        if found.in_text and not _modifier(raw, position):
            known = True
            if found.with_object and _takes_object(clause, found):
                return found.with_object
            # The clause's other words: the predicate's own lemmas are left out by _decide.
            kind = _cause(found, raw, in_clause, sentence) or _decide(
                found, (in_clause,), in_clause
            )
            if kind:
                return kind
    # The sentence's words count only for a fragment ("which began on Monday") or for what a
    # clause of saying reports; a clause with its own subject or object tells its own kind
    # ("the engineer joined the company", said in a sentence about a court).
    alone = known or (arguments and predicate not in REPORTING_VERBS)
    # The parser's arguments are the clause's own words though the clause's text may start
    # after them ("The real interest rate | averaged 2 percent, a loose policy"): they count
    # as its words do; a name among them is no cue ("Constitution Hall" holds no law), an
    # acronym is one ("NATO").
    common = [a for a in arguments if not a[:1].isupper() or a.isupper()]
    outside = [w for w in _normalised(common) if w and in_clause.isdisjoint(w)]
    kind = _by_cues([*clause_words, *outside], [] if alone else _lemmas_of(sentence))
    # What no word decides between two states is their relations ("Ostria's help to Vell
    # raised questions", "the pact was widened to take in Norland and Ostria").
    if kind == OTHER and states >= _STATES_IN_RELATIONS and not _sport(clause, sentence):
        return DIPLOMACY
    return kind


_STATES_IN_RELATIONS = 2


def _role_sets(
    agent: Sequence[str], patient: Sequence[str], arguments: Sequence[str], clause: str
) -> tuple[frozenset[str], frozenset[str]]:
    """The readings of the agent's and the patient's words; a subject of firms only is a
    firm ("Boeing and Lufthansa agreed ..."), a sum of millions in the clause is money the act
    moves ("ordered 40 jets worth $6 billion")."""
    doer = _present(_normalised(agent)) | _opening_noun(agent, clause)
    done_to = _present(_normalised(patient)) | _opening_noun(patient, clause)
    if agent and FIRM in arguments:
        doer |= {FIRM}
    if done_to and _SUM.search(clause):
        done_to |= {"money"}
    return doer, done_to


def _opening_noun(role: Sequence[str], clause: str) -> frozenset[str]:
    """The readings of a role's word that opens the clause as a common noun: the parse may
    take a capitalised first word for a name ("Drones struck a depot", "Rebels seized the
    town")."""
    first = _WORD.match(clause.lstrip())
    if first is None or first[0] not in role:
        return frozenset()
    return frozenset(_word_lemmas(first[0].lower()))


def _by_roles(lines: Iterable[RoleLine], doer: frozenset[str], done_to: frozenset[str]) -> str:
    """The kind the first role line that fits gives ("" for a line that stops the reading)."""
    for line in lines:
        if line.fits(doer, done_to):
            return line.kind
    return ""


def _sport(clause: str, sentence: str) -> bool:
    """Whether the clause or its sentence is about a game: countries' teams play, they do
    not deal ("Ostria beat Vell 2-1 in the cup final")."""
    return bool(_SCORE.search(clause)) or not SPORT.isdisjoint(
        _present(_lemmas_of(f"{clause} {sentence}"))
    )


# "2-1", "3 – 0": a game's score
_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")


# Verbs whose subject undergoes the act: "four hikers died", "the rocket exploded" name no one
# who did it.
_UNDERGONE = words("die explode")
# What makes a participle passive: "were killed", "have been injured", "got hurt".
_PASSIVE_AUXILIARIES = words("is are was were be been being get gets got")


def _cause(sense: Sense, raw: Sequence[str], clause: frozenset[str], sentence: str) -> str:
    """The kind of what caused a harm whose clause names no one who did it, told in the clause
    or else in the sentence ("were killed when a storm battered the coast"); else nothing."""
    if not sense.cause_outside or not _agentless(raw, sense):
        return ""
    for context in (clause, _present(_lemmas_of(sentence))):
        kind = _first_rule(sense, context, sense.cause_outside)
        if kind:
            return kind
    return ""


def _agentless(raw: Sequence[str], sense: Sense) -> bool:
    """Whether the clause's verb of the sense has no doer: a verb of undergoing ("died"), or
    a passive with no "by" ("were killed on Tuesday", not "were killed by gunmen")."""
    if "by" in raw:
        return False
    for position, word in enumerate(raw):
        lemmas = set(_word_lemmas(word)) & sense.lemmas
        if not lemmas or word in sense.lemmas and not lemmas & _UNDERGONE:
            continue  # the noun "kill", or no form of the sense
        if lemmas & _UNDERGONE or _PASSIVE_AUXILIARIES & set(raw[max(0, position - 3) : position]):
            return True
    return False


# After a verb, these begin no object: "demonstrated against the war", "... peacefully",
# "... on Sunday".
_NO_OBJECT = (
    PREPOSITIONS
    | {day.lower() for day in WEEKDAY_WORDS}
    | words("as again there here yesterday today tonight and or but while when where")
)


def _takes_object(clause: str, sense: Sense) -> bool:
    """Whether a verb of the sense in the clause is followed by its direct object ("the company
    demonstrated its new phone", "demonstrated that it works"), not by a preposition, an
    adverb, a day or the clause's end ("thousands demonstrated against the war")."""
    raw = [word.lower() for word in _WORD.findall(clause)]
    for position, word in enumerate(raw[:-1]):
        if word in sense.lemmas or not _finite_verb(word) and not word.endswith("ing"):
            continue  # the noun "rally", or no verb form
        if not set(_word_lemmas(word)) & sense.lemmas:
            continue
        after = raw[position + 1]
        return after not in _NO_OBJECT and not after.endswith("ly")
    return False


_DATE_WORDS = {w.lower() for w in WEEKDAY_WORDS | MONTH_WORDS}
# Words that begin what is told, no thing: "announced that ...", "announced it would ...".
_TOLD_CLAUSE = words("that it he she they we i there")


def _tells_a_thing(raw: Sequence[str], predicate: str, sense: Sense) -> bool:
    """Whether a verb of telling has a thing for its object ("announced a new phone at a
    conference"), whose words are the act's, not a clause of what is told ("announced on
    Friday that it would withdraw its troops"), whose sentence tells the kind."""
    if predicate not in TELLING_A_THING:
        return False
    for position, word in enumerate(raw):
        if word in sense.lemmas or not set(_word_lemmas(word)) & sense.lemmas:
            continue
        after = [
            w
            for w in raw[position + 1 :]
            if w not in _NO_OBJECT and w not in _DATE_WORDS and not w.endswith("ly")
        ]
        return bool(after) and after[0] not in _TOLD_CLAUSE
    return False


def _idiom(raw: Sequence[str], position: int) -> bool:
    """Whether the word at ``position`` is a verb that its particle gives another sense
    ("seized on the remark", "engaged in talks"), not one followed by a date ("seized on
    Monday")."""
    if position + 1 >= len(raw):
        return False
    particle = raw[position + 1]
    after = raw[position + 2] if position + 2 < len(raw) else ""
    return after not in _DATE_WORDS and any(
        particle in IDIOMS.get(lemma, ()) for lemma in _word_lemmas(raw[position])
    )


def _in_idiom(raw: Sequence[str], predicate: str) -> bool:
    """Whether the clause's verb of ``predicate`` stands in an idiom of it."""
    if predicate not in IDIOMS:
        return False
    return any(
        _idiom(raw, position)
        for position, word in enumerate(raw)
        if predicate in _word_lemmas(word)
    )


_ACTS_NAMED = frozenset(word for acts in LIGHT_VERBS.values() for word in acts)
# how far after its light verb the word naming the act may stand ("set the two cars alight")
_LIGHT_REACH = 4


def _named_act(raw: Sequence[str], predicate: str) -> str:
    """The act a light verb's object names ("set fire to the hall": burn), else the
    predicate as given."""
    acts = LIGHT_VERBS.get(predicate)
    if not acts:
        return predicate
    for position, word in enumerate(raw):
        if predicate in _word_lemmas(word):
            for after in raw[position + 1 : position + 1 + _LIGHT_REACH]:
                if after in acts:
                    return acts[after]
    return predicate


def _act_after_light_verb(raw: Sequence[str], position: int) -> tuple[str, ...]:
    """The act's reading for a word a light verb shortly before it turns into its act
    ("set fire": burn), else nothing."""
    for before in raw[max(0, position - _LIGHT_REACH) : position]:
        for lemma in _word_lemmas(before):
            act = LIGHT_VERBS.get(lemma, {}).get(raw[position])
            if act:
                return (act,)
    return ()


# Object pronouns that may stand between a verb and its particle: "pulled him over".
_PRONOUN_OBJECTS = words("him her them it me us")


def _particle_act(raw: Sequence[str], position: int) -> str:
    """The act a verb at ``position`` names with its particle right after it or after a
    pronoun object ("was pulled over", "pulled her over"), or with its particle and no
    object ("the mill burned down in 2011"), else nothing."""
    for lemma in _word_lemmas(raw[position]):
        alone = ACTS_UNDERGONE.get(lemma, {})
        after = raw[position + 1 : position + 3]
        if after and after[0] in alone and not _object_follows(after[1:]):
            return alone[after[0]]
        acts = PHRASAL_ACTS.get(lemma)
        if not acts:
            continue
        after = raw[position + 1 : position + 3]
        if after and after[0] in _PRONOUN_OBJECTS:
            after = after[1:]
        # "called on Monday for talks": "on" opens a date, no particle
        if len(after) > 1 and after[0] in _OPENS_A_DATE and after[1] in _DATE_WORDS:
            continue
        if after and after[0] in acts:
            return acts[after[0]]
    return ""


# A particle that also opens a date: "called on Monday" is no call on anyone.
_OPENS_A_DATE = words("on upon")
# Words after a particle that begin no object: "burned down last year", "... early on Sunday".
_NO_OBJECT_AFTER_PARTICLE = words("last early late overnight")


def _object_follows(after: Sequence[str]) -> bool:
    """Whether the words after a verb's particle begin its object ("burned down the depot"),
    not a preposition, a time or the clause's end ("burned down in 2011")."""
    if not after:
        return False
    word = after[0]
    return not (
        word in _NO_OBJECT
        or word in _DATE_WORDS
        or word in _NO_OBJECT_AFTER_PARTICLE
        or word.endswith("ly")
    )


def _phrasal_act(raw: Sequence[str], predicate: str) -> str:
    """The act the predicate's verb names with its particle in the clause, else the
    predicate as given."""
    if predicate not in PHRASAL_ACTS and predicate not in ACTS_UNDERGONE:
        return predicate
    for position, word in enumerate(raw):
        if predicate in _word_lemmas(word):
            act = _particle_act(raw, position)
            if act:
                return act
    return predicate


# Participles that, set off after a comma, tell what an act said, not what was done: "wrote
# to the minister, demanding an inquiry", "pledged support, warning that force was near".
_SAYING = REPORTING_VERBS | words("demand urge ask call vow pledge promise threaten")
_SET_OFF_PARTICIPLE = re.compile(r",\s+([a-z]+ing)\b")


def _before_said_participle(clause: str, predicate: str) -> str:
    """The clause without a participle clause of saying set off after a comma: what was said
    is no part of the act the predicate names (but the participle kept when it is the
    predicate itself)."""
    for match in _SET_OFF_PARTICIPLE.finditer(clause):
        lemma = guess_lemma(match[1])
        if lemma in _SAYING and lemma != predicate:
            return clause[: match.start()]
    return clause


def _finite_verb(word: str) -> bool:
    """A past or third-person verb form: our lexicon's, or an -ed form the dictionary knows."""
    return is_finite_form(word) or (
        word.endswith("ed") and dictionary_lemma(word) not in (None, word)
    )


def _modifier(raw: Sequence[str], position: int) -> bool:
    """A participle between a determiner and its noun describes, it does not happen: "the
    jailed activist began a hunger strike", "the warring parties agreed a ceasefire" (but
    "the bombing killed" is a bombing)."""
    return (
        0 < position < len(raw) - 1
        and raw[position].endswith(("ed", "ing"))
        and raw[position - 1] in _DETERMINERS
        and not is_finite_form(raw[position + 1])
    )


def _nominal(readings: tuple[str, ...]) -> tuple[str, ...]:
    """A noun's readings without the verb its form could also be: "a slew of new offerings"
    holds no slaying, "the left wing" no leaving; a noun in -ing or -ed keeps its verb, as
    it names the act ("the killing", "the wounded")."""
    if not readings or readings[0].endswith(("ing", "ed")):
        return readings
    verb = guess_lemma(readings[0])
    return tuple(r for r in readings if r != verb or r == readings[0])


def _sense_of(readings: tuple[str, ...]) -> Sense | None:
    """The rule of the first reading of a word that has one."""
    for lemma in readings:
        found = _SENSE_OF.get(lemma)
        if found is not None:
            return found
    return None


def _present(words: Iterable[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(lemma for readings in words for lemma in readings)


def _decide(sense: Sense, contexts: Iterable[frozenset[str]], clause: frozenset[str]) -> str:
    """The kind the first rule line a word satisfies gives, nearest words first, else the
    rule's default. The rest of the sentence is no argument: it may tell of other
    happenings ("as the court met, rebels attacked"). The lines the clause decides first
    are read before any ("the rocket exploded after lift-off")."""
    kind = _first_rule(sense, clause, sense.clause_first)
    if kind:
        return kind
    for context in contexts:
        kind = _first_rule(sense, context, sense.rules)
        if kind:
            return kind
    return sense.default or ""


def _first_rule(
    sense: Sense, context: frozenset[str], rules: Iterable[tuple[frozenset[str], str]]
) -> str:
    present = context - sense.lemmas
    for cue, kind in rules:
        if not cue.isdisjoint(present):
            return kind
    return ""


def _by_cues(
    clause_words: Sequence[tuple[str, ...]], sentence_words: Sequence[tuple[str, ...]]
) -> str:
    best, best_score = OTHER, 0
    clause_set = [set(w) for w in clause_words]
    sentence_set = [set(w) for w in sentence_words]
    for kind in KINDS:
        cues = CUES.get(kind)
        if not cues:
            continue
        score = 2 * sum(1 for w in clause_set if w & cues) + sum(
            1 for w in sentence_set if w & cues
        )
        if score > best_score:
            best, best_score = kind, score
    return best


def _normalised(lemmas: Iterable[str]) -> list[tuple[str, ...]]:
    """Given lemmas, each with its parts ("anti-tank": "tank") and its own lemma again; a
    capitalised one is a name, read as written ("Jobs" is no job) and as ``PROPER_NAME``."""
    out: list[tuple[str, ...]] = []
    lemmas = list(lemmas)
    bloc = not _STATES_UNITED.isdisjoint(lemmas)
    enforced = "enforcement" in lemmas
    for lemma in lemmas:
        for word in _WORD.findall(lemma):
            name = word[:1].isupper() and not word.isupper()
            if word in _CALENDAR_NAMES:
                out.append(())  # "died in March" is no march
            elif word == "law" and enforced:
                out.append(_LAW_ENFORCEMENT)
            elif word == "Union" and bloc:
                out.append(_BLOC)
            else:
                out.append((word.lower(), PROPER_NAME) if name else _word_lemmas(word.lower()))
    return out


# What every name among the arguments also reads as: a rule may ask for someone named
# ("Lena Varga was shot"), whoever it is.
PROPER_NAME = "proper-name"
# Capitalised, these name a month or a season, never the verb: "born on 3 March 1950" is no
# march, "in Spring 2021" no spring.
_CALENDAR_NAMES = words("March May Fall Spring")
# A union of states is a bloc, no trade union: "the European Union met", "the Soviet Union
# sent troops" (but "the Transport Workers Union called a strike").
_STATES_UNITED = words("Soviet European African Eurasian")
_BLOC = ("bloc",)
# Offices written before a name, read as words: "President Lee visited Hanoi", "Sheriff Doyle
# said".
_OFFICES = words("""
    president chancellor premier governor mayor minister ambassador envoy senator judge
    sheriff king queen
""")
# "Law enforcement officials" are the police, no law: "law enforcement agencies were involved".
_LAW_ENFORCEMENT = ("police",)
# "According to officials" names no accord.
_NO_ACCORD = ("according",)
# "A company based in Ohio" has no military base.
_NO_BASE = ("based",)


def _lemmas_of(text: str) -> list[tuple[str, ...]]:
    """Each word of the text as its lemma readings, the likeliest first."""
    return list(_lemma_readings(text))


# Every event of a sentence reads the sentence's words: read once per sentence, not once per
# event (a run-on stretch of a hundred verbs read its 1,200 characters a hundred times).
@functools.lru_cache(maxsize=256)
def _lemma_readings(text: str) -> tuple[tuple[str, ...], ...]:
    found = list(_WORD.finditer(text))
    # Inside a clause not written in title case, a capitalised word is a name, read as
    # written and by its last word: "Jobs" is no job, "Bill Gates" no bill, "the Supreme
    # Court" a court; "Marchers" at the clause's start are marchers.
    title_case = sum(match[0][:1].isupper() for match in found) * 2 > len(found)
    out: list[tuple[str, ...]] = []
    crowd_control = _crowd_control(found)
    for position, match in enumerate(found):
        word = match[0]
        if position in crowd_control:
            out.append((CROWD_CONTROL,))
        elif word in _CALENDAR_NAMES:
            out.append(())
        elif word == "Union" and position and found[position - 1][0] in _STATES_UNITED:
            out.append(_BLOC)
        elif word.lower() == "according":
            out.append(_NO_ACCORD)
        elif _seat(found, position):
            out.append((SEATS_OF_GOVERNMENT[_seat(found, position)],))
        elif (
            word.lower() == "law"
            and position + 1 < len(found)
            and found[position + 1][0].lower() == "enforcement"
        ):
            out.append(_LAW_ENFORCEMENT)
        elif word.lower() == "based":
            out.append(_NO_BASE)
        elif (
            position + 1 < len(found)
            and f"{word.lower()} {found[position + 1][0].lower()}" in GERUND_COMPOUNDS
        ):
            out.append(())  # "talking points" are no talks
        elif position and word[:1].isupper() and not title_case:
            following = found[position + 1] if position + 1 < len(found) else None
            more = (
                following is not None
                and following[0][:1].isupper()
                and text[match.end() : following.start()].isspace()
            )
            # an office before a name is read: "Chancellor Anna Weber hosted the conference"
            titled = more and word.lower() in _OFFICES and not found[position - 1][0][:1].isupper()
            out.append((word.lower(),) if titled or not more else ())
        else:
            out.append(_word_lemmas(word.lower()))
    return (*out, *_sums(text))


def _crowd_control(found: Sequence[re.Match[str]]) -> set[int]:
    """The positions of the words that name what a crowd is broken up with ("tear gas",
    "stun grenades", "Tasers")."""
    low = [match[0].lower() for match in found]
    out = {p for p, word in enumerate(low) if word in CROWD_CONTROL_WORDS}
    for position in range(len(low) - 1):
        second = _noun_lemma(low[position + 1])
        if (low[position], second) in CROWD_CONTROL_PAIRS:
            out |= {position, position + 1}
    return out


def _seat(found: Sequence[re.Match[str]], position: int) -> str:
    """The seat of government a name ends with at ``position`` ("the White House",
    "the Kremlin"), else nothing."""
    word = found[position][0].lower()
    if word in SEATS_OF_GOVERNMENT:
        return word
    pair = f"{found[position - 1][0].lower()} {word}" if position else ""
    return pair if pair in SEATS_OF_GOVERNMENT else ""


# A sum of millions written with its currency's sign or code: "$4.5 million", "C$2 billion",
# "£300m".
_SUM = re.compile(
    r"(?<![\w$£€¥])(?:[A-Z]{0,3}\$|[£€¥₹])\s?\d[\d.,]*\s?(?:million|billion|trillion|bn|m)\b"
)


def _sums(text: str) -> list[tuple[str, ...]]:
    """A reading "money" for each sum of millions in the text: "bid $1.9 billion" is money,
    though "four million visitors" are none and a price ("sold for $29") tells what a thing
    costs, not a happening of business."""
    return [("money",)] * len(_SUM.findall(text))


@functools.lru_cache(maxsize=8192)
def _word_lemmas(word: str) -> tuple[str, ...]:
    """A word's readings: its noun lemma first (most kinds are named by nouns), then its verb
    lemma, then the parts of a hyphenated compound ("re-election": "election")."""
    word = word.replace("’", "'").removesuffix("'s").rstrip("'")
    readings = [_noun_lemma(word), guess_lemma(word), word]
    if "-" in word:  # each part as written and as its lemma: "re-elected": "elect"
        # (a prefix of two letters is no word: "co-star" holds no "Co.")
        for part in (p for p in word.split("-") if len(p) > 2):
            readings += [part, guess_lemma(part)]
    return tuple(dict.fromkeys(r for r in readings if r))


@functools.lru_cache(maxsize=8192)
def _noun_lemma(word: str) -> str:
    from lemminflect import getLemma

    lemmas = getLemma(word, upos="NOUN", lemmatize_oov=False)
    return lemmas[0] if lemmas else word
