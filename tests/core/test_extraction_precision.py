"""What the extractor proposes is what a reader would keep: background and states, plans,
reports about reports and one happening told twice are left out or merged. Each rule is
shown by a sentence written for it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import dating_rules, event_rules, extract_events, syntax
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def example(doc: str) -> str:
    """The first sentence in straight quotes in a rule's docstring."""
    match = re.search(r'"([^"]{12,})"', doc)
    assert match, f"no quoted example in {doc!r}"
    return match.group(1)


@pytest.mark.parametrize("rule", dating_rules.IDLE_DATE_RULES, ids=lambda rule: rule.name)
def test_each_idle_date_rule_acts_on_its_own_example(rule, monkeypatch):
    acted: list[str] = []

    def watched(original):
        def apply(use):
            value = original.apply(use)
            if value:
                acted.append(original.name)
            return value

        return replace(original, apply=apply)

    rules = [watched(r) for r in dating_rules.IDLE_DATE_RULES]
    monkeypatch.setattr(dating_rules, "IDLE_DATE_RULES", rules)
    extract_events(example(rule.example), PUBLISHED)
    assert rule.name in acted, acted


def test_the_simple_present_below_the_headline_describes_and_is_no_news():
    found = events(
        "Russia signs border treaty with Ukraine\n\n"
        "The presidents of Russia and Ukraine signed a border treaty in Kiev.\n\n"
        "The treaty between Russia and Ukraine also calls for joint patrols on the river."
    )
    assert not titled(found, "call"), described(found)
    # the headline's present is the news, and the lead tells it
    assert titled(found, "sign"), described(found)


def test_the_base_of_a_comparison_dates_nothing():
    found = events(
        "Exports from Germany to China fell to 14 billion dollars last year, down 2.5 "
        "billion dollars from 2019."
    )
    assert [e.when.to_edtf() for e in found] == ["2023"], described(found)
    found = events("Poland's wheat harvest is up 12% from two years ago.")
    assert found == [], described(found)
    # a range is no comparison: "from 2019 to 2021" dates what went on in it (a measure's
    # rise over those years is a trend, no happening: test_extraction_non_events)
    found = events("Engineers from Germany rebuilt the port of Gdansk from 2019 to 2021.")
    assert [e.when.to_edtf() for e in found] == ["2019/2021"], described(found)


def test_the_current_holder_of_a_post_dates_nothing():
    found = events("The studio was founded in 1986 by the current chief executive of Apple.")
    assert [e.when.to_edtf() for e in found] == ["1986"], described(found)
    found = events("Rescuers were led by the current mayor of Berlin, Kai Wegner.")
    assert found == [], described(found)


def test_now_with_the_simple_present_describes_and_dates_nothing():
    found = events("The Apple store currently sells songs from Britain for 99 pence.")
    assert found == [], described(found)
    # the perfect with "now" is news of the day
    found = events("Russian troops have now left the city of Kherson.")
    assert titled(found, "left") or titled(found, "leave"), described(found)


@pytest.mark.parametrize("rule", syntax.READING_RULES, ids=lambda rule: rule.name)
def test_each_reading_rule_reads_its_own_example_as_no_happening(rule, monkeypatch):
    sentence = example(rule.example)
    parsed = syntax.ParsedText(parse(sentence))
    head = parsed.head(0, len(sentence))
    assert rule.apply(head) is not None, sentence
    assert syntax.reading_of(head) != syntax.Reading.HAPPENING, sentence


@pytest.mark.parametrize(
    "text",
    [
        # a schedule for a stretch of time, with and without "will"
        "The new rules are due to go before the European Parliament next week.",
        "The second phase of the pipeline is scheduled for completion next summer.",
        "The service is intended to launch in the autumn of 2025 across Europe.",
        "The new reactor will be switched on in the spring of 2026.",
        # "going to" is what will be
        "Ministers are going to meet in Brussels next month.",
        # "is to" is a plan
        "The Polish president is to visit Kyiv in the spring.",
    ],
)
def test_a_plan_for_a_stretch_of_time_is_no_event(text):
    assert events(text) == [], described(events(text))


