"""What a dated story tells next in the plain past, with no date of its own, happened at the
story's time (``narrative_time``); what is no happening at that time is not proposed. Every
sentence here was written for its test."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.clauses import ClauseKind, split_clauses

PUBLISHED = dt.date(2019, 5, 14)  # a Tuesday

# A headline, a date line and a lead of two sentences: what follows is the story's body.
NEWS = "Port shelled\n\nMay 14, 2019\n\nThe city is calm today. Shops reopened in the old town.\n\n"


def events(text: str, published: dt.date = PUBLISHED) -> list[Event]:
    return extract_events(text, published)


# --- what the run carries --------------------------------------------------------------------


def test_what_followed_a_dated_happening_in_its_paragraph_happened_that_day():
    found = events(
        NEWS + "Rebels shelled the port on Saturday. Government troops returned fire, and the "
        "navy evacuated 300 civilians from the harbour."
    )
    assert dates(found, "shell", "port") == ["2019-05-11"], described(found)
    assert dates(found, "return fire") == ["2019-05-11"], described(found)
    assert dates(found, "navy evacuates", "civilians") == ["2019-05-11"], described(found)


def test_a_match_report_tells_its_goals_on_the_day_the_lead_dates():
    found = events(
        "Rovers win derby\n\nMay 14, 2019\n\n"
        "The Rovers defeated the Albion at Elm Park on Sunday. The win lifts them to third.\n\n"
        "Dan Pike opened the scoring in the twelfth minute. Tom Reed equalised from a "
        "penalty before half-time.\n\n"
        "Pike headed the winner from a corner."
    )
    for words in ("Dan Pike opens scoring", "Tom Reed equalises", "Pike heads winner"):
        # approximate: a reader infers the day from the lead, the text does not give it
        assert dates(found, words) == ["2019-05-12~"], described(found)


def test_results_told_after_the_lead_date_the_election_day():
    found = events(
        "Voters choose a new council\n\nMay 14, 2019\n\n"
        "The town held its council election on Sunday. Turnout was high.\n\n"
        "In the harbour ward, Ada Marsh was elected with 2,100 votes. The veteran "
        "councillor Ben Hale lost his seat."
    )
    assert dates(found, "Ada Marsh", "elected") == ["2019-05-12~"], described(found)
    assert dates(found, "Ben Hale loses", "seat") == ["2019-05-12~"], described(found)


def test_re_elected_is_a_happening_like_elected():
    found = events(
        "Voters choose a new council\n\nMay 14, 2019\n\n"
        "The town held its council election on Sunday. Turnout was high.\n\n"
        "In the harbour ward, Ada Marsh was re-elected with 2,100 votes."
    )
    assert dates(found, "Ada Marsh", "re-elected") == ["2019-05-12~"], described(found)


def test_a_life_after_a_year_runs_in_that_year_approximately():
    found = events(
        "Otto Brand was a Danish painter and trader.\n\n"
        "In 1848 Brand sailed west. He arrived in San Francisco and opened a shop on the "
        "waterfront."
    )
    assert dates(found, "sails west") == ["1848"], described(found)
    assert dates(found, "arrives in San Francisco") == ["1848~"], described(found)
    assert dates(found, "opens", "shop") == ["1848~"], described(found)


def test_results_joined_by_semicolons_share_the_date_of_the_first():
    found = events(
        "Cup day five\n\nMay 14, 2019\n\n"
        "Yesterday the Rovers defeated the Albion 2 – 1; the Wanderers defeated the Town 3 – 0; and "
        "the City lost 0 – 1 to the Athletic."
    )
    assert dates(found, "Rovers defeat Albion 2-1") == ["2019-05-13"], described(found)
    assert dates(found, "Wanderers defeat Town 3-0") == ["2019-05-13"], described(found)
    assert dates(found, "City loses 0-1 to Athletic") == ["2019-05-13"], described(found)


def test_minutes_later_is_the_same_day_of_the_run():
    found = events(
        NEWS + "The Rovers defeated the Albion at Elm Park on Sunday. Dan Pike scored in the "
        "first minute. Six minutes later, Tom Reed doubled the lead."
    )
    assert dates(found, "Tom Reed doubles", "lead") == ["2019-05-12"], described(found)


def test_two_players_scoring_alike_score_two_goals():
    found = events(
        NEWS + "The Rovers defeated the Albion at Elm Park on Sunday. Dan Pike scored from the "
        "penalty spot. Tom Reed scored from the penalty spot."
    )
    assert titled(found, "Dan Pike scores") and titled(found, "Tom Reed scores"), described(found)


def test_a_score_is_no_break_between_clauses():
    clauses = split_clauses("The Rovers beat the Albion 2 – 1; the Town lost 0 – 3.", 0)
    assert [c.kind for c in clauses] == [ClauseKind.MAIN, ClauseKind.MAIN]
    assert clauses[0].tokens[-1].text == "1" and clauses[1].tokens[-2].text == "3"


def test_a_new_date_moves_the_run():
    found = events(
        NEWS + "Rebels shelled the port on Saturday. The army recaptured the pier on Monday. "
        "Engineers cleared the mines from the quay."
    )
    assert dates(found, "engineers clear", "mines") == ["2019-05-13"], described(found)


# --- what it does not carry ------------------------------------------------------------------

STORY = NEWS + "Rebels shelled the port on Saturday. "


def test_a_state_is_no_happening_of_the_run():
    found = events(STORY + "The harbour was quiet by nightfall.")
    assert not titled(found, "quiet"), described(found)


def test_a_description_of_a_place_is_no_happening_of_the_run():
    found = events(STORY + "The port lay at the mouth of the river and housed three shipyards.")
    assert not titled(found, "lies") and not titled(found, "houses"), described(found)


def test_a_view_is_no_happening_of_the_run():
    found = events(STORY + "Many residents believed the rebels wanted the fuel depot.")
    assert not titled(found, "believe") and not titled(found, "want"), described(found)


def test_a_quotation_is_no_happening_of_the_run():
    found = events(
        STORY + "“We fired back at once and drove them off,” a soldier said. The commander "
        "called the attack “a cowardly act”."
    )
    assert not titled(found, "fire back") and not titled(found, "drive"), described(found)
    assert not titled(found, "calls"), described(found)


def test_words_in_the_first_person_are_no_happening_of_the_run():
    found = events(STORY + "Our boats reached the pier first, the harbour master wrote.")
    assert not titled(found, "reach"), described(found)


def test_the_past_perfect_tells_what_came_before_the_run():
    found = events(STORY + "The navy had evacuated the harbour.")
    assert not titled(found, "evacuate"), described(found)


def test_a_saying_and_what_it_says_are_not_carried():
    found = events(STORY + "A navy spokesman said the sailors evacuated 300 civilians.")
    assert not titled(found, "says") and not titled(found, "evacuate"), described(found)


def test_what_a_speaker_admitted_at_the_occasion_is_no_new_happening():
    found = events(
        NEWS + "The mayor met the harbour workers on Saturday. She admitted that the repairs "
        "were late, and she thanked the volunteers."
    )
    assert not titled(found, "admit") and not titled(found, "thank"), described(found)


def test_a_habit_is_no_happening_of_the_run():
    found = events(
        STORY + "Fishermen often sailed past the old lighthouse. The ferry used to stop at "
        "the pier."
    )
    assert not titled(found, "sail") and not titled(found, "ferry"), described(found)


def test_what_would_have_been_is_no_happening_of_the_run():
    found = events(STORY + "The navy would have evacuated more civilians.")
    assert not titled(found, "evacuate"), described(found)


def test_what_times_itself_by_another_happening_is_not_at_the_story_time():
    found = events(STORY + "Trade at the port fell sharply soon after the blockade.")
    assert not titled(found, "fall"), described(found)


def test_a_paragraph_ends_the_run_of_a_life():
    found = events(
        "Otto Brand was a Danish painter and trader.\n\n"
        "In 1848 Brand sailed west.\n\n"
        "He opened a shop on the waterfront."
    )
    assert not titled(found, "opens", "shop"), described(found)


def test_a_change_of_tense_ends_the_run_of_a_life():
    found = events(
        "Otto Brand was a Danish painter and trader.\n\n"
        "In 1848 Brand sailed west. He is remembered today as a painter of ships. He "
        "opened a shop on the waterfront."
    )
    assert not titled(found, "opens", "shop"), described(found)


def test_a_year_carries_only_what_is_surely_a_happening():
    found = events(
        "Otto Brand was a Danish painter and trader.\n\n"
        "In 1848 Brand sailed west. He supported himself by painting signs."
    )
    assert not titled(found, "support"), described(found)


def test_a_second_predicate_opening_on_its_own_date_is_a_happening_of_that_date():
    found = events(
        "Otto Brand was a Danish painter and trader.\n\n"
        "In 1881 Brand moved to Hamburg, and in 1887 opened a gallery on the harbour."
    )
    assert dates(found, "opens", "gallery") == ["1887"], described(found)


def test_a_happening_the_lead_names_by_its_day_sets_the_storys_day():
    """ "the cost of Sunday's storm": the lead's one date dates a happening by its noun; what
    a later paragraph tells in the plain past happened that day too (a reader's inference:
    approximate)."""
    found = events(
        "Storm batters coast towns\n\n"
        "Fishermen in Port Alder were still counting the cost of Sunday's storm that flooded "
        "the harbour.\n\n"
        "The lifeboat station in Kelby, a town of 4,000 people, lost its slipway and two boats."
    )
    assert dates(found, "slipway") == ["2019-05-12~"], described(found)


def test_a_named_happening_beside_the_leads_own_day_does_not_set_the_storys_day():
    """ "said on Monday ... last Friday's bombing": the saying's day is the news, so the
    bombing's day does not date what the story tells later."""
    found = events(
        "Minister thanks Norway\n\n"
        "The foreign minister Ada Lind said on Monday that she was grateful for help from "
        "Norway in investigating last Friday's bombing of the embassy in Orvik.\n\n"
        "The bombing has killed 12 people.\n\n"
        "Six men were detained by the police because they could not explain their presence "
        "near the embassy."
    )
    assert "2019-05-10~" not in dates(found, "detained"), described(found)
