"""Kinds a crisis-news coder gives business, politics and moves of forces, read from the
predicate and its own arguments rather than from a stray word of the clause.

Every sentence here was written for this test; none is from an article."""

from __future__ import annotations

import pytest

from timeline_app.core.extraction.categories import categorise

# (clause, predicate, arguments, kind): the clause read alone and the parser's reading of it
# must both give the kind.
BY_TEXT_AND_PARSE = [
    # a central bank's or a board's vote is business; a parliament's or a party's politics
    (
        "The central bank's monetary committee voted seven to two to hold its benchmark rate",
        "vote",
        ["committee"],
        "economy",
    ),
    ("The parliament voted to dissolve itself", "vote", ["parliament"], "politics"),
    ("Ms Adeyemi was elected chairwoman of the board", "elect", ["Adeyemi", "board"], "economy"),
    ("The party elected a new leader", "elect", ["party", "leader"], "politics"),
    # money cut from a budget is business; passing the budget is politics
    (
        "The arts council has cut two million euros from its grants budget",
        "cut",
        ["council", "euro", "budget"],
        "economy",
    ),
    ("The assembly passed the budget", "pass", ["assembly", "budget"], "politics"),
    # austerity is an economic policy
    (
        "The Portuguese cabinet agreed on a new package of austerity measures",
        "agree",
        ["cabinet", "package"],
        "economy",
    ),
    # a central banker criticising the bank's rates speaks of money, not between states
    (
        "A Federal Reserve governor sharply criticised the bank's low interest rates",
        "criticise",
        ["governor", "Reserve", "rate"],
        "economy",
    ),
    (
        "The foreign minister criticised the neighbour's naval drills",
        "criticise",
        ["minister", "drill"],
        "diplomacy",
    ),
    # an exercise for a landing from the sea is a military one, whoever holds it
    (
        "The Corps held an amphibious training exercise off the coast",
        "hold",
        ["Corps", "exercise", "amphibious", "training"],
        "strategic",
    ),
    # paramedics called to a contest is no call on anyone ("on Market Street" is a place)
    (
        "Paramedics were called to the pie-eating contest on Market Street",
        "call",
        ["paramedic", "contest", "Street"],
        "other",
    ),
    (
        "The council called on all states to hand over the suspects",
        "call",
        ["council", "state"],
        "diplomacy",
    ),
    # who votes is an election's
    ("The challenger won over suburban voters", "win", ["challenger", "voter"], "politics"),
]


@pytest.mark.parametrize(("clause", "predicate", "arguments", "kind"), BY_TEXT_AND_PARSE)
def test_kind_from_the_text_alone(clause, predicate, arguments, kind):
    assert categorise(clause) == kind


@pytest.mark.parametrize(("clause", "predicate", "arguments", "kind"), BY_TEXT_AND_PARSE)
def test_kind_from_predicate_and_arguments(clause, predicate, arguments, kind):
    assert categorise(clause, predicate=predicate, arguments=arguments) == kind


# Verbs too common outside their sense to be looked for in the text: the kind holds when the
# parser names them the predicate.
BY_PARSE = [
    # figures that move
    (
        "Factory payrolls expanded by 40,000 jobs last month",
        "expand",
        ["payroll", "job", "month"],
        "economy",
    ),
    ("The trade deficit widened in the spring", "widen", ["deficit", "trade"], "economy"),
    ("The crowd grew through the afternoon", "grow", ["crowd", "afternoon"], "other"),
    # what is suffered
    (
        "The carmaker suffered a sales slump in the late 1990s",
        "suffer",
        ["carmaker", "slump", "sales"],
        "economy",
    ),
    ("The brigade suffered heavy losses", "suffer", ["brigade", "loss"], "armed clash"),
    ("The coastal towns suffered a long drought", "suffer", ["town", "drought"], "disaster"),
    # forces flown in have not fought yet; food flown in is aid
    (
        "About 600 paratroopers flew into the northern province to begin the offensive",
        "fly",
        ["paratrooper", "province"],
        "strategic",
    ),
    ("The Marines flew in from ships offshore", "fly", ["Marines", "ship"], "strategic"),
    ("The air force flew in food and tents", "fly", ["force", "food", "tent"], "humanitarian"),
]