def test_a_plan_for_a_day_is_kept_as_planned_and_its_announcement_is_the_news():
    found = events("The summit of NATO leaders is scheduled to open in Vilnius on 11 July.")
    # the title says it is planned ("... scheduled to open", "... to open")
    assert [e.when.to_edtf() for e in found] == ["2024-07-11"], described(found)
    assert "to open in Vilnius" in found[0].title, found[0].title
    found = events("The German government said on Monday the reactor will close next year.")
    assert [e.when.to_edtf() for e in found] == ["2024-03-04"], described(found)
    assert found[0].title.lower().startswith("german government says"), found[0].title


def test_a_planned_visit_is_no_visit():
    found = events("Chancellor Scholz also planned to visit a steel plant in Poland last week.")
    assert found == [], described(found)


@pytest.mark.parametrize(
    "text",
    [
        "The minister's visit to Warsaw is seen as a test of the new agreement.",
        "Some airlines are reported to want a bigger share of the slots at Heathrow.",
        "The new German chancellor is credited with the recovery of the economy.",
    ],
)
def test_what_something_is_seen_as_or_said_to_be_is_a_view(text):
    assert events(text) == [], described(events(text))


def test_what_is_reported_to_have_happened_stays():
    found = events("Two soldiers were reported killed near Kharkiv on Monday.")
    assert titled(found, "kill"), described(found)


def test_an_explanation_of_an_earlier_happening_is_no_new_one():
    found = events(
        "The Polish newspaper said on Sunday that the president's remarks last week were "
        "in response to signals from Germany."
    )
    assert not titled(found, "response"), described(found)


def test_a_habit_or_a_stance_is_no_happening():
    found = events("The Russian leadership has long opposed the alliance's expansion.")
    assert found == [], described(found)
    found = events("The Russian leadership has staunchly opposed the alliance's expansion.")
    assert found == [], described(found)
    found = events("French farmers often block roads near Paris in the spring.")
    assert found == [], described(found)


def test_the_lede_retells_the_headline_and_is_one_event_with_it():
    found = events(
        "Siemens doubles its profits\n\n"
        "Siemens has reported a 78 percent increase in its profits during the last quarter."
    )
    assert described(found) == ["2024-03-08~ Siemens doubles its profits"], described(found)
    assert len(found[0].sources) == 2  # the headline and the lede
    # a lede dated to a day near the news gives its date, and the event keeps both sources
    found = events(
        "Airbus wins order from Qantas\n\n"
        "Qantas on Thursday signed a contract with Airbus for twenty long-range jets."
    )
    assert [e.when.to_edtf() for e in found] == ["2024-03-07"], described(found)
    assert len(found[0].sources) == 2


def test_a_headline_is_not_merged_with_a_later_sentence_beyond_the_lede():
    found = events(
        "Boeing sues Airbus over subsidies\n\n"
        "The quarrel is an old one.\n\n"
        "Airbus on Thursday opened a new factory in Toulouse."
    )
    assert len(found) == 2 and titled(found, "sue"), described(found)


def test_the_year_of_a_month_is_no_second_date():
    found = events("The Polish minister has been on sick leave since January of this year.")
    assert [e.when.to_edtf() for e in found] == ["2024-01/.."], described(found)


def test_that_a_quarter_or_a_year_ends_is_the_calendar():
    found = events(
        "Siemens has reported a 78 percent increase in its profits during the last "
        "quarter, which ended on December 30, 2023."
    )
    assert not [e for e in found if e.when.to_edtf() == "2023-12-30"], described(found)
    found = events("The parliamentary session ends on 31 July.")
    assert found == [], described(found)


def test_now_beside_the_simple_past_dates_what_it_describes_not_the_happening():
    found = events(
        "Boeing unveiled a new long-range jet at the Paris air show, on sale now."
        "\n\nBoeing on Thursday also unveiled a freighter."
    )
    assert not [e for e in found if e.when.to_edtf() == "2024-03-08"], described(found)


def test_a_dated_happening_told_again_is_one_event():
    found = events(
        "The presidents of Poland and Lithuania signed a gas pipeline agreement on Thursday "
        "in Vilnius. Both countries have argued over the route for years. The two "
        "presidents on Thursday signed the agreement in the old town hall."
    )
    signing = titled(found, "sign")
    assert len(signing) == 1, described(found)
    assert len(signing[0].sources) == 2


def test_the_same_verb_on_the_same_day_with_other_figures_is_another_happening():
    found = events(
        "Israeli troops killed three Palestinian gunmen in Jenin on Monday. Israeli troops "
        "killed two Palestinian gunmen in Nablus on Monday."
    )
    assert len(titled(found, "kill")) == 2, described(found)


def test_the_perfect_of_a_thing_below_the_lede_is_background():
    story = (
        "Toshiba unveiled a new laptop in Tokyo on Monday. The company said it would go on "
        "sale in April. {}"
    )
    found = events(story.format("Its battery life has been extended by two hours."))
    assert not titled(found, "extend"), described(found)
    found = events(story.format("New features have been added to the keyboard."))
    assert not titled(found, "add"), described(found)
    # who acted is named: news
    found = events(story.format("Germany has banned the sale of the old model."))
    assert titled(found, "ban"), described(found)
    # what a figure changed to: news
    found = events(story.format("The price of the old model has been cut to $499."))
    assert titled(found, "cut"), described(found)


def test_a_speaker_with_nothing_said_is_no_event():
    found = events("The Polish newspaper reported on Sunday.")
    assert found == [], described(found)
    found = events("The newspaper, quoting unnamed officials, reported on Sunday.")
    assert found == [], described(found)


def test_a_duty_given_is_no_news_but_a_charge_of_crime_is():
    found = events("The Security Council has charged the inspectors with verifying the ceasefire.")
    assert found == [], described(found)
    found = events("Prosecutors in Warsaw have charged the former minister with fraud.")
    assert titled(found, "charge"), described(found)


def test_what_happened_to_the_victim_is_part_of_the_killing():
    found = events(
        "A woman was killed in a Warsaw laundromat on Thursday when two robbers opened "
        "fire. Anna Nowak, 35, was hit several times and was pronounced dead at the scene."
    )
    assert not titled(found, "hit") and not titled(found, "pronounce"), described(found)
    killing = titled(found, "kill")
    assert len(killing) == 1 and len(killing[0].sources) == 3, described(found)
    # a wounding of its own, told without a killing before it, stays
    found = events("A border guard was wounded near Przemysl, the Polish army said.")
    assert titled(found, "wound"), described(found)


def test_a_date_before_an_agreement_dates_the_agreement_not_the_sentence():
    found = events(
        "The official said the sites could only be visited by diplomats, as laid down by "
        "the Feb. 23 accord signed by the two governments."
    )
    on_the_day = [e for e in found if e.when.to_edtf() == "2024-02-23"]
    assert all(e.title.lower().startswith("accord") for e in on_the_day), described(found)


def test_a_happening_named_again_is_no_new_one():
    found = events(
        "Siemens on Tuesday announced a new high-speed train. The announcement came at a "
        "trade fair in Berlin hosted by the German government."
    )
    assert len(found) == 1 and titled(found, "announce"), described(found)
    found = events(
        "The German chancellor resigned on Monday. Monday's resignation marked the third "
        "time in a decade that a chancellor has left office early."
    )
    assert len(found) == 1 and titled(found, "resign"), described(found)
    # coming during a meeting tells the meeting
    found = events(
        "Canada offered help on Monday. The offer came during a meeting between the two "
        "foreign ministers in Ottawa on 31 December."
    )
    assert len(found) == 2, described(found)