@pytest.mark.parametrize(("clause", "predicate", "arguments", "kind"), BY_PARSE)
def test_kind_of_a_common_verb_named_the_predicate(clause, predicate, arguments, kind):
    assert categorise(clause, predicate=predicate, arguments=arguments) == kind


def test_a_noun_after_a_determiner_is_no_verb():
    # "slew" could be the past of "slay": after "a" it is a noun, and no killing.
    clause = "On Monday the firm unveiled a slew of new gadgets"
    assert categorise(clause) == "other"
    assert categorise(clause, predicate="unveil", arguments=["Monday", "firm", "slew"]) == "other"
    # ... while a noun in -ing still names the act
    assert categorise("The bombing wrecked the station") == "explosion"


def test_the_parsers_arguments_count_as_the_clauses_words():
    # The clause's text begins at its verb; its subject, the rate, says it is about money.
    clause = "averaged 3.1 percent over the decade, hardly a tight policy"
    kind = categorise(clause, predicate="average", arguments=["rate", "interest", "percent"])
    assert kind == "economy"
    # ... but a name among them is no cue: a hall named for a constitution holds no law.
    clause = "A choir from the school was given an award at Constitution Hall on Friday"
    arguments = ["choir", "award", "Constitution", "Friday"]
    assert categorise(clause, predicate="give", arguments=arguments) == "other"


@pytest.mark.parametrize(
    ("clause", "predicate", "arguments", "kind"),
    [
        # holders choosing what to take for their securities make no election
        (
            "The lenders voted to swap their bonds for shares in the airline",
            "vote",
            ["lender", "bond", "share"],
            "economy",
        ),
        # a candidate's win is an election's
        ("The candidate won easily", "win", ["candidate"], "politics"),
    ],
)
def test_votes_of_holders_and_wins_of_candidates(clause, predicate, arguments, kind):
    assert categorise(clause) == kind
    assert categorise(clause, predicate=predicate, arguments=arguments) == kind


def test_a_company_based_somewhere_has_no_military_base():
    clause = "It sought clearance to buy half of a bakery chain based in Leeds"
    assert categorise(clause) == "economy"
    assert categorise(clause, predicate="seek", arguments=["clearance"]) == "economy"


def test_a_partys_people_are_politics():
    assert categorise("A Republican aide gave the newspaper the memo") == "politics"
    assert categorise("The campaigners handed reporters a memo on the week's messages") == (
        "politics"
    )
    assert categorise("Two Democrats on the panel wrote to the reporters", predicate="write") == (
        "politics"
    )


def test_an_acronym_among_the_arguments_is_a_cue():
    clause = "welcomed three of its former rivals as members on Friday"
    assert categorise(clause, predicate="welcome", arguments=["NATO", "rival"]) == "diplomacy"


def test_what_a_company_becomes_is_business():
    clause = "The carmaker briefly became the world's most valuable company"
    arguments = ["carmaker", "company", "valuable", "world"]
    assert categorise(clause, predicate="become", arguments=arguments) == "economy"
    # ... and a person becoming an officer is none
    clause = "The engineer became chairman in 2004"
    assert categorise(clause, predicate="become", arguments=["engineer", "chairman"]) == "other"


@pytest.mark.parametrize(
    ("clause", "predicate", "arguments", "kind"),
    [
        # a stay in hospital is no aid ...
        (
            "The runner went to hospital with chest pains",
            "go",
            ["runner", "hospital", "pain"],
            "other",
        ),
        (
            "The pie contest left three men in hospital",
            "leave",
            ["contest", "man", "hospital"],
            "other",
        ),
        # ... the wounded carried there are
        (
            "The injured were rushed to hospital",
            "rush",
            ["injured", "hospital"],
            "humanitarian",
        ),
        # and injury time is a match's
        ("The winner came in injury time", "come", ["winner", "injury", "time"], "other"),
    ],
)
def test_a_stay_in_hospital_is_no_aid(clause, predicate, arguments, kind):
    assert categorise(clause, predicate=predicate, arguments=arguments) == kind


def test_a_settlement_with_a_regulator_is_legal():
    clause = "The two lenders later settled with the regulator over the mis-sold loans"
    assert categorise(clause) == "legal"
    assert categorise(clause, predicate="settle", arguments=["lender", "regulator"]) == "legal"
    # ... as with the SEC, read as written
    clause = "Three former managers took the blame and in the end settled with the SEC"
    assert categorise(clause, predicate="take", arguments=["manager", "blame"]) == "legal"