def test_a_passive_announcement_says_what_was_announced():
    found = events(
        "The engagement of the Polish tennis player to her coach was announced in January."
    )
    assert [e.when.to_edtf() for e in found] == ["2024-01"], described(found)


def test_a_headline_may_end_on_a_quote():
    found = events(
        "North Korea puts army in 'state of war'\n\n"
        "The country's army has been told to prepare for war, the state news agency said."
    )
    assert titled(found, "state of war"), described(found)


def test_a_name_in_the_subject_of_a_perfect_below_the_lede_keeps_it_news():
    found = events(
        "Secret files were found on a street in Ottawa on Friday. The files had been left "
        "in a box near a bus stop. Trade Minister Piotr Kowalczyk has asked officials how "
        "the files reached the street."
    )
    assert titled(found, "ask"), described(found)


def test_a_circumstance_under_as_or_while_sets_the_scene_for_the_news():
    found = events(
        "As the death toll in Gaza has mounted, the United States has called for a ceasefire."
    )
    assert not titled(found, "mount"), described(found)
    assert titled(found, "call"), described(found)


def test_what_was_to_happen_in_a_life_did_happen():
    found = events(
        "In 1810 he met the young poet Anna Kowalska, whom he was to marry years later "
        "in Vienna (1821)."
    )
    assert "1821" in [e.when.to_edtf() for e in found], described(found)


def test_what_an_agreement_is_that_is_its_content_not_a_happening():
    found = events("The 1991 agreement was that neither side would use the name in Poland.")
    assert found == [], described(found)


def test_what_explains_a_figure_is_no_happening():
    found = events(
        "Siemens reported a record profit on Thursday. The rise is explained by strong "
        "demand for its trains during the Christmas period."
    )
    assert not titled(found, "explain"), described(found)


def test_the_sources_a_report_cites_and_its_category_footer_are_no_events():
    story = (
        "Lost files found in Ottawa\n\n"
        "Secret files of the defence ministry were found on a street in Ottawa on Friday.\n\n"
        "Sources\n\n"
        '"Defence files turn up on wet Ottawa pavement" — Daily Planet, March 7, 2024\n\n'
        'Jane Doe. "MP demands inquiry into lost files" — Ottawa Courier, March 7, 2024\n\n'
        "Categories: March 7, 2024 | Canada | Politics and conflicts"
    )
    found = events(story)
    assert not titled(found, "demand") and not titled(found, "turn up"), described(found)
    assert not [e for e in found if "categor" in e.title.lower()], described(found)
    # the story's own happening stays, and so does a dated line that is no citation
    assert titled(found, "found"), described(found)
    found = events(
        'Police arrested 40 protesters chanting "no more cuts" — the strike\'s slogan, in '
        "Warsaw on 7 March 2024."
    )
    assert titled(found, "arrest"), described(found)


def test_a_number_in_a_name_is_no_other_figure_of_a_retold_happening():
    found = events(
        "The rocket Ariane 6 lifted off from launch pad ELA-4 in Kourou on 9 July 2024. "
        "Engineers had waited four years for it. Ariane 6 lifted off from Kourou on 9 July "
        "2024 with eleven satellites on board."
    )
    assert len(titled(found, "lift")) == 1, described(found)
    # counts that differ still tell two happenings
    found = events(
        "Polish police arrested three smugglers in Gdansk on Monday. Polish police arrested "
        "five smugglers in Gdansk on Monday."
    )
    assert len(titled(found, "arrest")) == 2, described(found)


def test_each_year_of_a_list_of_works_titles_its_own_work():
    found = events(
        "The Polish actress Anna Nowak starred in the comedy Summer Rain (2006) and the war "
        "drama Iron Gate (2008). Her other films include Blue Lake (2010), Night Train "
        "(2012) and Cold River (2015)."
    )
    by_year = {e.when.to_edtf(): e.title for e in found}
    assert "Summer Rain" in by_year.get("2006", ""), described(found)
    assert "Iron Gate" in by_year.get("2008", ""), described(found)
    assert "Night Train" in by_year.get("2012", ""), described(found)
    assert "Cold River" in by_year.get("2015", ""), described(found)
    # a work and its year alone: the clause's own title
    found = events("The Polish actress Anna Nowak starred in the comedy Summer Rain (2006).")
    assert [e.when.to_edtf() for e in found] == ["2006"], described(found)
    assert "Summer Rain" in found[0].title, described(found)


def test_what_a_newspaper_has_learned_is_the_news_not_its_learning():
    found = events("The Warsaw Courier has learned that the defence minister resigned on Thursday.")
    assert not titled(found, "learn"), described(found)
    assert titled(found, "resign"), described(found)
    # learning something new that changes a life is told as a happening of its own
    found = events("In 1998 she learned to fly at an airfield near Gdansk.")
    assert titled(found, "learn"), described(found)


@pytest.mark.parametrize(
    "text",
    [
        "Support for the Polish ruling party is slipping.",
        "Rival carriers have been steadily increasing their share of the Baltic market.",
        "Coal output in Silesia is now declining.",
    ],
)
def test_a_figure_going_up_or_down_as_the_text_speaks_is_a_trend(text):
    assert events(text) == [], described(events(text))


def test_a_trend_told_with_its_day_is_a_happening():
    found = events("Support for the Polish ruling party fell by four points on Monday.")
    assert [e.when.to_edtf() for e in found] == ["2024-03-04"], described(found)


def test_a_figure_that_has_changed_is_news_only_in_the_lead():
    story = (
        "Polish unemployment has fallen to 5 percent.\n\n"
        "The government welcomed the figures on Friday. Coal exports had reached 50 million "
        "tonnes in 2010; they have dropped to about 40 million tonnes today."
    )
    found = events(story)
    assert titled(found, "unemployment"), described(found)
    assert not titled(found, "drop"), described(found)
    assert titled(found, "welcome"), described(found)


# Each rule of ``event_rules.NOTHING_RULES`` with a sentence it leaves out.
NOTHING_CASES = [
    ("speaker_says_nothing", "The Polish newspaper reported on Sunday."),
    ("speaker_says_nothing", "The Warsaw Daily said in an editorial on Thursday, March 7:"),
    ("trend_going_on", "Support for the Polish ruling party is slipping."),
    ("only_a_label_comes_about", "In Larkfield, the drama began on Monday."),
    # (what a thing "had", a figure, is ``syntax.possessed``'s before this rule is asked)
    ("state_as_of_a_date", "As of March 2023, the Polish channel belonged to its founder."),
    ("share_of_a_whole", "Silesian mines accounted for 40 percent of Polish exports in 2010."),
    (
        "life_span_beside_the_subject",
        "The poems of his youth (1821 – 25) suffered from the influence of Byron.",
    ),
    (
        "life_span_beside_the_subject",
        "The stories of his early period (1821 – 25) were marked by the influence of Byron.",
    ),
    ("done_before_its_date", "Polish agronomists studied the wheat harvests by 2030."),
    ("reporters_own_doing", "I visited the camp near Przemysl on Sunday."),
    ("own_news_gathering", "The Gazette has pieced together new details from the crew."),
    ("standing_judgement", "The United Nations rated Poland among the safest countries."),
    # whom he told, and nothing of what: what was told, when it is there, gives the title
    ("told_whom_only", "On Monday the spokesman told the Warsaw Courier."),
    ("schedule_of_a_run", "The exhibition of Polish posters runs until 9 June."),
    (
        "quoted_present",
        "“Opening the border to Polish traders helps to stabilize a region that saw three "
        "wars this century,” the minister said.",
    ),
    ("still_so", "The bridge over the Vistula is still used by trains today."),
    ("habit_every", "The Polish singer uploaded a new song to her channel every Friday."),
    ("habit_every", "The minister flew to Brussels every Tuesday."),
    (
        "record_since",
        "On 4 March, Kowalski became only the second Polish player since 1990 to score "
        "four goals in a match.",
    ),
    ("backing_described", "The Polish study was funded by the Warsaw city council."),
    ("no_comment", "The Polish embassy declined to comment on Monday."),
    ("no_comment", "The Polish embassy could not be reached for comment on Monday."),
    ("no_comment", "The Polish embassy declined on Monday to give details of the visit."),
    (
        "question_left_untold",
        "The Polish embassy refused to say which envoys took part in the March 2 talks.",
    ),
    ("stretch_to_come", "The Polish railway's aim to have electrified its lines by 2040 holds."),
    (
        "state_told_with_its_date",
        "The Polish minister admitted he was ready to resign on Monday night.",
    ),
    (
        "quoted_promise",
        "Warsaw shipyard workers struck on Monday.\n\n“We will stay out until we are paid,” "
        "a union leader said on Tuesday.",
    ),
    ("term_yet_to_run", "The Polish bonds will pay 5% interest until Dec. 31, 2031."),
    ("term_yet_to_run", "The Polish loan carries 6% interest until the end of 2029."),
    ("arranged_to_come", "The Polish president wasn't to visit Kyiv until 2031."),
    ("arranged_to_come", "The Polish navy is testing its new frigate next month."),
    ("routine_clock", "Counting began after the polls closed."),
    ("missed_chance", "In the 55th minute, the Polish striker missed a chance to score."),
    ("market_took_it", "Polish investors ignored the figures."),
]


@pytest.mark.parametrize(("rule", "text"), NOTHING_CASES)
def test_each_nothing_rule_leaves_out_what_tells_no_happening(rule, text, monkeypatch):
    acted: list[str] = []

    def watched(original):
        def apply(frame, title):
            value = original.apply(frame, title)
            if value:
                acted.append(original.name)
            return value

        return replace(original, apply=apply)

    monkeypatch.setattr(
        event_rules, "NOTHING_RULES", [watched(r) for r in event_rules.NOTHING_RULES]
    )
    found = events(text)
    assert rule in acted, (acted, described(found))
    # what is left is a life's birth or death, or the day the record was set
    left = [e for e in found if not e.title.endswith((" born", " dies"))]
    assert [e.when.to_edtf() for e in left] in ([], ["2024-03-04"]), described(found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "as of" with what was done, not a state
        ("As of March 2023, the Polish channel was closed by its owners.", "2023-03/.."),
        # a figure that changed, told with its year
        ("Polish coal exports fell by 40 percent in 2010.", "2010"),
        # a bracket after the object dates what the clause tells
        ("Kowal fought at the Battle of Ostroleka (1831).", "1831"),
        # done by a date before the article was written
        ("Polish agronomists studied the wheat harvests by 2019.", "2019"),
        # "I" in quotation marks is the speaker, not the writer
        ('"I visited the camp near Przemysl on Sunday," the minister said.', "2024-03-03"),
        ("The minister visited the camp near Przemysl on Sunday.", "2024-03-03"),
        # a rating given on a day
        ("On Monday the agency rated the Polish bonds as junk.", "2024-03-04"),
        # what was told, with whom it was told to
        (
            "The spokesman told the Warsaw Courier on Monday that the minister had resigned.",
            "2024-03-04",
        ),
        # a run that took place
        ("The dockers' strike ran for a week in May.", "2023-05"),
        # "still" with what was done
        ("The old bridge still collapsed in the flood of 1997.", "1997"),
        # a day that does not come back
        ("The Polish president met the cabinet on Monday.", "2024-03-04"),
        # "since" that starts a stretch
        ("Kowalski has played for Legia Warsaw since 2019.", "2019/.."),
    ],
)
def test_near_misses_of_the_nothing_rules_stay(text, date):
    found = events(text)
    assert [e.when.to_edtf() for e in found] == [date], described(found)


def test_a_bracket_in_the_scene_before_the_subject_dates_the_clause():
    found = events("During his exile (1832 – 1840), Kowal wrote a memoir about the uprising.")
    assert "1832" in [e.when.to_edtf()[:4] for e in found], described(found)


def test_two_years_in_a_row_of_one_stretch_are_one_event():
    found = events("Nowak attended the Warsaw Academy of Music in 2007 and 2008.")
    assert [e.when.to_edtf() for e in found] == ["2007/2008"], described(found)
    # a thing done once and over, done in two years, is two happenings
    found = events("Nowak won the Chopin Prize for young pianists in 2010 and 2011.")
    assert sorted(e.when.to_edtf() for e in found) == ["2010", "2011"], described(found)
    # years apart, or each with its own words, are two
    found = events("Nowak played in the Warsaw Philharmonic in 2005 and 2008.")
    assert sorted(e.when.to_edtf() for e in found) == ["2005", "2008"], described(found)


def test_a_dated_happening_told_again_with_the_doers_named_otherwise_is_one_event():
    found = events(
        "Presidents Andrzej Duda of Poland and Gitanas Nauseda of Lithuania signed a gas "
        "agreement on Thursday. Both countries had argued over the route for years. The two "
        "presidents on Thursday signed the agreement in the old town hall of Vilnius."
    )
    signing = titled(found, "sign")
    assert len(signing) == 1 and len(signing[0].sources) == 2, described(found)
    # other doers the same day are another happening
    found = events(
        "Presidents Andrzej Duda of Poland and Gitanas Nauseda of Lithuania signed a gas "
        "agreement on Thursday. The two energy ministers on Thursday signed a power treaty."
    )
    assert len(titled(found, "sign")) == 2, described(found)


def test_every_nothing_rule_has_a_sentence_it_leaves_out():
    # the figure, the scene and what went on since, below the lead, and the caption need a
    # story: see their own tests (test_extraction_states)
    shown = {rule for rule, _ in NOTHING_CASES} | {
        "figure_changed_below_the_lead",
        "going_on_below_the_lead",
        "kept_up_since",
        "undated_caption",
        "quoted_sentence",  # test_extraction_non_events
        "standing_word_on_the_future",  # test_extraction_stances
        "side_taken_up_to_now",  # test_extraction_stances
        "crowd_reaction",  # test_extraction_crowd_reactions
        "state_a_when_clause_befell",  # test_extraction_untold_and_framed: the "when" stays
    }
    assert shown == {rule.name for rule in event_rules.NOTHING_RULES}


def test_an_undated_caption_shows_a_picture_and_tells_no_happening():
    story = (
        "Polish minister resigns over lost files\n\n"
        "The minister is holding a copy of the report on the lost files. Image: Jan Kowal.\n\n"
        "The Polish defence minister resigned on Friday after secret files were found on a "
        "street in Warsaw.\n\n"
        "Looking back: the minister signs the defence treaty in Vilnius on 3 May 2019. "
        "Image: Ministry of Defence."
    )
    found = events(story)
    assert not titled(found, "hold"), described(found)
    # a caption's dated happening is one
    assert "2019-05-03" in [e.when.to_edtf() for e in found], described(found)
    # the same sentence in the story is news of the day
    found = events(
        "Polish minister resigns over lost files\n\n"
        "The Polish defence minister resigned on Friday. The minister is holding a copy of "
        "the report on the lost files."
    )
    assert titled(found, "hold"), described(found)


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Police on Monday reopened an inquiry into a string of arson attacks dating to 2015.",
            "2024-03-04",
        ),
        ("The bank on Tuesday sold a portfolio of loans maturing in 2031.", "2024-03-05"),
        (
            "The union on Wednesday rejected a pay offer covering the years through 2027.",
            "2024-03-06",
        ),
    ],
)
def test_a_date_inside_a_noun_phrase_gives_its_clause_no_second_date(text, day):
    found = events(text)
    assert [e.when.to_edtf() for e in found] == [day], described(found)


def test_a_date_inside_a_noun_phrase_yields_to_the_date_on_the_verb():
    found = events("On Monday the council approved a budget for the year starting on April 1.")
    assert "2024-03-04" in [e.when.to_edtf() for e in found], described(found)
    assert not [e for e in found if e.when.to_edtf().startswith("2024-04")], described(found)


def test_dates_listed_one_to_each_part_each_date_their_part():
    found = events(
        "The league has grown since, adding Leeds in 1998, York in 2003 and Hull in 2011."
    )
    assert sorted(e.when.to_edtf() for e in found) == ["1998", "2003", "2011"], described(found)


@pytest.mark.parametrize(
    "text",
    [
        "The bonds will pay 5% interest until Dec. 31, 2031.",
        "The Polish notes will yield 6% until the end of 2029.",
    ],
)
def test_a_term_that_runs_to_a_later_day_is_no_happening(text):
    found = events(text)
    assert found == [], described(found)


def test_what_is_expected_to_be_done_by_a_later_day_is_no_happening_of_that_day():
    found = events("They said they expect the sale to be completed by April 30.")
    assert not [e for e in found if e.when.to_edtf() == "2024-04-30"], described(found)


def test_a_term_set_by_what_was_done_leaves_the_doing():
    found = events("The bank on Tuesday extended the loan until June 30.")
    assert "2024-03-05" in [e.when.to_edtf() for e in found], described(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Polish carrier's shares closed at $38.50 on Friday.",
        "On Thursday the index was down 15.82 at 2681.76.",
        "Turnover in Warsaw was estimated at 2.4 billion shares on Friday.",
    ],
)
def test_where_a_price_or_an_index_stood_is_a_quotation_not_a_happening(text):
    found = events(text)
    assert found == [], described(found)


def test_a_firm_that_closed_something_at_a_cost_did_something():
    found = events("The mill closed its doors at a cost of $3 million on Thursday.")
    assert [e.when.to_edtf() for e in found] == ["2024-03-07"], described(found)


def test_what_has_gone_on_over_the_past_years_is_background_not_news():
    found = events(
        "Acme Bakeries said on Friday it will buy a rival mill for $40 million.\n\n"
        "The deal was approved by its board. Observers noted that over the past 15 years, "
        "Acme has built its business through shrewd purchases of small rivals."
    )
    assert not titled(found, "build"), described(found)
    assert titled(found, "buy"), described(found)


def test_a_number_of_things_is_no_count_of_what_happened():
    found = events(
        "Relations between the two towns since the merger have been strained by a number of rows."
    )
    assert found == [], described(found)


def test_predicting_and_speculating_are_views_not_happenings():
    found = events(
        "Although the ministry said the economy grew 2% in the third quarter, economists are "
        "increasingly predicting much weaker growth for the fourth quarter."
    )
    assert not titled(found, "predict"), described(found)
    assert titled(found, "grow"), described(found)
    found = events("Some traders had predicted profits of more than $2 a share for this year.")
    assert found == [], described(found)
    found = events(
        "Acme Mills said on Friday its board had received two bids.\n\n"
        "Several Warsaw analysts have speculated that the bids received by the board were low."
    )
    assert not titled(found, "speculat"), described(found)


def test_what_a_figure_is_put_down_to_explains_it_and_is_no_happening():
    found = events("The Polish bank attributed the loss to bad loans in its Warsaw branch.")
    assert found == [], described(found)


def test_the_day_a_period_ended_is_no_second_date_of_the_clause():
    found = events(
        "The Warsaw mill reported a loss of $3 million for its fourth quarter ended Sept. 30."
    )
    assert len(titled(found, "loss")) == 1, described(found)


def test_where_something_was_said_with_what_was_said_stays():
    found = events("The minister said in a statement on Thursday that the border would reopen.")
    assert titled(found, "border"), described(found)


def test_the_quarter_ended_on_a_day_is_no_happening_of_that_day():
    found = events("Sales rose in the quarter ended June 30 to $7 million.")
    assert not titled(found, "ended"), described(found)
    assert titled(found, "rise"), described(found)
